// The sample payloads: `payload` patterns resolved inside the workspace, with the Content-Type
// SageMaker would be given and the size limits of real-time and batch requests.

import { readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { FindingInput } from '../findings.js'
import { InputError } from '../inputs.js'

export interface Payload {
  /** Path relative to the workspace, for messages and the report. */
  name: string
  file: string
  bytes: number
  contentType: string
}

const MB = 1024 * 1024
export const LIMITS = {
  /** seed: 25 MB per real-time invocation, "can't be adjusted" */
  realtimeBytes: 25 * MB,
  /** InvokeEndpoint's Body cap (botocore sagemaker-runtime BodyBlob) */
  invokeEndpointBytes: 6 * MB,
  /** seed: 100 MB per batch-transform invocation */
  batchBytes: 100 * MB
}

const TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.jsonl': 'application/jsonlines',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.bmp': 'image/bmp',
  '.webp': 'image/webp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.txt': 'text/plain'
}

/**
 * payload-size, judged from the files alone (so also when the container never serves): each sample
 * against the real-time limits, and against the batch limit when batch transform is tested.
 */
export function payloadSizeFindings(payloads: Payload[], batch: boolean): FindingInput[] {
  const out: FindingInput[] = []
  for (const p of payloads) {
    if (p.bytes > LIMITS.realtimeBytes) {
      out.push({
        message: `${p.name} is ${mib(p.bytes)}; a real-time invocation takes at most ${mib(LIMITS.realtimeBytes)}, so it is not sent to the real-time server.`
      })
    } else if (p.bytes > LIMITS.invokeEndpointBytes) {
      out.push({
        severity: 'warning',
        message: `${p.name} is ${mib(p.bytes)}: within the 25 MB real-time limit, but the InvokeEndpoint API accepts at most 6 MiB per request, so buyers cannot send it to an endpoint.`
      })
    }
    if (batch && p.bytes > LIMITS.batchBytes) {
      out.push({
        message: `${p.name} is ${mib(p.bytes)}; a batch-transform invocation takes at most ${mib(LIMITS.batchBytes)}, so it is not sent in the batch run either.`
      })
    }
  }
  return out
}

/**
 * payload-size for the batch run: a transform job with SplitType None (the default) sends each S3
 * object as one request and fails on an object larger than MaxPayloadInMB, so such a sample is an
 * error and is not sent. `answered`: the limit came from GET /execution-parameters.
 */
export function batchPayloadFindings(
  payloads: Payload[],
  maxPayloadMb: number,
  answered: boolean
): FindingInput[] {
  // 0 asks for chunked streaming: no per-object cap but the batch request one
  if (maxPayloadMb === 0) return []
  const limit = maxPayloadMb * MB
  const from = answered
    ? 'the MaxPayloadInMB your GET /execution-parameters answered'
    : "SageMaker's default MaxPayloadInMB"
  return payloads
    .filter(p => p.bytes > limit && p.bytes <= LIMITS.batchBytes)
    .map(p => ({
      message: `${p.name} is ${mib(p.bytes)}; a transform job with SplitType None (the default) sends each object as one request and refuses one above ${maxPayloadMb} MB (${from}), so it is not sent in the batch run.`,
      help: 'Use a smaller sample, tell buyers to split their input (SplitType Line or RecordIO), or answer a larger MaxPayloadInMB from GET /execution-parameters (MaxConcurrentTransforms × MaxPayloadInMB ≤ 100).'
    }))
}

export function mib(bytes: number): string {
  if (bytes < MB) return `${bytes} bytes`
  return `${(bytes / MB).toFixed(1)} MiB`
}

export function contentTypeFor(file: string, override?: string): string {
  return override ?? TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Resolves the `payload` lines (globs allowed) to files inside the workspace, in a stable order. */
export function resolvePayloads(
  patterns: string[],
  workspace: string,
  contentType?: string
): Payload[] {
  const root = realpathSync(workspace)
  const seen = new Set<string>()
  const out: Payload[] = []
  for (const pattern of patterns) {
    const matches = expand(pattern, workspace)
    if (matches.length === 0) {
      throw new InputError(
        'payload',
        `has "${pattern}", which matches no file under ${workspace}; paths and globs are relative to the workspace`
      )
    }
    for (const file of matches) {
      const real = realpathSync(file)
      if (real !== root && !real.startsWith(root + path.sep)) {
        throw new InputError(
          'payload',
          `has "${path.relative(workspace, file) || file}", which resolves to ${real}, outside the workspace ${root}; payload files must live in the repository`
        )
      }
      if (seen.has(real)) continue
      seen.add(real)
      const st = statSync(real)
      out.push({
        name: path.relative(workspace, file),
        file: real,
        bytes: st.size,
        contentType: contentTypeFor(file, contentType)
      })
    }
  }
  return out
}

function hasMagic(segment: string): boolean {
  return /[*?[]/.test(segment)
}

/** Files matching a glob (`*`, `?`, `[…]`, `**`), or the path itself when it has no magic. */
export function expand(pattern: string, workspace: string): string[] {
  const abs = path.resolve(workspace, pattern)
  const segments = abs.split(path.sep).filter(Boolean)
  const firstMagic = segments.findIndex(hasMagic)
  if (firstMagic === -1) return isFile(abs) ? [abs] : []
  const base = path.sep + segments.slice(0, firstMagic).join(path.sep)
  const results: string[] = []
  walk(base, segments.slice(firstMagic), results)
  return results.sort()
}

function walk(dir: string, rest: string[], results: string[]): void {
  if (rest.length === 0) {
    if (isFile(dir)) results.push(dir)
    return
  }
  const [head, ...tail] = rest
  if (head === '**') {
    walk(dir, tail, results) // zero directories
    for (const entry of entries(dir)) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) {
        walk(path.join(dir, entry.name), rest, results)
      }
    }
    return
  }
  if (!hasMagic(head)) return walk(path.join(dir, head), tail, results)
  const re = segmentRegExp(head)
  for (const entry of entries(dir)) {
    if (re.test(entry.name) && (head.startsWith('.') || !entry.name.startsWith('.'))) {
      walk(path.join(dir, entry.name), tail, results)
    }
  }
}

function segmentRegExp(segment: string): RegExp {
  let re = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]
    if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1)
      if (close === -1) re += '\\['
      else {
        re += `[${segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`
        i = close
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

function entries(dir: string): import('node:fs').Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}
