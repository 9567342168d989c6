// The resource rules (certify-for-marketplace, validation-spec, builtin-algorithm, resource-status) as
// pure functions over what DescribeModelPackage / DescribeAlgorithm return (rules §6).

import type {
  DescribeAlgorithmCommandOutput,
  DescribeModelPackageCommandOutput,
  ModelPackageContainerDefinition,
  TrainingJobDefinition,
  TransformJobDefinition
} from '@aws-sdk/client-sagemaker'
import registries from '../catalog/data/aws-owned-registries.json' with { type: 'json' }
import { fail, findingsOrPass, pass, warn, type Verdict } from '../core/findings.js'
import { parseImageUri } from '../image/ref.js'

export type ResourceKind = 'model-package' | 'algorithm'

export interface ResourceContainer {
  /** Where the image sits in the resource, for messages: "inference container 1". */
  where: string
  image: string
  /** The digest SageMaker resolved when the resource was created. */
  imageDigest?: string
  productId?: string
  /** The model artifact the container is created with (ModelDataUrl). */
  modelDataUrl?: string
}

export interface SourceAlgorithm {
  /** A name (an algorithm in the package's own account) or an ARN. */
  name: string
  modelDataUrl?: string
}

export interface S3Location {
  what: string
  uri: string
}

export interface DetailedStatus {
  name: string
  status: string
  failureReason?: string
}

export interface ValidationProfile {
  name: string
  training: boolean
  transform: boolean
}

/** One model package or algorithm, reduced to what the rules read. */
export interface ResourceView {
  arn: string
  /** How messages name the resource when it is not created yet (a request file). */
  label?: string
  kind: ResourceKind
  account: string
  region: string
  status?: string
  certifyForMarketplace?: boolean
  hasInferenceSpec: boolean
  /** The parts of an algorithm's InferenceSpecification that are empty (all of it when absent). */
  inferenceSpecGaps?: string[]
  containers: ResourceContainer[]
  /** SourceAlgorithmSpecification: the algorithms the model package was trained with. */
  sourceAlgorithms: SourceAlgorithm[]
  profiles: ValidationProfile[]
  validationStatuses: DetailedStatus[]
  imageScanStatuses: DetailedStatus[]
  /** Model artifacts and validation data, which must sit in the publishing Region. */
  s3: S3Location[]
}

export const KIND_NAME: Record<ResourceKind, string> = {
  'model-package': 'model package',
  algorithm: 'algorithm'
}

/** "The model package arn:…" in messages, or the label of a resource not created yet. */
function subject(view: ResourceView): string {
  return view.label ?? `The ${KIND_NAME[view.kind]} ${view.arn}`
}

export function modelPackageView(
  arn: string,
  out: DescribeModelPackageCommandOutput
): ResourceView {
  const specs = [out.InferenceSpecification, ...(out.AdditionalInferenceSpecifications ?? [])]
  const containers = specs.flatMap((spec, s) =>
    (spec?.Containers ?? []).map((c, i) => ({
      c,
      where: `${s === 0 ? '' : `additional inference specification ${s} `}inference container ${i + 1}`
    }))
  )
  const profiles = out.ValidationSpecification?.ValidationProfiles ?? []
  return {
    ...base(arn, 'model-package'),
    status: out.ModelPackageStatus,
    certifyForMarketplace: out.CertifyForMarketplace,
    hasInferenceSpec: out.InferenceSpecification !== undefined,
    containers: containers.map(({ c, where }) => container(where, c)),
    sourceAlgorithms: (out.SourceAlgorithmSpecification?.SourceAlgorithms ?? []).map(a => ({
      name: a.AlgorithmName ?? '',
      ...(a.ModelDataUrl ? { modelDataUrl: a.ModelDataUrl } : {})
    })),
    profiles: profiles.map(p => ({
      name: p.ProfileName ?? '(unnamed)',
      training: false,
      transform: p.TransformJobDefinition !== undefined
    })),
    validationStatuses: statuses(out.ModelPackageStatusDetails?.ValidationStatuses),
    imageScanStatuses: statuses(out.ModelPackageStatusDetails?.ImageScanStatuses),
    s3: [
      ...containers.flatMap(({ c, where }) => modelData(where, c)),
      ...(out.SourceAlgorithmSpecification?.SourceAlgorithms ?? []).flatMap(a =>
        a.ModelDataUrl
          ? [{ what: `the model data of source algorithm ${a.AlgorithmName}`, uri: a.ModelDataUrl }]
          : []
      ),
      ...profiles.flatMap(p => transformData(p.ProfileName, p.TransformJobDefinition))
    ]
  }
}

