// The preflight itself, shared by the action and the CLI: inputs in, report out. Phases run in order;
// a phase that cannot run reports its rules as skipped with the reason, so nothing is silent.

import { awsChecksEnabled, findCredentials } from '../aws/credentials.js'
import type { Logger, Payload, RunContext } from '../core/context.js'
import type { StaticResult } from '../core/phase.js'
import { Findings, resultOf, type CheckStatus } from '../core/findings.js'
import type { Inputs } from '../inputs/index.js'
import type { Baseline } from '../inputs/baseline.js'
import type { Comparison } from '../report/comparison.js'
import { buildReport, type Report } from '../report/json.js'
import { replaySeconds } from '../replay/budget.js'
import { BATCH_INVOCATION_MS } from '../catalog/sagemaker-limits.js'
import { runStaticChecks } from '../static/index.js'
import { SERVER_TIMEOUTS_NEED_SERVING_IMAGE } from '../image/checks.js'

const STATUS_MARK: Record<CheckStatus, string> = {
  pass: 'pass',
  fail: 'FAIL',
  warn: 'warn',
  skip: 'skip'
}

export interface PreflightOptions {
  log: Logger
  env?: NodeJS.ProcessEnv
  /** Aborts the run (cancellation); the engine adds its own overall deadline. */
  signal?: AbortSignal
  /** The `payload` files, resolved before the run by checkPreconditions (or samplePayloads). */
  payloads: Payload[]
}

export async function preflight(inputs: Inputs, options: PreflightOptions): Promise<Report> {
  const started = new Date()
  const { payloads } = options
  const deadline = new Deadline(started.getTime(), overallTimeoutMs(inputs, payloads.length))
  options.log.debug(
    `Overall time limit: ${deadline.minutes()} minutes for ${payloads.length} payload file(s)`
  )
  const ctx: RunContext = {
    inputs,
    findings: new Findings(new Set(inputs.ignore)),
    facts: { resources: [] },
    payloads,
    log: options.log,
    signal: options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal,
    env: options.env ?? process.env
  }
  try {
    await runPhases(ctx, new Phases(ctx), deadline)
    const comparison = inputs.baseline ? await compareWithBaseline(ctx, inputs.baseline) : undefined
    return buildReport({
      started,
      result: resultOf(ctx.findings.counts(), inputs.failOn),
      checks: ctx.findings.allChecks(),
      findings: ctx.findings.allFindings(),
      facts: ctx.facts,
      ...(comparison ? { comparison } : {})
    })
  } finally {
    deadline.dispose()
  }
}

/** The overall time limit: aborts the run when reached, and grows once a described resource's
 * validation profiles are known. */
class Deadline {
  private readonly controller = new AbortController()
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly startedMs: number,
    private limitMs: number
  ) {
    this.arm()
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  minutes(): number {
    return Math.round(this.limitMs / 60000)
  }

  extend(seconds: number): void {
    this.limitMs = Math.min(this.limitMs + seconds * 1000, MAX_OVERALL_TIMEOUT_MS)
    this.arm()
  }

  dispose(): void {
    clearTimeout(this.timer)
  }

  private arm(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(
      () =>
        this.controller.abort(
          new Error(
            `the preflight's overall time limit of ${this.minutes()} minutes was reached (it follows startup-timeout, invocation-timeout, training-timeout, the number of payloads and the validation profiles replayed)`
          )
        ),
      Math.max(0, this.startedMs + this.limitMs - Date.now())
    )
    this.timer.unref()
  }
}

/** Each phase in its own log group; after it, each check once, and again when a later phase changed
 * it (a skip that became a pass). */
class Phases {
  private readonly logged = new Map<string, string>()

  constructor(private readonly ctx: RunContext) {}

  run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.ctx.log.group(name, async () => {
      try {
        return await fn()
      } finally {
        this.logChecks()
      }
    })
  }

  private logChecks(): void {
    for (const c of this.ctx.findings.allChecks()) {
      const line = `${STATUS_MARK[c.status]} ${c.rule}: ${c.detail}`
      if (this.logged.get(c.rule) === line) continue
      this.logged.set(c.rule, line)
      this.ctx.log.info(line)
    }
  }
}

/** The phases in order; each one that has nothing to do is not started. */
async function runPhases(ctx: RunContext, phases: Phases, deadline: Deadline): Promise<void> {
  const { inputs } = ctx
  const refs = await phases.run('Static checks', async () => runStaticChecks(ctx))
  if (inputs.modelPackageRequest || inputs.algorithmRequest || inputs.listingRequest) {
    await phases.run('Request checks', async () => {
      const { runListingChecks, runRequestChecks } = await import('../request/index.js')
      runListingChecks(ctx, refs, runRequestChecks(ctx, refs))
    })
  }
  await phases.run('AWS checks', () => awsPhase(ctx, refs))
  await phases.run('Smoke test', async () => {
    const { runSmokeTests } = await import('../smoke/index.js')
    await runSmokeTests(ctx, refs)
  })
  if (
    inputs.modelPackageRequest ||
    inputs.algorithmRequest ||
    inputs.modelPackageArn ||
    inputs.algorithmArn
  ) {
    await phases.run('Validation replay', async () => {
      const { runValidationReplay } = await import('../replay/index.js')
      await runValidationReplay(ctx, refs, { extendDeadline: s => deadline.extend(s) })
    })
  }
  if (inputs.awsValidation) {
    await phases.run('AWS validation', () => awsValidationPhase(ctx, deadline))
  }
  if (inputs.listingValidate) {
    await phases.run('Listing validation', () => listingValidationPhase(ctx, deadline))
  }
}

