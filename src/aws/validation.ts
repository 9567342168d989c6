// `aws-validation`: the release gate. After a preflight without errors, the request file is sent to
// SageMaker (CreateModelPackage / CreateAlgorithm, the name suffixed with the commit) and SageMaker's
// own validation is awaited; a failure is reported with its FailureReason and the validation jobs'
// last log lines. What the run created is deleted as `aws-validation-cleanup` says, also when the run
// is cancelled or the wait times out.

import type {
  CreateAlgorithmCommandInput,
  CreateModelPackageCommandInput,
  SageMakerClient
} from '@aws-sdk/client-sagemaker'
import type { RunContext } from '../core/context.js'
import { clip, oneLine } from '../core/text.js'
import type { ValidationCleanup } from '../inputs/index.js'
import type { RequestFile } from '../request/load.js'
import type { ResourceKind } from './resource-rules.js'
import { clientsFor, releaseClients } from './clients.js'
import { describeAwsError } from './errors.js'
import { pollUntil, type PollTiming } from './polling.js'
import { validationLogs, type LogWindow } from './validation-logs.js'

export type ValidationTiming = PollTiming

export const VALIDATION_TIMING: ValidationTiming = {
  pollMs: 15_000,
  maxPollMs: 60_000,
  progressEveryMs: 5 * 60_000
}

/** What SageMaker said about one validation profile (or image scan). */
interface ProfileStatus {
  Name?: string
  Status?: string
  FailureReason?: string
}

interface Snapshot {
  status: string
  arn: string
  statusDetails: ProfileStatus[]
}

type Outcome =
  | { kind: 'completed'; snapshot: Snapshot }
  | { kind: 'failed'; snapshot: Snapshot }
  | { kind: 'timed-out'; snapshot?: Snapshot }

const NAME_MAX = 63

/** The resource's name for this run: the request's, suffixed with the commit (and the attempt of a
 * rerun), so reruns never collide with a resource an earlier run kept. */
export function runName(base: string, env: NodeJS.ProcessEnv, now = new Date()): string {
  const sha = env.GITHUB_SHA?.slice(0, 7)
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1')
  const suffix = sha
    ? `${sha}${attempt > 1 ? `-r${attempt}` : ''}`
    : now.toISOString().replace(/\D/g, '').slice(0, 14)
  const head = base.slice(0, NAME_MAX - suffix.length - 1).replace(/-+$/, '')
  return `${head}-${suffix}`
}

const NAME_KEY: Record<ResourceKind, string> = {
  'model-package': 'ModelPackageName',
  algorithm: 'AlgorithmName'
}

const LOG_GROUPS: Record<ResourceKind, string[]> = {
  'model-package': ['/aws/sagemaker/TransformJobs'],
  algorithm: ['/aws/sagemaker/TrainingJobs', '/aws/sagemaker/TransformJobs']
}

/** Which Region the resource is created in: `region`, else the SDK's own environment. */
function regionOf(ctx: RunContext): string | undefined {
  return ctx.inputs.region ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION
}

export async function runAwsValidation(
  ctx: RunContext,
  timing: ValidationTiming = VALIDATION_TIMING
): Promise<void> {
  const settings = ctx.inputs.awsValidation
  if (!settings) return
  const requests = [ctx.inputs.modelPackageRequest, ctx.inputs.algorithmRequest].filter(
    (r): r is RequestFile => r !== undefined
  )
  const region = regionOf(ctx)
  if (!region) {
    ctx.findings.skip(
      'aws-validation',
      'no Region to create the resource in: set `region` (or AWS_REGION, as aws-actions/configure-aws-credentials does)'
    )
    return
  }
  try {
    const client = await clientsFor(ctx).sagemaker(region)
    for (const request of requests) {
      await validateOne(ctx, client, region, request, settings.cleanup, timing)
    }
  } finally {
    await releaseClients(ctx)
  }
}