/** What buyers deploy from: each part an algorithm's InferenceSpecification must fill to be listed for inference. */
const INFERENCE_PARTS = [
  'Containers',
  'SupportedTransformInstanceTypes',
  'SupportedRealtimeInferenceInstanceTypes',
  'SupportedContentTypes',
  'SupportedResponseMIMETypes'
] as const

export function inferenceSpecGaps(
  spec: DescribeAlgorithmCommandOutput['InferenceSpecification']
): string[] {
  if (!spec) return ['InferenceSpecification']
  return INFERENCE_PARTS.filter(part => !(spec[part]?.length ?? 0)).map(
    part => `InferenceSpecification.${part}`
  )
}

export function algorithmView(arn: string, out: DescribeAlgorithmCommandOutput): ResourceView {
  const training = out.TrainingSpecification
  const inference = out.InferenceSpecification?.Containers ?? []
  const profiles = out.ValidationSpecification?.ValidationProfiles ?? []
  return {
    ...base(arn, 'algorithm'),
    status: out.AlgorithmStatus,
    certifyForMarketplace: out.CertifyForMarketplace,
    hasInferenceSpec: out.InferenceSpecification !== undefined,
    inferenceSpecGaps: inferenceSpecGaps(out.InferenceSpecification),
    containers: [
      ...(training?.TrainingImage
        ? [
            {
              where: 'training image',
              image: training.TrainingImage,
              ...(training.TrainingImageDigest ? { imageDigest: training.TrainingImageDigest } : {})
            }
          ]
        : []),
      ...inference.map((c, i) => container(`inference container ${i + 1}`, c))
    ],
    sourceAlgorithms: [],
    profiles: profiles.map(p => ({
      name: p.ProfileName ?? '(unnamed)',
      training: p.TrainingJobDefinition !== undefined,
      transform: p.TransformJobDefinition !== undefined
    })),
    validationStatuses: statuses(out.AlgorithmStatusDetails?.ValidationStatuses),
    imageScanStatuses: statuses(out.AlgorithmStatusDetails?.ImageScanStatuses),
    s3: profiles.flatMap(p => [
      ...trainingData(p.ProfileName, p.TrainingJobDefinition),
      ...transformData(p.ProfileName, p.TransformJobDefinition)
    ])
  }
}

function base(
  arn: string,
  kind: ResourceKind
): Pick<ResourceView, 'arn' | 'kind' | 'account' | 'region'> {
  const [, , , region, account] = arn.split(':')
  return { arn, kind, account, region }
}

function container(where: string, c: ModelPackageContainerDefinition): ResourceContainer {
  return {
    where,
    image: c.Image ?? '',
    ...(c.ImageDigest ? { imageDigest: c.ImageDigest } : {}),
    ...(c.ProductId ? { productId: c.ProductId } : {}),
    ...(modelDataUrl(c) ? { modelDataUrl: modelDataUrl(c) } : {})
  }
}

function modelDataUrl(c: ModelPackageContainerDefinition): string | undefined {
  return c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri
}

function modelData(where: string, c: ModelPackageContainerDefinition): S3Location[] {
  const uri = modelDataUrl(c)
  return uri ? [{ what: `the model data of ${where}`, uri }] : []
}

function transformData(profile: string | undefined, job?: TransformJobDefinition): S3Location[] {
  const input = job?.TransformInput?.DataSource?.S3DataSource?.S3Uri
  const output = job?.TransformOutput?.S3OutputPath
  return [
    ...(input
      ? [{ what: `the transform input of validation profile ${profile}`, uri: input }]
      : []),
    ...(output
      ? [{ what: `the transform output of validation profile ${profile}`, uri: output }]
      : [])
  ]
}

function trainingData(profile: string | undefined, job?: TrainingJobDefinition): S3Location[] {
  const inputs = (job?.InputDataConfig ?? []).flatMap(ch => {
    const uri = ch.DataSource?.S3DataSource?.S3Uri
    return uri
      ? [{ what: `the training channel ${ch.ChannelName} of validation profile ${profile}`, uri }]
      : []
  })
  const output = job?.OutputDataConfig?.S3OutputPath
  return [
    ...inputs,
    ...(output
      ? [{ what: `the training output of validation profile ${profile}`, uri: output }]
      : [])
  ]
}

