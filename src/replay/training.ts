// The training job of an algorithm's validation profile, replayed with the training smoke test's
// machinery (src/smoke/training.ts): the profile's channels (from `validation-data`, copied into
// one folder per channel, as File mode delivers them), its HyperParameters and its
// MaxRuntimeInSeconds. The model it writes feeds the transform replay.

import type { TrainingJobDefinition } from '@aws-sdk/client-sagemaker'
import { copyFile, cp, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext, RunFacts, ValidationFact } from '../core/context.js'
import { Findings } from '../core/findings.js'
import { isInputMode, MAX_TRAINING_HOSTS, type TrainingChannel } from '../inputs/training.js'
import { metricRegex, spotRun } from '../request/rules.js'
import { train } from '../smoke/training.js'
import type { TrainingVolume } from '../smoke/training-volume.js'
import type { ModeChoice } from '../smoke/input-modes.js'
import type { Locate } from './download.js'

export interface TrainingReplay {
  /** The trained model, when training passed. */
  modelDir?: string
  fact: ValidationFact
  /** Why it failed, for validation-replay. */
  failure?: string
}

/** The channel folders, as File mode fills them, or why a channel has no data. */
export async function channelFolders(
  job: TrainingJobDefinition,
  locate: Locate,
  into: string
): Promise<{ channels: TrainingChannel[]; bytes: number } | { unavailable: string }> {
  const channels: TrainingChannel[] = []
  let bytes = 0
  for (const ch of job.InputDataConfig ?? []) {
    const uri = ch.DataSource?.S3DataSource?.S3Uri ?? ''
    const objects = await locate(uri)
    if ('unavailable' in objects) return objects
    const name = ch.ChannelName ?? 'training'
    const dir = path.join(into, name)
    const mode = isInputMode(ch.InputMode) ? { mode: ch.InputMode } : {}
    await mkdir(dir, { recursive: true, mode: 0o755 })
    for (const o of objects) {
      const rel = o.key === uri ? path.posix.basename(o.key) : o.key.slice(uri.length)
      const file = path.join(dir, rel.replace(/^\/+/, ''))
      await mkdir(path.dirname(file), { recursive: true, mode: 0o755 })
      await copyFile(o.file, file)
      bytes += o.bytes
    }
    const source = ch.DataSource?.S3DataSource
    const distribution = source?.S3DataDistributionType
    channels.push({
      channel: name,
      path: dir,
      ...mode,
      ...(ch.RecordWrapperType === 'RecordIO' ? { recordIO: true } : {}),
      ...(distribution === 'ShardedByS3Key' || distribution === 'FullyReplicated'
        ? { distribution }
        : {}),
      ...(source?.S3DataType ? { dataType: source.S3DataType } : {})
    })
  }
  return { channels, bytes }
}

export async function replayTraining(
  ctx: RunContext,
  setup: {
    profile: string
    job: TrainingJobDefinition
    metrics: { Name?: string; Regex?: string }[]
    distributed: boolean
    image: string
    channels: TrainingChannel[]
    inputBytes: number
    tmp: string
    outDir: string
    labels: string[]
    stopGraceMs: number
    user?: string
  }
): Promise<TrainingReplay> {
  const started = performance.now()
  // the training smoke test, run with the profile's channels, hyperparameters and time limit; its
  // verdicts become this profile's
  const inputs = {
    ...ctx.inputs,
    trainingData: setup.channels,
    hyperparameters: Object.fromEntries(
      Object.entries(setup.job.HyperParameters ?? {}).map(([k, v]) => [k, String(v)])
    ),
    trainingTimeoutSec: setup.job.StoppingCondition?.MaxRuntimeInSeconds ?? 86400,
    trainingInstanceCount: profileHosts(setup.job, setup.distributed),
    checkpointResume: false
  }
  const facts: RunFacts = { resources: [] }
  const sub = { ...ctx, inputs, findings: new Findings(), facts }
  const trained = await train(sub, {
    image: setup.image,
    tmp: setup.tmp,
    labels: setup.labels,
    stopGraceMs: setup.stopGraceMs,
    volume: profileVolume(setup.job, ctx.inputs.trainingVolumeGB),
    mode: profileMode(setup.job),
    ...(setup.user ? { user: setup.user } : {})
  })
  const failure = sub.findings
    .allFindings()
    .map(f => f.message)
    .join('\n')
  const modelOut = path.join(setup.outDir, 'model')
  if (trained) await cp(trained, modelOut, { recursive: true })
  metricMatches(ctx, setup.profile, setup.metrics, facts.training?.logExcerpt ?? '')
  const seconds = facts.training?.durationSeconds
  if (trained && seconds !== undefined) ctx.findings.apply('spot-training', spotRun(seconds))
  return {
    ...(trained ? { modelDir: trained } : {}),
    ...(trained ? {} : { failure: failure || 'training produced no model' }),
    fact: {
      profile: setup.profile,
      kind: 'training',
      status: trained ? 'pass' : 'fail',
      requests: 0,
      records: 0,
      inputBytes: setup.inputBytes,
      outputBytes: facts.training?.modelBytes ?? 0,
      durationMs: Math.round(performance.now() - started),
      outputDir: modelOut,
      outputs: []
    }
  }
}

/** The profile's TrainingInputMode (File when it names none, as CreateTrainingJob defaults). */
function profileMode(job: TrainingJobDefinition): ModeChoice {
  const mode = job.TrainingInputMode
  return isInputMode(mode)
    ? { mode, from: "the validation profile's TrainingInputMode" }
    : { mode: 'File', from: 'the validation profile sets no TrainingInputMode' }
}

/**
 * Hosts the profile trains on: its InstanceCount when the algorithm declares
 * SupportsDistributedTraining, otherwise one (request-schema judges the count's range).
 */
export function profileHosts(job: TrainingJobDefinition, distributed: boolean): number {
  const count: unknown = job.ResourceConfig?.InstanceCount
  if (!distributed || typeof count !== 'number' || !Number.isInteger(count)) return 1
  return Math.min(Math.max(count, 1), MAX_TRAINING_HOSTS)
}

/** The profile's ML storage volume; `training-volume-size` when it names none (request-schema
 * reports that). */
export function profileVolume(job: TrainingJobDefinition, inputGB: number): TrainingVolume {
  const size: unknown = job.ResourceConfig?.VolumeSizeInGB
  return typeof size === 'number' && size > 0
    ? { gb: size, from: "the profile's ResourceConfig.VolumeSizeInGB" }
    : {
        gb: inputGB,
        from: '`training-volume-size`: the profile sets no ResourceConfig.VolumeSizeInGB'
      }
}

/** metric-definitions' second half: a regex that matches nothing in the replayed training log. */
function metricMatches(
  ctx: RunContext,
  profile: string,
  metrics: { Name?: string; Regex?: string }[],
  log: string
): void {
  for (const m of metrics) {
    const re = metricRegex(m.Regex ?? '')
    if (typeof re === 'string' || re.test(log)) continue
    ctx.findings.add('metric-definitions', {
      severity: 'warning',
      message: `The metric "${m.Name}" (regex "${m.Regex}") matched nothing in the log of the replayed training of validation profile "${profile}": SageMaker would record no value for it.`,
      help: 'Print the metric in the form the regex expects, or fix the regex against a line your training prints.'
    })
  }
}
