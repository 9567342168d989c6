// The sample payloads: `payload` patterns resolved inside the workspace, with the Content-Type
// SageMaker would be given and the size limits of real-time and batch requests.

import * as glob from '@actions/glob'
import { statSync } from 'node:fs'
import path from 'node:path'
import type { FindingInput } from '../core/findings.js'
import { InputError } from '../inputs/error.js'
import { confine } from '../inputs/paths.js'
import { MiB } from '../core/text.js'
import { ENDPOINT_LIMITS, LIMITS, type EndpointType } from '../catalog/sagemaker-limits.js'
import type { Payload } from '../core/context.js'

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
 * against the limits of the `endpoint-type`, and against the batch limit when batch transform is tested.
 */
export function payloadSizeFindings(
  payloads: Payload[],
  batch: boolean,
  type: EndpointType = 'realtime'
): FindingInput[] {
  const limits = ENDPOINT_LIMITS[type]
  const out: FindingInput[] = []
  for (const p of payloads) {
    if (p.bytes > limits.requestBytes) {
      out.push({
        message: `${p.name} is ${mib(p.bytes)}; ${limits.name} takes a request of at most ${mib(limits.requestBytes)}, so it is not sent to the ${type === 'realtime' ? 'real-time' : type} server.`,
        help: `Use a smaller sample, or document ${type === 'realtime' ? 'asynchronous inference (up to 1 GB, endpoint-type async) or ' : type === 'serverless' ? 'a real-time or asynchronous endpoint or ' : ''}batch transform for large inputs. Source: ${limits.source}.`
      })
    } else if (type === 'realtime' && p.bytes > LIMITS.invokeEndpointBytes) {
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
  const limit = maxPayloadMb * MiB
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
  if (bytes < MiB) return `${bytes} bytes`
  return `${(bytes / MiB).toFixed(1)} MiB`
}

export function contentTypeFor(file: string, override?: string): string {
  return override ?? TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Resolves the `payload` lines (globs allowed) to files inside the workspace or RUNNER_TEMP, in a
 * stable order. */
export async function resolvePayloads(
  patterns: string[],
  workspace: string,
  contentType?: string,
  runnerTemp?: string
): Promise<Payload[]> {
  const seen = new Set<string>()
  const out: Payload[] = []
  for (const pattern of patterns) {
    const matches = await expand(pattern, workspace)
    if (matches.length === 0) {
      throw new InputError(
        'payload',
        `has "${pattern}", which matches no file under ${workspace}; paths and globs are relative to the workspace`
      )
    }
    for (const file of matches) {
      const name = path.relative(workspace, file)
      const real = confine('payload', name || file, file, {
        workspace,
        runnerTemp
      })
      if (seen.has(real)) continue
      seen.add(real)
      const st = statSync(real)
      // a FIFO would hold the request open forever, a device never end
      if (!st.isFile()) {
        throw new InputError(
          'payload',
          `has "${name}", which is not a regular file; give sample files`
        )
      }
      out.push({
        name,
        file: real,
        bytes: st.size,
        contentType: contentTypeFor(file, contentType)
      })
    }
  }
  return out
}

/**
 * Files matching one `payload` line, resolved against the workspace by @actions/glob (`*`, `?`,
 * `[…]`, `**`); a line without magic is the file itself. Directories are not payloads.
 */
export async function expand(pattern: string, workspace: string): Promise<string[]> {
  // the workspace is a path, not a pattern: its own magic characters are escaped
  const root = path.resolve(workspace).replace(/[*?[\]]/g, '[$&]')
  const absolute = path.isAbsolute(pattern) ? pattern : `${root}/${pattern}`
  if (!validRanges(pattern)) {
    throw new InputError(
      'payload',
      `has "${pattern}", which is not a usable glob: a [a-z] range must run from the lower character to the higher`
    )
  }
  // @actions/glob refuses `.` and `..` segments; resolving them first lets the confinement check judge
  const globber = await glob.create(path.posix.normalize(absolute), {
    matchDirectories: false,
    implicitDescendants: false,
    followSymbolicLinks: true
  })
  return (await globber.glob()).sort()
}

/** A `[…]` class whose range runs backwards (`[z-a]`) can match nothing: a typo to name, not ignore. */
function validRanges(pattern: string): boolean {
  for (const m of pattern.matchAll(/\[!?([^\]]*)\]/g)) {
    for (const r of m[1].matchAll(/(.)-(.)/g)) if (r[1] > r[2]) return false
  }
  return true
}
