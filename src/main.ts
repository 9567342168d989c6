// The action: read the inputs, run the preflight, publish the report, outputs, summary and annotations.

import * as core from '@actions/core'
import { annotationsFor } from './annotations.js'
import type { Logger } from './context.js'
import { preflight } from './engine.js'
import { InputError, readInputs } from './inputs.js'
import { writeReport, type Report } from './report.js'
import { renderSummary } from './summary.js'

const actionLogger: Logger = {
  info: m => core.info(m),
  warning: m => core.warning(m),
  debug: m => core.debug(m),
  group: (name, fn) => core.group(name, fn)
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs(name => core.getInput(name))
    const cancel = new AbortController()
    // A cancelled workflow sends SIGINT, then SIGTERM: stop the work so cleanup runs.
    const onSignal = (): void => cancel.abort(new Error('the workflow run was cancelled'))
    process.once('SIGINT', onSignal)
    process.once('SIGTERM', onSignal)
    let report: Report
    try {
      report = await preflight(inputs, { log: actionLogger, signal: cancel.signal })
    } finally {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }

    await writeReport(report, inputs.reportFile)
    if (inputs.sarifFile) {
      const { writeSarif } = await import('./sarif.js')
      await writeSarif(report, inputs.sarifFile, inputs.workspace, process.env)
    }
    setOutputs(report, inputs.reportFile)
    for (const a of annotationsFor(report.findings)) {
      if (a.level === 'error') core.error(a.message, { title: a.title })
      else core.warning(a.message, { title: a.title })
    }
    if (inputs.summary) {
      try {
        await core.summary.addRaw(renderSummary(report)).write()
      } catch (err) {
        core.warning(`Could not write the job summary: ${(err as Error).message}`)
      }
    }
    if (inputs.comment) {
      const { commentOnPullRequest } = await import('./comment.js')
      await commentOnPullRequest(report, inputs, actionLogger, process.env)
    }
    core.info(`Report: ${inputs.reportFile}`)
    if (report.result === 'fail') {
      core.setFailed(
        `AWS Marketplace preflight failed: ${report.errors} error(s), ${report.warnings} warning(s) (fail-on: ${inputs.failOn}). See the job summary for each finding and its fix.`
      )
    }
  } catch (err) {
    core.setFailed(errorMessage(err))
  }
}

function setOutputs(report: Report, reportFile: string): void {
  core.setOutput('result', report.result)
  core.setOutput('errors', report.errors)
  core.setOutput('warnings', report.warnings)
  core.setOutput('report-file', reportFile)
  core.setOutput('image-digest', report.image?.digest ?? '')
  core.setOutput('image-size-bytes', report.image?.sizeBytes ?? '')
  core.setOutput('startup-seconds', report.smokeTest?.startupSeconds ?? '')
}

/** One line for the seller; the stack goes to the debug log only. */
export function errorMessage(err: unknown): string {
  if (err instanceof InputError) return err.message
  if (err instanceof Error) {
    core.debug(err.stack ?? err.message)
    return `marketplace-ml-preflight stopped: ${err.message}`
  }
  return `marketplace-ml-preflight stopped: ${String(err)}`
}
