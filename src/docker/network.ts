// The Docker network a training job on several hosts runs on: created for the run with --internal
// (peers reach each other by host name, nothing reaches out) and labelled with the run id, so the
// post step removes it if the run is killed.

import { randomBytes } from 'node:crypto'
import { docker } from './command.js'

export async function createNetwork(env: NodeJS.ProcessEnv, labels: string[]): Promise<string> {
  const name = `marketplace-ml-preflight-net-${randomBytes(5).toString('hex')}`
  const r = await docker(['network', 'create', '--internal', ...labels, name], {
    env,
    timeoutMs: 30000
  })
  if (r.code !== 0) {
    throw new Error(
      `docker network create --internal ${name} failed (${r.stderr.trim() || `exit ${r.code}`}): training on several hosts needs a network for their containers`
    )
  }
  return name
}

/** Removes the network once no container is attached to it. */
export async function removeNetwork(env: NodeJS.ProcessEnv, name: string): Promise<void> {
  await docker(['network', 'rm', name], { env, timeoutMs: 30000 })
}
