// What every phase of a run shares: the inputs, the findings being collected, the facts for the
// report, a logger that is @actions/core in the action and the terminal in the CLI, and a signal
// that aborts everything when the action's time is up or the run is cancelled.

import type { EndpointType } from '../catalog/sagemaker-limits.js'
import type { Findings } from './findings.js'
import type { Inputs } from '../inputs/index.js'
import type { RegionVerdict } from '../catalog/regions.js'

export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** A foldable section of the log. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** A progress line that replaces the previous one (a terminal's status line); undefined clears
   * it. Loggers without it get progress as info lines. */
  status?(line: string | undefined): void
}

/** A sample payload file (`payload`), as the smoke test sends it. */
export interface Payload {
  /** Path relative to the workspace, for messages and the report. */
  name: string
  file: string
  bytes: number
  contentType: string
}

/** One /ping sent while an invocation ran. */
export interface PingSample {
  /** Seconds since the monitor started. */
  atSeconds: number
  ms: number
  status?: number
  error?: string
  /** What was running when it was sent: "POST /invocations with a.csv". */
  during: string
}

/** `smokeTest.pingUnderLoad`: the pings of one run (real-time or batch). */
export interface PingUnderLoadFacts {
  mode: string
  pings: number
  p50Ms?: number
  maxMs?: number
  /** How many were not 200 within 2 s. */
  failed: number
  /** The first few of them. */
  failures: PingSample[]
}

/** `smokeTest.concurrency`: one run's concurrent pass next to its sequential figures. */
export interface ConcurrencyFacts {
  mode: string
  concurrency: number
  requests: number
  sequentialP50Ms: number
  sequentialP95Ms: number
  p50Ms: number
  p95Ms: number
  /** Wall time of the whole concurrent pass. */
  wallMs: number
  failed: number
  differing: number
}

export interface LayerFact {
  digest: string
  sizeBytes: number
  /** The Dockerfile step that made the layer (the image config's history; image metadata). */
  step?: string
}

/** What the report says about one image (the inference image, or the training image). */
export interface ImageFacts {
  uri: string
  registryId?: string
  region?: string
  repository?: string
  tag?: string
  digest?: string
  sizeBytes?: number
  manifestMediaType?: string
  platforms?: string[]
  largestLayers?: LayerFact[]
  entrypoint?: string[]
  cmd?: string[]
  /** The image config's labels. */
  labels?: Record<string, string>
  /** A local image smoke-tested in place of the ECR image. */
  local?: string
}

export interface InvocationFact {
  payload: string
  contentType: string
  bytes: number
  status?: number
  latencyMs: number
  mode: 'realtime' | 'batch'
  error?: string
  /** No answer within the timeout (invocation-timeout real-time, 600 s batch). */
  timedOut?: boolean
  /** The answer's size, SHA-256 (hex) and first characters (untrusted text): what a later run
   * compares its answer with (`baseline`). */
  answerBytes?: number
  answerSha256?: string
  answerStart?: string
}

/** The instance the containers ran as (`instance-type`) and what they used at most. */
export interface ResourceUseFacts {
  instanceType?: string
  cpus?: number
  memoryBytes?: number
  peakMemoryBytes?: number
  /** Percent of one core: 200 is two cores busy. */
  peakCpuPercent?: number
  oomKilled?: boolean
}

/** A request grown from a sample's records to the size SageMaker sends (request-size-limit). */
export interface LargeRequestFact {
  mode: 'realtime' | 'batch'
  payload: string
  bytes: number
  records: number
  latencyMs: number
  status?: number
  error?: string
}

/** One sample request of a run that answered 2xx, and the start of the answer (listing evidence). */
export interface SampleFact {
  mode: 'realtime' | 'batch'
  payload: string
  contentType: string
  accept?: string
  /** The request's first bytes as text; undefined when they are not text (an image, RecordIO). */
  request?: string
  requestBytes: number
  status: number
  /** The answer's first bytes as text (the container's: untrusted); undefined when not text. */
  answer?: string
  answerBytes: number
  latencyMs: number
}

/** The machine the containers ran on: what the figures were measured with. */
export interface RunnerFacts {
  cpus: number
  cpuModel?: string
  memoryBytes: number
}

