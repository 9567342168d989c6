// Every input is read and validated here, before any work starts. The action reads them with
// core.getInput, the CLI from --flags; both hand this module a plain lookup function.

import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  lstatSync,
  openSync,
  readSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FailOn } from '../core/findings.js'
import { DIGEST } from '../image/ref.js'
import { closeInstanceTypes, findInstanceType } from '../catalog/instance-types.js'
import { parseJsonInput } from './json-input.js'
import { confine, MAX_FILE_BYTES, readInputFile, type Roots } from './paths.js'
import { InputError, shown } from './error.js'
import { isRegionName } from '../catalog/regions.js'
import { parseValidationData, type DataMapping } from '../replay/validation-data.js'
import { loadRequest, type RequestFile } from '../request/load.js'
import { isRuleId, type RuleId } from '../catalog/rules.js'
import { ACTION_INPUTS } from './action-inputs.js'

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
  batch: boolean
  trainingData: TrainingChannel[]
  hyperparameters: Record<string, string>
  trainingTimeoutSec: number
  /** `training-volume-size`: the ML storage volume training may fill, in GB of 2^30 bytes. */
  trainingVolumeGB: number
  dockerRunArgs: string[]
  failOn: FailOn
  ignore: RuleId[]
  reportFile: string
  sarifFile?: string
  summary: boolean
  /** Post or update the sticky pull-request comment. */
  comment: boolean
  githubToken?: string
  /** Where relative paths are resolved: GITHUB_WORKSPACE in the action, the current directory in the CLI. */
  workspace: string
  /** RUNNER_TEMP, the other place input files may live (downloaded artifacts). */
  runnerTemp?: string
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

/** Bounds of a size input; the defaults only keep a number finite and meaningful. */
export interface SizeRange {
  min: number
  max: number
}
const ANY_SIZE: SizeRange = { min: 1, max: 1024 ** 5 }

export function parseSize(input: string, value: string, range: SizeRange = ANY_SIZE): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value)
  const unit = m ? (m[2] || 'b').toLowerCase() : ''
  if (!m || !(unit in SIZE_UNITS)) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a size such as 10GiB, 800MB or 5368709120 (units: B, KB, MB, GB, KiB, MiB, GiB)`
    )
  }
  const bytes = Math.round(Number(m[1]) * SIZE_UNITS[unit])
  // 400 digits make Infinity, which no comparison can ever exceed
  if (!Number.isFinite(bytes) || bytes < range.min || bytes > range.max) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a size between ${sizeName(range.min)} and ${sizeName(range.max)}`
    )
  }
  return bytes
}

/** The largest binary unit that divides `bytes`, for the bounds named in errors. */
function sizeName(bytes: number): string {
  const units: [string, number][] = [
    ['PiB', 1024 ** 5],
    ['TiB', 1024 ** 4],
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024]
  ]
  const [name, size] = units.find(([, size]) => bytes % size === 0) ?? ['B', 1]
  return `${bytes / size} ${name}`
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
  throw new InputError(input, `is ${shown(value)}; expected true or false`)
}

function parseTristate(input: string, value: string): Tristate {
  const v = value.toLowerCase()
  if (v === 'auto' || v === 'true' || v === 'false') return v
  throw new InputError(input, `is ${shown(value)}; expected auto, true or false`)
}

/** Timeouts: whole or fractional seconds from 1 (below a second nothing can start or answer). */
function parseSeconds(input: string, value: string, max: number): number {
  const n = Number(value)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || n < 1 || n > max) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a number of seconds between 1 and ${max}`
    )
  }
  return n
}

/** gp2, the only ML storage volume type SageMaker training uses, holds at most 16 TiB. */
const MAX_VOLUME_GB = 16384

/** `training-volume-size`: GB, fractions allowed (a test writes megabytes, not gigabytes). */
function parseVolumeGB(input: string, value: string): number {
  const n = Number(value)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || n <= 0 || n > MAX_VOLUME_GB) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a number of GB above 0 and up to ${MAX_VOLUME_GB}, such as 30 or 0.5`
    )
  }
  return n
}

function resolvePath(workspace: string, p: string): string {
  return path.resolve(workspace, p)
}

