// Resource phase: the model package and algorithm named by ARN, as Marketplace will see them. Their
// images go through the registry checks (passed in, so this module does not own them); their S3
// data is located with HeadBucket for same-region.

import type { RuleId } from '../catalog/rules.js'
import type { ResourceFacts, RunContext } from '../core/context.js'
import { parseImageUri, pinnedTo, type EcrImageRef } from '../image/ref.js'
import {
  KIND_NAME,
  awsOwnedRegistry,
  builtinAlgorithm,
  certifyForMarketplace,
  ownSourceAlgorithmArn,
  resourceStatus,
  validationSpec,
  type ResourceContainer,
  type ResourceKind,
  type ResourceView,
  type SourceAlgorithm
} from './resource-rules.js'
import type { Located, StaticResult } from '../core/phase.js'
import { capitalize } from '../core/text.js'
import { checkSameRegion } from '../static/index.js'
import { describeAwsError, settleAll } from './errors.js'
import { bucketRegion, type BucketRegion } from './s3.js'
import { describeResource } from './sagemaker.js'

/** The registry checks for one image; `input` is the input the image came from, `what` names it. */
export type CheckImage = (ref: EcrImageRef, input: string, what: string) => Promise<unknown>

const ARN_FORM: Record<ResourceKind, string> = {
  'model-package': 'arn:aws:sagemaker:REGION:ACCOUNT:model-package/NAME[/VERSION]',
  algorithm: 'arn:aws:sagemaker:REGION:ACCOUNT:algorithm/NAME'
}
const DESCRIBE: Record<ResourceKind, string> = {
  'model-package': 'sagemaker:DescribeModelPackage',
  algorithm: 'sagemaker:DescribeAlgorithm'
}
const RULES: readonly RuleId[] = [
  'certify-for-marketplace',
  'validation-spec',
  'builtin-algorithm',
  'resource-status'
]

export interface Target {
  input: string
  kind: ResourceKind
  arn: string
}

/** The resources the inputs name. */
export function resourceTargets(ctx: Pick<RunContext, 'inputs'>): Target[] {
  const { modelPackageArn, algorithmArn } = ctx.inputs
  return [
    ...(modelPackageArn
      ? [{ input: 'model-package-arn', kind: 'model-package' as const, arn: modelPackageArn }]
      : []),
    ...(algorithmArn
      ? [{ input: 'algorithm-arn', kind: 'algorithm' as const, arn: algorithmArn }]
      : [])
  ]
}

/** Starts describing the resources, so the calls overlap the registry checks. */
export function prefetchResources(ctx: RunContext): void {
  for (const { kind, arn } of resourceTargets(ctx)) {
    describeResource(ctx, kind, arn).catch(() => undefined) // awaited by the checks
  }
}

export async function runResourceChecks(
  ctx: RunContext,
  refs: StaticResult,
  checkImage: CheckImage
): Promise<void> {
  // images the registry phase already checked from `image` / `training-image`
  const checked = new Set([refs.image?.uri, refs.trainingImage?.uri].filter(Boolean))
  const buckets = new Map<string, Promise<BucketRegion>>()
  for (const target of resourceTargets(ctx)) {
    await ctx.findings.timed(RULES, () =>
      checkResource(ctx, refs, target, checkImage, checked, buckets)
    )
  }
}

