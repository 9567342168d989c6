// The action: read the inputs, run the preflight, publish the report, outputs, summary and annotations.

import * as core from '@actions/core'
import { annotationsFor } from './annotations.js'
import { RUN_STATE, runId } from '../docker/labels.js'
import type { Logger } from '../core/context.js'
import { InputError } from '../inputs/error.js'
import { readInputs } from '../inputs/index.js'
import { findingLocator } from '../report/locations.js'
import { preflightUntilCancelled, publishFiles } from '../run/publish.js'
import type { Report } from '../report/json.js'
import { Secrets } from '../report/secrets.js'
import { renderSummary } from '../report/summary.js'
import { renderListingEvidence } from '../report/listing-evidence.js'
import { forRunnerLog } from '../report/untrusted.js'

// info lines carry container output and AWS text: never let them be read as workflow commands.
// warning and debug are workflow commands themselves, whose data @actions/core escapes.
const actionLogger: Logger = {
  info: m => core.info(forRunnerLog(m)),
  warning: m => core.warning(m),
  debug: m => core.debug(m),
  group: (name, fn) => core.group(name, fn)
}

export async function run(): Promise<void> {
  // the runner masks registered secrets in the log; the report and its renderings are redacted here
  const secrets = Secrets.from(process.env, [core.getInput('github-token')])
  for (const value of secrets.values()) core.setSecret(value)
  const log = secrets.logger(actionLogger)
  try {
    const inputs = readInputs(name => core.getInput(name))
    core.saveState(RUN_STATE, runId(process.env))
    const report = secrets.redact(await preflightUntilCancelled(inputs, log, process.env))
    await publishFiles(report, inputs, log, process.env)
    setOutputs(report, inputs.reportFile)
    const locator = findingLocator(inputs.workspace, process.env)
    for (const { level, message, ...properties } of annotationsFor(report.findings, locator)) {
      if (level === 'error') core.error(message, properties)
      else core.warning(message, properties)
    }
    if (report.containerNotRun) {
      core.warning(
        `The container was not run (${report.containerNotRun}), so only the static checks passed. Run on a runner with Docker (ubuntu-latest), or set smoke-test: true to make this an error.`,
        { title: 'Container not run' }
      )
    }
    if (inputs.summary) {
      try {
        await core.summary.addRaw(renderSummary(report)).write()
      } catch (err) {
        core.warning(`Could not write the job summary: ${(err as Error).message}`)
      }
    }
    core.info(`Report: ${inputs.reportFile}`)
    if (report.result === 'fail') {
      core.setFailed(
        `AWS Marketplace preflight failed: ${report.errors} error(s), ${report.warnings} warning(s) (fail-on: ${inputs.failOn}). See the job summary for each finding and its fix.`
      )
    }
  } catch (err) {
    core.setFailed(secrets.redact(errorMessage(err)))
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
  core.setOutput('listing-evidence', renderListingEvidence(report) ?? '')
  const validated = report.awsValidation ?? []
  core.setOutput('model-package-arn', validated.find(v => v.kind === 'model-package')?.arn ?? '')
  core.setOutput('algorithm-arn', validated.find(v => v.kind === 'algorithm')?.arn ?? '')
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
