// request-size-limit: SageMaker sends real-time requests of up to 6 MiB and batch requests of up to
// the MaxPayloadInMB in force, but sample payloads are small, so a server's own body limit (AWS's
// scikit_bring_your_own sets nginx `client_max_body_size 5m`) never shows locally. One request is
// grown from a sample's records to the limit and sent after the samples pass.

import type { Verdict } from '../core/findings.js'
import { mib } from './payloads.js'
import { MiB } from '../core/text.js'
import {
  DEFAULT_BATCH_PAYLOAD_MB,
  MAX_BATCH_PAYLOAD_MB,
  type EndpointType
} from '../catalog/sagemaker-limits.js'
import { oversizedAnswer } from './response-size.js'
import { splitRecords } from '../replay/records.js'
import type { ServeMode } from './serve-run.js'

/** Types whose records are lines, so repeating them makes a larger request of the same kind. */
const LINE_TYPES = new Set([
  'text/csv',
  'application/jsonlines',
  'application/x-jsonlines',
  'text/plain'
])
/** MXNet RecordIO framing (SageMaker's built-in algorithms' protobuf records among it). */
const RECORDIO_TYPES = new Set(['application/x-recordio-protobuf', 'application/x-recordio'])

const baseType = (contentType: string): string => contentType.split(';')[0].trim().toLowerCase()

/** Whether a larger request of this type can be grown by repeating the sample's records. */
export function isRecordOriented(contentType: string): boolean {
  const type = baseType(contentType)
  return LINE_TYPES.has(type) || RECORDIO_TYPES.has(type)
}

/** The batch limit in force: /execution-parameters' MaxPayloadInMB when valid, else SageMaker's 6. */
export function batchLimitBytes(executionParameters: unknown): number {
  const mb = (executionParameters as { MaxPayloadInMB?: unknown } | undefined)?.MaxPayloadInMB
  const valid =
    typeof mb === 'number' && Number.isInteger(mb) && mb >= 1 && mb <= MAX_BATCH_PAYLOAD_MB
  return (valid ? mb : DEFAULT_BATCH_PAYLOAD_MB) * MiB
}

/**
 * A CSV header line: `header=present` in the Content-Type, or a first line that is not numeric
 * while the lines after it are. A grown request keeps it once, as a larger file would.
 */
export function csvHeader(lines: string[], contentType: string): boolean {
  const [type, ...params] = contentType.split(';').map(p => p.trim().toLowerCase())
  if (type !== 'text/csv' || lines.length === 0) return false
  if (params.includes('header=present')) return true
  const numeric = (line: string): boolean =>
    line.split(',').every(f => f.trim() !== '' && Number.isFinite(Number(f.trim())))
  return lines.length > 1 && !numeric(lines[0]) && lines.slice(1).every(numeric)
}

/**
 * A sample cut into its records: RecordIO records with their framing (a sample that is not valid
 * RecordIO is one record: whole copies of it), else its non-blank lines, each ending in a newline,
 * a CSV header apart.
 */
function sampleRecords(sample: Buffer, contentType: string): { header: Buffer; records: Buffer[] } {
  const none = Buffer.alloc(0)
  if (RECORDIO_TYPES.has(baseType(contentType))) {
    try {
      return { header: none, records: splitRecords(sample, 'RecordIO') }
    } catch {
      return { header: none, records: sample.length ? [sample] : [] }
    }
  }
  const lines = sample
    .toString('utf8')
    .split(/\r?\n/)
    .filter(line => line.trim() !== '')
  const header = csvHeader(lines, contentType) ? Buffer.from(`${lines.shift()}\n`) : none
  return { header, records: lines.map(line => Buffer.from(`${line}\n`)) }
}

/**
 * The sample's records repeated, whole, up to `limit` bytes (a CSV header once, first); undefined
 * when the sample has no record or is already as large (then the samples themselves tested the limit).
 */
export function grownBody(
  sample: Buffer,
  limit: number,
  contentType: string
): { body: Buffer; records: number } | undefined {
  const { header, records } = sampleRecords(sample, contentType)
  const block = Buffer.concat(records)
  const room = limit - header.length
  if (records.length === 0 || block.length >= room) return undefined
  const copies = Math.floor(room / block.length)
  let size = header.length + copies * block.length
  let count = copies * records.length
  const tail: Buffer[] = []
  for (const r of records) {
    if (size + r.length > limit) break
    tail.push(r)
    size += r.length
    count++
  }
  // one native fill, not a concat of a copy per repeat: a 12-byte sample repeats 500,000 times
  const body = Buffer.allocUnsafe(size)
  header.copy(body, 0)
  body.fill(block, header.length, header.length + copies * block.length)
  Buffer.concat(tail).copy(body, header.length + copies * block.length)
  return { body, records: count }
}

export const BODY_LIMIT_HELP =
  "Raise the serving stack's request body limit to at least what SageMaker sends (6 MiB real-time, MaxPayloadInMB in batch transform, up to 100 MB): nginx `client_max_body_size` (AWS's scikit_bring_your_own sample sets 5m), Flask `MAX_CONTENT_LENGTH`, TorchServe and MMS `max_request_size` (6553500 bytes by default), Express body-parser `limit` (100kb by default), or your framework's maximum body size."

export interface LargeRequestResult {
  status?: number
  error?: string
  timedOut?: boolean
  /** The answer's body passed what SageMaker returns of one in the run (`error` says so). */
  tooLarge?: boolean
  bodyStart?: string
}

/** The verdict on one grown request; `what` says what it was and which limit it reached. */
export function requestSizeVerdict(
  what: string,
  result: LargeRequestResult,
  mode: ServeMode,
  type: EndpointType = 'realtime'
): Verdict {
  const { status } = result
  // an echoing server answers a request this large with more than SageMaker passes on
  if (result.tooLarge)
    return { ok: false, finding: oversizedAnswer(what, result.error!, mode, type) }
  if (status !== undefined && status >= 200 && status < 300) {
    return { ok: true, detail: `${what} answered ${status}` }
  }
  if (status === 413 || (status === undefined && !result.timedOut)) {
    const seen =
      status === 413
        ? 'was refused with 413 Request Entity Too Large'
        : `got no answer: the connection was closed before any response (${result.error})`
    return {
      ok: false,
      finding: {
        message: `${what} ${seen}, although the sample payloads passed. SageMaker sends requests this large, so the server's own body limit is below SageMaker's.`,
        help: BODY_LIMIT_HELP
      }
    }
  }
  const body = result.bodyStart?.trim().slice(0, 300)
  return {
    ok: false,
    finding: {
      severity: 'warning',
      message: result.timedOut
        ? `${what} did not answer in time (${result.error}); a request this large may be too slow for SageMaker's limits.`
        : `${what} answered ${status}, although the sample payloads passed.${body ? ` Response body: "${body}"` : ''}`
    }
  }
}

/** "a 6.0 MiB request of 50,000 text/csv records grown from sample.csv (the real-time limit)". */
export function describeLargeRequest(
  bytes: number,
  records: number,
  contentType: string,
  sample: string,
  limit: string
): string {
  return `A ${mib(bytes)} POST /invocations of ${records.toLocaleString('en-US')} ${contentType} records grown from ${sample} (${limit})`
}
