// The rule table: every finding id the preflight can report, in one place.
// Ids are public (product-spec.md); the order here is the order of the report and the summary.

import { MiB } from '../core/text.js'
import {
  ASYNC_MAX_INVOCATION_SECONDS,
  ASYNC_REQUEST_BYTES,
  LIMITS,
  REALTIME_INVOCATION_SECONDS,
  SERVERLESS_INVOCATION_SECONDS,
  SERVERLESS_MEMORY_MB,
  SERVERLESS_PAYLOAD_BYTES,
  SERVERLESS_STARTUP_SECONDS
} from './sagemaker-limits.js'

// the endpoint types' numbers as the rule help states them (MB as AWS writes them: MiB)
const mb = (bytes: number): number => bytes / MiB
const ASYNC_GB = ASYNC_REQUEST_BYTES / (1024 * MiB)

export type Severity = 'error' | 'warning'

/** Which part of the run decides a rule; a phase that does not run reports its rules as skipped. */
export type Phase =
  | 'static'
  | 'request'
  | 'registry'
  | 'resource'
  | 'serve'
  | 'batch'
  | 'training'
  | 'replay'
  | 'release'
  | 'comparison'

export interface Source {
  name: string
  url: string
}

export interface Rule {
  id: string
  phase: Phase
  severity: Severity
  title: string
  /** The fix, in general terms; findings add the specifics. */
  help: string
  source: Source
  /** Rules whose findings a finding of this one may explain: they name it as their `cause` and are
   * listed after it, so the seller fixes the root cause first. */
  explains?: readonly string[]
}

const SEED: Source = {
  name: 'AWS Marketplace seller guide: ML service restrictions and quotas',
  url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-service-restrictions-and-limits.html'
}
const SEED_REGIONS: Source = {
  name: 'AWS Marketplace seller guide: supported AWS Regions for publishing',
  url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-service-restrictions-and-limits.html#ml-supported-aws-regions-for-publishing'
}
const SEED_INSTANCE: Source = {
  name: 'AWS Marketplace seller guide: ML service restrictions and quotas, instance size',
  url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-service-restrictions-and-limits.html#ml-instance-size'
}
const INFERENCE: Source = {
  name: 'SageMaker developer guide: use your own inference code with hosting services',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-inference-code.html'
}
const BATCH: Source = {
  name: 'SageMaker developer guide: use your own inference code with batch transform',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-batch-code.html'
}
const TRAINING: Source = {
  name: 'SageMaker developer guide: how SageMaker runs your training image',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo.html'
}
const TRAINING_USER: Source = {
  name: 'SageMaker developer guide: how SageMaker runs your training image',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-training-algo-dockerfile.html'
}
const TRAINING_VOLUME: Source = {
  name: 'SageMaker API reference: ResourceConfig.VolumeSizeInGB',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html#sagemaker-Type-ResourceConfig-VolumeSizeInGB'
}
const CONTAINER_API: Source = {
  name: 'SageMaker API reference: ContainerDefinition.Image',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html'
}
const MANIFEST: Source = {
  name: 'aws/amazon-sagemaker-feedback#180: unsupported manifest media type',
  url: 'https://github.com/aws/amazon-sagemaker-feedback/issues/180'
}
const MARKETPLACE_VALIDATION: Source = {
  name: 'SageMaker API reference: ModelPackageStatusDetails (ValidationStatuses, FailureReason)',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ModelPackageStatusDetails.html'
}
const ML_ADD_VERSION: Source = {
  name: 'AWS Marketplace API reference: add a new version (machine learning products, AddDeliveryOptions)',
  url: 'https://docs.aws.amazon.com/marketplace/latest/APIReference/ml-add-version.html'
}
const LISTING: Source = {
  name: 'AWS Marketplace seller guide: requirements and best practices for ML products',
  url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-listing-requirements-and-best-practices.html'
}
const GPU_DRIVERS: Source = {
  name: 'SageMaker developer guide: GPU drivers for real-time and batch inference',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/inference-gpu-drivers.html'
}
const GRAVITON: Source = {
  name: 'SageMaker developer guide: migrate inference workloads from x86 to AWS Graviton',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints-graviton.html'
}
const TRAINING_TOOLKIT: Source = {
  name: 'SageMaker training toolkit: SAGEMAKER_PROGRAM and /opt/ml/code',
  url: 'https://github.com/aws/sagemaker-training-toolkit#usage'
}
const CREATE_MODEL_PACKAGE: Source = {
  name: 'SageMaker API reference: CreateModelPackage / CreateAlgorithm',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelPackage.html'
}
const HYPERPARAMETER_SPEC: Source = {
  name: 'SageMaker API reference: HyperParameterSpecification',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterSpecification.html'
}
const METRIC_DEFINITION: Source = {
  name: 'SageMaker API reference: MetricDefinition',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MetricDefinition.html'
}
const MODEL_PACKAGE_API: Source = {
  name: 'SageMaker API reference: DescribeModelPackage / DescribeAlgorithm',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelPackage.html'
}

