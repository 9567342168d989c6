// Every input is read and validated here, before any work starts. The action reads them with
// core.getInput, the CLI from --flags; both hand this module a plain lookup function.

import { existsSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FailOn } from './findings.js'
import { DIGEST } from './image-ref.js'
import { isRegionName } from './regions.js'
import { parseValidationData, type DataMapping } from './replay/validation-data.js'
import { loadRequest, type RequestFile } from './request/load.js'
import { isRuleId } from './rules.js'

/** A value the run cannot use. The message names the input and what was expected. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    detail: string
  ) {
    super(`Input \`${input}\` ${detail}`)
    this.name = 'InputError'
  }
}

export type Tristate = 'auto' | 'true' | 'false'

export interface TrainingChannel {
  channel: string
  path: string
}

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
  /** `validation-data`: local stand-ins for the S3 data the requests name. */
  validationData: DataMapping[]
  maxValidationDataBytes: number
  maxImageSizeBytes: number
  awsChecks: Tristate
  smokeTest: Tristate
  localImage?: string
  modelData?: string
  payloads: string[]
  contentType?: string
  accept?: string
  startupTimeoutSec: number
  invocationTimeoutSec: number
  batch: boolean
  trainingData: TrainingChannel[]
  hyperparameters: Record<string, string>
  trainingTimeoutSec: number
  dockerRunArgs: string[]
  failOn: FailOn
  ignore: string[]
  reportFile: string
  sarifFile?: string
  summary: boolean
  /** Post or update the sticky pull-request comment. */
  comment: boolean
  githubToken?: string
  /** Where relative paths are resolved: GITHUB_WORKSPACE in the action, the current directory in the CLI. */
  workspace: string
}

/** Returns the raw input value, '' when not given (the contract of core.getInput). */
export type InputLookup = (name: string) => string

export const DEFAULTS: Readonly<Record<string, string>> = {
  'max-image-size': '10GiB',
  'max-validation-data': '2GiB',
  'aws-checks': 'auto',
  'smoke-test': 'auto',
  'startup-timeout': '480',
  'invocation-timeout': '60',
  batch: 'true',
  hyperparameters: '{}',
  'training-timeout': '1800',
  'fail-on': 'error',
  summary: 'true',
  comment: 'false'
}

const ACCOUNT_ID = /^\d{12}$/
// arn:PARTITION:sagemaker:REGION:ACCOUNT:model-package/NAME[/VERSION] (DescribeModelPackage accepts both)
const MODEL_PACKAGE_ARN =
  /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/[a-zA-Z0-9-]{1,63}(\/\d+)?$/
const ALGORITHM_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:algorithm\/[a-zA-Z0-9-]{1,63}$/
// CreateTrainingJob Channel.ChannelName
const CHANNEL_NAME = /^[A-Za-z0-9.\-_]{1,64}$/
const MAX_CHANNELS = 8 // an algorithm's TrainingChannels
const HYPERPARAMETER_LIMITS = { count: 100, key: 256, value: 2500 }

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

export function parseSize(input: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value)
  const unit = m ? (m[2] || 'b').toLowerCase() : ''
  if (!m || !(unit in SIZE_UNITS)) {
    throw new InputError(
      input,
      `is "${value}"; expected a size such as 10GiB, 800MB or 5368709120 (units: B, KB, MB, GB, KiB, MiB, GiB)`
    )
  }
  return Math.round(Number(m[1]) * SIZE_UNITS[unit])
}