async function awsPhase(ctx: RunContext, refs: StaticResult): Promise<void> {
  const { inputs, findings } = ctx
  const aws = await awsChecksEnabled(inputs.awsChecks)
  if (aws.run) {
    const { runAwsChecks } = await import('../aws/index.js')
    return runAwsChecks(ctx, refs)
  }
  // a local training image alone: the rule needs a serving image, not AWS
  if (inputs.localTrainingImage && !inputs.localImage && !inputs.image) {
    findings.skip('server-timeouts', SERVER_TIMEOUTS_NEED_SERVING_IMAGE)
  }
  findings.skipPhase('registry', aws.reason)
  if (inputs.modelPackageArn || inputs.algorithmArn) findings.skipPhase('resource', aws.reason)
}

async function awsValidationPhase(ctx: RunContext, deadline: Deadline): Promise<void> {
  const skipped = await releaseStepSkipped(
    ctx.findings,
    "SageMaker's validation runs real jobs in your account"
  )
  if (skipped) return ctx.findings.skip('aws-validation', skipped)
  // the wait is the seller's own limit, on top of the local phases' time
  deadline.extend(ctx.inputs.awsValidation!.timeoutSec + 300)
  const { runAwsValidation } = await import('../aws/validation.js')
  await runAwsValidation(ctx)
}

async function listingValidationPhase(ctx: RunContext, deadline: Deadline): Promise<void> {
  const { runListingValidation, skipListing } = await import('../aws/listing-validation.js')
  const skipped = await releaseStepSkipped(
    ctx.findings,
    'the listing is worth checking only for a release that passes'
  )
  if (skipped) return skipListing(ctx, `the catalog was not asked: ${skipped}`)
  deadline.extend(ctx.inputs.listingValidate!.timeoutSec + 300)
  await runListingValidation(ctx)
}

/** This run against `baseline`, and `regression` judged on it: after every phase, as it compares
 * what they measured and found. */
async function compareWithBaseline(ctx: RunContext, baseline: Baseline): Promise<Comparison> {
  const { compare, figuresOf, regressionVerdicts } = await import('../report/comparison.js')
  const now = figuresOf(ctx.facts, ctx.findings.allFindings())
  const comparison = compare(baseline, now, ctx.inputs.regressionThresholdPercent)
  ctx.findings.apply('regression', regressionVerdicts(comparison))
  return comparison
}

/** A red preflight never spends an hour of the seller's cloud time, nor asks the catalog about a
 * release that cannot ship; nor does one without credentials. */
async function releaseStepSkipped(findings: Findings, why: string): Promise<string | undefined> {
  const { errors } = findings.counts()
  if (errors > 0) {
    return `the checks before it found ${errors} error(s); ${why}, so fix those first and rerun`
  }
  if (!(await findCredentials())) {
    return 'no AWS credentials: add aws-actions/configure-aws-credentials (a role allowed the actions in the README\'s "Release gate" section) before this step'
  }
  return undefined
}

/** Node fires a timer above 2^31-1 ms at once; 24 days stays below it (and above any real run). */
export const MAX_OVERALL_TIMEOUT_MS = 24 * 24 * 3600 * 1000

/**
 * Nothing may hang: the run ends after the longest legitimate path through it, plus a margin. Each
 * payload file is one invocation per run (real-time, and batch transform with its 600 s ceiling).
 */
export function overallTimeoutMs(inputs: Inputs, payloadFiles: number): number {
  const invocations = Math.max(1, payloadFiles) * inputs.invocationTimeoutSec
  const batch = inputs.batch
    ? inputs.startupTimeoutSec + (Math.max(1, payloadFiles) * BATCH_INVOCATION_MS) / 1000
    : 0
  const training =
    inputs.trainingImage || inputs.localTrainingImage ? inputs.trainingTimeoutSec + 120 : 0
  const seconds =
    training + inputs.startupTimeoutSec + invocations + batch + requestReplaySeconds(inputs) + 900
  return Math.min(seconds * 1000, MAX_OVERALL_TIMEOUT_MS)
}

/** The validation replay of the request files; a described resource's profiles are added once it is
 * described (extendDeadline). */
function requestReplaySeconds(inputs: Inputs): number {
  return [inputs.modelPackageRequest, inputs.algorithmRequest].reduce(
    (sum, file) => sum + (file ? replaySeconds(file.request, inputs.startupTimeoutSec) : 0),
    0
  )
}
