// The action's inputs and outputs as data, for the CLI's flags and --help, readInputs' defaults
// and the docs. `npm run generate` (scripts/generate/) writes the two lists from action.yml: edit
// action.yml, not them.

export interface ActionInput {
  name: string
  description: string
  default?: string
}

export interface ActionOutput {
  name: string
  description: string
}

export const ACTION_INPUTS: readonly ActionInput[] = [
  {
    name: 'image',
    description:
      'ECR image URI of the inference image, ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG][@sha256:…]'
  },
  {
    name: 'digest',
    description:
      "sha256 digest that pins `image` (for example docker/build-push-action's `digest` output)"
  },
  {
    name: 'region',
    description: 'The Region the seller publishes from (default: the Region in `image`)'
  },
  {
    name: 'seller-account-id',
    description:
      '12-digit AWS account ids allowed to own the images, comma or newline separated (default: the STS caller account)'
  },
  {
    name: 'training-image',
    description:
      'ECR URI of the training image (algorithm products); same registry checks plus the training smoke test'
  },
  {
    name: 'local-training-image',
    description: 'Local image to run `train` with instead of pulling `training-image`'
  },
  {
    name: 'model-package-arn',
    description:
      'Check an existing SageMaker model package; without `image` or `local-image` the smoke test serves its inference image, and its validation profile is replayed'
  },
  {
    name: 'algorithm-arn',
    description:
      'Check an existing SageMaker algorithm; without `image` or `local-image` the smoke test serves its inference image, and its validation profile is replayed'
  },
  {
    name: 'model-package-request',
    description:
      "Path of the CreateModelPackage request JSON (as given to `aws sagemaker create-model-package --cli-input-json`), checked against the API's constraints and Marketplace's rules before you send it"
  },
  {
    name: 'algorithm-request',
    description:
      'Path of the CreateAlgorithm request JSON (as given to `aws sagemaker create-algorithm --cli-input-json`), checked like `model-package-request`'
  },
  {
    name: 'aws-validation',
    description:
      "true: after a preflight without errors, create the model package or algorithm from the request file in your account (its name suffixed with the commit) and wait for SageMaker's own validation; costs the validation jobs' instance time (see README for the IAM permissions)",
    default: 'false'
  },
  {
    name: 'aws-validation-cleanup',
    description:
      'What `aws-validation` deletes when it is over: on-failure (the resource that failed validation), always, or never (keep it to list it)',
    default: 'on-failure'
  },
  {
    name: 'aws-validation-timeout',
    description: "Seconds to wait for SageMaker's validation of `aws-validation`, 60 to 86400",
    default: '7200'
  },
  {
    name: 'listing-request',
    description:
      'Path of an AWS Marketplace Catalog StartChangeSet request JSON (as given to `aws marketplace-catalog start-change-set --cli-input-json`) adding or updating a version of a SageMaker model package or algorithm product (AddDeliveryOptions / UpdateDeliveryOptions), checked offline; `${model-package-arn}` / `${algorithm-arn}` in it stand for the resource `aws-validation` creates'
  },
  {
    name: 'listing-validate',
    description:
      'true: after a preflight without errors, send `listing-request` to the Marketplace Catalog with Intent VALIDATE (never APPLY: nothing is changed) and report what the catalog says; needs AWS credentials (see README for the IAM permissions)',
    default: 'false'
  },
  {
    name: 'validation-data',
    description:
      'Lines S3URI=LOCAL_PATH mapping the S3 objects or prefixes the request names (model data, transform input, training channels) to files or folders in the workspace, so its validation profile is replayed offline; unmapped URIs are downloaded when AWS credentials are available'
  },
  {
    name: 'max-validation-data',
    description:
      'Most S3 data the replay downloads for URIs `validation-data` does not map, up to 1 TiB (units B, KB, MB, GB, KiB, MiB, GiB)',
    default: '2GiB'
  },
  {
    name: 'max-image-size',
    description:
      'Warn when the compressed image is larger, 1 MiB to 1 TiB (units B, KB, MB, GB, KiB, MiB, GiB)',
    default: '10GiB'
  },
  {
    name: 'max-model-data-size',
    description:
      'Largest unpacked size a model-data .tar.gz may have, up to 1 TiB; a larger archive is not unpacked (model-archive error)',
    default: '20GiB'
  },
  {
    name: 'aws-checks',
    description:
      'auto (run when AWS credentials are available, otherwise report each AWS check as skipped), true (must run), false',
    default: 'auto'
  },
  {
    name: 'smoke-test',
    description: 'auto (run when a Docker engine answers), true (must run), false',
    default: 'auto'
  },
  {
    name: 'local-image',
    description:
      'Local image to smoke-test instead of pulling `image` (pull-request builds that are not pushed)'
  },
  {
    name: 'model-data',
    description: 'Directory or .tar.gz mounted read-only at /opt/ml/model'
  },
  {
    name: 'instance-type',
    description:
      "The ml.* instance type the seller lists (for example ml.g4dn.xlarge); checks the image's CUDA and architecture against it"
  },
  {
    name: 'payload',
    description: 'Sample request files, newline separated, globs allowed'
  },
  {
    name: 'content-type',
    description: 'Content-Type for the payloads (default by file extension)'
  },
  {
    name: 'accept',
    description: 'Accept header sent with each invocation'
  },
  {
    name: 'startup-timeout',
    description:
      "Seconds for /ping to answer 200, 1 to 3600 (SageMaker's 8-minute window); at most 180 with endpoint-type serverless, its default there",
    default: '480'
  },
  {
    name: 'invocation-timeout',
    description:
      'Seconds per invocation; default and ceiling by endpoint-type, 60 and 3600 realtime, 900 and 3600 async, 60 and 60 serverless'
  },
  {
    name: 'endpoint-type',
    description:
      'How buyers deploy the model, whose limits the serving rules apply - realtime, async (asynchronous inference, payloads up to 1 GB, up to an hour) or serverless (4 MB, 60 s, no GPU)',
    default: 'realtime'
  },
  {
    name: 'serverless-memory',
    description:
      "With endpoint-type serverless, the endpoint's MemorySizeInMB given to the container as its memory limit - 1024, 2048, 3072, 4096, 5120 or 6144",
    default: '2048'
  },
  {
    name: 'concurrency',
    description:
      'Invocations of the same payloads sent at once after the one-at-a-time pass (default the vCPUs of instance-type, else 4; 1 turns it off)'
  },
  {
    name: 'batch',
    description:
      'Also run the batch-transform contract (how Marketplace validates a model package)',
    default: 'true'
  },
  {
    name: 'training-data',
    description: 'channel=path lines for the training smoke test (training=./data/train)'
  },
  {
    name: 'hyperparameters',
    description: 'JSON object, or the path of a JSON file, passed as hyperparameters.json',
    default: '{}'
  },
  {
    name: 'training-timeout',
    description: 'Seconds for `train` to finish, 1 to 432000 (5 days)',
    default: '1800'
  },
  {
    name: 'training-volume-size',
    description:
      "GB (2^30 bytes, above 0 and up to 16384) of the ML storage volume, as ResourceConfig.VolumeSizeInGB: training that writes more under /opt/ml is stopped (training-volume error); the validation replay uses its profile's VolumeSizeInGB. Fractions are allowed, so a test can write megabytes (0.05)",
    default: '30'
  },
  {
    name: 'training-input-mode',
    description:
      "How `train` gets its channels, as TrainingInputMode: File (a folder per channel), Pipe (a FIFO /opt/ml/input/data/CHANNEL_EPOCH per channel and epoch, fed from the host) or FastFile (a read-only folder). An algorithm request's SupportedInputModes and a validation profile's TrainingInputMode take precedence",
    default: 'File'
  },
  {
    name: 'training-instance-count',
    description:
      "Hosts to train on (1-8), as ResourceConfig.InstanceCount: above 1, one container per host (algo-1 … algo-N) on a Docker network of their own with --internal (peers reach each other by host name, nothing reaches out). The validation replay uses its profile's InstanceCount when the algorithm sets SupportsDistributedTraining",
    default: '1'
  },
  {
    name: 'checkpoint-resume',
    description:
      "After training passes, train again as a spot interruption would: SIGTERM once half the run's time has passed and /opt/ml/checkpoints has files, then a fresh container with the same checkpoints must finish sooner than a full run (checkpoint-resume rule)",
    default: 'false'
  },
  {
    name: 'docker-run-args',
    description:
      'Extra `docker run` options, from an allow-list: --cpus, --cpuset-cpus, -c/--cpu-shares, -m/--memory, --memory-swap, --memory-reservation, --shm-size, --ulimit, --gpus, --device (accelerators), -e NAME=VALUE, --read-only, --runtime nvidia; anything else is refused'
  },
  {
    name: 'fail-on',
    description: 'Fail the step on findings at or above this severity, error, warning or never',
    default: 'error'
  },
  {
    name: 'ignore',
    description: 'Rule ids to skip, comma or newline separated'
  },
  {
    name: 'report-file',
    description:
      'Where the JSON report goes (default $RUNNER_TEMP/marketplace-preflight.json; with no RUNNER_TEMP, as in a local run of the action, marketplace-preflight-<uid>.json in the system temp directory); an existing file is replaced only if it is an earlier report'
  },
  {
    name: 'sarif-file',
    description:
      'Also write SARIF 2.1.0 here (for github/codeql-action/upload-sarif); an existing file is replaced only if it is an earlier SARIF of this action'
  },
  {
    name: 'listing-evidence',
    description:
      "Also write a Markdown section for the listing's usage information here: the content types, a real-time and a batch sample request with the model's answer, the startup, latency and throughput measured on the runner (its CPUs and memory, and the `instance-type` it stood in for), training time for an algorithm, and the validation replay's records in and out; an existing file is replaced only if it is an earlier one of this action"
  },
  {
    name: 'baseline',
    description:
      "The JSON report of an earlier run (the default branch's, downloaded as an artifact) to compare this run with: image size, startup, latency, memory, findings and answers; a file in the workspace or under RUNNER_TEMP"
  },
  {
    name: 'regression-threshold',
    description:
      'Percent by which startup, latency, peak memory or image size may grow against `baseline` before the regression warning (beyond a noise floor of 100 ms and 64 MiB)',
    default: '25'
  },
  {
    name: 'summary',
    description: 'Write the job summary',
    default: 'true'
  },
  {
    name: 'comment',
    description:
      'On pull requests, post the result as one comment that later runs update in place (needs `pull-requests: write`)',
    default: 'false'
  },
  {
    name: 'github-token',
    description: 'Token for the pull-request comment',
    default: '${{ github.token }}'
  }
]

export const ACTION_OUTPUTS: readonly ActionOutput[] = [
  {
    name: 'result',
    description: 'pass or fail'
  },
  {
    name: 'errors',
    description: 'Number of error findings'
  },
  {
    name: 'warnings',
    description: 'Number of warning findings'
  },
  {
    name: 'report-file',
    description: 'Path of the JSON report'
  },
  {
    name: 'image-digest',
    description: 'The resolved digest of `image`'
  },
  {
    name: 'image-size-bytes',
    description: 'Compressed size of `image` in ECR, in bytes'
  },
  {
    name: 'startup-seconds',
    description: 'Seconds from `docker run … serve` until /ping answered 200'
  },
  {
    name: 'listing-evidence',
    description:
      'The Markdown section `listing-evidence` writes, also when that input is not given (empty when no container ran)'
  },
  {
    name: 'model-package-arn',
    description:
      'The model package `aws-validation` created and SageMaker validated (empty otherwise, or when it was cleaned up)'
  },
  {
    name: 'algorithm-arn',
    description:
      'The algorithm `aws-validation` created and SageMaker validated (empty otherwise, or when it was cleaned up)'
  }
]