async function checkResource(
  ctx: RunContext,
  refs: StaticResult,
  target: Target,
  checkImage: CheckImage,
  checked: Set<string | undefined>,
  buckets: Map<string, Promise<BucketRegion>>
): Promise<void> {
  const { findings } = ctx
  const { input, kind, arn } = target
  let view: ResourceView
  try {
    view = await describeResource(ctx, kind, arn)
  } catch (err) {
    if (ctx.signal.aborted) throw err
    findings.add('resource-status', { message: describeFailure(ctx, target, err), file: input })
    findings.skipAll(RULES.slice(0, 3), `the ${KIND_NAME[kind]} ${arn} could not be described`)
    return
  }

  findings.apply('certify-for-marketplace', certifyForMarketplace(view), input)
  findings.apply('validation-spec', validationSpec(view), input)
  findings.apply('builtin-algorithm', builtinAlgorithm(view, sellerAccounts(ctx)), input)
  findings.apply('resource-status', resourceStatus(view), input)

  const region = refs.region ?? view.region
  /** One HeadBucket per bucket and run, shared by every location in it. */
  const locate = (uri: string): Promise<BucketRegion> | undefined => {
    const bucket = /^s3:\/\/([^/]+)/.exec(uri)?.[1]
    if (!bucket) return undefined
    if (!buckets.has(bucket)) buckets.set(bucket, bucketRegion(ctx, bucket, region))
    return buckets.get(bucket)
  }
  // the buckets' Regions, the images' registry checks and the source algorithms all go out at once
  const lookups = view.s3.map(loc => ({ loc, found: locate(loc.uri) }))
  const seen: SeenImages = { images: [], located: [] }
  const own = { containers: view.containers, owner: `the ${KIND_NAME[kind]}'s`, input }
  const imageChecks = checkContainers(ctx, own, checkImage, checked, seen)
  const sources = await Promise.all(
    view.sourceAlgorithms.map(source => sourceAlgorithmImages(ctx, view, source, input))
  )
  for (const source of sources) {
    if (source) imageChecks.push(...checkContainers(ctx, source, checkImage, checked, seen))
  }
  const { images, located, serving } = seen

  const data: NonNullable<ResourceFacts['data']> = []
  for (const { loc, found: lookup } of lookups) {
    if (!lookup) {
      ctx.log.debug(`${loc.uri} is not an s3:// URI; its Region is not checked`)
      continue
    }
    const found = await lookup
    data.push({ what: loc.what, uri: loc.uri, ...(found.ok ? { region: found.region } : {}) })
    if (found.ok) located.push({ what: `${loc.what} (${loc.uri})`, input, region: found.region })
    else if (found.reason === 'not-found') {
      findings.add('resource-status', {
        message: `${capitalize(loc.what)} is ${loc.uri}, but ${found.detail}: validation cannot read or write it.`,
        file: input
      })
    } else {
      findings.add('same-region', {
        message: `Could not confirm that ${loc.what} (${loc.uri}) is in ${region}: ${found.detail}.`,
        severity: 'warning',
        file: input
      })
    }
  }
  await settleAll(imageChecks)
  checkSameRegion(ctx, region, regionInput(ctx, refs), located)

  ctx.facts.resources.push({
    arn,
    kind,
    ...(view.status ? { status: view.status } : {}),
    ...(view.certifyForMarketplace !== undefined
      ? { certifyForMarketplace: view.certifyForMarketplace }
      : {}),
    images,
    ...(serving ? { servingImage: serving.image } : {}),
    ...(serving?.modelData ? { servingModelData: serving.modelData } : {}),
    servingContainers: view.containers.filter(c => c.where.startsWith('inference container'))
      .length,
    validationProfiles: view.profiles.map(p => p.name),
    ...(view.sourceAlgorithms.length
      ? { sourceAlgorithms: view.sourceAlgorithms.map(a => a.name) }
      : {}),
    data
  })
}

/** Container images and whose they are: "the model package's", "the source algorithm X's". */
interface ImageSource {
  containers: ResourceContainer[]
  owner: string
  input: string
  /** The model data a container without its own ModelDataUrl is created with. */
  modelData?: string
}

interface SeenImages {
  images: string[]
  located: Located[]
  /** The first inference image the seller owns, and the model data it is created with. */
  serving?: { image: string; modelData?: string }
}

/**
 * Starts each container image's registry checks (once per run) and collects, in order, what
 * same-region and the smoke test need; returns the checks to wait for.
 */
