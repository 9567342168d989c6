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
  REALTIME_REQUEST_BYTES
} from '../catalog/sagemaker-limits.js'
import { oversizedAnswer } from './response-size.js'
import type { ServeMode } from './serve-run.js'

// where these were exported before they moved to the catalog
export { DEFAULT_BATCH_PAYLOAD_MB, REALTIME_REQUEST_BYTES }

/** Types whose records are lines, so repeating them makes a larger request of the same kind. */
const LINE_TYPES = new Set([
  'text/csv',
  'application/jsonlines',
  'application/x-jsonlines',
  'text/plain'
])

export function isLineOriented(contentType: string): boolean {
  return LINE_TYPES.has(contentType.split(';')[0].trim().toLowerCase())
}

/** The batch limit in force: /execution-parameters' MaxPayloadInMB when valid, else SageMaker's 6. */
export function batchLimitBytes(executionParameters: unknown): number {
  const mb = (executionParameters as { MaxPayloadInMB?: unknown } | undefined)?.MaxPayloadInMB
  const valid =
    typeof mb === 'number' && Number.isInteger(mb) && mb >= 1 && mb <= MAX_BATCH_PAYLOAD_MB
  return (valid ? mb : DEFAULT_BATCH_PAYLOAD_MB) * MiB
}

/**
 * The sample's records repeated, whole, up to `limit` bytes; undefined when the sample has no
 * record or is already as large (then the samples themselves tested the limit).
 */
export function grownBody(
  sample: Buffer,
  limit: number
): { body: Buffer; records: number } | undefined {
  const records = sample
    .toString('utf8')
    .split(/\r?\n/)
    .filter(line => line.trim() !== '')
    .map(line => Buffer.from(`${line}\n`))
  const block = Buffer.concat(records)
  if (records.length === 0 || block.length >= limit) return undefined
  const copies = Math.floor(limit / block.length)
  let size = copies * block.length
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
  body.fill(block, 0, copies * block.length)
  Buffer.concat(tail).copy(body, copies * block.length)
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
  mode: ServeMode
): Verdict {
  const { status } = result
  // an echoing server answers a request this large with more than SageMaker passes on
  if (result.tooLarge) return { ok: false, finding: oversizedAnswer(what, result.error!, mode) }
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
