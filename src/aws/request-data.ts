// same-region for the S3 locations a request file names (model data, validation input and output):
// one HeadBucket per bucket, with the credentials of the AWS phase.

import type { RunContext } from '../core/context.js'
import { requestFiles, requestView } from '../request/index.js'
import { createRequest } from '../request/rules.js'
import type { Located, StaticResult } from '../core/phase.js'
import { checkSameRegion } from '../static/index.js'
import { settleAll } from './errors.js'
import { bucketRegion, type BucketRegion } from './s3.js'

export async function checkRequestData(ctx: RunContext, refs: StaticResult): Promise<void> {
  const region = refs.region
  if (!region) return // no Region known: same-region is already reported as skipped
  const buckets = new Map<string, Promise<BucketRegion>>()
  const lookups = requestFiles(ctx).flatMap(file => {
    const view = requestView(ctx, file, createRequest(file.kind, file.request))
    return view.s3.flatMap(loc => {
      const bucket = /^s3:\/\/([^/]+)/.exec(loc.uri)?.[1]
      if (!bucket) return []
      if (!buckets.has(bucket)) buckets.set(bucket, bucketRegion(ctx, bucket, region))
      return [{ loc, input: file.input, found: buckets.get(bucket) as Promise<BucketRegion> }]
    })
  })
  await settleAll(lookups.map(l => l.found))
  const located: Located[] = []
  for (const { loc, input, found: lookup } of lookups) {
    const found = await lookup
    if (found.ok) {
      located.push({ what: `${loc.what} (${loc.uri})`, input, region: found.region })
    } else {
      ctx.findings.add('same-region', {
        message: `Could not confirm that ${loc.what} (${loc.uri}) is in ${region}: ${found.detail}${found.reason === 'not-found' ? '; validation cannot read or write it' : ''}.`,
        severity: 'warning',
        file: input
      })
    }
  }
  if (located.length) {
    checkSameRegion(ctx, region, ctx.inputs.region ? 'region' : located[0].input, located)
  }
}
