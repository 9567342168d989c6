// request-size-limit in a serving run: one request grown from a passing sample's records to the
// limit SageMaker sends in the run, and sent after the samples (the verdict is request-size.ts's).

import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ENDPOINT_LIMITS, type EndpointType } from '../catalog/sagemaker-limits.js'
import { MiB } from '../core/text.js'
import { mib } from './payloads.js'
import {
  batchLimitBytes,
  describeLargeRequest,
  grownBody,
  isRecordOriented,
  requestSizeVerdict
} from './request-size.js'
import {
  exitNote,
  invoke,
  lastLines,
  whileBusy,
  type GrownRequest,
  type GrownRequests,
  type ServeMode,
  type ServeRun,
  type ServeSetup
} from './serve-run.js'
import type { Payload } from '../core/context.js'

/** What growing a request needs: where to write it, and the requests grown so far. */
interface Growing {
  grown: GrownRequests
  setup: Pick<ServeSetup, 'tmp' | 'payloads'>
  mode: ServeMode
}

/** The request grown from a sample to `limit`, written to a file once; undefined when the sample
 * already reaches the limit. */
function grow(g: Growing, sample: Payload, limit: number): Promise<GrownRequest | undefined> {
  const key = `${limit} ${sample.name}`
  let grown = g.grown.get(key)
  if (!grown) {
    const file = path.join(g.setup.tmp, `large-request-${g.mode}-${g.grown.size}`)
    grown = readFile(sample.file).then(async data => {
      const body = grownBody(data, limit, sample.contentType)
      if (!body) return undefined
      await writeFile(file, body.body)
      return { bytes: body.body.length, records: body.records, file }
    })
    g.grown.set(key, grown)
  }
  return grown
}

/** Grows the real-time request while the server starts, from the sample it is likeliest grown from
 * (the first one made of records sent); a sample that cannot be read fails when the request is sent. */
export function growLikely(g: Growing, type: EndpointType): void {
  const { requestBytes } = ENDPOINT_LIMITS[type]
  const likely = g.setup.payloads.find(
    p => isRecordOriented(p.contentType) && p.bytes <= requestBytes
  )
  if (likely) grow(g, likely, endpointGrowth(type).limit).catch(() => undefined)
}

/** The limit request-size-limit grows to in the endpoint run, and how findings name it. */
export function endpointGrowth(type: EndpointType): { limit: number; limitName: string } {
  const limit = ENDPOINT_LIMITS[type].grownRequestBytes
  const limitName =
    type === 'serverless'
      ? 'the serverless limit of 4 MB'
      : type === 'async'
        ? 'the real-time limit of InvokeEndpoint; asynchronous requests of up to 1 GB are not grown that far'
        : 'the real-time limit of InvokeEndpoint'
  return { limit, limitName }
}

/** request-size-limit: one request grown from a passing sample's records to SageMaker's limit. */
export async function largeRequest(r: ServeRun): Promise<void> {
  const { findings } = r.ctx
  const { mode, outcome, where } = r
  const sample = r.setup.payloads.find(p => r.alone.has(p.name) && isRecordOriented(p.contentType))
  if (!sample || !r.container.running) {
    if (r.setup.payloads.length > 0) {
      findings.skip(
        'request-size-limit',
        `no sample payload made of records (text/csv, application/jsonlines, text/plain, RecordIO) answered 2xx${where}, so no larger request could be grown from its records`
      )
    }
    return
  }
  const type = r.ctx.inputs.endpointType
  const batchLimit = batchLimitBytes(outcome.executionParameters)
  const { limit, limitName } =
    mode === 'batch'
      ? { limit: batchLimit, limitName: `the batch limit, MaxPayloadInMB ${batchLimit / MiB}` }
      : endpointGrowth(type)
  const large = await grow(r, sample, limit)
  if (!large) {
    findings.pass(
      'request-size-limit',
      `${sample.name} (${mib(sample.bytes)}) already reaches ${limitName}${where}`
    )
    return
  }
  const what = `${describeLargeRequest(large.bytes, large.records, sample.contentType, sample.name, limitName)}${where}`
  const res = await whileBusy(
    r,
    `POST /invocations with the ${mib(large.bytes)} request-size-limit request`,
    invoke(r, sample.contentType, large.bytes, large.file)
  ).finally(() => rm(large.file, { force: true }))
  ;(outcome.largeRequests ??= []).push({
    mode,
    payload: sample.name,
    bytes: large.bytes,
    records: large.records,
    latencyMs: res.ms,
    ...('error' in res ? { error: res.error } : { status: res.status })
  })
  const verdict = requestSizeVerdict(
    what,
    'error' in res ? res : { status: res.status, bodyStart: res.bodyStart },
    mode,
    type
  )
  if (!verdict.ok) verdict.finding.message += `${await exitNote(r)} ${lastLines(r)}`
  findings.apply('request-size-limit', verdict)
}
