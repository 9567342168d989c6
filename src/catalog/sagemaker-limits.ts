// Every number of SageMaker's contract that a rule or a run depends on, each with its source. Rules
// and runs import them from here; messages that state them are built from them.

import { MiB } from '../core/text.js'

/** The port SageMaker sends /ping and /invocations to (SageMaker developer guide, "Use your own
 * inference code with hosting services", and the batch-transform page alike). */
export const SERVING_PORT = 8080

/** Each /ping of SageMaker's health check times out after 2 s (developer guide, "Use your own
 * inference code with hosting services"). */
export const PING_TIMEOUT_MS = 2000
/** SageMaker keeps pinging an instance in service but documents no cadence; asking once a second
 * while invocations run (project choice) catches a health route that waits behind inference. */
export const PING_UNDER_LOAD_EVERY_MS = 1000
/** `concurrency` when neither it nor `instance-type` is given (project choice: a small instance's
 * vCPUs, the requests it serves at once). */
export const DEFAULT_CONCURRENCY = 4

/** SageMaker allows a real-time invocation 60 seconds (developer guide, "Use your own inference
 * code with hosting services"); the server must not give up sooner. */
export const REALTIME_INVOCATION_SECONDS = 60

/** A transform job's default InvocationsTimeoutInSeconds (botocore ModelClientConfig: default 600,
 * at most 3600), which a validation profile cannot change. */
export const BATCH_INVOCATION_MS = 600 * 1000

export const LIMITS = {
  /** seed: 25 MB per real-time invocation, "can't be adjusted" (AWS Marketplace seller guide,
   * Service restrictions and quotas) */
  realtimeBytes: 25 * MiB,
  /**
   * InvokeEndpoint's Body cap, 6,291,456 bytes, on the request and on the answer alike: SageMaker
   * Runtime API reference, InvokeEndpoint (request and response Body: "Maximum length of
   * 6291456"); botocore sagemaker-runtime InvokeEndpointInput/InvokeEndpointOutput Body, BodyBlob
   */
  invokeEndpointBytes: 6 * MiB,
  /**
   * seed: 100 MB per batch-transform invocation (CreateTransformJob: MaxPayloadInMB at most 100).
   * SageMaker documents no limit on a transform job's answer; the preflight reads up to this much
   * of one (project choice: the most SageMaker sends in one request)
   */
  batchBytes: 100 * MiB
}

/** What SageMaker sends at most in real time: InvokeEndpoint's body cap. */
export const REALTIME_REQUEST_BYTES = LIMITS.invokeEndpointBytes

// CreateTransformJob's limits and defaults, used when neither the job nor the container's
// GET /execution-parameters answer sets a value. MaxPayloadInMB: "The default value is 6 MB",
// 0 to 100; MaxConcurrentTransforms: "the default value is 1"; BatchStrategy defaults to
// MultiRecord; and "The value of (MaxConcurrentTransforms * MaxPayloadInMB) must also not exceed
// 100 MB".
export const DEFAULT_BATCH_PAYLOAD_MB = 6
export const MAX_BATCH_PAYLOAD_MB = 100
export const DEFAULT_CONCURRENT_TRANSFORMS = 1
export const DEFAULT_BATCH_STRATEGY = 'MultiRecord' as const
/** MaxConcurrentTransforms × MaxPayloadInMB may be at most this. */
export const MAX_CONCURRENT_PAYLOAD_MB = 100

/** SageMaker's FailureReason is the first 1024 characters of /opt/ml/output/failure (developer
 * guide, training output: signal success or failure). */
export const FAILURE_REASON_CHARS = 1024

/** SIGTERM, then SIGKILL after this: 30 s for a serving container (developer guide, "Use your own
 * inference code with hosting services"), 120 s for a training job (StopTrainingJob). */
export const SERVE_STOP_GRACE_MS = 30 * 1000
export const TRAIN_STOP_GRACE_MS = 120 * 1000