async function validateOne(
  ctx: RunContext,
  client: SageMakerClient,
  region: string,
  request: RequestFile,
  cleanup: ValidationCleanup,
  timing: ValidationTiming
): Promise<void> {
  const { kind } = request
  const base = String(request.request[NAME_KEY[kind]] ?? kind)
  const name = runName(base, ctx.env)
  const started = new Date()
  const arn = await create(ctx, client, request, name)
  if (!arn) return
  ctx.log.info(`Created ${kind} ${arn}; waiting for SageMaker's validation`)
  const timeout = AbortSignal.timeout(ctx.inputs.awsValidation!.timeoutSec * 1000)
  let outcome: Outcome
  try {
    outcome = await waitForValidation(ctx, client, kind, arn, timeout, timing)
  } catch (err) {
    // cancelled (or the overall limit): stop waiting, clean up as configured, then let the run end
    if (cleanup !== 'never') await remove(ctx, client, kind, arn)
    throw ctx.signal.aborted ? ctx.signal.reason : err
  }
  const ok = outcome.kind === 'completed'
  const deleted = cleanup === 'always' || (cleanup === 'on-failure' && !ok)
  const removal = deleted ? await remove(ctx, client, kind, arn) : ''
  const window: LogWindow = { region, start: started, end: new Date() }
  if (ok) {
    if (!deleted) ctx.facts.awsValidation = [...(ctx.facts.awsValidation ?? []), { kind, arn }]
    ctx.findings.pass(
      'aws-validation',
      `SageMaker validated ${arn} (${request.input})${removal ? `; ${removal}` : ''}`
    )
    return
  }
  const reasons = failureReasons(outcome.snapshot?.statusDetails ?? [])
  const logs = await validationLogs(ctx, LOG_GROUPS[kind], window)
  const what =
    outcome.kind === 'timed-out'
      ? `SageMaker had not finished validating ${arn} (${request.input}) within \`aws-validation-timeout\` (${ctx.inputs.awsValidation!.timeoutSec} s; last status ${outcome.snapshot?.status ?? 'unknown'})`
      : `SageMaker's validation of ${arn} (${request.input}) failed`
  ctx.findings.add('aws-validation', {
    message: [`${what}.`, ...reasons, logs, removal ? `${capital(removal)}.` : '']
      .filter(Boolean)
      .join('\n'),
    file: request.file,
    ...(outcome.kind === 'timed-out'
      ? {
          help: 'Raise `aws-validation-timeout`, or look in the SageMaker console for a job stuck waiting for capacity.'
        }
      : {})
  })
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** CreateModelPackage / CreateAlgorithm from the request, under this run's name; a refusal is the
 * finding (nothing was created, so nothing is cleaned up). */
async function create(
  ctx: RunContext,
  client: SageMakerClient,
  request: RequestFile,
  name: string
): Promise<string | undefined> {
  const sdk = await import('@aws-sdk/client-sagemaker')
  const input = { ...request.request, [NAME_KEY[request.kind]]: name }
  const action =
    request.kind === 'model-package' ? 'sagemaker:CreateModelPackage' : 'sagemaker:CreateAlgorithm'
  try {
    if (request.kind === 'model-package') {
      const out = await client.send(
        new sdk.CreateModelPackageCommand(input as unknown as CreateModelPackageCommandInput),
        { abortSignal: ctx.signal }
      )
      return out.ModelPackageArn
    }
    const out = await client.send(
      new sdk.CreateAlgorithmCommand(input as unknown as CreateAlgorithmCommandInput),
      { abortSignal: ctx.signal }
    )
    return out.AlgorithmArn
  } catch (err) {
    if (ctx.signal.aborted) throw err
    ctx.findings.add('aws-validation', {
      message: `SageMaker did not create ${name} from ${request.input}: ${describeAwsError(err, action).message}`,
      file: request.file
    })
    return undefined
  }
}

const DONE = new Set(['Completed', 'Failed', 'Deleting'])

/** Polls until the status is final, the time limit passes or the run is cancelled (which throws). */
async function waitForValidation(
  ctx: RunContext,
  client: SageMakerClient,
  kind: ResourceKind,
  arn: string,
  timeout: AbortSignal,
  timing: ValidationTiming
): Promise<Outcome> {
  const { last, timedOut } = await pollUntil({
    signal: ctx.signal,
    timeout,
    timing,
    describe: () => describeOnce(ctx, client, kind, arn),
    done: snapshot => DONE.has(snapshot.status),
    progress: progressLine,
    log: line => ctx.log.info(line),
    service: 'SageMaker'
  })
  if (timedOut || !last) return { kind: 'timed-out', snapshot: last }
  return { kind: last.status === 'Completed' ? 'completed' : 'failed', snapshot: last }
}

async function describeOnce(
  ctx: RunContext,
  client: SageMakerClient,
  kind: ResourceKind,
  arn: string
): Promise<Snapshot> {
  const sdk = await import('@aws-sdk/client-sagemaker')
  if (kind === 'model-package') {
    const out = await client.send(new sdk.DescribeModelPackageCommand({ ModelPackageName: arn }), {
      abortSignal: ctx.signal
    })
    return {
      arn,
      status: out.ModelPackageStatus ?? 'Unknown',
      statusDetails: out.ModelPackageStatusDetails?.ValidationStatuses ?? []
    }
  }
  const out = await client.send(new sdk.DescribeAlgorithmCommand({ AlgorithmName: arn }), {
    abortSignal: ctx.signal
  })
  return {
    arn,
    status: out.AlgorithmStatus ?? 'Unknown',
    statusDetails: out.AlgorithmStatusDetails?.ValidationStatuses ?? []
  }
}

/** "validation profile iris-csv: InProgress, 12 min" for each profile (AWS text, kept to one line). */
export function progressLine(snapshot: Snapshot, elapsedMs: number): string {
  const minutes = `${Math.floor(elapsedMs / 60000)} min`
  const profiles = snapshot.statusDetails.map(
    p => `validation profile ${safe(p.Name, 63)}: ${safe(p.Status, 40)}`
  )
  return `${profiles.length ? profiles.join('; ') : `status ${safe(snapshot.status, 40)}`}, ${minutes}`
}

function safe(text: string | undefined, max: number): string {
  return clip(oneLine(text ?? '?'), max)
}

function failureReasons(statuses: ProfileStatus[]): string[] {
  const failed = statuses.filter(p => p.Status === 'Failed' || p.FailureReason)
  if (!failed.length) return ['SageMaker gave no FailureReason.']
  return failed.map(
    p =>
      `Validation profile ${safe(p.Name, 63)}: ${p.Status ?? 'Failed'}${p.FailureReason ? ` — ${clip(p.FailureReason, 2000)}` : ''}`
  )
}

/** Deletes what the run created, whatever the run's own signal says (a cancelled run still cleans
 * up), bounded; returns what happened, for the finding. */
async function remove(
  ctx: RunContext,
  client: SageMakerClient,
  kind: ResourceKind,
  arn: string
): Promise<string> {
  const sdk = await import('@aws-sdk/client-sagemaker')
  const abortSignal = AbortSignal.timeout(60_000)
  try {
    if (kind === 'model-package') {
      await client.send(new sdk.DeleteModelPackageCommand({ ModelPackageName: arn }), {
        abortSignal
      })
    } else {
      await client.send(new sdk.DeleteAlgorithmCommand({ AlgorithmName: arn }), { abortSignal })
    }
    ctx.log.info(`Deleted ${arn} (\`aws-validation-cleanup\`)`)
    return `deleted ${arn} as \`aws-validation-cleanup\` says`
  } catch (err) {
    const action =
      kind === 'model-package' ? 'sagemaker:DeleteModelPackage' : 'sagemaker:DeleteAlgorithm'
    const problem = describeAwsError(err, action).message
    ctx.log.warning(`Could not delete ${arn}: ${problem} Delete it yourself.`)
    return `could not delete ${arn} (${problem}); delete it yourself`
  }
}
