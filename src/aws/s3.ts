// Finds the Region of an S3 bucket (HeadBucket's x-amz-bucket-region), for same-region.

import type { RunContext } from '../core/context.js'
import { clientsFor } from './clients.js'

export type BucketRegion =
  | { ok: true; region: string }
  | { ok: false; reason: 'not-found' | 'access-denied' | 'error'; detail: string }

interface AwsError {
  name?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
  $response?: { headers?: Record<string, string | undefined> }
}

/** Asks the publishing Region's endpoint; S3 names the bucket's Region even when it redirects or refuses. */
export async function bucketRegion(
  ctx: RunContext,
  bucket: string,
  region: string
): Promise<BucketRegion> {
  const { HeadBucketCommand } = await import('@aws-sdk/client-s3')
  const client = await clientsFor(ctx).s3(region)
  try {
    const out = await client.send(new HeadBucketCommand({ Bucket: bucket }), {
      abortSignal: ctx.signal
    })
    if (out.BucketRegion) return { ok: true, region: out.BucketRegion }
    return { ok: false, reason: 'error', detail: 'HeadBucket did not name the bucket Region' }
  } catch (err) {
    if (ctx.signal.aborted) throw err
    const e = err as AwsError
    const header = e.$response?.headers?.['x-amz-bucket-region']
    if (header) return { ok: true, region: header }
    const status = e.$metadata?.httpStatusCode
    if (status === 404 || e.name === 'NotFound' || e.name === 'NoSuchBucket') {
      return { ok: false, reason: 'not-found', detail: `the bucket ${bucket} does not exist` }
    }
    if (status === 403 || e.name === 'Forbidden' || e.name === 'AccessDenied') {
      return {
        ok: false,
        reason: 'access-denied',
        detail: `access denied reading the Region of the bucket ${bucket}: allow s3:ListBucket on arn:aws:s3:::${bucket} for the role this step runs as`
      }
    }
    return {
      ok: false,
      reason: 'error',
      detail: `HeadBucket on ${bucket} failed: ${e.name ?? 'Error'}${e.message && e.message !== e.name ? `: ${e.message}` : ''}`
    }
  }
}
