// Request phase: the CreateModelPackage / CreateAlgorithm request a seller is about to send, checked
// the way SageMaker and Marketplace will, before anything exists in AWS. Its first inference image
// and its training image stand in for `image` / `training-image` when those are not given, so the
// registry checks and the smoke test (with `local-image` / `local-training-image`) cover them.

import type {
  DescribeAlgorithmCommandOutput,
  DescribeModelPackageCommandOutput
} from '@aws-sdk/client-sagemaker'
import path from 'node:path'
import type { RunContext } from '../core/context.js'
import type { Verdict } from '../core/findings.js'
import type { RuleId } from '../catalog/rules.js'
import { parseImageUri, pinnedTo, type EcrImageRef } from '../image/ref.js'
import { regionFromTable } from '../catalog/regions.js'
import {
  algorithmView,
  builtinAlgorithm,
  certifyForMarketplace,
  KIND_NAME,
  modelPackageView,
  validationSpec,
  type ResourceView
} from '../aws/resource-rules.js'
import { imageFacts, type Located, type StaticResult } from '../core/phase.js'
import { capitalize } from '../core/text.js'
import { checkRegionEligibility, checkSameRegion } from '../static/index.js'
import { REQUEST_INPUTS, type RequestFile } from './load.js'
import { listingRequest, type ListingContext } from './listing-rules.js'
import {
  contentTypes,
  createRequest,
  hyperparameters,
  instanceTypes,
  metricDefinitions,
  requestSchema,
  spotTraining,
  type CreateRequest
} from './rules.js'

const RULES: readonly (readonly [RuleId, (req: CreateRequest) => Verdict[]])[] = [
  ['request-schema', requestSchema],
  ['instance-types', instanceTypes],
  ['content-types', contentTypes],
  ['hyperparameters', hyperparameters],
  ['metric-definitions', metricDefinitions],
  ['spot-training', spotTraining]
]

export function requestFiles(ctx: Pick<RunContext, 'inputs'>): RequestFile[] {
  const { modelPackageRequest, algorithmRequest } = ctx.inputs
  return [modelPackageRequest, algorithmRequest].filter((r): r is RequestFile => r !== undefined)
}

export function runRequestChecks(ctx: RunContext, refs: StaticResult): CreateRequest[] {
  const requests: CreateRequest[] = []
  const located: Located[] = []
  for (const file of requestFiles(ctx)) {
    const req = createRequest(file.kind, file.request)
    requests.push(req)
    for (const [id, rule] of RULES) ctx.findings.apply(id, rule(req), file.input)
    const view = requestView(ctx, file, req)
    ctx.findings.apply('certify-for-marketplace', certifyForMarketplace(view), file.input)
    ctx.findings.apply('validation-spec', validationSpec(view), file.input)
    ctx.findings.apply(
      'builtin-algorithm',
      builtinAlgorithm(view, ctx.inputs.sellerAccountIds),
      file.input
    )
    located.push(...requestImages(ctx, file, view, refs))
  }
  if (located.length === 0) return requests
  if (refs.region === undefined) {
    refs.region = located[0].region
    ctx.facts.region = checkRegionEligibility(ctx, regionFromTable(refs.region))
  }
  // the S3 locations need HeadBucket: the AWS phase checks them with credentials
  checkSameRegion(ctx, refs.region, ctx.inputs.region ? 'region' : located[0].input, located)
  return requests
}

/** `listing-request` against the documented shapes, the publishing Region and the instance types the
 * request files support; a placeholder ARN is fine when `aws-validation` creates that resource. */
export function runListingChecks(
  ctx: RunContext,
  refs: StaticResult,
  requests: readonly CreateRequest[]
): void {
  const listing = ctx.inputs.listingRequest
  if (!listing) return
  const context: ListingContext = {
    region: refs.region ?? ctx.inputs.region,
    supported: Object.fromEntries(requests.map(r => [r.kind, supportedTypes(r)])),
    created: ctx.inputs.awsValidation ? requests.map(r => r.kind) : []
  }
  ctx.findings.apply('listing-request', listingRequest(listing.request, context), listing.input)
}

function supportedTypes(
  req: CreateRequest
): ListingContext['supported'][keyof ListingContext['supported']] {
  const list = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : undefined
  return {
    input: REQUEST_INPUTS[req.kind],
    BatchTransform: list(req.inference?.SupportedTransformInstanceTypes),
    RealtimeInference: list(req.inference?.SupportedRealtimeInferenceInstanceTypes),
    Training: list(req.training?.SupportedTrainingInstanceTypes)
  }
}

/** The request read as the resource it creates, so the resource rules apply unchanged. */
export function requestView(ctx: RunContext, file: RequestFile, req: CreateRequest): ResourceView {
  const account =
    ctx.inputs.sellerAccountIds[0] ?? firstImage(req.raw)?.registryId ?? '000000000000' // unknown until STS answers; only names a bare source algorithm's owner
  const region = ctx.inputs.region ?? firstImage(req.raw)?.region ?? 'us-east-1'
  const name = req.name ?? 'unnamed'
  const arn = `arn:aws:sagemaker:${region}:${account}:${file.kind}/${name}`
  const label = `The ${KIND_NAME[file.kind]} request ${path.basename(file.file)} (\`${file.input}\`)`
  const view =
    file.kind === 'model-package'
      ? modelPackageView(arn, req.raw as unknown as DescribeModelPackageCommandOutput)
      : algorithmView(arn, req.raw as unknown as DescribeAlgorithmCommandOutput)
  return { ...view, label }
}

function firstImage(raw: Record<string, unknown>): EcrImageRef | undefined {
  const inference = raw.InferenceSpecification as { Containers?: { Image?: unknown }[] } | undefined
  const training = raw.TrainingSpecification as { TrainingImage?: unknown } | undefined
  for (const image of [inference?.Containers?.[0]?.Image, training?.TrainingImage]) {
    if (typeof image !== 'string') continue
    const parsed = parseImageUri(image)
    if (parsed.ok) return parsed.ref
  }
  return undefined
}

/**
 * image-uri for every image the request names; the first inference image and the training image
 * become `image` / `training-image` when those inputs are not given. Returns where the images are.
 */
function requestImages(
  ctx: RunContext,
  file: RequestFile,
  view: ResourceView,
  refs: StaticResult
): Located[] {
  const located: Located[] = []
  for (const c of view.containers) {
    const what = `the ${c.where} of ${path.basename(file.file)}`
    const parsed = parseImageUri(c.image)
    if (!parsed.ok) {
      ctx.findings.add('image-uri', {
        message: `${capitalize(what)} (\`${file.input}\`) "${c.image}" ${parsed.reason}.`,
        file: file.input
      })
      continue
    }
    ctx.findings.pass('image-uri', `${what} is a private ECR image in ${parsed.ref.region}`)
    const ref = pinnedTo(parsed.ref, c.imageDigest)
    located.push({ what: `${what} (${ref.uri})`, input: file.input, region: ref.region })
    const key = c.where === 'training image' ? 'trainingImage' : 'image'
    if (refs[key] || ctx.inputs[key] || (key === 'image' && c.where !== 'inference container 1'))
      continue
    refs[key] = ref
    ctx.facts[key] = imageFacts(ref)
    ctx.log.info(
      `${capitalize(what)} ${ref.uri} gets the registry checks and the smoke test of \`${key === 'image' ? 'image' : 'training-image'}\``
    )
  }
  return located
}