function statuses(
  list: { Name?: string; Status?: string; FailureReason?: string }[] | undefined
): DetailedStatus[] {
  return (list ?? []).map(s => ({
    name: s.Name ?? '(unnamed)',
    status: s.Status ?? 'unknown',
    ...(s.FailureReason ? { failureReason: s.FailureReason } : {})
  }))
}

// ---- the rules ----

export function certifyForMarketplace(view: ResourceView): Verdict {
  const what = subject(view)
  if (view.certifyForMarketplace === true) return pass(`${what} has CertifyForMarketplace true`)
  return fail({
    message: `${what} has CertifyForMarketplace ${view.certifyForMarketplace === false ? 'false' : 'unset'}; Marketplace lists only resources created with it true, and only those get the image scan Marketplace requires.`
  })
}

export function validationSpec(view: ResourceView): Verdict[] {
  const what = subject(view)
  const names = (pick: (p: ValidationProfile) => boolean): string =>
    view.profiles
      .filter(pick)
      .map(p => p.name)
      .join(', ')
  const transform = names(p => p.transform)
  if (view.kind === 'model-package') {
    if (transform) return [pass(`${what} has the validation profile ${transform}`)]
    return [
      fail({
        message:
          view.profiles.length === 0
            ? `${what} has no ValidationSpecification: Marketplace validates a model package by running its batch transform profile, so it cannot be published without one.`
            : `${what} has ${view.profiles.length} validation profile(s) but none with a TransformJobDefinition, which Marketplace runs to validate it.`
      })
    ]
  }
  const problems: string[] = []
  const training = names(p => p.training)
  if (!training) {
    problems.push(
      `${what} has no validation profile with a TrainingJobDefinition: Marketplace validates an algorithm by training it.`
    )
  }
  const gaps = view.inferenceSpecGaps ?? (view.hasInferenceSpec ? [] : ['InferenceSpecification'])
  if (gaps.length) {
    problems.push(
      `${what} has no ${gaps.join(', ')}: it cannot be listed for inference (buyers deploy what they train from the inference specification, and the Marketplace portal fails with an internal error on such an algorithm). Create a new algorithm with an inference image, its instance types and its content types.`
    )
  }
  if (!transform) {
    problems.push(
      `${what} has no validation profile with a TransformJobDefinition: Marketplace validates the inference image by running a batch transform on the model it trained.`
    )
  }
  return findingsOrPass(
    problems,
    [],
    `${what} has an inference specification and the validation profile(s) ${[...new Set([training, transform])].join(', ')} (training and transform)`
  )
}

const OWNED = registries.all_sagemaker_owned_registry_accounts_by_region as Record<string, string[]>
const BUILTIN = registries.builtin_algorithm_registry_accounts_by_region as Record<
  string,
  Record<string, string[]>
>

/** AWS Marketplace's own accounts, which own subscribed algorithms and model packages (rules §6). */
export const MARKETPLACE_ACCOUNTS: Readonly<Record<string, string>> = {
  '865070037744': 'us-east-1',
  '057799348421': 'us-east-2',
  '594846645681': 'us-west-2'
}

/** The image's registry, when AWS owns it: the built-in algorithm's name, or just that it is AWS's. */
export function awsOwnedRegistry(
  image: string
): { account: string; algorithm?: string } | undefined {
  const parsed = parseImageUri(image)
  if (!parsed.ok) return undefined
  const { registryId, region, repository } = parsed.ref
  if (!OWNED[region]?.includes(registryId)) return undefined
  // the SDK's table names frameworks; repositories are "xgboost" or "sagemaker-xgboost"
  const algorithm = BUILTIN[region]?.[registryId]?.find(
    name => repository === name || repository === `sagemaker-${name}`
  )
  return { account: registryId, ...(algorithm ? { algorithm } : {}) }
}