/**
 * How much a figure may move between two runs of the same image before `regression` calls it a
 * change (project choice): on a shared 2-core runner a container's startup and a small request's
 * latency vary by tens of milliseconds run to run, and the peak memory docker stats samples by tens
 * of MiB, so a percentage alone would warn on noise for fast, small models. Image size is exact.
 */
export const REGRESSION_NOISE_FLOOR = {
  startupMs: 100,
  latencyMs: 100,
  memoryBytes: 64 * 1024 ** 2
}
const SPOT: Source = {
  name: 'AWS Marketplace seller guide: ML service restrictions and quotas, managed spot training',
  url: 'https://docs.aws.amazon.com/marketplace/latest/userguide/ml-service-restrictions-and-limits.html#ml-managed-spot-training'
}
const CHECKPOINTS: Source = {
  name: 'SageMaker developer guide: use checkpoints in Amazon SageMaker',
  url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-checkpoints.html'
}

export const RULES = [
  {
    id: 'image-uri',
    phase: 'static',
    severity: 'error',
    title: 'Image is not a private Amazon ECR image',
    help: 'Push the image to a private Amazon ECR repository in your seller account and pass its URI, e.g. 111122223333.dkr.ecr.us-east-2.amazonaws.com/my-model@sha256:….',
    source: CONTAINER_API
  },
  {
    id: 'region-eligibility',
    phase: 'static',
    severity: 'error',
    title: 'Region cannot publish to AWS Marketplace',
    help: 'Publish from a commercial Region that SageMaker supports and that is enabled by default (for example us-east-1, us-east-2, us-west-2, eu-west-1). Create the ECR repository, model package and S3 data there.',
    source: SEED_REGIONS
  },
  {
    id: 'same-region',
    phase: 'static',
    severity: 'error',
    title: 'Resource is outside the publishing Region',
    help: 'Keep the model package or algorithm, its ECR images, its S3 model artifacts and its S3 validation data in the Region you publish from. Replicate the image (ECR replication) or copy the data to that Region.',
    source: SEED
  },
  {
    id: 'pinned-digest',
    phase: 'static',
    severity: 'warning',
    title: 'Image is referenced by a mutable tag',
    help: 'Reference the image by digest (REPO@sha256:…, or pass the `digest` output of docker/build-push-action) so the image you check is the image you publish.',
    source: CONTAINER_API
  },
  {
    id: 'request-schema',
    phase: 'request',
    severity: 'error',
    title: 'Request breaks the API constraints',
    help: 'Fix the members named: the SageMaker API rejects a request with a missing required member, a wrong type, a value out of its range, length or pattern, or more than one validation profile.',
    source: CREATE_MODEL_PACKAGE
  },
  {
    id: 'instance-types',
    phase: 'request',
    severity: 'error',
    title: 'Validation instance type is not supported',
    help: "Run the validation profile on an instance type that the request's SupportedTransformInstanceTypes (or SupportedTrainingInstanceTypes) lists and that SageMaker accepts for that job, such as ml.m5.xlarge.",
    source: CREATE_MODEL_PACKAGE
  },
  {
    id: 'content-types',
    phase: 'request',
    severity: 'error',
    title: 'Validation data type is not declared',
    help: 'Use a ContentType from SupportedContentTypes and an Accept from SupportedResponseMIMETypes in the transform job, and only channels, content types and compression that TrainingChannels declares in the training job; or declare them.',
    source: CREATE_MODEL_PACKAGE
  },
  {
    id: 'hyperparameters',
    phase: 'request',
    severity: 'error',
    title: 'Hyperparameters do not match their declarations',
    help: 'Set only hyperparameters that SupportedHyperParameters declares, with values of their Type within their Range, set every IsRequired one, and give defaults that fit their own range.',
    source: HYPERPARAMETER_SPEC
  },
  {
    id: 'metric-definitions',
    phase: 'request',
    severity: 'error',
    title: 'Metric regex is unusable',
    help: 'Write each MetricDefinitions Regex as a regular expression with one capturing group around the value, matching a line your training code prints, e.g. "validation:loss=([0-9.eE+-]+)".',
    source: METRIC_DEFINITION
  },
  {
    id: 'spot-training',
    phase: 'request',
    severity: 'warning',
    title: 'Training runs longer than managed spot allows',
    help: 'Buyers who train an AWS Marketplace algorithm with managed spot training get MaxWaitTimeInSeconds fixed at 3600 s, checkpoints or not: keep a training job under an hour (fewer epochs, a smaller default, more instances), or tell buyers in the listing to train on on-demand instances.',
    source: SPOT
  },
  {
    id: 'ecr-ownership',
    phase: 'registry',
    severity: 'error',
    title: 'Image is in a registry the seller does not own',
    help: 'Push the image to an ECR repository owned by the seller account that publishes the product; cross-account images fail validation with "Access denied for registry".',
    source: SEED
  },
  {
    id: 'image-exists',
    phase: 'registry',
    severity: 'error',
    title: 'Image not found in the repository',
    help: 'Push the image first (docker push, or docker/build-push-action with push: true), and check the repository name, tag and digest.',
    source: CONTAINER_API
  },
  {
    id: 'image-size',
    phase: 'registry',
    severity: 'warning',
    title: 'Image is large',
    help: 'Large images slow every endpoint, batch and training start. Use a slim base image, a multi-stage build, and keep model weights in the model artifact (model.tar.gz) rather than in the image.',
    source: SEED
  },
  {
    id: 'manifest-type',
    phase: 'registry',
    severity: 'error',
    title: 'SageMaker cannot use this manifest type',
    help: 'Push a Docker v2 schema 2 manifest: build with `--provenance=false` (docker/build-push-action: `provenance: false`) and `--output type=docker`, or `docker buildx build --provenance=false --sbom=false`.',
    source: MANIFEST
  },
  {
    id: 'platform',
    phase: 'registry',
    severity: 'error',
    title: 'No linux/amd64 image',
    help: 'Build for linux/amd64 (`docker buildx build --platform linux/amd64`): Marketplace validation runs batch transform and training on x86_64 instances.',
    source: BATCH
  },
  {
    id: 'vulnerabilities',
    phase: 'registry',
    severity: 'error',
    title: 'Image has security findings',
    help: 'Update the base image and packages until the ECR scan shows no CRITICAL or HIGH findings, then push again. Enable scan on push for the repository (`aws ecr put-image-scanning-configuration --image-scanning-configuration scanOnPush=true`).',
    source: LISTING
  },
  {
    id: 'entrypoint',
    phase: 'registry',
    severity: 'warning',
    title: 'Entrypoint may not receive serve/train or signals',
    help: 'Use an exec-form ENTRYPOINT (ENTRYPOINT ["python", "serve.py"]) so SageMaker\'s `serve`/`train` argument and SIGTERM reach your process; do not use tini as the entrypoint; ship nothing under /opt/ml (SageMaker mounts it).',
    source: INFERENCE
  },
  {
    id: 'container-user',
    phase: 'registry',
    severity: 'warning',
    title: 'Training image runs as a non-root USER',
    help: 'SageMaker runs training containers as root and gives them /opt/ml owned by root (mode 0755): a training image with a non-root USER cannot write /opt/ml/model or /opt/ml/output there. Remove the USER instruction from the training image (an inference image may keep one: serving only reads /opt/ml/model).',
    source: TRAINING_USER
  },
  {
    id: 'cuda-driver',
    phase: 'registry',
    severity: 'error',
    title: "Image needs a newer CUDA than the instance's driver",
    help: 'SageMaker real-time and batch inference run NVIDIA driver 470 (CUDA 11.4) on ml.p2, p3, p4d, p4de, g4dn and g5, 535 (CUDA 12.2) on ml.p5 and g6, 550 (CUDA 12.4) on ml.p5e and p5en; a serverless endpoint has no GPU at all. Build on a CUDA version the driver supports, ship the CUDA forward-compatibility libraries, or list instance types with a newer driver.',
    source: GPU_DRIVERS
  },
  {
    id: 'instance-arch',
    phase: 'registry',
    severity: 'error',
    title: 'Image does not suit the instance types',
    help: 'Graviton types (ml.c6g, m6g, r6g, c7g, m7g, r7g, …) need linux/arm64, every other type linux/amd64; Inferentia and Trainium types (ml.inf1, inf2, trn1, trn2) need the AWS Neuron runtime. Publish one model package per hardware type.',
    source: GRAVITON
  },
  {
    id: 'toolkit-env',
    phase: 'registry',
    severity: 'error',
    title: 'SageMaker toolkit settings fail at start',
    help: 'With the SageMaker training or inference toolkit, set SAGEMAKER_PROGRAM to a script the image ships in /opt/ml/code, leave SAGEMAKER_MULTI_MODEL unset, and bake code and packages into the image: nothing may be downloaded or pip-installed at start under network isolation.',
    source: TRAINING_TOOLKIT
  },
  {
    id: 'server-timeouts',
    phase: 'registry',
    severity: 'warning',
    title: 'Server times out before SageMaker does',
    help: 'SageMaker allows a real-time invocation 60 seconds; gunicorn (default 30 s), nginx proxy_read_timeout and TorchServe/MMS default_response_timeout must allow at least as long.',
    source: INFERENCE
  },
  {
    id: 'certify-for-marketplace',
    phase: 'resource',
    severity: 'error',
    title: 'Resource is not certified for AWS Marketplace',
    help: 'Create the model package or algorithm with CertifyForMarketplace=true (boto3: `CertifyForMarketplace=True`); it cannot be changed afterwards, so create a new version.',
    source: MODEL_PACKAGE_API
  },
  {
    id: 'validation-spec',
    phase: 'resource',
    severity: 'error',
    title: 'No validation profile',
    help: 'Add a ValidationSpecification: a batch transform job for a model package; a training job and a transform job for an algorithm.',
    source: MODEL_PACKAGE_API
  },
  {
    id: 'builtin-algorithm',
    phase: 'resource',
    severity: 'error',
    title: 'Derived from a built-in or Marketplace algorithm',
    help: 'Model packages built from SageMaker built-in algorithms or from algorithms subscribed on AWS Marketplace cannot be published. Package your own container image and model.',
    source: SEED
  },
  {
    id: 'resource-status',
    phase: 'resource',
    severity: 'error',
    title: 'Resource is not ready to publish',
    help: 'Wait until the status is Completed with validation and image scan Completed; fix the failure reason shown and create a new version.',
    source: MODEL_PACKAGE_API
  },
  {
    id: 'serve-start',
    phase: 'serve',
    severity: 'error',
    title: 'Container did not start serving',
    help: `The container must start with \`docker run IMAGE serve\` and answer GET /ping with 200 on port 8080 within the startup window (${SERVERLESS_STARTUP_SECONDS / 60} minutes on a serverless endpoint). Read the log lines shown, and run the image locally with the same command.`,
    source: INFERENCE
  },
  {
    id: 'network-dependency',
    phase: 'serve',
    severity: 'error',
    title: 'Container needs the network',
    help: 'Buyers run your container with network isolation: no internet, no AWS calls. Bake every model, tokenizer and package into the image or the model artifact, and set offline modes (e.g. HF_HUB_OFFLINE=1, TRANSFORMERS_OFFLINE=1).',
    source: SEED,
    explains: ['serve-start', 'ping', 'invocation']
  },
  {
    id: 'ping',
    phase: 'serve',
    severity: 'error',
    title: 'GET /ping is not healthy',
    help: 'GET /ping must answer 200 (an empty body is fine) within 2 seconds, and it must not do model work on each call.',
    source: INFERENCE
  },
  {
    id: 'invocation',
    phase: 'serve',
    severity: 'error',
    title: 'POST /invocations failed',
    help: 'POST /invocations must answer 2xx for the sample payloads with their Content-Type. Read the response body and the container log shown.',
    source: INFERENCE
  },
  {
    id: 'invocation-latency',
    phase: 'serve',
    severity: 'error',
    title: 'Invocation too slow',
    help: `A real-time invocation must answer within ${REALTIME_INVOCATION_SECONDS} seconds, a serverless one within ${SERVERLESS_INVOCATION_SECONDS}, an asynchronous one within ${ASYNC_MAX_INVOCATION_SECONDS} (\`endpoint-type\`), and a batch-transform invocation within 600 seconds (the transform job's default InvocationsTimeoutInSeconds, which a validation profile cannot change). Reduce the work per request or advise asynchronous inference in the listing.`,
    source: SEED
  },
  {
    id: 'payload-size',
    phase: 'serve',
    severity: 'error',
    title: 'Sample payload or its answer too large',
    help: `Real-time requests are capped at ${mb(LIMITS.realtimeBytes)} MB (the InvokeEndpoint API accepts at most ${mb(LIMITS.invokeEndpointBytes)} MiB), serverless requests and answers at ${mb(SERVERLESS_PAYLOAD_BYTES)} MB, asynchronous requests at ${ASYNC_GB} GB, batch-transform requests at ${mb(LIMITS.batchBytes)} MB (\`endpoint-type\` chooses the endpoint's); an answer is held to the same limits (InvokeEndpoint returns at most ${mb(LIMITS.invokeEndpointBytes)} MiB). Use smaller samples and answers, or document batch transform or asynchronous inference for large inputs.`,
    source: SEED
  },
  {
    id: 'request-size-limit',
    phase: 'serve',
    severity: 'error',
    title: "Server refuses requests as large as SageMaker's",
    help: `SageMaker sends real-time requests of up to ${mb(LIMITS.invokeEndpointBytes)} MiB, serverless ones of up to ${mb(SERVERLESS_PAYLOAD_BYTES)} MB and batch-transform requests of up to MaxPayloadInMB (6 MB by default, at most 100); asynchronous requests reach ${ASYNC_GB} GB, and are tested at ${mb(LIMITS.invokeEndpointBytes)} MiB. The server in the image must accept a body that large: check every layer's own limit, from the front proxy to the framework.`,
    source: BATCH
  },
  {
    id: 'instance-resources',
    phase: 'serve',
    severity: 'error',
    title: 'Container runs out of memory on the instance',
    help: `Pass \`instance-type\` (the smallest type you list as supported) so the containers run with its vCPUs and memory, or with \`endpoint-type\` serverless the endpoint's memory (\`serverless-memory\`, ${SERVERLESS_MEMORY_MB[0]} to ${SERVERLESS_MEMORY_MB[SERVERLESS_MEMORY_MB.length - 1]} MB); the report gives the peak memory and CPU of every run to choose recommended types from.`,
    source: SEED_INSTANCE
  },
  {
    id: 'model-archive',
    phase: 'serve',
    severity: 'warning',
    title: 'Model archive unsafe, unreadable or nested',
    help: 'SageMaker unpacks model.tar.gz into /opt/ml/model. Build it from inside the model folder (tar -C model -czf model.tar.gz .), gzip-compressed, with relative paths only, links that stay inside, and within `max-model-data-size`.',
    source: INFERENCE,
    // a model the server cannot find fails its start, its health check or its answers
    explains: ['serve-start', 'ping', 'invocation', 'validation-replay']
  },
  {
    id: 'execution-parameters',
    phase: 'batch',
    severity: 'error',
    title: 'GET /execution-parameters is invalid',
    help: 'Answer GET /execution-parameters with JSON such as {"MaxConcurrentTransforms": 1, "BatchStrategy": "MULTI_RECORD", "MaxPayloadInMB": 6}, with MaxConcurrentTransforms × MaxPayloadInMB ≤ 100; or answer 404 to use the defaults.',
    source: BATCH
  },
  {
    id: 'sigterm',
    phase: 'serve',
    severity: 'warning',
    title: 'Container ignores SIGTERM',
    help: 'Handle SIGTERM and exit promptly (exec-form ENTRYPOINT, `exec` in shell scripts, gunicorn/uvicorn as PID 1); SageMaker kills the container 30 seconds after SIGTERM (120 s in training).',
    source: INFERENCE
  },
  {
    id: 'train-exit',
    phase: 'training',
    severity: 'error',
    title: 'Training failed',
    help: '`docker run IMAGE train` must exit 0. On failure write the reason to /opt/ml/output/failure (SageMaker shows its first 1024 characters) and exit non-zero.',
    source: TRAINING
  },
  {
    id: 'train-model-output',
    phase: 'training',
    severity: 'error',
    title: 'Training produced no model',
    help: 'Write the trained model files to /opt/ml/model: SageMaker packs that directory into model.tar.gz for the transform job that follows.',
    source: TRAINING
  },
  {
    id: 'training-volume',
    phase: 'training',
    severity: 'error',
    title: 'Training wrote more than its ML storage volume holds',
    help: 'Raise VolumeSizeInGB in the training job\'s ResourceConfig (in the validation profile\'s TrainingJobDefinition, and `training-volume-size` to match), or write less under /opt/ml: keep only the final model in /opt/ml/model, prune old checkpoints, delete scratch files as you go. SageMaker fails the job with "No space left on device" once the volume is full.',
    source: TRAINING_VOLUME
  },
  {
    id: 'checkpoint-resume',
    phase: 'training',
    severity: 'error',
    title: 'Training does not resume from its checkpoints',
    help: 'Save checkpoints to /opt/ml/checkpoints as training goes, and at start load the newest one found there and continue from it; on SIGTERM (a spot interruption) save and exit. SageMaker restores /opt/ml/checkpoints into the restarted job.',
    source: CHECKPOINTS
  },
  {
    id: 'validation-replay',
    phase: 'replay',
    severity: 'error',
    title: 'Validation profile failed when replayed',
    help: 'Marketplace runs this validation profile as a real batch transform job and rejects the listing when it fails. Fix what the request, status, response body and log show, and run the preflight again.',
    source: BATCH
  },
  {
    id: 'aws-validation',
    phase: 'release',
    severity: 'error',
    title: "SageMaker's own validation failed",
    help: "With `aws-validation: true` the request is created in your account with CertifyForMarketplace as requested, and SageMaker runs its validation profiles as real jobs under ValidationRole. Fix what FailureReason and the jobs' logs say, then rerun; the run's resource is deleted as `aws-validation-cleanup` says.",
    source: MARKETPLACE_VALIDATION
  },
  {
    id: 'listing-request',
    phase: 'request',
    severity: 'error',
    title: 'Listing change set breaks the Catalog API',
    help: "Fix the members named in `listing-request`: the catalog checks a change set only once it is processing, minutes to hours after it is sent, and fails it for a missing member, a release note over the limit, an ARN in another Region, or a recommended instance type the resource does not support. With `listing-validate: true` the catalog's own check (Intent VALIDATE, nothing applied) follows a clean preflight.",
    source: ML_ADD_VERSION
  },
  {
    id: 'regression',
    phase: 'comparison',
    severity: 'warning',
    title: 'Slower, larger or hungrier than the baseline',
    help: `Against \`baseline\` (an earlier run's JSON report), startup, an invocation's latency or the peak memory grew by more than \`regression-threshold\` percent and by more than the run-to-run noise (${REGRESSION_NOISE_FLOOR.startupMs} ms startup, ${REGRESSION_NOISE_FLOOR.latencyMs} ms latency, ${REGRESSION_NOISE_FLOOR.memoryBytes / 1024 ** 2} MiB memory), or the image grew by more than that percent. The listing states latency and the instance types it fits: find the change that caused it (a larger model, a new dependency, work moved into startup or each request), or raise \`regression-threshold\` if the growth is intended, or \`ignore: regression\`.`,
    source: LISTING
  }
] as const satisfies readonly Rule[]

/** Every rule id: a misspelt id in `findings.add('...')` or a rule list does not compile. */
export type RuleId = (typeof RULES)[number]['id']

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map(rule => [rule.id, rule]))

export function rule(id: RuleId): Rule {
  const found = BY_ID.get(id)
  if (!found) throw new Error(`Unknown rule id "${id}"`)
  return found
}

/** Narrows text from outside (the `ignore` input, a report read back) to a rule id. */
export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id)
}

export function rulesInPhase(phase: Phase): RuleId[] {
  return RULES.filter(r => r.phase === phase).map(r => r.id)
}
