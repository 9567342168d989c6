// One transform job of a validation profile, replayed on the runner as SageMaker runs it: the
// inference image served offline (`docker run --network none IMAGE serve`) with the job's
// Environment and SAGEMAKER_* variables, the input split, batched and sent with
// MaxConcurrentTransforms requests in flight, and the answers assembled into `<input>.out` files.

import type { TransformJobDefinition } from '@aws-sdk/client-sagemaker'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { gunzipSync } from 'node:zlib'
import type { RunContext } from '../core/context.js'
import type { Probe } from '../docker/probe.js'
import { startServing, type ServingSession } from '../docker/serving.js'
import {
  BATCH_INVOCATION_MS,
  DEFAULT_BATCH_PAYLOAD_MB,
  DEFAULT_BATCH_STRATEGY,
  DEFAULT_CONCURRENT_TRANSFORMS,
  MAX_BATCH_PAYLOAD_MB,
  MAX_CONCURRENT_PAYLOAD_MB
} from '../catalog/sagemaker-limits.js'
import { askExecutionParameters, type ExecutionParameters } from '../smoke/execution-parameters.js'
import { quote } from '../smoke/log-signs.js'
import { firstBytes } from '../smoke/model-archive.js'
import { BODY_LIMIT_HELP } from '../smoke/request-size.js'
import { oversizedAnswer, responseLimit } from '../smoke/response-size.js'
import { BATCH_ENV } from '../smoke/serve.js'
import {
  assembled,
  countingLines,
  batchRecords,
  splitRecords,
  type BatchStrategy,
  type SplitType
} from './records.js'
import { modelMounts } from '../smoke/model-archive.js'
import type { LocalObject } from './validation-data.js'
import { formatBytes, MiB } from '../core/text.js'

export interface TransformSetup {
  profile: string
  job: TransformJobDefinition
  image: string
  /** /opt/ml/model; none when the model has no model data. */
  modelDir?: string
  /** The input objects, with their keys under `inputUri`. */
  inputUri: string
  objects: LocalObject[]
  outDir: string
  tmp: string
  labels: string[]
  stopGraceMs: number
  probe: 'auto' | 'exec'
}

export interface TransformResult {
  ok: boolean
  requests: number
  records: number
  inputBytes: number
  outputBytes: number
  /** The lines of the outputs when AssembleWith is Line: a record out per line. */
  outputRecords?: number
  /** The first lines of each output, for the summary. */
  outputs: { file: string; bytes: number; firstLines: string[] }[]
  /** What failed, the status and the fix, for the finding. */
  failure?: { message: string; help: string }
}

const FIRST_LINES = 5

/** MaxPayloadInMB, BatchStrategy and MaxConcurrentTransforms as the job runs with them. */
export interface BatchSettings {
  payloadMb: number
  strategy: BatchStrategy
  concurrency: number
  /** The settings the container's GET /execution-parameters answer chose. */
  fromContainer: string[]
}

/**
 * The job's own values first, then the container's GET /execution-parameters answer, then SageMaker's
 * defaults. CreateTransformJob (MaxConcurrentTransforms): "If MaxConcurrentTransforms is set to 0 or
 * left unset, SageMaker checks the optional execution-parameters to determine the settings for your
 * chosen algorithm. If the execution-parameters endpoint is not enabled, the default value is 1";
 * MaxPayloadInMB: "The default value is 6 MB"; and the developer guide, "Custom Inference Code with
 * Batch Transform": the SAGEMAKER_* variables "come from the API call made by the user. If the user
 * doesn't set values for them, they aren't passed. In that case, either the default values or the
 * values requested by the algorithm (in response to the /execution-parameters) are used."
 */
export function batchSettings(
  job: TransformJobDefinition,
  answered: ExecutionParameters['value'] = {}
): BatchSettings {
  const fromContainer: string[] = []
  const pick = <T>(name: string, own: T | undefined, theirs: T | undefined, fallback: T): T => {
    if (own !== undefined) return own
    if (theirs === undefined) return fallback
    fromContainer.push(name)
    return theirs
  }
  const strategy = answered.BatchStrategy?.replace(/_/g, '').toLowerCase()
  return {
    payloadMb: pick(
      'MaxPayloadInMB',
      job.MaxPayloadInMB,
      answered.MaxPayloadInMB,
      DEFAULT_BATCH_PAYLOAD_MB
    ),
    strategy: pick(
      'BatchStrategy',
      job.BatchStrategy as BatchStrategy | undefined,
      // MULTI_RECORD as the API spells it, MultiRecord as the SDK's local mode does
      strategy === 'singlerecord'
        ? 'SingleRecord'
        : strategy === 'multirecord'
          ? 'MultiRecord'
          : undefined,
      DEFAULT_BATCH_STRATEGY
    ),
    concurrency: pick(
      'MaxConcurrentTransforms',
      job.MaxConcurrentTransforms || undefined,
      answered.MaxConcurrentTransforms,
      DEFAULT_CONCURRENT_TRANSFORMS
    ),
    fromContainer
  }
}

