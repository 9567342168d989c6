// Every input is read and validated here, before any work starts. The action reads them with
// core.getInput, the CLI from --flags; both hand this module a plain lookup function.

import { existsSync, statSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import type { FailOn } from '../core/findings.js'
import { DIGEST } from '../image/ref.js'
import { closeInstanceTypes, findInstanceType } from '../catalog/instance-types.js'
import { confine, type Roots } from './paths.js'
import { InputError, shown } from './error.js'
import { isRegionName } from '../catalog/regions.js'
import {
  DEFAULT_CONCURRENCY,
  ENDPOINT_LIMITS,
  ENDPOINT_TYPES,
  SERVERLESS_MEMORY_MB,
  type EndpointLimits,
  type EndpointType
} from '../catalog/sagemaker-limits.js'
import { parseValidationData, type DataMapping } from '../replay/validation-data.js'
import { loadRequest, type RequestFile } from '../request/load.js'
import { loadListingRequest, type ListingRequest } from '../request/listing.js'
import { isRuleId, type RuleId } from '../catalog/rules.js'
import { ACTION_INPUTS } from './action-inputs.js'
import { parseDockerRunArgs } from './docker-run-args.js'
import { readBaseline, type Baseline } from './baseline.js'
import { outputFile } from './output-files.js'
import {
  parseBoolean,
  parseCount,
  parseList,
  parseSeconds,
  parseSize,
  parseTristate,
  parseVolumeGB,
  type Tristate
} from './scalars.js'
import {
  MAX_TRAINING_HOSTS,
  parseHyperparameters,
  parseInputMode,
  parseTrainingData,
  resolvePath,
  type InputMode,
  type TrainingChannel
} from './training.js'

export interface Inputs {
  image?: string
  digest?: string
  region?: string
  sellerAccountIds: string[]
  trainingImage?: string
  localTrainingImage?: string
  modelPackageArn?: string
  algorithmArn?: string
  /** The CreateModelPackage / CreateAlgorithm request files, parsed. */
  modelPackageRequest?: RequestFile
  algorithmRequest?: RequestFile
  /** `aws-validation`: SageMaker's own validation of the request files, after a clean preflight. */
  awsValidation?: AwsValidationInputs
  /** `listing-request`: the Marketplace Catalog StartChangeSet request, parsed. */
  listingRequest?: ListingRequest
  /** `listing-validate`: send it with Intent VALIDATE after a clean preflight. */
  listingValidate?: { timeoutSec: number }
  /** `validation-data`: local stand-ins for the S3 data the requests name. */
  validationData: DataMapping[]
  maxValidationDataBytes: number
  maxImageSizeBytes: number
  /** The unpacked size a model-data archive may reach (a tar bomb stops here). */
  maxModelDataSizeBytes: number
  awsChecks: Tristate
  smokeTest: Tristate
  localImage?: string
  modelData?: string
  /** An ml.* type from the embedded table (src/catalog/instance-types.ts). */
  instanceType?: string
  payloads: string[]
  contentType?: string
  accept?: string
  startupTimeoutSec: number
  invocationTimeoutSec: number
  /** `endpoint-type`: whose limits the serving rules apply. */
  endpointType: EndpointType
  /** `serverless-memory`: the container's memory limit with endpoint-type serverless, in MB. */
  serverlessMemoryMb: number
  /** Invocations sent at once after the sequential pass; 1 sends none. */
  concurrency: number
  batch: boolean
  trainingData: TrainingChannel[]
  hyperparameters: Record<string, string>
  trainingTimeoutSec: number
  /** `training-volume-size`: the ML storage volume training may fill, in GB of 2^30 bytes. */
  trainingVolumeGB: number
  /** `training-input-mode`: how a bare smoke test hands `train` its channels. */
  trainingInputMode: InputMode
  /** `training-instance-count`: hosts to train on, algo-1 … algo-N. */
  trainingInstanceCount: number
  /** `checkpoint-resume`: train again, interrupted halfway, and restarted from its checkpoints. */
  checkpointResume: boolean
  dockerRunArgs: string[]
  failOn: FailOn
  ignore: RuleId[]
  reportFile: string
  sarifFile?: string
  /** Where the listing's evidence (Markdown) goes. */
  listingEvidence?: string
  /** `baseline`: an earlier run's report, read and checked, to compare this run with. */
  baseline?: Baseline
  /** `regression-threshold`: the growth in percent past which `regression` warns. */
  regressionThresholdPercent: number
  summary: boolean
  /** Post or update the sticky pull-request comment. */
  comment: boolean
  githubToken?: string
  /** Where relative paths are resolved: GITHUB_WORKSPACE in the action, the current directory in the CLI. */
  workspace: string
  /** RUNNER_TEMP, the other place input files may live (downloaded artifacts). */
  runnerTemp?: string
}

export type ValidationCleanup = 'on-failure' | 'never' | 'always'

export interface AwsValidationInputs {
  cleanup: ValidationCleanup
  timeoutSec: number
}

/** Returns the raw input value, '' when not given (the contract of core.getInput). */
export type InputLookup = (name: string) => string

/** What an input not given means: action.yml's defaults (through the generated ACTION_INPUTS), the
 * same for the action and the CLI. An expression such as github-token's `${{ github.token }}` is the
 * runner's to fill in, so it is left out; the CLI has its own stand-ins (cli/main.ts). */
export const DEFAULTS: Readonly<Record<string, string>> = Object.fromEntries(
  ACTION_INPUTS.flatMap(i =>
    i.default === undefined || i.default.includes('${{') ? [] : [[i.name, i.default]]
  )
)

const ACCOUNT_ID = /^\d{12}$/
// arn:PARTITION:sagemaker:REGION:ACCOUNT:model-package/NAME[/VERSION] (DescribeModelPackage accepts both)
export const MODEL_PACKAGE_ARN =
  /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/[a-zA-Z0-9-]{1,63}(\/\d+)?$/
export const ALGORITHM_ARN =
  /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:algorithm\/[a-zA-Z0-9-]{1,63}$/
function optional(get: InputLookup, name: string): string | undefined {
  const v = get(name).trim()
  return v === '' ? undefined : v
}

/** An input sent as an HTTP header: a line break in it would start a header of its own. */
function headerInput(get: InputLookup, name: string, header: string): string | undefined {
  const v = optional(get, name)
  if (v !== undefined && [...v].some(c => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
    throw new InputError(
      name,
      `is ${shown(v)}, which contains a line break or control character; it is sent as the ${header} header of each invocation, so give one media type such as text/csv`
    )
  }
  return v
}

export function readInputs(get: InputLookup, env: NodeJS.ProcessEnv = process.env): Inputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const roots: Roots = { workspace, runnerTemp: env.RUNNER_TEMP || undefined }
  const value = (name: string): string => optional(get, name) ?? DEFAULTS[name] ?? ''
  const { modelPackageRequest, algorithmRequest, listingRequest, ...targets } = readTargets(get)
  const instanceType = readInstanceType(get)
  return {
    ...targets,
    ...(modelPackageRequest
      ? { modelPackageRequest: loadRequest('model-package', roots, modelPackageRequest) }
      : {}),
    ...(algorithmRequest
      ? { algorithmRequest: loadRequest('algorithm', roots, algorithmRequest) }
      : {}),
    ...readAwsValidation(value, !!(modelPackageRequest || algorithmRequest)),
    ...(listingRequest ? { listingRequest: loadListingRequest(roots, listingRequest) } : {}),
    ...readListingValidate(value, !!listingRequest),
    validationData: parseValidationData(get('validation-data'), roots),
    maxValidationDataBytes: parseSize('max-validation-data', value('max-validation-data'), {
      min: 1,
      max: 1024 ** 4
    }),
    // ECR has no image size limit, but no runner or endpoint pulls an image beyond these
    maxImageSizeBytes: parseSize('max-image-size', value('max-image-size'), {
      min: 1024 ** 2,
      max: 1024 ** 4
    }),
    maxModelDataSizeBytes: parseSize('max-model-data-size', value('max-model-data-size'), {
      min: 1,
      max: 1024 ** 4
    }),
    awsChecks: parseTristate('aws-checks', value('aws-checks')),
    smokeTest: parseTristate('smoke-test', value('smoke-test')),
    payloads: get('payload')
      .split('\n')
      .map(s => s.trim())
      .filter(Boolean),
    contentType: headerInput(get, 'content-type', 'Content-Type'),
    accept: headerInput(get, 'accept', 'Accept'),
    ...readEndpoint(get, value),
    concurrency: parseConcurrency(optional(get, 'concurrency'), instanceType),
    batch: parseBoolean('batch', value('batch')),
    trainingData: parseTrainingData(roots, get('training-data')),
    hyperparameters: parseHyperparameters(roots, value('hyperparameters')),
    trainingTimeoutSec: parseSeconds('training-timeout', value('training-timeout'), 5 * 24 * 3600),
    trainingVolumeGB: parseVolumeGB('training-volume-size', value('training-volume-size')),
    trainingInputMode: parseInputMode(value('training-input-mode')),
    trainingInstanceCount: parseCount(
      'training-instance-count',
      value('training-instance-count'),
      MAX_TRAINING_HOSTS
    ),
    checkpointResume: parseBoolean('checkpoint-resume', value('checkpoint-resume')),
    dockerRunArgs: parseDockerRunArgs(get('docker-run-args')),
    summary: parseBoolean('summary', value('summary')),
    comment: parseBoolean('comment', value('comment')),
    githubToken: optional(get, 'github-token'),
    modelData: readModelData(get, roots),
    ...(instanceType ? { instanceType } : {}),
    ...readVerdictOptions(get, value),
    ...readComparison(get, value, roots),
    ...readOutputFiles(get, env, workspace),
    workspace,
    runnerTemp: roots.runnerTemp
  }
}

/** `endpoint-type` and what it bounds: the timeouts (each type's default and ceiling) and the
 * serverless memory. */
export function readEndpoint(
  get: InputLookup,
  value: (name: string) => string
): Pick<
  Inputs,
  'endpointType' | 'serverlessMemoryMb' | 'startupTimeoutSec' | 'invocationTimeoutSec'
> {
  const type = value('endpoint-type')
  if (!(ENDPOINT_TYPES as readonly string[]).includes(type)) {
    throw new InputError(
      'endpoint-type',
      `is ${shown(type)}; expected ${ENDPOINT_TYPES.join(', ')}`
    )
  }
  const endpointType = type as EndpointType
  const limits = ENDPOINT_LIMITS[endpointType]
  const maxStartup = limits.maxStartupSeconds ?? 3600
  return {
    endpointType,
    serverlessMemoryMb: parseServerlessMemory(value('serverless-memory')),
    startupTimeoutSec: typeSeconds(
      'startup-timeout',
      optional(get, 'startup-timeout') ??
        String(Math.min(maxStartup, Number(DEFAULTS['startup-timeout']))),
      maxStartup,
      limits
    ),
    invocationTimeoutSec: typeSeconds(
      'invocation-timeout',
      optional(get, 'invocation-timeout') ?? String(limits.defaultInvocationSeconds),
      limits.maxInvocationSeconds,
      limits
    )
  }
}

/** A timeout of 1 to 3600 s that the endpoint type may bound lower (`max`): past it is an input
 * error naming the type's limit and its source. */
function typeSeconds(input: string, v: string, max: number, limits: EndpointLimits): number {
  const n = parseSeconds(input, v, 3600)
  if (n > max) {
    throw new InputError(
      input,
      `is ${n} seconds, but ${limits.name} allows at most ${max} (${limits.source}); give at most ${max}, or another \`endpoint-type\``
    )
  }
  return n
}

function parseServerlessMemory(v: string): number {
  const n = Number(v)
  if (!/^\d+$/.test(v.trim()) || !(SERVERLESS_MEMORY_MB as readonly number[]).includes(n)) {
    throw new InputError(
      'serverless-memory',
      `is ${shown(v)}; expected a serverless endpoint's MemorySizeInMB: ${SERVERLESS_MEMORY_MB.join(', ')}`
    )
  }
  return n
}

/** Past this many requests at once the runner, not the container, is what is measured (project choice). */
const MAX_CONCURRENCY = 256

/** `concurrency`: a whole number from 1 to MAX_CONCURRENCY; not given, the vCPUs of `instance-type`
 * (the requests one instance serves at once), else DEFAULT_CONCURRENCY. */
function parseConcurrency(v: string | undefined, instanceType: string | undefined): number {
  if (v === undefined) {
    return (instanceType && findInstanceType(instanceType)?.vcpus) || DEFAULT_CONCURRENCY
  }
  const n = Number(v)
  if (!/^\d+$/.test(v) || n < 1 || n > MAX_CONCURRENCY) {
    throw new InputError(
      'concurrency',
      `is ${shown(v)}; expected a whole number of requests sent at once, 1 (off) to ${MAX_CONCURRENCY}`
    )
  }
  return n
}

type Targets = Pick<
  Inputs,
  | 'image'
  | 'digest'
  | 'region'
  | 'sellerAccountIds'
  | 'trainingImage'
  | 'localTrainingImage'
  | 'localImage'
  | 'modelPackageArn'
  | 'algorithmArn'
> & { modelPackageRequest?: string; algorithmRequest?: string; listingRequest?: string }

/** What is checked: the images, resources and request files, at least one of them. */
function readTargets(get: InputLookup): Targets {
  const image = optional(get, 'image')
  const digest = optional(get, 'digest')
  if (digest !== undefined && !DIGEST.test(digest)) {
    throw new InputError(
      'digest',
      `is ${shown(digest)}; expected sha256: followed by 64 lowercase hex digits`
    )
  }
  if (digest !== undefined && image === undefined) {
    throw new InputError('digest', 'is given without `image`; pass the ECR image URI it belongs to')
  }
  const imageDigest = image?.match(/@(sha256:[a-f0-9]{64})$/)?.[1]
  if (digest && imageDigest && digest !== imageDigest) {
    throw new InputError(
      'digest',
      `is ${digest} but \`image\` is pinned to ${imageDigest}; pass one digest`
    )
  }

  const region = optional(get, 'region')
  if (region !== undefined && !isRegionName(region)) {
    throw new InputError('region', `is ${shown(region)}; expected a Region name such as us-east-2`)
  }
  const sellerAccountIds = parseList(get('seller-account-id'))
  for (const id of sellerAccountIds) {
    if (!ACCOUNT_ID.test(id)) {
      throw new InputError(
        'seller-account-id',
        `has ${shown(id)}; expected 12-digit AWS account ids, comma or newline separated`
      )
    }
  }
  const modelPackageArn = optional(get, 'model-package-arn')
  if (modelPackageArn !== undefined && !MODEL_PACKAGE_ARN.test(modelPackageArn)) {
    throw new InputError(
      'model-package-arn',
      `is ${shown(modelPackageArn)}; expected arn:aws:sagemaker:REGION:ACCOUNT:model-package/NAME/VERSION`
    )
  }
  const algorithmArn = optional(get, 'algorithm-arn')
  if (algorithmArn !== undefined && !ALGORITHM_ARN.test(algorithmArn)) {
    throw new InputError(
      'algorithm-arn',
      `is ${shown(algorithmArn)}; expected arn:aws:sagemaker:REGION:ACCOUNT:algorithm/NAME`
    )
  }
  const trainingImage = optional(get, 'training-image')
  const localTrainingImage = optional(get, 'local-training-image')
  const localImage = optional(get, 'local-image')
  const modelPackageRequest = optional(get, 'model-package-request')
  const algorithmRequest = optional(get, 'algorithm-request')
  const listingRequest = optional(get, 'listing-request')
  if (
    !image &&
    !modelPackageArn &&
    !algorithmArn &&
    !modelPackageRequest &&
    !algorithmRequest &&
    !listingRequest &&
    !localImage &&
    !trainingImage &&
    !localTrainingImage
  ) {
    throw new InputError(
      'image',
      'is required: pass the ECR image URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO@sha256:…), or `model-package-arn`, `algorithm-arn`, `model-package-request`, `algorithm-request`, `listing-request` or `local-image`'
    )
  }

  return {
    image,
    digest,
    region,
    sellerAccountIds,
    trainingImage,
    localTrainingImage,
    localImage,
    modelPackageArn,
    algorithmArn,
    modelPackageRequest,
    algorithmRequest,
    listingRequest
  }
}

/** `model-data`: a folder mounted at /opt/ml/model, or a model.tar.gz unpacked there. */
function readModelData(get: InputLookup, roots: Roots): string | undefined {
  const modelDataRaw = optional(get, 'model-data')
  let modelData: string | undefined
  if (modelDataRaw !== undefined) {
    const abs = resolvePath(roots.workspace, modelDataRaw)
    const st = existsSync(abs) ? statSync(abs) : undefined
    if (!st || !(st.isDirectory() || (st.isFile() && /\.(tar\.gz|tgz)$/.test(abs)))) {
      throw new InputError(
        'model-data',
        `is "${modelDataRaw}"; expected an existing directory or .tar.gz file (resolved to ${abs})`
      )
    }
    // mounted into the container (a directory) or unpacked (an archive): confined like payloads
    modelData = confine('model-data', modelDataRaw, abs, roots)
  }

  return modelData
}

function readInstanceType(get: InputLookup): string | undefined {
  const instanceType = optional(get, 'instance-type')
  if (instanceType !== undefined && !findInstanceType(instanceType)) {
    throw new InputError(
      'instance-type',
      `is "${instanceType}", which is not a SageMaker instance type this preflight knows; did you mean ${closeInstanceTypes(instanceType).join(', ')}?`
    )
  }

  return instanceType === undefined ? undefined : findInstanceType(instanceType)?.name
}

/** `aws-validation` creates the resource from a request file, so it needs one. */
function readAwsValidation(
  value: (name: string) => string,
  hasRequest: boolean
): Pick<Inputs, 'awsValidation'> {
  const cleanup = value('aws-validation-cleanup')
  if (cleanup !== 'on-failure' && cleanup !== 'never' && cleanup !== 'always') {
    throw new InputError(
      'aws-validation-cleanup',
      `is ${shown(cleanup)}; expected on-failure, never or always`
    )
  }
  const timeoutSec = parseSeconds('aws-validation-timeout', value('aws-validation-timeout'), 86400)
  if (timeoutSec < 60) {
    throw new InputError(
      'aws-validation-timeout',
      `is ${timeoutSec} seconds; SageMaker's validation jobs take minutes to start, so give at least 60 (the default is 7200)`
    )
  }
  if (!parseBoolean('aws-validation', value('aws-validation'))) return {}
  if (!hasRequest) {
    throw new InputError(
      'aws-validation',
      'is true, but neither `model-package-request` nor `algorithm-request` is given; the validation creates the resource from that request file'
    )
  }
  return { awsValidation: { cleanup, timeoutSec } }
}

/** `listing-validate` sends the listing request, so it needs one; the catalog's check is waited for
 * as long as SageMaker's (`aws-validation-timeout`). */
function readListingValidate(
  value: (name: string) => string,
  hasListing: boolean
): Pick<Inputs, 'listingValidate'> {
  if (!parseBoolean('listing-validate', value('listing-validate'))) return {}
  if (!hasListing) {
    throw new InputError(
      'listing-validate',
      'is true, but `listing-request` is not given; give the path of the StartChangeSet request JSON to validate'
    )
  }
  return {
    listingValidate: {
      timeoutSec: parseSeconds('aws-validation-timeout', value('aws-validation-timeout'), 86400)
    }
  }
}

/** What fails the run and which rules are not judged. */
function readVerdictOptions(
  get: InputLookup,
  value: (name: string) => string
): Pick<Inputs, 'failOn' | 'ignore'> {
  const failOn = value('fail-on')
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError('fail-on', `is ${shown(failOn)}; expected error, warning or never`)
  }
  const ignore = parseList(get('ignore')).map(id => {
    if (!isRuleId(id)) {
      throw new InputError(
        'ignore',
        `has ${shown(id)}, which is not a rule id; see the rules table in the README`
      )
    }
    return id
  })

  return { failOn, ignore }
}

