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

// ---- endpoint types: the limits each serving rule applies (`endpoint-type`) ----

export type EndpointType = 'realtime' | 'async' | 'serverless'
export const ENDPOINT_TYPES: readonly EndpointType[] = ['realtime', 'async', 'serverless']

export interface EndpointLimits {
  /** "a real-time endpoint", for messages. */
  name: string
  /** The largest request payload the type takes (payload-size). */
  requestBytes: number
  /** What request-size-limit grows a request to. */
  grownRequestBytes: number
  /** The most of one answer the type passes on (or the preflight reads), for payload-size. */
  responseBytes: number
  /** The longest one invocation may take: `invocation-timeout`'s ceiling for the type. */
  maxInvocationSeconds: number
  /** `invocation-timeout` when not given. */
  defaultInvocationSeconds: number
  /** The type's own limit on GET /ping's first 200, when it has one (`startup-timeout`'s ceiling). */
  maxStartupSeconds?: number
  /** Where the numbers come from, for findings' help. */
  source: string
}

/** Asynchronous inference: "payloads up to 1GB" and "processing times of up to one hour" (developer
 * guide, Asynchronous inference, https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html);
 * InvokeEndpointAsync InvocationTimeoutSeconds at most 3600, 15 minutes by default
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference-invoke-endpoint.html). */
export const ASYNC_REQUEST_BYTES = 1024 * MiB
export const ASYNC_MAX_INVOCATION_SECONDS = 3600
export const ASYNC_DEFAULT_INVOCATION_SECONDS = 15 * 60

/** Serverless inference (developer guide, "Invoke a serverless endpoint",
 * https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints-invoke.html): "The maximum
 * request and response payload size for serverless invocations is 4 MB"; the container must answer
 * /ping "within 3 minutes" and /invocations "within 1 minute". */
export const SERVERLESS_PAYLOAD_BYTES = 4 * MiB
export const SERVERLESS_STARTUP_SECONDS = 3 * 60
export const SERVERLESS_INVOCATION_SECONDS = 60
/** ServerlessConfig MemorySizeInMB: 1024 to 6144 in 1 GB steps (botocore sagemaker
 * ServerlessMemorySizeInMB, min 1024, max 6144; CreateEndpointConfig ProductionVariantServerlessConfig:
 * "1024 MB, 2048 MB, 3072 MB, 4096 MB, 5120 MB, or 6144 MB"). Serverless endpoints have no GPU. */
export const SERVERLESS_MEMORY_MB = [1024, 2048, 3072, 4096, 5120, 6144] as const
export const DEFAULT_SERVERLESS_MEMORY_MB = 2048

const SERVERLESS_SOURCE =
  'SageMaker developer guide, Invoke a serverless endpoint (https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints-invoke.html)'

export const ENDPOINT_LIMITS: Readonly<Record<EndpointType, EndpointLimits>> = {
  realtime: {
    name: 'a real-time endpoint',
    requestBytes: LIMITS.realtimeBytes,
    grownRequestBytes: LIMITS.invokeEndpointBytes,
    responseBytes: LIMITS.invokeEndpointBytes,
    maxInvocationSeconds: 3600,
    defaultInvocationSeconds: REALTIME_INVOCATION_SECONDS,
    source:
      'AWS Marketplace seller guide, Service restrictions and quotas (25 MB, 60 s); SageMaker Runtime API reference, InvokeEndpoint (Body: maximum length 6291456)'
  },
  async: {
    name: 'an asynchronous endpoint',
    requestBytes: ASYNC_REQUEST_BYTES,
    // not grown to 1 GB: that is a GB of the runner's disk and memory per run, and the body limits
    // this finds (nginx client_max_body_size 5m, Flask, TorchServe's 6.25 MB) show at 6 MiB already;
    // a larger sample payload tests beyond it
    grownRequestBytes: LIMITS.invokeEndpointBytes,
    // the answer goes to S3 and SageMaker documents no limit on it; the preflight reads up to the
    // batch request cap of one (project choice)
    responseBytes: LIMITS.batchBytes,
    maxInvocationSeconds: ASYNC_MAX_INVOCATION_SECONDS,
    defaultInvocationSeconds: ASYNC_DEFAULT_INVOCATION_SECONDS,
    source:
      'SageMaker developer guide, Asynchronous inference (https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference.html) and InvokeEndpointAsync (https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference-invoke-endpoint.html)'
  },
  serverless: {
    name: 'a serverless endpoint',
    requestBytes: SERVERLESS_PAYLOAD_BYTES,
    grownRequestBytes: SERVERLESS_PAYLOAD_BYTES,
    responseBytes: SERVERLESS_PAYLOAD_BYTES,
    maxInvocationSeconds: SERVERLESS_INVOCATION_SECONDS,
    defaultInvocationSeconds: SERVERLESS_INVOCATION_SECONDS,
    maxStartupSeconds: SERVERLESS_STARTUP_SECONDS,
    source: SERVERLESS_SOURCE
  }
}

/** SIGTERM, then SIGKILL after this: 30 s for a serving container (developer guide, "Use your own
 * inference code with hosting services"), 120 s for a training job (StopTrainingJob). */
export const SERVE_STOP_GRACE_MS = 30 * 1000
export const TRAIN_STOP_GRACE_MS = 120 * 1000
