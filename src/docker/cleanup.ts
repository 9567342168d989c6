import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { LABEL, runId } from './labels.js'

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
