import { execFile } from 'node:child_process'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { LABEL, runId, socketDirPrefix } from './labels.js'

const exec = promisify(execFile)

/** What a run may leave on the engine, each found by its label: how to list it and remove it. */
const LEFTOVERS = [
  // first: a volume or network a container still uses cannot be removed; -v takes its anonymous
  // volumes along, whether labelled or not
  { kind: 'container', list: ['ps', '-aq'], remove: ['rm', '--force', '--volumes'] },
  // labelled by their mounts (volumes.ts), left when their container went without -v
  { kind: 'volume', list: ['volume', 'ls', '-q'], remove: ['volume', 'rm', '--force'] },
  { kind: 'network', list: ['network', 'ls', '-q'], remove: ['network', 'rm'] }
] as const

export type LeftoverKind = (typeof LEFTOVERS)[number]['kind']

export interface Removed {
  /** How many of each kind were removed. */
  counts: Record<LeftoverKind, number>
  /** Why a kind could not be listed or removed (no engine, for one). */
  errors: string[]
}

/**
 * Removes every container (with its anonymous volumes), volume and network labelled with this
 * run's id. One kind failing does not stop the others.
 */
export async function removeRunLeftovers(
  env: NodeJS.ProcessEnv,
  id: string = runId(env)
): Promise<Removed> {
  const filter = ['--filter', `label=${LABEL}.run=${id}`]
  const removed: Removed = { counts: { container: 0, volume: 0, network: 0 }, errors: [] }
  for (const { kind, list, remove } of LEFTOVERS) {
    try {
      const { stdout } = await exec('docker', [...list, ...filter], { timeout: 30000 })
      const ids = stdout.split('\n').filter(Boolean)
      if (ids.length) await exec('docker', [...remove, ...ids], { timeout: 60000 })
      removed.counts[kind] = ids.length
    } catch (err) {
      removed.errors.push(`${kind}s: ${(err as Error).message}`)
    }
  }
  return removed
}

/** Removes the probe socket directories of this run that a killed main step left in /tmp. */
export async function removeRunSockets(id: string): Promise<number> {
  const prefix = socketDirPrefix(id)
  const dir = path.dirname(prefix)
  const stale = (await readdir(dir)).filter(name => name.startsWith(path.basename(prefix)))
  await Promise.all(stale.map(name => rm(path.join(dir, name), { recursive: true, force: true })))
  return stale.length
}
