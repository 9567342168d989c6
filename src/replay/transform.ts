// One transform job of a validation profile, replayed on the runner as SageMaker runs it: the
// inference image served offline (`docker run --network none IMAGE serve`) with the job's
// Environment and SAGEMAKER_* variables, the input split, batched and sent with
// MaxConcurrentTransforms requests in flight, and the answers assembled into `<input>.out` files.

import type { TransformJobDefinition } from '@aws-sdk/client-sagemaker'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { RunContext } from '../context.js'
import { Container } from '../docker/container.js'
import { ProbeError, SERVING_PORT, type Probe } from '../docker/probe.js'
import { quote } from '../smoke/log-signs.js'
import { BATCH_INVOCATION_MS, openProbe, waitReady } from '../smoke/serve.js'
import { formatBytes } from '../summary.js'
import { unlessAborted } from '../timing.js'
import {
  assemble,
  batchRecords,
  splitRecords,
  type BatchStrategy,
  type SplitType
} from './records.js'
import type { LocalObject } from './validation-data.js'

export interface TransformSetup {
  profile: string
  job: TransformJobDefinition
  image: string
  modelDir: string
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
  /** The first lines of each output, for the summary. */
  outputs: { file: string; bytes: number; firstLines: string[] }[]
  /** What failed, the status and the fix, for the finding. */
  failure?: { message: string; help: string }
}

const MB = 1024 * 1024
// CreateTransformJob's defaults when the job sets none (and /execution-parameters is not consulted)
const DEFAULT_PAYLOAD_MB = 6
const DEFAULT_CONCURRENCY = 1
/** ModelClientConfig.InvocationsTimeoutInSeconds: SageMaker's default per-request limit. */
const FIRST_LINES = 5

interface Request {
  object: LocalObject
  index: number
  records: number
  first: number
  file: string
  bytes: number
}