function parseTrainingData(roots: Roots, value: string): TrainingChannel[] {
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
        `has the line ${shown(line)}; expected CHANNEL=PATH, e.g. training=./data/train`
      )
    }
    if (!CHANNEL_NAME.test(channel)) {
      throw new InputError(
        'training-data',
        `has the channel name ${shown(channel)}; channel names are 1-64 letters, digits, '.', '-' or '_'`
      )
    }
    if (channels.some(c => c.channel === channel)) {
      throw new InputError('training-data', `names the channel ${shown(channel)} twice`)
    }
    const abs = resolvePath(roots.workspace, p)
    if (!existsSync(abs)) {
      throw new InputError(
        'training-data',
        `has the path "${p}" for channel "${channel}", which does not exist (resolved to ${abs})`
      )
    }
    // mounted into the container: a committed symlink must not hand it a host folder
    channels.push({ channel, path: confine('training-data', p, abs, roots) })
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
function parseHyperparameters(roots: Roots, value: string): Record<string, string> {
  let text = value.trim()
  let what = 'is not valid JSON'
  if (!/^[[{]/.test(text)) {
    const { real, data } = readInputFile(
      {
        input: 'hyperparameters',
        value: text,
        file: resolvePath(roots.workspace, text),
        maxBytes: MAX_FILE_BYTES.json,
        hint: 'pass a JSON object, or the path of a JSON file in the repository'
      },
      roots
    )
    text = data.toString()
    what = `names ${real}, which is not valid JSON`
  }
  const parsed = parseJsonInput('hyperparameters', what, text)
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
        `has a nested value for ${shown(key)}; SageMaker hyperparameters are strings, numbers or booleans`
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
        `has a value of ${out[key].length} characters for ${shown(key)}; SageMaker allows ${HYPERPARAMETER_LIMITS.value}`
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

interface RunOption {
  /** What a valid value looks like, for the error. */
  expected: string
  valid: RegExp
  /** A switch: no value, or =true / =false. */
  switch?: boolean
}

// docker's sizes (go-units RAMInBytes): 512m, 8g, 1.5GiB, 1073741824
const DOCKER_SIZE = { expected: 'a size such as 512m or 8g', valid: /^\d+(\.\d+)?[kmgtp]?i?b?$/i }
const CPU_LIST = {
  expected: 'CPU or node numbers such as 0-3 or 0,2',
  valid: /^\d+(-\d+)?(,\d+(-\d+)?)*$/
}
const INTEGER = { expected: 'a whole number', valid: /^-?\d+$/ }

/**
 * What `docker-run-args` may set: resources, GPUs and accelerator devices, and KEY=VALUE variables.
 * Nothing here reaches the host (no mounts, network, namespaces, privileges, logging or labels) or
 * changes how SageMaker starts and stops the container (entrypoint, init, user, restart).
 */
const RUN_OPTIONS: Record<string, RunOption> = {
  '--cpus': { expected: 'a number of CPUs such as 2 or 1.5', valid: /^(?=.*[1-9])\d+(\.\d+)?$/ },
  '--cpuset-cpus': CPU_LIST,
  '--cpuset-mems': CPU_LIST,
  '--cpu-shares': { expected: 'a relative weight such as 512', valid: /^\d+$/ },
  '--cpu-period': INTEGER,
  '--cpu-quota': INTEGER,
  '--memory': DOCKER_SIZE,
  '--memory-reservation': DOCKER_SIZE,
  '--memory-swap': {
    expected: 'a size such as 16g, or -1',
    valid: /^(-1|\d+(\.\d+)?[kmgtp]?i?b?)$/i
  },
  '--memory-swappiness': { expected: 'a number from 0 to 100', valid: /^(\d{1,2}|100)$/ },
  '--shm-size': DOCKER_SIZE,
  '--ulimit': {
    expected: 'NAME=SOFT[:HARD] such as nofile=65536:65536 or memlock=-1',
    valid:
      /^(core|cpu|data|fsize|locks|memlock|msgqueue|nice|nofile|nproc|rss|rtprio|rttime|sigpending|stack)=-?\d+(:-?\d+)?$/
  },
  '--gpus': {
    expected: 'all, a number of GPUs, or device=ID[,ID] such as device=0,1',
    valid: /^(all|[1-9]\d*|"?device=[\w-]+(,[\w-]+)*"?)$/
  },
  // accelerators only: a disk or /dev/mem would give the container the host
  '--device': {
    expected:
      'an accelerator under /dev (nvidia*, dri, kfd, neuron*, infiniband), optionally :CONTAINER_PATH[:rwm]',
    valid:
      /^\/dev\/(nvidia[\w-]*|nvidia-caps\/[\w-]+|dri(\/[\w-]+)?|kfd|neuron\d+|infiniband\/[\w-]+)(:\/dev(\/[\w-]+)+)?(:[rwm]{1,3})?$/
  },
  // `-e NAME` without a value would copy NAME from the runner's environment into the container
  '--env': {
    expected: 'NAME=VALUE (a bare NAME would copy the runner variable NAME into the container)',
    valid: /^[A-Za-z_][A-Za-z0-9_]*=/
  },
  '--read-only': { expected: 'true or false', valid: /^(true|false)$/, switch: true },
  // the NVIDIA runtime is runc plus GPU hooks; another configured runtime may not isolate at all
  '--runtime': { expected: 'nvidia (or use --gpus)', valid: /^nvidia$/ }
}
const SHORT_OPTIONS: Record<string, string> = {
  '-c': '--cpu-shares',
  '-m': '--memory',
  '-e': '--env'
}

/**
 * Splits `docker-run-args` like a shell would (quotes, no expansion), accepts only the options in
 * RUN_OPTIONS (as `--flag value`, `--flag=value`, `-m 8g`, `-m8g` or `-m=8g`) with valid values, and
 * returns them normalized to `--flag=value`, so no value can ever be read as another option.
 */
export function parseDockerRunArgs(value: string): string[] {
  const args: string[] = []
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g
  for (const m of value.matchAll(re)) {
    args.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]))
  }
  const refuse = (detail: string): never => {
    throw new InputError('docker-run-args', detail)
  }
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (!/^-[^-]|^--[^-=]/.test(arg)) {
      // a stray word would become docker's IMAGE, and the real image its command
      refuse(
        `contains ${shown(arg)}, which is neither an option nor an option's value; give docker run options only (the preflight passes the image and \`serve\` or \`train\` itself), such as --gpus all --memory 8g -e MODEL_NAME=demo`
      )
    }
    const long = arg.startsWith('--')
    const eq = arg.indexOf('=')
    const given = long ? (eq === -1 ? arg : arg.slice(0, eq)) : arg.slice(0, 2)
    // attached short values: -m8g, -eKEY=v, -m=8g (and -u0, -v/:/host, -it are refused below)
    const attached = long ? (eq === -1 ? undefined : arg.slice(eq + 1)) : arg.slice(2) || undefined
    const name = SHORT_OPTIONS[given] ?? given
    const option = RUN_OPTIONS[name]
    if (!option) {
      refuse(
        `contains ${shown(given)}${given === arg ? '' : ` (in ${shown(arg)})`}, which is not allowed. SageMaker runs the container isolated, with only /opt/ml mounted, so network, privilege, namespace, mount, logging, label and lifecycle options are refused. Allowed: ${Object.keys(RUN_OPTIONS).join(', ')} (-c, -m and -e for short), such as --gpus all --memory 8g --shm-size 1g -e MODEL_NAME=demo`
      )
    }
    if (option.switch) {
      if (attached !== undefined && !option.valid.test(attached)) {
        refuse(`has ${shown(arg)}; ${name} takes no value, or =true or =false`)
      }
      if (attached !== 'false') out.push(name)
      continue
    }
    const v = long ? (attached ?? args[++i]) : (attached?.replace(/^=/, '') ?? args[++i])
    if (v === undefined) refuse(`ends with ${shown(arg)}, which needs a value: ${option.expected}`)
    if (!option.valid.test(v) || v.includes('\0')) {
      refuse(
        name === '--env' && !v.includes('=')
          ? `passes ${shown(`${given} ${v}`)} without a value; give -e NAME=VALUE so nothing from the runner's environment reaches the container`
          : `gives ${given} the value ${shown(v)}; expected ${option.expected}`
      )
    }
    out.push(`${name}=${v}`)
  }
  return out
}