/** Comma- or newline-separated values, trimmed, empty entries dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
}

function parseBoolean(input: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(input, `is "${value}"; expected true or false`)
}

function parseTristate(input: string, value: string): Tristate {
  const v = value.toLowerCase()
  if (v === 'auto' || v === 'true' || v === 'false') return v
  throw new InputError(input, `is "${value}"; expected auto, true or false`)
}

function parseSeconds(input: string, value: string, max: number): number {
  const n = Number(value)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || n <= 0 || n > max) {
    throw new InputError(input, `is "${value}"; expected a number of seconds between 1 and ${max}`)
  }
  return n
}

function resolvePath(workspace: string, p: string): string {
  return path.resolve(workspace, p)
}

function parseTrainingData(workspace: string, value: string): TrainingChannel[] {
  const lines = value
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean)
  const channels: TrainingChannel[] = []
  for (const line of lines) {
    const eq = line.indexOf('=')
    const channel = eq === -1 ? '' : line.slice(0, eq).trim()
    const p = eq === -1 ? '' : line.slice(eq + 1).trim()
    if (!channel || !p) {
      throw new InputError(
        'training-data',
        `has the line "${line}"; expected CHANNEL=PATH, e.g. training=./data/train`
      )
    }
    if (!CHANNEL_NAME.test(channel)) {
      throw new InputError(
        'training-data',
        `has the channel name "${channel}"; channel names are 1-64 letters, digits, '.', '-' or '_'`
      )
    }
    if (channels.some(c => c.channel === channel)) {
      throw new InputError('training-data', `names the channel "${channel}" twice`)
    }
    const abs = resolvePath(workspace, p)
    if (!existsSync(abs)) {
      throw new InputError(
        'training-data',
        `has the path "${p}" for channel "${channel}", which does not exist (resolved to ${abs})`
      )
    }
    channels.push({ channel, path: abs })
  }
  if (channels.length > MAX_CHANNELS) {
    throw new InputError(
      'training-data',
      `has ${channels.length} channels; an algorithm may declare at most ${MAX_CHANNELS}`
    )
  }
  return channels
}

/** SageMaker passes hyperparameters as a string-to-string map; numbers and booleans become strings. */
function parseHyperparameters(workspace: string, value: string): Record<string, string> {
  let text = value.trim()
  let from = 'is not valid JSON'
  if (!/^[[{]/.test(text)) {
    const file = resolvePath(workspace, text)
    if (!existsSync(file)) {
      throw new InputError(
        'hyperparameters',
        `is neither a JSON object nor the path of a JSON file ("${text}" does not exist)`
      )
    }
    text = readFileSync(file, 'utf8')
    from = `names ${file}, which is not valid JSON`
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new InputError('hyperparameters', `${from}: ${(err as Error).message}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(
      'hyperparameters',
      'must be a JSON object such as {"epochs": 10, "learning_rate": "0.1"}'
    )
  }
  const out: Record<string, string> = {}
  for (const [key, v] of Object.entries(parsed)) {
    if (typeof v === 'object' && v !== null) {
      throw new InputError(
        'hyperparameters',
        `has a nested value for "${key}"; SageMaker hyperparameters are strings, numbers or booleans`
      )
    }
    out[key] = String(v)
    if (key.length > HYPERPARAMETER_LIMITS.key) {
      throw new InputError(
        'hyperparameters',
        `has a key of ${key.length} characters; SageMaker allows ${HYPERPARAMETER_LIMITS.key}`
      )
    }
    if (out[key].length > HYPERPARAMETER_LIMITS.value) {
      throw new InputError(
        'hyperparameters',
        `has a value of ${out[key].length} characters for "${key}"; SageMaker allows ${HYPERPARAMETER_LIMITS.value}`
      )
    }
  }
  if (Object.keys(out).length > HYPERPARAMETER_LIMITS.count) {
    throw new InputError(
      'hyperparameters',
      `has ${Object.keys(out).length} keys; SageMaker allows ${HYPERPARAMETER_LIMITS.count}`
    )
  }
  return out
}

// docker run options that take no value, so the word after them is not theirs
const NO_VALUE_RUN_FLAGS =
  /^--?(init|read-only|oom-kill-disable|no-healthcheck|sig-proxy|disable-content-trust|q|quiet)$/

/** Splits `docker-run-args` like a shell would (quotes, no expansion) and refuses flags that would
 * break the isolation the smoke test exists to reproduce. */
export function parseDockerRunArgs(value: string): string[] {
  const args: string[] = []
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g
  for (const m of value.matchAll(re)) {
    args.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]))
  }
  const refused =
    /^--?(network|net|network-alias|link|publish|publish-all|p|P|expose|dns|dns-search|dns-option|add-host|privileged|cap-add|security-opt|device-cgroup-rule|pid|ipc|uts|userns|cgroupns|user|u|volumes-from|volume|v|mount|env-file|entrypoint|rm|name|detach|d|interactive|i|tty|t)(=|$)/
  args.forEach((arg, i) => {
    // a stray word would become docker's IMAGE, and the real image its command
    const previous = args[i - 1]
    const isValue =
      previous?.startsWith('-') && !previous.includes('=') && !NO_VALUE_RUN_FLAGS.test(previous)
    if (!arg.startsWith('-') && !isValue) {
      throw new InputError(
        'docker-run-args',
        `contains "${arg}", which is neither an option nor an option's value; give docker run options only (the preflight passes the image and \`serve\` or \`train\` itself), such as --gpus all --memory 8g -e MODEL_NAME=demo`
      )
    }
    if (refused.test(arg)) {
      throw new InputError(
        'docker-run-args',
        `contains "${arg}"; network, privilege, host-namespace, mount and lifecycle flags are refused because SageMaker runs the container isolated, with only /opt/ml mounted. Allowed: resources, devices and KEY=VALUE variables, such as --gpus all, --memory 8g, --shm-size 1g, -e MODEL_NAME=demo`
      )
    }
    // `-e NAME` without a value copies NAME from the runner's environment into the container.
    const env = /^(?:-e|--env)(?:=(.*))?$/.exec(arg)
    if (env && !(env[1] ?? args[i + 1] ?? '').includes('=')) {
      throw new InputError(
        'docker-run-args',
        `passes "${arg}${env[1] === undefined ? ` ${args[i + 1] ?? ''}` : ''}" without a value; give -e NAME=VALUE so nothing from the runner's environment reaches the container`
      )
    }
  })
  return args
}

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
      `is ${JSON.stringify(v)}, which contains a line break or control character; it is sent as the ${header} header of each invocation, so give one media type such as text/csv`
    )
  }
  return v
}