export function transformEnv(job: TransformJobDefinition): Record<string, string> {
  return {
    ...(job.Environment ?? {}),
    SAGEMAKER_BATCH: 'true',
    SAGEMAKER_MAX_PAYLOAD_IN_MB: String(job.MaxPayloadInMB ?? DEFAULT_PAYLOAD_MB),
    SAGEMAKER_BATCH_STRATEGY:
      (job.BatchStrategy ?? 'MultiRecord') === 'SingleRecord' ? 'SINGLE_RECORD' : 'MULTI_RECORD',
    SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: String(job.MaxConcurrentTransforms || DEFAULT_CONCURRENCY)
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
  const split = (job.TransformInput?.SplitType ?? 'None') as SplitType
  const strategy = (job.BatchStrategy ?? 'MultiRecord') as BatchStrategy
  const payloadMb = job.MaxPayloadInMB ?? DEFAULT_PAYLOAD_MB
  const maxBytes = payloadMb * MB
  const concurrency = Math.max(1, job.MaxConcurrentTransforms || DEFAULT_CONCURRENCY)
  const contentType = job.TransformInput?.ContentType
  const accept = job.TransformOutput?.Accept
  const assembleWith = job.TransformOutput?.AssembleWith ?? 'None'
  const where = `validation profile "${setup.profile}"`

  // the requests, cut before the container starts: a bad input is known without it
  const byObject = new Map<LocalObject, Request[]>()
  const reqDir = path.join(setup.tmp, 'requests')
  await mkdir(reqDir, { recursive: true })
  let n = 0
  for (const object of setup.objects) {
    let data = await readFile(object.file)
    result.inputBytes += data.length
    if (job.TransformInput?.CompressionType === 'Gzip') {
      try {
        data = gunzipSync(data)
      } catch (err) {
        result.failure = {
          message: `The ${where} reads ${object.key} with CompressionType Gzip, but its local copy ${object.file} is not gzip data (${(err as Error).message}).`,
          help: 'Map the gzip-compressed objects in `validation-data`, or set CompressionType None for uncompressed input.'
        }
        return result
      }
    }
    let records: Buffer[]
    try {
      records = splitRecords(data, split)
    } catch (err) {
      result.failure = {
        message: `The ${where} splits ${object.key} by ${split}, but ${(err as Error).message}.`,
        help: 'Give input in the format SplitType names, or set SplitType None to send each object whole.'
      }
      return result
    }
    const requests: Request[] = []
    let first = 1
    for (const batch of batchRecords(records, strategy, maxBytes)) {
      if (payloadMb > 0 && batch.body.length > maxBytes) {
        result.failure = {
          message: `The ${where} has a ${split === 'None' ? 'request' : 'record'} of ${formatBytes(batch.body.length)} in ${object.key} (record ${first}), above MaxPayloadInMB ${payloadMb}: SageMaker fails the transform job on it.`,
          help: `Raise MaxPayloadInMB (at most 100, and MaxConcurrentTransforms × MaxPayloadInMB ≤ 100)${split === 'None' ? ', or split the input with SplitType Line or RecordIO' : ''}, or use smaller records.`
        }
        return result
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
    byObject.set(object, requests)
    result.records += records.length
  }

  const container = new Container(
    {
      image: setup.image,
      command: 'serve',
      env: transformEnv(job),
      mounts: [{ source: setup.modelDir, target: '/opt/ml/model', readOnly: true }],
      extraArgs: ctx.inputs.dockerRunArgs,
      labels: setup.labels
    },
    ctx.env
  )
  const logTail = (): string => quote(container.log.lines(15))
  let probe: Probe | undefined
  try {
    const pid = await container.pid(ctx.signal)
    if (pid !== undefined) probe = await openProbe(ctx, setup, container, pid, SERVING_PORT)
    const ready = probe
      ? await waitReady(container, probe, ctx.inputs.startupTimeoutSec * 1000, ctx.signal)
      : ({ kind: 'exited' } as const)
    if (ready.kind !== 'ready') {
      result.failure = {
        message: `The ${where} could not start: ${ready.kind === 'exited' ? `the container exited with code ${container.exitCode}` : `GET /ping did not answer 200 within ${ctx.inputs.startupTimeoutSec} s`} with the job's environment (${Object.keys(transformEnv(job)).join(', ')}). Last log lines:\n${logTail()}`,
        help: 'Run the image with the same variables (`docker run --network none -e SAGEMAKER_BATCH=true … IMAGE serve`) and fix what the log shows; see serve-start.'
      }
      return result
    }

    const all = [...byObject.values()].flat()
    const answers = new Map<number, Buffer>()
    let next = 0
    let failed: TransformResult['failure']
    const send = async (r: Request): Promise<void> => {
      const what = `POST /invocations with ${r.records === 1 ? `record ${r.first}` : `records ${r.first}-${r.first + r.records - 1}`} of ${r.object.key} (${formatBytes(r.bytes)}${contentType ? `, ${contentType}` : ''})`
      let res
      try {
        res = await unlessAborted(
          probe!.request({
            method: 'POST',
            path: '/invocations',
            headers: {
              ...(contentType ? { 'Content-Type': contentType } : {}),
              ...(accept ? { Accept: accept } : {}),
              'Content-Length': String(r.bytes)
            },
            bodyFile: r.file,
            timeoutMs: BATCH_INVOCATION_MS,
            wholeBody: true
          }),
          ctx.signal
        )
      } catch (err) {
        if (ctx.signal.aborted) throw err
        const e = err as ProbeError
        await container.exitsWithin(1000)
        failed ??= {
          message: `In the ${where}, ${what} ${e.timedOut ? `did not answer within ${BATCH_INVOCATION_MS / 1000} s (SageMaker's default InvocationsTimeoutInSeconds)` : `got no answer: ${e.message}`}.${container.running ? '' : ` The container exited with code ${container.exitCode}.`} Last log lines:\n${logTail()}`,
          help: e.timedOut
            ? 'Answer each request within the invocation timeout: lower MaxPayloadInMB so requests carry fewer records, or make inference faster.'
            : 'The container must answer every request of the job; read the log lines for the crash, and try the same request locally.'
        }
        return
      }
      result.requests++
      const body = res.body ?? Buffer.alloc(0)
      if (res.status < 200 || res.status > 299) {
        failed ??= {
          message: `In the ${where}, ${what} answered ${res.status}.${res.bodyStart.trim() ? ` Response body: "${res.bodyStart.trim().slice(0, 500)}"` : ''} Last log lines:\n${logTail()}`,
          help: `SageMaker fails the whole transform job on one non-2xx answer. Make the container accept ${contentType ?? 'the input'} ${strategy === 'MultiRecord' ? `with several records per request (MultiRecord, up to ${payloadMb} MB)` : 'one record per request'}, or change the profile's BatchStrategy / SplitType.`
        }
        return
      }
      if (body.length === 0) {
        failed ??= {
          message: `In the ${where}, ${what} answered ${res.status} with an empty body: the output for those records would be empty.`,
          help: 'Return one prediction per record in the response body.'
        }
        return
      }
      answers.set(r.index, body)
    }
    // MaxConcurrentTransforms requests in flight, stopping at the first failure as SageMaker does
    await Promise.all(
      Array.from({ length: Math.min(concurrency, all.length) }, async () => {
        while (!failed && next < all.length) await send(all[next++])
      })
    )
    if (failed) {
      result.failure = failed
      return result
    }

    for (const [object, requests] of byObject) {
      const out = assemble(
        requests.map(r => answers.get(r.index) as Buffer),
        assembleWith as 'None' | 'Line'
      )
      const rel =
        object.key === setup.inputUri
          ? path.posix.basename(object.key)
          : object.key.slice(setup.inputUri.length).replace(/^\//, '')
      const file = path.join(setup.outDir, `${rel}.out`)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, out)
      result.outputBytes += out.length
      result.outputs.push({
        file,
        bytes: out.length,
        firstLines: out.subarray(0, 4096).toString('utf8').split('\n').slice(0, FIRST_LINES)
      })
    }
    result.ok = true
    return result
  } finally {
    if (container.running) await container.stop(setup.stopGraceMs)
    await probe?.close()
    await container.remove()
    await rm(reqDir, { recursive: true, force: true })
  }
}