export function builtinAlgorithm(
  view: ResourceView,
  sellerAccountIds: readonly string[]
): Verdict[] {
  const what = `The ${KIND_NAME[view.kind]}`
  const sellers = new Set([view.account, ...sellerAccountIds])
  const problems: string[] = []
  for (const c of view.containers) {
    const owned = awsOwnedRegistry(c.image)
    if (owned) {
      problems.push(
        `${what}'s ${c.where} uses ${c.image}, ${owned.algorithm ? `the SageMaker built-in algorithm "${owned.algorithm}"` : 'an image'} in account ${owned.account}, a registry AWS owns (SageMaker built-in algorithms and framework images).`
      )
    }
    if (c.productId) {
      problems.push(
        `${what}'s ${c.where} carries the Marketplace product id ${c.productId}: it was built from a product subscribed on AWS Marketplace.`
      )
    }
  }
  for (const { name } of view.sourceAlgorithms) {
    if (ownSourceAlgorithmArn(view, name, sellerAccountIds)) continue
    const account = name.split(':')[4]
    const marketplace = MARKETPLACE_ACCOUNTS[account]
    problems.push(
      `${what} was trained with the algorithm ${name}, owned by account ${account}${marketplace ? ` (AWS Marketplace's account in ${marketplace}): a subscribed Marketplace algorithm` : `, not by the seller (${[...sellers].join(', ')})`}.`
    )
  }
  const sources = view.sourceAlgorithms.length
    ? `; source algorithm(s) ${view.sourceAlgorithms.map(a => a.name).join(', ')} are the seller's`
    : ''
  return findingsOrPass(
    problems,
    [],
    `${view.containers.length} image(s) of the ${KIND_NAME[view.kind]} are outside AWS-owned registries with no Marketplace product id${sources}`
  )
}

/**
 * The ARN of a source algorithm the seller owns (a bare name lives in the package's own account);
 * undefined for an algorithm of any other account.
 */
export function ownSourceAlgorithmArn(
  view: ResourceView,
  name: string,
  sellerAccountIds: readonly string[]
): string | undefined {
  if (!name.startsWith('arn:')) {
    const partition = view.arn.split(':')[1]
    return `arn:${partition}:sagemaker:${view.region}:${view.account}:algorithm/${name}`
  }
  const account = name.split(':')[4]
  return account === view.account || sellerAccountIds.includes(account) ? name : undefined
}

/** Its problems, or a pass; a warning goes with either. */
export function resourceStatus(view: ResourceView): Verdict[] {
  const what = subject(view)
  const problems: string[] = []
  if (view.status !== 'Completed') {
    problems.push(
      `${what} is ${view.status ?? 'of unknown status'}, not Completed${view.status === 'InProgress' || view.status === 'Pending' ? ': wait for validation to finish' : ''}.`
    )
  }
  for (const s of view.validationStatuses) {
    if (s.status === 'Failed') {
      problems.push(`Validation of ${s.name} failed: "${s.failureReason ?? 'no reason given'}".`)
    } else if (s.status !== 'Completed') {
      problems.push(`Validation of ${s.name} is ${s.status}, not Completed.`)
    }
  }
  const warnings: string[] = []
  if (view.imageScanStatuses.length === 0) {
    // The API reference marks ImageScanStatuses "Required: No" (ModelPackageStatusDetails and
    // AlgorithmStatusDetails; botocore's model agrees), so a certified, Completed resource without
    // it is worth a look but not proof of a failed scan.
    const message = `${what} has no image scan status: Marketplace requires a completed image scan, which SageMaker runs only when CertifyForMarketplace is true.`
    if (view.certifyForMarketplace === true && view.status === 'Completed') {
      warnings.push(
        `SageMaker reported no image scan for ${what.replace(/^The /, 'the ')}, although it is certified and Completed; the scan status is optional in the API, so check the listing's scan in the AWS Marketplace Management Portal before you publish.`
      )
    } else problems.push(message)
  }
  for (const s of view.imageScanStatuses) {
    if (s.status === 'Failed') {
      problems.push(
        `The image scan of ${s.name} failed: "${s.failureReason ?? 'no reason given'}".`
      )
    } else if (s.status !== 'Completed') {
      problems.push(`The image scan of ${s.name} is ${s.status}, not Completed.`)
    }
  }
  const warned = warnings.map(message => warn({ message }))
  if (problems.length) return [...problems.map(message => fail({ message })), ...warned]
  return [
    pass(
      `${what} is Completed; ${view.validationStatuses.length} validation(s) and ${view.imageScanStatuses.length} image scan(s) Completed`
    ),
    ...warned
  ]
}
