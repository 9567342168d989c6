// The preflight itself, shared by the action and the CLI: inputs in, report out. Phases run in order;
// a phase that cannot run reports its rules as skipped with the reason, so nothing is silent.

import { awsChecksEnabled, findCredentials } from '../aws/credentials.js'
import type { Logger, RunContext, RunFacts } from '../core/context.js'
import { Findings, resultOf, type CheckStatus } from '../core/findings.js'
import type { Inputs } from '../inputs/index.js'
import type { Baseline } from '../inputs/baseline.js'
import type { Comparison } from '../report/comparison.js'
import { buildReport, type Report } from '../report/json.js'
import { replaySeconds } from '../replay/budget.js'
import type { Payload } from '../smoke/payloads.js'
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
  const findings = new Findings(new Set(inputs.ignore))
  const facts: RunFacts = { resources: [] }
  const { payloads } = options
  let limitMs = overallTimeoutMs(inputs, payloads.length)
  options.log.debug(
    `Overall time limit: ${Math.round(limitMs / 60000)} minutes for ${payloads.length} payload file(s)`
  )
  const deadline = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const arm = (): void => {
    clearTimeout(timer)
    timer = setTimeout(
      () =>
        deadline.abort(
          new Error(
            `the preflight's overall time limit of ${Math.round(limitMs / 60000)} minutes was reached (it follows startup-timeout, invocation-timeout, training-timeout, the number of payloads and the validation profiles replayed)`
          )
        ),
      Math.max(0, started.getTime() + limitMs - Date.now())
    )
    timer.unref()
  }
  arm()
  /** The profiles of a model package or algorithm are known once it is described: their time is added then. */
  const extendDeadline = (seconds: number): void => {
    limitMs = Math.min(limitMs + seconds * 1000, MAX_OVERALL_TIMEOUT_MS)
    arm()
  }
  const signal = options.signal
    ? AbortSignal.any([options.signal, deadline.signal])
    : deadline.signal
  const ctx: RunContext = {
    inputs,
    findings,
    facts,
    payloads,
    log: options.log,
    signal,
    env: options.env ?? process.env
  }

  const logged = new Map<string, string>()
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> =>
    ctx.log.group(name, async () => {
      try {
        return await fn()
      } finally {
        // each check once, and again when a later phase changed it (a skip that became a pass)
        for (const c of findings.allChecks()) {
          const line = `${STATUS_MARK[c.status]} ${c.rule}: ${c.detail}`
          if (logged.get(c.rule) === line) continue
          logged.set(c.rule, line)
          ctx.log.info(line)
        }
      }
    })

  try {
    const refs = await phase('Static checks', async () => runStaticChecks(ctx))
    if (inputs.modelPackageRequest || inputs.algorithmRequest || inputs.listingRequest) {
      await phase('Request checks', async () => {
        const { runListingChecks, runRequestChecks } = await import('../request/index.js')
        runListingChecks(ctx, refs, runRequestChecks(ctx, refs))
      })
    }

    await phase('AWS checks', async () => {
      const aws = await awsChecksEnabled(inputs.awsChecks)
      if (!aws.run) {
        // a local training image alone: the rule needs a serving image, not AWS
        if (inputs.localTrainingImage && !inputs.localImage && !inputs.image) {
          findings.skip('server-timeouts', SERVER_TIMEOUTS_NEED_SERVING_IMAGE)
        }
        findings.skipPhase('registry', aws.reason)
        if (inputs.modelPackageArn || inputs.algorithmArn)
          findings.skipPhase('resource', aws.reason)
        return
      }
      const { runAwsChecks } = await import('../aws/index.js')
      await runAwsChecks(ctx, refs)
    })

    await phase('Smoke test', async () => {
      const { runSmokeTests } = await import('../smoke/index.js')
      await runSmokeTests(ctx, refs)
    })

    if (
      inputs.modelPackageRequest ||
      inputs.algorithmRequest ||
      inputs.modelPackageArn ||
      inputs.algorithmArn
    ) {
      await phase('Validation replay', async () => {
        const { runValidationReplay } = await import('../replay/index.js')
        await runValidationReplay(ctx, refs, { extendDeadline })
      })
    }

    if (inputs.awsValidation) {
      const { timeoutSec } = inputs.awsValidation
      await phase('AWS validation', async () => {
        const skipped = await releaseStepSkipped(
          findings,
          "SageMaker's validation runs real jobs in your account"
        )
        if (skipped) return findings.skip('aws-validation', skipped)
        // the wait is the seller's own limit, on top of the local phases' time
        extendDeadline(timeoutSec + 300)
        const { runAwsValidation } = await import('../aws/validation.js')
        await runAwsValidation(ctx)
      })
    }

    if (inputs.listingValidate) {
      const { timeoutSec } = inputs.listingValidate
      await phase('Listing validation', async () => {
        const { runListingValidation, skipListing } = await import('../aws/listing-validation.js')
        const skipped = await releaseStepSkipped(
          findings,
          'the listing is worth checking only for a release that passes'
        )
        if (skipped) return skipListing(ctx, `the catalog was not asked: ${skipped}`)
        extendDeadline(timeoutSec + 300)
        await runListingValidation(ctx)
      })
    }

    const comparison = inputs.baseline ? await compareWithBaseline(ctx, inputs.baseline) : undefined
    const counts = findings.counts()
    return buildReport({
      started,
      result: resultOf(counts, inputs.failOn),
      checks: findings.allChecks(),
      findings: findings.allFindings(),
      facts,
      ...(comparison ? { comparison } : {})
    })
  } finally {
    clearTimeout(timer)
  }
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
