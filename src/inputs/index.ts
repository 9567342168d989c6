// Every input is read and validated here, before any work starts. The action reads them with
// core.getInput, the CLI from --flags; both hand this module a plain lookup function.

import { existsSync, statSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import path from 'node:path'
import { DIGEST } from '../image/ref.js'
import { confine, type Roots } from './paths.js'
import { InputError, shown } from './error.js'
import { isRegionName } from '../catalog/regions.js'
import { parseValidationData } from '../replay/validation-data.js'
import { loadRequest } from '../request/load.js'
import { loadListingRequest } from '../request/listing.js'
import { isRuleId } from '../catalog/rules.js'
import { DEFAULTS, type InputLookup, type Inputs } from './contract.js'
import { headerInput, parseConcurrency, readEndpoint, readInstanceType } from './serving.js'
import { readAwsValidation, readListingValidate } from './release.js'
import { parseDockerRunArgs } from './docker-run-args.js'
import { readComparison } from './baseline.js'
import { outputFile } from './output-files.js'
import {
  optional,
  parseBoolean,
  parseCount,
  parseList,
  parseSeconds,
  parseSize,
  parseTristate,
  parseVolumeGB
} from './scalars.js'
import {
  MAX_TRAINING_HOSTS,
  parseHyperparameters,
  parseInputMode,
  parseTrainingData,
  resolvePath
} from './training.js'

const ACCOUNT_ID = /^\d{12}$/
// arn:PARTITION:sagemaker:REGION:ACCOUNT:model-package/NAME[/VERSION] (DescribeModelPackage accepts both)
export const MODEL_PACKAGE_ARN =
  /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/[a-zA-Z0-9-]{1,63}(\/\d+)?$/
export const ALGORITHM_ARN =
  /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:algorithm\/[a-zA-Z0-9-]{1,63}$/
export type { AwsValidationInputs, InputLookup, Inputs, ValidationCleanup } from './contract.js'
export { DEFAULTS }

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
