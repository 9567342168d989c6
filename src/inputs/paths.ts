// Where files given as inputs may live: the workspace (the checkout) or the runner's temp directory
// (where workflows download artifacts). Anything else, a symlink committed to the repository
// included, would let a pull request mount or send any file of the host.

import { realpathSync } from 'node:fs'
import path from 'node:path'
import { InputError } from './error.js'

export interface Roots {
  workspace: string
  /** RUNNER_TEMP; absent in the CLI. */
  runnerTemp?: string
}

/** The real path of `file`, or an InputError naming `input` when it resolves outside the roots. */
export function confine(input: string, shown: string, file: string, roots: Roots): string {
  const real = realpathSync(file)
  const workspace = realpathOrSelf(roots.workspace)
  const temp = roots.runnerTemp ? realpathOrSelf(roots.runnerTemp) : undefined
  if (within(real, workspace) || (temp && within(real, temp))) return real
  throw new InputError(
    input,
    temp
      ? `has "${shown}", which resolves to ${real}, outside the workspace ${workspace} and the runner temp directory ${temp}; give a path inside the repository or under RUNNER_TEMP (where workflows download artifacts)`
      : `has "${shown}", which resolves to ${real}, outside the workspace ${workspace}; give a path inside the repository`
  )
}

function within(p: string, root: string): boolean {
  return p === root || p.startsWith(root + path.sep)
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}