export interface SmokeTestFacts {
  image: string
  /** `endpoint-type`: whose limits the serving run applied (realtime, async, serverless). */
  endpointType?: EndpointType
  /** What was served at /opt/ml/model: "image" (nothing mounted, the image's own folder),
   * "training" (the model `train` left), or the local model data's path. */
  modelData?: string
  probeMethod?: string
  startupSeconds?: number
  pingMs?: number
  invocations: InvocationFact[]
  /** The first payload answered 2xx in each run, with the start of its answer. */
  samples?: SampleFact[]
  largeRequests?: LargeRequestFact[]
  /** GET /ping sent every second while invocations ran, one entry per run. */
  pingUnderLoad?: PingUnderLoadFacts[]
  /** The payloads sent `concurrency` at a time, next to their figures alone. */
  concurrency?: ConcurrencyFacts[]
  resources?: ResourceUseFacts
  executionParameters?: unknown
  stopSeconds?: number
  exitCode?: number | null
  logExcerpt?: string
}

export interface TrainingFacts {
  image: string
  /** Where each channel's data came from: `training-data`, or the local copy `validation-data`
   * maps for a channel the algorithm request's validation profile names. */
  channels?: string[]
  durationSeconds?: number
  exitCode?: number | null
  timedOut?: boolean
  modelFiles?: number
  modelBytes?: number
  failureReason?: string
  logExcerpt?: string
  resources?: ResourceUseFacts
}

export interface ResourceFacts {
  arn: string
  kind: 'model-package' | 'algorithm'
  status?: string
  certifyForMarketplace?: boolean
  images: string[]
  /** The first inference container's image, pinned to the digest SageMaker recorded: what the
   * smoke test serves when neither `image` nor `local-image` is given. */
  servingImage?: string
  /** That container's model artifact (ModelDataUrl), for the seller to pass as `model-data`. */
  servingModelData?: string
  /** How many containers its InferenceSpecification runs: several get SAGEMAKER_BIND_TO_PORT. */
  servingContainers?: number
  validationProfiles?: string[]
  sourceAlgorithms?: string[]
  /** Model artifacts and validation data, with the Region S3 reported for each bucket. */
  data?: { what: string; uri: string; region?: string }[]
}

/** One validation profile replayed on the runner (src/replay). */
export interface ValidationFact {
  profile: string
  kind: 'training' | 'transform'
  status: 'pass' | 'fail'
  requests: number
  records: number
  inputBytes: number
  outputBytes: number
  /** Records out: the lines of the outputs when the job assembles them by Line. */
  outputRecords?: number
  durationMs: number
  /** Where the assembled `<input>.out` files are. */
  outputDir: string
  outputs: { file: string; bytes: number; firstLines: string[] }[]
}

/** A resource `aws-validation` created, SageMaker validated and the run kept (the ARN outputs). */
export interface AwsValidationFact {
  kind: 'model-package' | 'algorithm'
  arn: string
}

/** What the Marketplace Catalog said of `listing-request`, sent with Intent VALIDATE (AWS text:
 * untrusted, escaped by every sink). */
export interface ListingValidationFact {
  changeSetId?: string
  changeSetArn?: string
  /** DescribeChangeSet's Status (SUCCEEDED, FAILED, CANCELLED), or where it stopped before one. */
  status: string
  failureCode?: string
  failureDescription?: string
  errors: { changeType?: string; entity?: string; code?: string; message?: string }[]
  /** The catalog's words when it refused Intent VALIDATE for this product. */
  intentRefused?: string
}

export interface RunFacts {
  /** The Region the seller publishes from, and what decided whether it is eligible. */
  region?: RegionVerdict
  sellerAccountIds?: string[]
  sellerAccountSource?: 'input' | 'sts:GetCallerIdentity'
  image?: ImageFacts
  trainingImage?: ImageFacts
  resources: ResourceFacts[]
  /** The machine the containers ran on (set once a container is about to run). */
  runner?: RunnerFacts
  smokeTest?: SmokeTestFacts
  training?: TrainingFacts
  validation?: ValidationFact[]
  awsValidation?: AwsValidationFact[]
  listingValidation?: ListingValidationFact
  /** Why no container was run (no Docker engine, with `smoke-test: auto`): a pass then proves less. */
  containerNotRun?: string
}

export interface RunContext {
  inputs: Inputs
  findings: Findings
  facts: RunFacts
  /** The files the `payload` lines match, resolved once before any phase runs (none when
   * `smoke-test` is false). */
  payloads: Payload[]
  log: Logger
  signal: AbortSignal
  /** The environment the run was started with (tests pass their own). */
  env: NodeJS.ProcessEnv
}