export function readInputs(get: InputLookup, env: NodeJS.ProcessEnv = process.env): Inputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const value = (name: string): string => optional(get, name) ?? DEFAULTS[name] ?? ''

  const image = optional(get, 'image')
  const digest = optional(get, 'digest')
  if (digest !== undefined && !DIGEST.test(digest)) {
    throw new InputError(
      'digest',
      `is "${digest}"; expected sha256: followed by 64 lowercase hex digits`
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
    throw new InputError('region', `is "${region}"; expected a Region name such as us-east-2`)
  }
  const sellerAccountIds = parseList(get('seller-account-id'))
  for (const id of sellerAccountIds) {
    if (!ACCOUNT_ID.test(id)) {
      throw new InputError(
        'seller-account-id',
        `has "${id}"; expected 12-digit AWS account ids, comma or newline separated`
      )
    }
  }
  const modelPackageArn = optional(get, 'model-package-arn')
  if (modelPackageArn !== undefined && !MODEL_PACKAGE_ARN.test(modelPackageArn)) {
    throw new InputError(
      'model-package-arn',
      `is "${modelPackageArn}"; expected arn:aws:sagemaker:REGION:ACCOUNT:model-package/NAME/VERSION`
    )
  }
  const algorithmArn = optional(get, 'algorithm-arn')
  if (algorithmArn !== undefined && !ALGORITHM_ARN.test(algorithmArn)) {
    throw new InputError(
      'algorithm-arn',
      `is "${algorithmArn}"; expected arn:aws:sagemaker:REGION:ACCOUNT:algorithm/NAME`
    )
  }
  const trainingImage = optional(get, 'training-image')
  const localTrainingImage = optional(get, 'local-training-image')
  const localImage = optional(get, 'local-image')
  const modelPackageRequest = optional(get, 'model-package-request')
  const algorithmRequest = optional(get, 'algorithm-request')
  if (
    !image &&
    !modelPackageArn &&
    !algorithmArn &&
    !modelPackageRequest &&
    !algorithmRequest &&
    !localImage &&
    !trainingImage &&
    !localTrainingImage
  ) {
    throw new InputError(
      'image',
      'is required: pass the ECR image URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO@sha256:…), or `model-package-arn`, `algorithm-arn`, `model-package-request`, `algorithm-request` or `local-image`'
    )
  }

  const modelDataRaw = optional(get, 'model-data')
  let modelData: string | undefined
  if (modelDataRaw !== undefined) {
    modelData = resolvePath(workspace, modelDataRaw)
    const st = existsSync(modelData) ? statSync(modelData) : undefined
    if (!st || !(st.isDirectory() || (st.isFile() && /\.(tar\.gz|tgz)$/.test(modelData)))) {
      throw new InputError(
        'model-data',
        `is "${modelDataRaw}"; expected an existing directory or .tar.gz file (resolved to ${modelData})`
      )
    }
  }

  const failOn = value('fail-on')
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError('fail-on', `is "${failOn}"; expected error, warning or never`)
  }
  const ignore = parseList(get('ignore'))
  for (const id of ignore) {
    if (!isRuleId(id)) {
      throw new InputError(
        'ignore',
        `has "${id}", which is not a rule id; see the rules table in the README`
      )
    }
  }

  const reportFile = resolvePath(
    workspace,
    optional(get, 'report-file') ??
      path.join(env.RUNNER_TEMP || tmpdir(), 'marketplace-preflight.json')
  )
  const sarif = optional(get, 'sarif-file')

  return {
    image,
    digest,
    region,
    sellerAccountIds,
    trainingImage,
    localTrainingImage,
    modelPackageArn,
    algorithmArn,
    ...(modelPackageRequest
      ? { modelPackageRequest: loadRequest('model-package', workspace, modelPackageRequest) }
      : {}),
    ...(algorithmRequest
      ? { algorithmRequest: loadRequest('algorithm', workspace, algorithmRequest) }
      : {}),
    validationData: parseValidationData(get('validation-data'), workspace, env),
    maxValidationDataBytes: parseSize('max-validation-data', value('max-validation-data')),
    maxImageSizeBytes: parseSize('max-image-size', value('max-image-size')),
    awsChecks: parseTristate('aws-checks', value('aws-checks')),
    smokeTest: parseTristate('smoke-test', value('smoke-test')),
    localImage,
    modelData,
    payloads: get('payload')
      .split('\n')
      .map(s => s.trim())
      .filter(Boolean),
    contentType: headerInput(get, 'content-type', 'Content-Type'),
    accept: headerInput(get, 'accept', 'Accept'),
    startupTimeoutSec: parseSeconds('startup-timeout', value('startup-timeout'), 3600),
    invocationTimeoutSec: parseSeconds('invocation-timeout', value('invocation-timeout'), 3600),
    batch: parseBoolean('batch', value('batch')),
    trainingData: parseTrainingData(workspace, get('training-data')),
    hyperparameters: parseHyperparameters(workspace, value('hyperparameters')),
    trainingTimeoutSec: parseSeconds('training-timeout', value('training-timeout'), 5 * 24 * 3600),
    dockerRunArgs: parseDockerRunArgs(get('docker-run-args')),
    failOn,
    ignore,
    reportFile,
    sarifFile: sarif === undefined ? undefined : resolvePath(workspace, sarif),
    summary: parseBoolean('summary', value('summary')),
    comment: parseBoolean('comment', value('comment')),
    githubToken: optional(get, 'github-token'),
    workspace
  }
}
