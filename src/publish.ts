// What the action and the CLI share around the engine: cancellation on a signal, and the files a run
// leaves behind.

import type { Logger } from './context.js'
import { preflight } from './engine.js'
import type { Inputs } from './inputs.js'
import { writeReport, type Report } from './report.js'

/** Runs the preflight; SIGINT or SIGTERM (a cancelled workflow, Ctrl-C) aborts it so cleanup runs. */
export async function preflightUntilCancelled(
  inputs: Inputs,
  log: Logger,
  env: NodeJS.ProcessEnv
): Promise<Report> {
  const cancel = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void =>
    cancel.abort(new Error(`the run was cancelled (${signal})`))
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    return await preflight(inputs, { log, env, signal: cancel.signal })
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** The JSON report and, when asked, SARIF and the pull-request comment. */
export async function publishFiles(
  report: Report,
  inputs: Inputs,
  log: Logger,
  env: NodeJS.ProcessEnv
): Promise<void> {
  await writeReport(report, inputs.reportFile)
  if (inputs.sarifFile) {
    const { writeSarif } = await import('./sarif.js')
    await writeSarif(report, inputs.sarifFile, inputs.workspace, env)
  }
  if (inputs.comment) {
    const { commentOnPullRequest } = await import('./comment.js')
    await commentOnPullRequest(report, inputs, log, env)
  }
}
