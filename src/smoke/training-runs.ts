// The training smoke test's runs. Its channels are the ones SageMaker would hand `train`:
// `training-data`, and for every channel the algorithm request's validation profile names that
// `training-data` does not give, the local copy `validation-data` maps for it (the copy the replay
// trains on). A named channel with no local copy is never replaced by an empty one: training is
// left to the replay, and train-exit says so. Then one run per input mode (input-modes.ts), and
// spot-training and checkpoint-resume after the first.

import type { TrainingJobDefinition } from '@aws-sdk/client-sagemaker'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../core/context.js'
import type { TrainingChannel } from '../inputs/training.js'
import { channelFolders } from '../replay/training.js'
import { resolveObjects } from '../replay/validation-data.js'
import { createRequest } from '../request/rules.js'
import { afterTraining } from './checkpoints.js'
import { modeRuns } from './input-modes.js'
import { train, type TrainSetup } from './training.js'

/** The channels to train with and where each came from, or why training is left to the replay. */
export type ChannelSource = { channels: TrainingChannel[]; shown: string[] } | { missing: string }

/** The first validation profile of the algorithm request that trains, with its name. */
function trainingProfile(
  ctx: Pick<RunContext, 'inputs'>
): { name: string; job: TrainingJobDefinition } | undefined {
  const file = ctx.inputs.algorithmRequest
  if (!file) return undefined
  const profile = createRequest(file.kind, file.request).profiles.find(p => p.training)
  return profile?.training ? { name: profile.name, job: profile.training } : undefined
}

/**
 * `training-data`, completed with the local copies of the channels the request's validation
 * profile names (copied under `into`, one folder per channel, as File mode fills them).
 */
export async function smokeChannels(
  ctx: Pick<RunContext, 'inputs'>,
  into: string
): Promise<ChannelSource> {
  const { trainingData, validationData, workspace } = ctx.inputs
  const shownPath = (p: string): string => path.relative(workspace, p) || p
  const shown = trainingData.map(c => `${c.channel}: ${shownPath(c.path)} (\`training-data\`)`)
  const profile = trainingProfile(ctx)
  const named = (profile?.job.InputDataConfig ?? []).filter(
    ch => !trainingData.some(c => c.channel === ch.ChannelName)
  )
  if (!profile || !named.length) return { channels: trainingData, shown }
  const job = { ...profile.job, InputDataConfig: named }
  const folders = await channelFolders(
    job,
    async uri => {
      const local = resolveObjects(uri, validationData)
      return local?.length ? local : { unavailable: `${uri}, which has no local copy` }
    },
    into
  )
  if ('unavailable' in folders) {
    return {
      missing: `the algorithm request's validation profile "${profile.name}" names the training channel ${folders.unavailable}, and the smoke test never trains on an empty channel the request names: map it in \`validation-data\` (S3URI=./local/copy) or give it in \`training-data\`; the validation replay trains with it when it can find it`
    }
  }
  // the profile's own modes and S3DataType are the replay's: the smoke test runs every mode
  const mapped = folders.channels.map(c => ({
    channel: c.channel,
    path: c.path,
    ...(c.recordIO ? { recordIO: true } : {}),
    ...(c.distribution ? { distribution: c.distribution } : {})
  }))
  const uris = named.map(ch => ch.DataSource?.S3DataSource?.S3Uri ?? '')
  return {
    channels: [...trainingData, ...mapped],
    shown: [
      ...shown,
      ...mapped.map((c, i) => `${c.channel}: the local copy of ${uris[i]} (\`validation-data\`)`)
    ]
  }
}

/**
 * Trains once per input mode on the channels SageMaker would give; returns the first model trained
 * (File's, when the request declares File), or undefined when none was.
 */
export async function runTraining(
  ctx: RunContext,
  base: Omit<TrainSetup, 'tmp' | 'mode'>,
  tmp: string
): Promise<string | undefined> {
  const source = await smokeChannels(ctx, path.join(tmp, 'channels'))
  if ('missing' in source) {
    ctx.log.info(`Not training in the smoke test: ${source.missing}`)
    ctx.findings.skipAll(
      ['train-exit', 'train-model-output', 'training-volume', 'checkpoint-resume'],
      source.missing
    )
    return undefined
  }
  if (source.shown.length) ctx.log.info(`Training channels: ${source.shown.join('; ')}`)
  const inputs = { ...ctx.inputs, trainingData: source.channels }
  let trained: string | undefined
  for (const [i, run] of modeRuns(inputs).entries()) {
    const runTmp = path.join(tmp, run.mode)
    await mkdir(runTmp, { mode: 0o755 })
    const runCtx = { ...ctx, inputs: { ...inputs, trainingData: run.channels } }
    const setup: TrainSetup = { ...base, tmp: runTmp, mode: run }
    const model = await train(runCtx, setup)
    if (ctx.facts.training) ctx.facts.training.channels = source.shown
    if (i === 0) await afterTraining(runCtx, setup, model)
    trained ??= model
  }
  return trained
}
