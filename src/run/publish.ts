// What the action and the CLI share around the engine: cancellation on a signal, and the files a run
// leaves behind.

import type { Logger } from '../core/context.js'
import { constants } from 'node:os'
import { preflight } from './engine.js'
import type { Inputs } from '../inputs/index.js'
import { checkPreconditions } from './preconditions.js'
import { writeReport, type Report } from '../report/json.js'

/** The run was stopped by a signal; thrown once its cleanup has run. */
export class CancelledError extends Error {
  name = 'CancelledError'
  /** The shell's convention: 128 + the signal's number (130 for Ctrl-C). */
  readonly exitCode: number

  constructor(readonly signal: NodeJS.Signals) {
    super(`the run was cancelled (${signal})`)
    this.exitCode = 128 + (constants.signals[signal] ?? 0)
  }
}

/**
 * Checks what the inputs name on this machine, then runs the preflight; SIGINT or SIGTERM (a
 * cancelled workflow, Ctrl-C) aborts it so cleanup runs, and ends it with a CancelledError.
 */
export async function preflightUntilCancelled(
  inputs: Inputs,
  log: Logger,
  env: NodeJS.ProcessEnv
): Promise<Report> {
  const cancel = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => cancel.abort(new CancelledError(signal))
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const payloads = await checkPreconditions(inputs, env, cancel.signal)
    return await preflight(inputs, { log, env, signal: cancel.signal, payloads })
  } catch (err) {
    // whatever an aborted step threw, the run ended because it was cancelled
    throw cancel.signal.aborted ? cancel.signal.reason : err
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** The JSON report and, when asked, SARIF, the listing's evidence and the pull-request comment. */
export async function publishFiles(
  report: Report,
  inputs: Inputs,
  log: Logger,
  env: NodeJS.ProcessEnv
): Promise<void> {
  await writeReport(report, inputs.reportFile)
  if (inputs.sarifFile) {
    const { writeSarif } = await import('../report/sarif.js')
    await writeSarif(report, inputs.sarifFile, inputs.workspace, env)
  }
  if (inputs.listingEvidence) {
    const { writeListingEvidence } = await import('../report/listing-evidence.js')
    await writeListingEvidence(report, inputs.listingEvidence)
  }
  if (inputs.comment) {
    const { commentOnPullRequest } = await import('../report/comment.js')
    await commentOnPullRequest(report, inputs, log, env)
  }
}