interface Request {
  object: LocalObject
  index: number
  records: number
  first: number
  file: string
  bytes: number
}

/** SAGEMAKER_BATCH, and the three settings only when the job sets them (see batchSettings). */
export function transformEnv(job: TransformJobDefinition): Record<string, string> {
  return {
    ...(job.Environment ?? {}),
    ...BATCH_ENV,
    ...(job.MaxPayloadInMB !== undefined
      ? { SAGEMAKER_MAX_PAYLOAD_IN_MB: String(job.MaxPayloadInMB) }
      : {}),
    ...(job.BatchStrategy
      ? {
          SAGEMAKER_BATCH_STRATEGY:
            job.BatchStrategy === 'SingleRecord' ? 'SINGLE_RECORD' : 'MULTI_RECORD'
        }
      : {}),
    ...(job.MaxConcurrentTransforms
      ? { SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: String(job.MaxConcurrentTransforms) }
      : {})
  }
}

export async function replayTransform(
  ctx: RunContext,
  setup: TransformSetup
): Promise<TransformResult> {
  const { job } = setup
  const result: TransformResult = {
    ok: false,
    requests: 0,
    records: 0,
    inputBytes: 0,
    outputBytes: 0,
    outputs: []
  }
  const where = `validation profile "${setup.profile}"`
  const reqDir = path.join(setup.tmp, 'requests')

  // a job that fixes its batching is cut before the container starts (a bad input is known without
  // it); otherwise once the container has answered GET /execution-parameters
  let settings = batchSettings(job)
  const asks =
    job.MaxPayloadInMB === undefined || !job.BatchStrategy || !job.MaxConcurrentTransforms
  let cut: Cut | undefined
  if (job.MaxPayloadInMB !== undefined && job.BatchStrategy) {
    const early = await cutRequests(setup, settings, reqDir)
    if ('failure' in early) return { ...result, failure: early.failure }
    cut = early
  }

  let session: ServingSession | undefined
  try {
    session = await startServing(ctx, {
      image: setup.image,
      env: transformEnv(job),
      mounts: modelMounts(setup.modelDir),
      labels: setup.labels,
      tmp: setup.tmp,
      probe: setup.probe
    })
    if (session.ready.kind !== 'ready') {
      return { ...result, failure: startFailure(ctx, setup, session) }
    }
    if (asks) settings = batchSettings(job, await offered(ctx, session.probe!, where))
    if (!cut) {
      const late = await cutRequests(setup, settings, reqDir)
      if ('failure' in late) return { ...result, failure: late.failure }
      cut = late
    }
    result.records = cut.records
    result.inputBytes = cut.inputBytes
    const sending: Sending = { setup, session, settings, result }
    const failure = await sendAll(sending, [...cut.byObject.values()].flat())
    if (failure) return { ...result, failure }
    await assembleOutputs(setup, cut.byObject, result)
    result.ok = true
    return result
  } finally {
    await session?.close(setup.stopGraceMs)
    await rm(reqDir, { recursive: true, force: true })
  }
}

type Failure = NonNullable<TransformResult['failure']>

function startFailure(ctx: RunContext, setup: TransformSetup, session: ServingSession): Failure {
  const { container, ready } = session
  return {
    message: `The validation profile "${setup.profile}" could not start: ${ready.kind === 'exited' ? `the container exited with code ${container.exitCode}` : `GET /ping did not answer 200 within ${ctx.inputs.startupTimeoutSec} s`} with the job's environment (${Object.keys(transformEnv(setup.job)).join(', ')}). Last log lines:\n${quote(container.log.lines(15))}`,
    help: 'Run the image with the same variables (`docker run --network none -e SAGEMAKER_BATCH=true … IMAGE serve`) and fix what the log shows; see serve-start.'
  }
}

/** What sending the job's requests shares. */
interface Sending {
  setup: TransformSetup
  session: ServingSession
  settings: BatchSettings
  result: TransformResult
}

