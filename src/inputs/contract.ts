// What readInputs() returns, the lookup it reads with, and what an input not given means. Kept apart
// from the readers so each reader's file can name its slice of Inputs without importing index.ts.

import type { FailOn } from '../core/findings.js'
import type { EndpointType } from '../catalog/sagemaker-limits.js'
import type { RuleId } from '../catalog/rules.js'
import type { DataMapping } from '../replay/validation-data.js'
import type { RequestFile } from '../request/load.js'
import type { ListingRequest } from '../request/listing.js'
import { ACTION_INPUTS } from './action-inputs.js'
import type { Baseline } from './baseline.js'
import type { Tristate } from './scalars.js'
import type { InputMode, TrainingChannel } from './training.js'

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