/** Past this a regression threshold turns the rule off in all but name; `ignore` says that plainly. */
const MAX_REGRESSION_PERCENT = 1000

/** `baseline` and the threshold it is judged with. */
function readComparison(
  get: InputLookup,
  value: (name: string) => string,
  roots: Roots
): Pick<Inputs, 'baseline' | 'regressionThresholdPercent'> {
  const threshold = value('regression-threshold')
  const percent = Number(threshold.replace(/\s*%$/, ''))
  if (!/^\d+(\.\d+)?\s*%?$/.test(threshold) || percent > MAX_REGRESSION_PERCENT) {
    throw new InputError(
      'regression-threshold',
      `is ${shown(threshold)}; expected a percentage from 0 to ${MAX_REGRESSION_PERCENT} such as 25 (ignore: regression turns the warning off)`
    )
  }
  const file = optional(get, 'baseline')
  return {
    regressionThresholdPercent: percent,
    ...(file ? { baseline: readBaseline(file, roots) } : {})
  }
}

/** Where the report and SARIF go: never over a file this tool did not write, never the same file. */
function readOutputFiles(
  get: InputLookup,
  env: NodeJS.ProcessEnv,
  workspace: string
): Pick<Inputs, 'reportFile' | 'sarifFile' | 'listingEvidence'> {
  const reportFile = outputFile(
    'report-file',
    resolvePath(
      workspace,
      optional(get, 'report-file') ??
        (env.RUNNER_TEMP
          ? path.join(env.RUNNER_TEMP, 'marketplace-preflight.json')
          : // outside a runner (a local run of the action) the temp directory is shared: one per user
            path.join(
              tmpdir(),
              `marketplace-preflight-${process.getuid?.() ?? userInfo().username}.json`
            ))
    )
  )
  const taken = new Map([[reportFile, 'report-file']])
  /** An optional output file, refused when an earlier one is the same file. */
  const another = (input: string): string | undefined => {
    const given = optional(get, input)
    if (given === undefined) return undefined
    const file = outputFile(input, resolvePath(workspace, given))
    const other = taken.get(file)
    if (other) {
      throw new InputError(
        input,
        `is ${file}, the same file as \`${other}\`; give each its own path`
      )
    }
    taken.set(file, input)
    return file
  }
  const sarifFile = another('sarif-file')
  const listingEvidence = another('listing-evidence')
  return {
    reportFile,
    sarifFile,
    ...(listingEvidence !== undefined ? { listingEvidence } : {})
  }
}
