import { execFile } from 'node:child_process'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { LABEL, runId, socketDirPrefix } from './labels.js'

const exec = promisify(execFile)

/** Removes every container labelled with this run's id; returns how many were removed. */
export async function removeRunContainers(
  env: NodeJS.ProcessEnv,
  id: string = runId(env)
): Promise<number> {
  const filter = `label=${LABEL}.run=${id}`
  const { stdout } = await exec('docker', ['ps', '-aq', '--filter', filter], { timeout: 30000 })
  const ids = stdout.split('\n').filter(Boolean)
  if (ids.length) await exec('docker', ['rm', '-f', '-v', ...ids], { timeout: 60000 })
  return ids.length
}

/** Removes the probe socket directories of this run that a killed main step left in /tmp. */
export async function removeRunSockets(id: string): Promise<number> {
  const prefix = socketDirPrefix(id)
  const dir = path.dirname(prefix)
  const stale = (await readdir(dir)).filter(name => name.startsWith(path.basename(prefix)))
  await Promise.all(stale.map(name => rm(path.join(dir, name), { recursive: true, force: true })))
  return stale.length
}
