// The training inputs: `training-data` channels mounted into /opt/ml/input/data, and the
// `hyperparameters` SageMaker writes to /opt/ml/input/config/hyperparameters.json.

import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseJsonInput } from './json-input.js'
import { confine, MAX_FILE_BYTES, readInputFile, type Roots } from './paths.js'
import { InputError, shown } from './error.js'

export interface TrainingChannel {
  channel: string
  path: string
  /** The channel's own InputMode, over the run's (a validation profile may set one per channel). */
  mode?: InputMode
  /** Pipe mode wraps each object in a RecordIO record (the channel's RecordWrapperType). */
  recordIO?: boolean
  /** S3DataDistributionType: every host gets all objects, or its round-robin share of them. */
  distribution?: 'FullyReplicated' | 'ShardedByS3Key'
  /** S3DataType: FastFile streams an S3Prefix only (SageMaker refuses it for a manifest). */
  dataType?: string
}

/** TrainingInputMode: how SageMaker hands `train` its channels. */
export const INPUT_MODES = ['File', 'Pipe', 'FastFile'] as const
export type InputMode = (typeof INPUT_MODES)[number]

export function isInputMode(value: unknown): value is InputMode {
  return INPUT_MODES.includes(value as InputMode)
}

/** `training-input-mode`: File, Pipe or FastFile, as the API spells them (any case accepted). */
export function parseInputMode(value: string): InputMode {
  const mode = INPUT_MODES.find(m => m.toLowerCase() === value.trim().toLowerCase())
  if (mode) return mode
  throw new InputError('training-input-mode', `is ${shown(value)}; expected File, Pipe or FastFile`)
}

/**
 * Why SageMaker refuses a FastFile channel whose S3DataType is not S3Prefix: FastFile mounts an S3
 * prefix (SageMaker developer guide, "Access training data"; no manifest, no augmented manifest).
 */
export function fastFileRefusal(channel: string, dataType: string): string {
  return `The channel "${channel}" is read in FastFile input mode with S3DataType ${dataType}, but SageMaker's FastFile mode streams an S3 prefix only (S3DataType S3Prefix, no manifest or augmented manifest), so the training job fails to start.`
}

const FAST_FILE_HELP =
  'Give the channel as S3DataType S3Prefix with S3Uri the prefix that holds its objects, or read it in File or Pipe mode (InputMode, SupportedInputModes).'

/** train-exit before anything runs: the channels in FastFile mode that are not an S3 prefix. */
export function fastFileRefusals(
  channels: TrainingChannel[],
  run: InputMode
): { message: string; help: string } | undefined {
  const refused = channels.filter(
    c => (c.mode ?? run) === 'FastFile' && c.dataType && c.dataType !== 'S3Prefix'
  )
  if (!refused.length) return undefined
  const message = refused.map(c => fastFileRefusal(c.channel, c.dataType ?? '')).join('\n')
  return { message, help: FAST_FILE_HELP }
}

/** Containers one runner can hold at once: each host is a full training container. */
export const MAX_TRAINING_HOSTS = 8

// CreateTrainingJob Channel.ChannelName
const CHANNEL_NAME = /^[A-Za-z0-9.\-_]{1,64}$/
const MAX_CHANNELS = 8 // an algorithm's TrainingChannels
const HYPERPARAMETER_LIMITS = { count: 100, key: 256, value: 2500 }
export function resolvePath(workspace: string, p: string): string {
  return path.resolve(workspace, p)
}

export function parseTrainingData(roots: Roots, value: string): TrainingChannel[] {
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
export function parseHyperparameters(roots: Roots, value: string): Record<string, string> {
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
