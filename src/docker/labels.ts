// Every container this action starts carries these labels, and a probe socket that cannot live in the
// run's directory is named after the run, so the post step (which runs even when the workflow is
// cancelled) can find and remove whatever a killed run left behind.

import { createHash } from 'node:crypto'

export const LABEL = 'marketplace-ml-preflight'

/** The state key (core.saveState) through which the main step hands its run id to the post step. */
export const RUN_STATE = 'container-run-id'

/** Identifies one action run: the same value in the main step and its post step. */
export function runId(env: NodeJS.ProcessEnv): string {
  const parts = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.GITHUB_ACTION]
  return parts.every(p => p === undefined)
    ? `local-${process.pid}`
    : parts.map(p => p ?? '').join('-')
}

export function labelArgs(env: NodeJS.ProcessEnv): string[] {
  return ['--label', `${LABEL}=true`, '--label', `${LABEL}.run=${runId(env)}`]
}

/** The labels in `--label KEY=VALUE` arguments, as the engine's API takes them. */
export function labelsOf(args: readonly string[]): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const [i, arg] of args.entries()) {
    if (args[i - 1] !== '--label') continue
    const eq = arg.indexOf('=')
    labels[eq < 0 ? arg : arg.slice(0, eq)] = eq < 0 ? '' : arg.slice(eq + 1)
  }
  return labels
}

/** Where a run's probe socket goes when its own directory is too deep for a socket path. */
export function socketDirPrefix(id: string): string {
  return `/tmp/marketplace-ml-preflight-sock-${createHash('sha256').update(id).digest('hex').slice(0, 8)}-`
}
