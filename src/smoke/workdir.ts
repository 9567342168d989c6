// Temporary directories for /opt/ml: world-readable, owned by root as SageMaker's are (so a
// non-root USER that cannot write them fails here as it fails there), and always removed, even
// when a root container left root-owned files in them.

import { execFile } from 'node:child_process'
import { chmod, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

export async function makeTempDir(env: NodeJS.ProcessEnv, prefix: string): Promise<string> {
  const dir = await mkdtemp(
    path.join(env.RUNNER_TEMP || tmpdir(), `marketplace-ml-preflight-${prefix}-`)
  )
  await chmod(dir, 0o755)
  return dir
}

/**
 * Hands `dirs` and what is under them to root, as SageMaker's /opt/ml is: already so when the
 * preflight runs as root; otherwise through passwordless sudo (GitHub-hosted runners). Without
 * it the folders stay the runner's (mode 0755: still not writable by another USER); false then.
 */
export async function ownByRoot(dirs: string[]): Promise<boolean> {
  if (process.getuid?.() === 0) return true
  try {
    await exec('sudo', ['-n', 'chown', '-R', '0:0', '--', ...dirs], { timeout: 60000 })
    return true
  } catch {
    return false
  }
}

export async function removeDir(dir: string): Promise<void> {
  // rm(1) rather than fs.rm: a container may leave a million files in /opt/ml/model, and fs.rm
  // queues a request per entry at once in this process (hundreds of MB for 200,000 files)
  try {
    await exec('rm', ['-rf', '--', dir], { timeout: 10 * 60000 })
  } catch (err) {
    // files written by a root container; GitHub-hosted runners allow passwordless sudo
    if (process.getuid?.() === 0) throw err
    await exec('sudo', ['-n', 'rm', '-rf', '--', dir], { timeout: 10 * 60000 })
  }
}