/** What a file this tool wrote starts with (the JSON report's and SARIF's tool name). */
const OWN_FILE = /"name":\s*"marketplace-ml-preflight"/

/**
 * A file the run writes at the end (report-file, sarif-file), checked before any phase: not a
 * directory or device, in a directory that exists or can be created and is writable, and either new,
 * empty or an earlier report of this tool, so a typo never overwrites something else.
 */
function outputFile(input: string, file: string): string {
  if (file.includes('\0')) {
    throw new InputError(
      input,
      `is ${shown(file)}, which contains a NUL character; give a file path`
    )
  }
  const st = lstatOrUndefined(file)
  if (st?.isDirectory()) {
    throw new InputError(
      input,
      `is ${shown(file)}, a directory; give a file path such as preflight/report.json`
    )
  }
  if (st && !st.isFile()) {
    throw new InputError(
      input,
      `is ${shown(file)}, which exists and is not a regular file; give the path of a new file`
    )
  }
  if (st && st.size > 0 && !OWN_FILE.test(fileStart(file))) {
    throw new InputError(
      input,
      `is ${shown(file)}, an existing file that is not a report of this tool; delete it or pick another path (only an earlier preflight report is overwritten)`
    )
  }
  // the nearest folder that exists must be a folder we may write in (the rest is created)
  let dir = path.dirname(file)
  while (!existsSync(dir)) dir = path.dirname(dir)
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory')
    accessSync(dir, constants.W_OK | constants.X_OK)
  } catch {
    throw new InputError(
      input,
      `is ${shown(file)}, but ${dir} is not a directory this run can write to; pick a path under the workspace or $RUNNER_TEMP`
    )
  }
  return file
}

