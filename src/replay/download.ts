// Where the replay finds the S3 data a request names: the `validation-data` mapping first; without
// one, a download with the run's AWS credentials (ListObjectsV2 + GetObject), within
// `max-validation-data` and with progress in the log; otherwise a reason naming `validation-data`.

import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import type { RunContext } from '../core/context.js'
import { formatBytes } from '../core/text.js'
import { resolveObjects, type LocalObject } from './validation-data.js'

export type Found = LocalObject[] | { unavailable: string }
export type Locate = (uri: string) => Promise<Found>

const PROGRESS_EVERY_BYTES = 64 * 1024 * 1024

export function locator(ctx: RunContext, region: string | undefined, dir: string): Locate {
  let credentials: Promise<boolean> | undefined
  let downloaded = 0
  const cache = new Map<string, Promise<Found>>()
  const hint = (uri: string): string =>
    `map it in \`validation-data\` (${uri}=./path/to/local/copy)`
  return uri => {
    const mapped = resolveObjects(uri, ctx.inputs.validationData)
    if (mapped) return Promise.resolve(mapped)
    if (!cache.has(uri)) {
      cache.set(
        uri,
        (async (): Promise<Found> => {
          credentials ??= hasCredentials(ctx)
          if (!(await credentials) || !region) {
            return {
              unavailable: `${uri} has no local copy and there are no AWS credentials to download it: ${hint(uri)}`
            }
          }
          try {
            return await download(ctx, uri, region, path.join(dir, String(cache.size)), bytes => {
              downloaded += bytes
              return ctx.inputs.maxValidationDataBytes - downloaded
            })
          } catch (err) {
            if (ctx.signal.aborted) throw err
            return {
              unavailable: `${uri} could not be downloaded (${(err as Error).message}): ${hint(uri)}`
            }
          }
        })()
      )
    }
    return cache.get(uri) as Promise<Found>
  }
}

async function hasCredentials(ctx: RunContext): Promise<boolean> {
  if (ctx.inputs.awsChecks === 'false') return false
  const { findCredentials } = await import('../aws/credentials.js')
  return (await findCredentials()) !== undefined
}

/** The objects under `uri`, fetched into `dir`; `take` books their size and returns what is left. */
async function download(
  ctx: RunContext,
  uri: string,
  region: string,
  dir: string,
  take: (bytes: number) => number
): Promise<Found> {
  const { ListObjectsV2Command, GetObjectCommand } = await import('@aws-sdk/client-s3')
  const { clientsFor } = await import('../aws/clients.js')
  const client = await clientsFor(ctx).s3(region)
  const [, bucket, prefix] = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri) as RegExpExecArray
  const listed: { key: string; bytes: number }[] = []
  let token: string | undefined
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      { abortSignal: ctx.signal }
    )
    for (const o of page.Contents ?? []) {
      if (o.Key && !o.Key.endsWith('/')) listed.push({ key: o.Key, bytes: o.Size ?? 0 })
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  const total = listed.reduce((s, o) => s + o.bytes, 0)
  const left = take(total)
  if (left < 0) {
    return {
      unavailable: `${uri} holds ${formatBytes(total)} in ${listed.length} object(s), more than \`max-validation-data\` (${formatBytes(ctx.inputs.maxValidationDataBytes)}) allows: raise it, or map a smaller sample in \`validation-data\``
    }
  }
  ctx.log.info(`Downloading ${uri}: ${listed.length} object(s), ${formatBytes(total)}`)
  const found: LocalObject[] = []
  let done = 0
  let reported = 0
  for (const o of listed) {
    const file = path.join(
      dir,
      o.key.slice(prefix.length).replace(/^\/+/, '') || path.posix.basename(o.key)
    )
    await mkdir(path.dirname(file), { recursive: true })
    const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: o.key }), {
      abortSignal: ctx.signal
    })
    await pipeline(out.Body as Readable, createWriteStream(file), { signal: ctx.signal })
    found.push({ key: `s3://${bucket}/${o.key}`, file, bytes: o.bytes })
    done += o.bytes
    if (done - reported >= PROGRESS_EVERY_BYTES || done === total) {
      reported = done
      ctx.log.info(
        `  ${formatBytes(done)} of ${formatBytes(total)} (${found.length}/${listed.length} objects)`
      )
    }
  }
  return found
}