function checkContainers(
  ctx: RunContext,
  from: ImageSource,
  checkImage: CheckImage,
  checked: Set<string | undefined>,
  seen: SeenImages
): Promise<unknown>[] {
  const { containers, owner, input } = from
  const started: Promise<unknown>[] = []
  for (const c of containers) {
    const what = `${owner} ${c.where}`
    const parsed = parseImageUri(c.image)
    if (!parsed.ok) {
      ctx.findings.add('image-uri', {
        message: `${capitalize(what)} "${c.image}" ${parsed.reason}.`,
        file: input
      })
      continue
    }
    // check what SageMaker resolved at creation, not what the tag points to now
    const ref = pinnedTo(parsed.ref, c.imageDigest)
    seen.images.push(ref.uri)
    if (!seen.serving && c.where.includes('inference container') && !awsOwnedRegistry(ref.uri)) {
      const modelData = c.modelDataUrl ?? from.modelData
      seen.serving = { image: ref.uri, ...(modelData ? { modelData } : {}) }
    }
    seen.located.push({ what: `${what} image`, input, region: ref.region })
    if (awsOwnedRegistry(ref.uri)) {
      ctx.log.info(`${ref.uri} is an AWS-owned image (builtin-algorithm); registry checks skipped`)
    } else if (!checked.has(ref.uri)) {
      checked.add(ref.uri)
      started.push(checkImage(ref, input, what))
    }
  }
  return started
}

/**
 * A model package trained by the seller's own algorithm runs that algorithm's inference images, so
 * they are checked like the package's own. Anyone else's algorithm is builtin-algorithm's concern.
 */
async function sourceAlgorithmImages(
  ctx: RunContext,
  view: ResourceView,
  source: SourceAlgorithm,
  input: string
): Promise<ImageSource | undefined> {
  const arn = ownSourceAlgorithmArn(view, source.name, sellerAccounts(ctx))
  // the algorithm-arn input gets its own full check
  if (!arn || arn === ctx.inputs.algorithmArn) return undefined
  let algorithm: ResourceView
  try {
    algorithm = await describeResource(ctx, 'algorithm', arn)
  } catch (err) {
    if (ctx.signal.aborted) throw err
    ctx.findings.add('resource-status', {
      severity: 'warning',
      message: `The model package was trained with the algorithm ${source.name}, which could not be read, so its inference images were not checked. ${describeFailure(ctx, { input, kind: 'algorithm', arn }, err)}`,
      file: input
    })
    return undefined
  }
  return {
    containers: algorithm.containers.filter(c => c.where.startsWith('inference container')),
    owner: `the source algorithm ${source.name}'s`,
    input,
    ...(source.modelDataUrl ? { modelData: source.modelDataUrl } : {})
  }
}

/** The seller's accounts as far as this run knows them: the input, or STS's answer. */
function sellerAccounts(ctx: RunContext): readonly string[] {
  return ctx.facts.sellerAccountIds ?? ctx.inputs.sellerAccountIds
}

/** Which input the publishing Region came from, as runStaticChecks decided it. */
function regionInput(ctx: RunContext, refs: StaticResult): string {
  if (ctx.inputs.region) return 'region'
  if (refs.image) return 'image'
  if (refs.trainingImage) return 'training-image'
  return ctx.inputs.modelPackageArn ? 'model-package-arn' : 'algorithm-arn'
}

/** Not found gets the ARN's expected form; everything else is explained like any AWS failure. */
function describeFailure(ctx: RunContext, { kind, arn }: Target, err: unknown): string {
  const problem = describeAwsError(err, DESCRIBE[kind], ctx.signal)
  const text = (err as { message?: string }).message ?? ''
  if (
    problem.code === 'ResourceNotFound' ||
    (problem.code === 'ValidationException' &&
      /does not exist|not found|could not find/i.test(text))
  ) {
    return `The ${KIND_NAME[kind]} ${arn} was not found (SageMaker: "${text}"). Check the name, version, account and Region against the form ${ARN_FORM[kind]}; SageMaker looks in the Region the ARN names, with the account of the credentials this step runs as.`
  }
  return problem.message
}