function lstatOrUndefined(file: string): import('node:fs').Stats | undefined {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}

/** The first 4 KiB of a file (the tool name is near the top), however large it is; '' if unreadable. */
function fileStart(file: string): string {
  let fd: number | undefined
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
    const buffer = Buffer.alloc(4096)
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8')
  } catch {
    return ''
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
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
      `is ${shown(v)}, which contains a line break or control character; it is sent as the ${header} header of each invocation, so give one media type such as text/csv`
    )
  }
  return v
}

export function readInputs(get: InputLookup, env: NodeJS.ProcessEnv = process.env): Inputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const roots: Roots = { workspace, runnerTemp: env.RUNNER_TEMP || undefined }
  const value = (name: string): string => optional(get, name) ?? DEFAULTS[name] ?? ''

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
    const abs = resolvePath(workspace, modelDataRaw)
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

  const instanceType = optional(get, 'instance-type')
  if (instanceType !== undefined && !findInstanceType(instanceType)) {
    throw new InputError(
      'instance-type',
      `is "${instanceType}", which is not a SageMaker instance type this preflight knows; did you mean ${closeInstanceTypes(instanceType).join(', ')}?`
    )
  }

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

  const reportFile = outputFile(
    'report-file',
    resolvePath(
      workspace,
      optional(get, 'report-file') ??
        path.join(env.RUNNER_TEMP || tmpdir(), 'marketplace-preflight.json')
    )
  )
  const sarif = optional(get, 'sarif-file')
  const sarifFile =
    sarif === undefined ? undefined : outputFile('sarif-file', resolvePath(workspace, sarif))
  if (sarifFile === reportFile) {
    throw new InputError(
      'sarif-file',
      `is ${reportFile}, the same file as \`report-file\`; give each its own path`
    )
  }

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
      ? { modelPackageRequest: loadRequest('model-package', roots, modelPackageRequest) }
      : {}),
    ...(algorithmRequest
      ? { algorithmRequest: loadRequest('algorithm', roots, algorithmRequest) }
      : {}),
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
    localImage,
    modelData,
    ...(instanceType ? { instanceType: findInstanceType(instanceType)?.name } : {}),
    payloads: get('payload')
      .split('\n')
      .map(s => s.trim())
      .filter(Boolean),
    contentType: headerInput(get, 'content-type', 'Content-Type'),
    accept: headerInput(get, 'accept', 'Accept'),
    startupTimeoutSec: parseSeconds('startup-timeout', value('startup-timeout'), 3600),
    invocationTimeoutSec: parseSeconds('invocation-timeout', value('invocation-timeout'), 3600),
    batch: parseBoolean('batch', value('batch')),
    trainingData: parseTrainingData(roots, get('training-data')),
    hyperparameters: parseHyperparameters(roots, value('hyperparameters')),
    trainingTimeoutSec: parseSeconds('training-timeout', value('training-timeout'), 5 * 24 * 3600),
    trainingVolumeGB: parseVolumeGB('training-volume-size', value('training-volume-size')),
    dockerRunArgs: parseDockerRunArgs(get('docker-run-args')),
    failOn,
    ignore,
    reportFile,
    sarifFile,
    summary: parseBoolean('summary', value('summary')),
    comment: parseBoolean('comment', value('comment')),
    githubToken: optional(get, 'github-token'),
    workspace,
    runnerTemp: roots.runnerTemp
  }
}