/** MaxConcurrentTransforms requests in flight, stopping at the first failure as SageMaker does. */
async function sendAll(s: Sending, all: Request[]): Promise<Failure | undefined> {
  let next = 0
  let failed: Failure | undefined
  await Promise.all(
    Array.from({ length: Math.min(s.settings.concurrency, all.length) }, async () => {
      while (!failed && next < all.length) {
        const f = await send(s, all[next++])
        failed ??= f
      }
    })
  )
  return failed
}

/** One request of the job; the failure it shows, if any. */
async function send(s: Sending, r: Request): Promise<Failure | undefined> {
  const { job } = s.setup
  const { container } = s.session
  const contentType = job.TransformInput?.ContentType
  const accept = job.TransformOutput?.Accept
  const where = `validation profile "${s.setup.profile}"`
  const what = `POST /invocations with ${r.records === 1 ? `record ${r.first}` : `records ${r.first}-${r.first + r.records - 1}`} of ${r.object.key} (${formatBytes(r.bytes)}${contentType ? `, ${contentType}` : ''})`
  const res = await s.session.invoke({
    file: r.file,
    bytes: r.bytes,
    contentType,
    ...(accept ? { headers: { Accept: accept } } : {}),
    timeoutMs: BATCH_INVOCATION_MS,
    maxBodyBytes: responseLimit('batch'),
    // to a file as it arrives: concurrent answers of up to 100 MB each never sit in memory
    saveBodyTo: answerFile(r)
  })
  if ('error' in res) {
    if (res.tooLarge) return oversizedAnswer(`In the ${where}, ${what}`, res.error, 'batch')
    await container.exitsWithin(1000)
    return {
      message: `In the ${where}, ${what} ${res.timedOut ? `did not answer within ${BATCH_INVOCATION_MS / 1000} s (SageMaker's default InvocationsTimeoutInSeconds)` : `got no answer: ${res.error}`}.${container.running ? '' : ` The container exited with code ${container.exitCode}.`} Last log lines:\n${quote(container.log.lines(15))}`,
      help: res.timedOut
        ? 'Answer each request within the invocation timeout: lower MaxPayloadInMB so requests carry fewer records, or make inference faster.'
        : 'The container must answer every request of the job; read the log lines for the crash, and try the same request locally.'
    }
  }
  s.result.requests++
  if (res.status < 200 || res.status > 299) {
    const { payloadMb, strategy } = s.settings
    return {
      message: `In the ${where}, ${what} answered ${res.status}.${res.bodyStart.trim() ? ` Response body: "${res.bodyStart.trim().slice(0, 500)}"` : ''} Last log lines:\n${quote(container.log.lines(15))}`,
      help:
        res.status === 413
          ? `SageMaker fails the whole transform job on one non-2xx answer, and 413 means the server refused the request's size. ${BODY_LIMIT_HELP} Or lower the profile's MaxPayloadInMB (${payloadMb} MB here).`
          : `SageMaker fails the whole transform job on one non-2xx answer. Make the container accept ${contentType ?? 'the input'} ${strategy === 'MultiRecord' ? `with several records per request (MultiRecord, up to ${payloadMb} MB)` : 'one record per request'}, or change the profile's BatchStrategy / SplitType.`
    }
  }
  if (res.bytes === 0) {
    return {
      message: `In the ${where}, ${what} answered ${res.status} with an empty body: the output for those records would be empty.`,
      help: 'Return one prediction per record in the response body.'
    }
  }
  return undefined
}

/** Each object's answers assembled into `<key>.out` under the output folder, as SageMaker writes. */
async function assembleOutputs(
  setup: TransformSetup,
  byObject: Map<LocalObject, Request[]>,
  result: TransformResult
): Promise<void> {
  const assembleWith = setup.job.TransformOutput?.AssembleWith ?? 'None'
  for (const [object, requests] of byObject) {
    const rel =
      object.key === setup.inputUri
        ? path.posix.basename(object.key)
        : object.key.slice(setup.inputUri.length).replace(/^\//, '')
    const file = path.join(setup.outDir, `${rel}.out`)
    await mkdir(path.dirname(file), { recursive: true })
    const lines = { count: 0 }
    await pipeline(
      assembled(opened(requests.map(answerFile)), assembleWith as 'None' | 'Line'),
      (chunks: AsyncIterable<Buffer>) => countingLines(chunks, lines),
      createWriteStream(file)
    )
    if (assembleWith === 'Line') result.outputRecords = (result.outputRecords ?? 0) + lines.count
    // the answers are in the output now: the disk need not hold them twice
    await Promise.all(requests.map(r => rm(answerFile(r), { force: true })))
    const { size } = await stat(file)
    result.outputBytes += size
    result.outputs.push({
      file,
      bytes: size,
      firstLines: (await firstBytes(file, 4096)).toString('utf8').split('\n').slice(0, FIRST_LINES)
    })
  }
}

/** Where the answer to `r` is written. */
function answerFile(r: Request): string {
  return `${r.file}.answer`
}

/** Each file read in turn, opened only when its turn comes. */
function* opened(files: string[]): Generator<AsyncIterable<Buffer>> {
  for (const f of files) yield createReadStream(f)
}

interface Cut {
  byObject: Map<LocalObject, Request[]>
  records: number
  inputBytes: number
}

/** The input objects split by SplitType and batched within MaxPayloadInMB, each request in a file. */
async function cutRequests(
  setup: TransformSetup,
  settings: BatchSettings,
  reqDir: string
): Promise<Cut | { failure: NonNullable<TransformResult['failure']> }> {
  const { job } = setup
  const split = (job.TransformInput?.SplitType ?? 'None') as SplitType
  const { payloadMb, strategy } = settings
  const maxBytes = payloadMb * MiB
  const where = `validation profile "${setup.profile}"`
  const cut: Cut = { byObject: new Map(), records: 0, inputBytes: 0 }
  await mkdir(reqDir, { recursive: true })
  let n = 0
  for (const object of setup.objects) {
    let data = await readFile(object.file)
    cut.inputBytes += data.length
    if (job.TransformInput?.CompressionType === 'Gzip') {
      try {
        data = gunzipSync(data)
      } catch (err) {
        return {
          failure: {
            message: `The ${where} reads ${object.key} with CompressionType Gzip, but its local copy ${object.file} is not gzip data (${(err as Error).message}).`,
            help: 'Map the gzip-compressed objects in `validation-data`, or set CompressionType None for uncompressed input.'
          }
        }
      }
    }
    let records: Buffer[]
    try {
      records = splitRecords(data, split)
    } catch (err) {
      return {
        failure: {
          message: `The ${where} splits ${object.key} by ${split}, but ${(err as Error).message}.`,
          help: 'Give input in the format SplitType names, or set SplitType None to send each object whole.'
        }
      }
    }
    const requests: Request[] = []
    let first = 1
    for (const batch of batchRecords(records, strategy, maxBytes)) {
      if (payloadMb > 0 && batch.body.length > maxBytes) {
        const answered = settings.fromContainer.includes('MaxPayloadInMB')
          ? " (the container's GET /execution-parameters answer, as the job sets none)"
          : ''
        return {
          failure: {
            message: `The ${where} has a ${split === 'None' ? 'request' : 'record'} of ${formatBytes(batch.body.length)} in ${object.key} (record ${first}), above MaxPayloadInMB ${payloadMb}${answered}: SageMaker fails the transform job on it.`,
            help: `Raise MaxPayloadInMB (at most ${MAX_BATCH_PAYLOAD_MB}, and MaxConcurrentTransforms × MaxPayloadInMB ≤ ${MAX_CONCURRENT_PAYLOAD_MB})${split === 'None' ? ', or split the input with SplitType Line or RecordIO' : ''}, or use smaller records.`
          }
        }
      }
      const file = path.join(reqDir, `${++n}.body`)
      await writeFile(file, batch.body)
      requests.push({
        object,
        index: n,
        records: batch.records,
        first,
        file,
        bytes: batch.body.length
      })
      first += batch.records
    }
    cut.byObject.set(object, requests)
    cut.records += records.length
  }
  return cut
}

/**
 * What the container's GET /execution-parameters offers for the settings the job leaves unset. An
 * answer SageMaker could not use (the execution-parameters rule reports it) leaves the defaults.
 */
async function offered(
  ctx: RunContext,
  probe: Probe,
  where: string
): Promise<ExecutionParameters['value']> {
  const answer = await askExecutionParameters(probe, ctx.signal)
  if (answer.kind === 'answered' && answer.parameters.errors.length === 0) {
    ctx.log.info(
      `The ${where} leaves batch settings unset; GET /execution-parameters answered ${JSON.stringify(answer.parameters.value)}`
    )
    return answer.parameters.value
  }
  if (answer.kind !== 'none') {
    const why = answer.kind === 'fault' ? answer.message : answer.parameters.errors.join('; ')
    ctx.log.info(
      `The ${where} runs with SageMaker's defaults for the settings it leaves unset: GET /execution-parameters ${answer.kind === 'fault' ? why : `answered values SageMaker cannot use (${why})`} (see execution-parameters)`
    )
  }
  return {}
}
