// Validation-replay phase: each validation profile of the request files, run on the runner the way
// SageMaker's validation runs it, offline, with `validation-data` standing in for the S3 objects.

import type { TrainingJobDefinition, TransformJobDefinition } from '@aws-sdk/client-sagemaker'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext, ValidationFact } from '../core/context.js'
import { engineAvailable } from '../docker/command.js'
import { runnerFacts } from '../smoke/instance-resources.js'
import { labelArgs } from '../docker/labels.js'
import { resourceTargets } from '../aws/resources.js'
import { awsChecksEnabled } from '../aws/credentials.js'
import { parseImageUri, pinnedTo } from '../image/ref.js'
import { requestFiles } from '../request/index.js'
import { KIND_NAME, type ResourceKind } from '../aws/resource-rules.js'
import { createRequest, type ValidationProfileRequest } from '../request/rules.js'
import { acquireImage } from '../smoke/images.js'
import { modelFolder } from '../smoke/model-archive.js'
import { modelDataUrl } from '../smoke/model-source.js'
import { makeTempDir, removeDir } from '../smoke/workdir.js'
import type { StaticResult } from '../core/phase.js'
import { formatBytes } from '../core/text.js'
import { SERVE_STOP_GRACE_MS } from '../catalog/sagemaker-limits.js'
import { channelFolders, replayTraining } from './training.js'
import { replayTransform } from './transform.js'
import { replaySeconds } from './budget.js'
import { locator, type Locate } from './download.js'
import { inputObjects, MANIFEST_HELP } from './manifest.js'

const RULE = 'validation-replay'

export interface ReplayOptions {
  stopGraceMs?: number
  probe?: 'auto' | 'exec'
  /** Adds a described resource's replay to the run's overall time limit (see src/replay/budget.ts). */
  extendDeadline?: (seconds: number) => void
}

/** Where validation profiles come from: a request file, or a resource SageMaker describes. */
interface ReplaySource {
  kind: ResourceKind
  input: string
  /** How messages name it: the file name, or the ARN. */
  label: string
  /** The request, or the Describe output: the same InferenceSpecification, TrainingSpecification
   * and ValidationSpecification shapes. */
  raw: Record<string, unknown>
  /** The images SageMaker would run, unless `local-image` / `local-training-image` stand in. */
  image?: string
  trainingImage?: string
}

export async function runValidationReplay(
  ctx: RunContext,
  refs: StaticResult,
  options: ReplayOptions = {}
): Promise<void> {
  const { inputs, findings } = ctx
  if (inputs.smokeTest === 'false') return findings.skip(RULE, '`smoke-test` is false')
  const engine = await engineAvailable(ctx.env)
  if (!engine.ok) {
    return findings.skip(
      RULE,
      `no Docker engine answered, so nothing was replayed: ${engine.reason}`
    )
  }
  ctx.facts.runner ??= runnerFacts()
  let outRoot: Promise<string> | undefined
  const downloads = await makeTempDir(ctx.env, 'download')
  const locate = locator(ctx, refs.region ?? inputs.region, downloads)
  try {
    const sources = [...requestSources(ctx, refs), ...(await resourceSources(ctx, options))]
    for (const source of sources) {
      await replaySource(
        ctx,
        source,
        options,
        locate,
        () => (outRoot ??= makeTempDir(ctx.env, 'validation'))
      )
    }
  } finally {
    await removeDir(downloads)
    const { releaseClients } = await import('../aws/clients.js')
    await releaseClients(ctx)
  }
}

function requestSources(ctx: RunContext, refs: StaticResult): ReplaySource[] {
  return requestFiles(ctx).map(file => ({
    kind: file.kind,
    input: file.input,
    label: path.basename(file.file),
    raw: file.request,
    // the request's images, unless `image` / `training-image` named others (src/request/index.ts)
    image: refs.image?.uri,
    trainingImage: refs.trainingImage?.uri
  }))
}

/**
 * The model package and algorithm named by ARN, as the AWS phase described them (cached, so no
 * second call); without AWS credentials there is nothing to replay, and the replay says why.
 */
async function resourceSources(ctx: RunContext, options: ReplayOptions): Promise<ReplaySource[]> {
  const targets = resourceTargets(ctx)
  if (targets.length === 0) return []
  const aws = await awsChecksEnabled(ctx.inputs.awsChecks)
  if (!aws.run) {
    for (const { kind, arn } of targets) {
      ctx.findings.skip(
        RULE,
        `the ${KIND_NAME[kind]} ${arn} was not described, so its validation profiles were not replayed: ${aws.reason}`
      )
    }
    return []
  }
  const { describedResource } = await import('../aws/sagemaker.js')
  const sources: ReplaySource[] = []
  for (const { input, kind, arn } of targets) {
    let described
    try {
      described = await describedResource(ctx, kind, arn)
    } catch (err) {
      if (ctx.signal.aborted) throw err
      ctx.findings.skip(
        RULE,
        `the ${KIND_NAME[kind]} ${arn} could not be described (see resource-status), so its validation profiles were not replayed`
      )
      continue
    }
    const raw = described.output as unknown as Record<string, unknown>
    options.extendDeadline?.(replaySeconds(raw, ctx.inputs.startupTimeoutSec))
    const image = (where: string): string | undefined => {
      const c = described.view.containers.find(c => c.where === where)
      const parsed = c && parseImageUri(c.image)
      if (!c || !parsed?.ok) return undefined
      // run what SageMaker resolved at creation, not what the tag points to now
      return pinnedTo(parsed.ref, c.imageDigest).uri
    }
    sources.push({
      kind,
      input,
      label: arn,
      raw,
      image: image('inference container 1'),
      trainingImage: image('training image')
    })
  }
  return sources
}

async function replaySource(
  ctx: RunContext,
  source: ReplaySource,
  options: ReplayOptions,
  locate: Locate,
  outRoot: () => Promise<string>
): Promise<void> {
  const req = createRequest(source.kind, source.raw)
  if (req.profiles.length === 0) {
    ctx.findings.skip(RULE, `${source.label} has no validation profile (see validation-spec)`)
    return
  }
  for (const profile of req.profiles) {
    const root = await outRoot()
    const fact = await replayProfile(ctx, source, options, locate, {
      input: source.input,
      profile,
      modelDataUrl: modelDataUrl(req.raw),
      metrics: req.training?.MetricDefinitions ?? [],
      distributed: req.training?.SupportsDistributedTraining === true,
      outDir: freshDir(root, safeName(profile.name))
    })
    if (fact) (ctx.facts.validation ??= []).push(fact)
  }
}

interface ProfileTarget {
  input: string
  profile: ValidationProfileRequest
  modelDataUrl?: string
  /** The algorithm's MetricDefinitions, matched against the replayed training log. */
  metrics: { Name?: string; Regex?: string }[]
  /** SupportsDistributedTraining: the profile's InstanceCount hosts train, not one. */
  distributed: boolean
  outDir: string
}

async function replayProfile(
  ctx: RunContext,
  origin: ReplaySource,
  options: ReplayOptions,
  locate: Locate,
  target: ProfileTarget
): Promise<ValidationFact | undefined> {
  const { findings, inputs } = ctx
  const { profile } = target
  const name = `validation profile "${profile.name}"`
  const skip = (reason: string): undefined => void findings.skip(RULE, `${name}: ${reason}`)
  const job = profile.transform as TransformJobDefinition | undefined
  if (!job) return skip('it has no TransformJobDefinition (see validation-spec)')
  const split = job.TransformInput?.SplitType ?? 'None'
  if (split === 'TFRecord') return skip('SplitType TFRecord is not replayed')
  const source = job.TransformInput?.DataSource?.S3DataSource
  if (!source?.S3Uri) return skip('it names no S3 input (see request-schema)')
  if (source.S3DataType !== 'S3Prefix' && source.S3DataType !== 'ManifestFile') {
    return skip(`S3DataType ${source.S3DataType} is not replayed (only S3Prefix and ManifestFile)`)
  }
  const input = await inputObjects(locate, source.S3DataType, source.S3Uri)
  if ('unavailable' in input) return skip(`its input ${input.unavailable}`)
  if ('problem' in input) {
    findings.add(RULE, {
      message: `The ${name} reads its input from a manifest (S3DataType ManifestFile), but ${input.problem}: SageMaker fails the transform job on it.`,
      help: MANIFEST_HELP,
      file: target.input
    })
    return undefined
  }
  const { objects, inputUri } = input
  if (objects.length === 0) {
    findings.add(RULE, {
      message: `The ${name} reads ${source.S3Uri}, but the \`validation-data\` mapping for it holds no files under that prefix.`,
      help: 'Map the prefix to a folder that holds the validation input, as the S3 prefix will.',
      file: 'validation-data'
    })
    return undefined
  }
  const image = inputs.localImage ?? origin.image
  if (!image) return skip('no inference image: pass `local-image`')
  const trainingImage = inputs.localTrainingImage ?? origin.trainingImage
  if (profile.training && !trainingImage) {
    return skip('no training image: pass `local-training-image`')
  }

  const tmp = await makeTempDir(ctx.env, 'replay')
  const started = performance.now()
  try {
    const labels = labelArgs(ctx.env)
    const stopGraceMs = options.stopGraceMs ?? SERVE_STOP_GRACE_MS
    let modelDir: string | undefined
    if (profile.training && trainingImage) {
      const trained = await trainFirst(ctx, target, locate, {
        image: trainingImage,
        tmp,
        labels,
        stopGraceMs
      })
      if (typeof trained !== 'string') return trained.skip ? skip(trained.skip) : undefined
      modelDir = trained
    } else {
      const local = await localModel(ctx, target, locate, tmp)
      if (local === undefined) return undefined
      if ('skip' in local) return skip(local.skip)
      modelDir = local.dir
    }
    const got = await acquireImage(
      ctx,
      image,
      inputs.localImage ? { input: 'local-image' } : undefined
    )
    if (!got.ok) {
      findings.add(RULE, { message: `The ${name} could not run: ${got.message}`, help: got.help })
      return undefined
    }
    await mkdir(target.outDir, { recursive: true })
    ctx.log.info(
      `Replaying the ${name}: ${objects.length} object(s), ${formatBytes(objects.reduce((s, o) => s + o.bytes, 0))}, on ${image}`
    )
    const result = await replayTransform(ctx, {
      profile: profile.name,
      job,
      image,
      modelDir,
      inputUri,
      objects,
      outDir: target.outDir,
      tmp,
      labels,
      stopGraceMs,
      probe: options.probe ?? 'auto'
    })
    const durationMs = Math.round(performance.now() - started)
    if (result.failure) {
      findings.add(RULE, { ...result.failure, file: target.input })
    } else {
      findings.pass(
        RULE,
        `${name}: ${result.records} record(s), ${formatBytes(result.inputBytes)} in ${result.requests} request(s), ${formatBytes(result.outputBytes)} out, in ${(durationMs / 1000).toFixed(1)} s; outputs in ${target.outDir}`
      )
    }
    return {
      profile: profile.name,
      kind: 'transform',
      status: result.ok ? 'pass' : 'fail',
      requests: result.requests,
      records: result.records,
      inputBytes: result.inputBytes,
      outputBytes: result.outputBytes,
      ...(result.outputRecords !== undefined ? { outputRecords: result.outputRecords } : {}),
      durationMs,
      outputDir: target.outDir,
      outputs: result.outputs
    }
  } finally {
    await removeDir(tmp)
  }
}

/**
 * An algorithm's profile trains first: the trained model's folder, a reason to skip, or nothing
 * when training failed (recorded on validation-replay).
 */
async function trainFirst(
  ctx: RunContext,
  target: ProfileTarget,
  locate: Locate,
  run: { image: string; tmp: string; labels: string[]; stopGraceMs: number }
): Promise<string | { skip?: string }> {
  const job = target.profile.training as TrainingJobDefinition
  const name = `validation profile "${target.profile.name}"`
  const folders = await channelFolders(job, locate, path.join(run.tmp, 'channels'))
  if ('unavailable' in folders) return { skip: `its training channel ${folders.unavailable}` }
  const local = ctx.inputs.localTrainingImage ? { input: 'local-training-image' } : undefined
  const got = await acquireImage(ctx, run.image, local)
  if (!got.ok) {
    ctx.findings.add(RULE, {
      message: `The ${name} could not train: ${got.message}`,
      help: got.help
    })
    return {}
  }
  ctx.log.info(`Replaying the training job of the ${name} on ${run.image}`)
  await mkdir(target.outDir, { recursive: true })
  const trained = await replayTraining(ctx, {
    profile: target.profile.name,
    job,
    metrics: target.metrics,
    distributed: target.distributed,
    image: run.image,
    channels: folders.channels,
    inputBytes: folders.bytes,
    tmp: run.tmp,
    outDir: target.outDir,
    labels: run.labels,
    stopGraceMs: run.stopGraceMs,
    ...(got.config?.user ? { user: got.config.user } : {})
  })
  ;(ctx.facts.validation ??= []).push(trained.fact)
  if (trained.modelDir) return trained.modelDir
  ctx.findings.add(RULE, {
    message: `The training job of the ${name} failed, so its transform job was not run: ${trained.failure}`,
    help: 'SageMaker validates an algorithm by training it with this profile, then running a batch transform on the model; fix the training failure shown (see train-exit for the contract).',
    file: target.input
  })
  return {}
}

/**
 * /opt/ml/model for the replay: `model-data`, or the local copy of the request's ModelDataUrl,
 * unpacked as the smoke test unpacks `model-data` (no folder when there is neither); a reason to
 * skip, or nothing when the archive could not be unpacked (recorded on validation-replay).
 */
async function localModel(
  ctx: RunContext,
  target: ProfileTarget,
  locate: Locate,
  tmp: string
): Promise<{ dir?: string } | { skip: string } | undefined> {
  let local = ctx.inputs.modelData
  let what = '`model-data`'
  const url = target.modelDataUrl
  if (url && !local) {
    const found = await locate(url)
    if ('unavailable' in found)
      return { skip: `its model data ${found.unavailable}, or pass \`model-data\`` }
    local = (found.find(o => o.key === url) ?? found[0])?.file
    what = `the local copy of ${url}`
  }
  const dir = await modelFolder(ctx, local, tmp)
  if (dir === undefined || typeof dir === 'string') return { dir }
  ctx.findings.add(RULE, {
    message: `The model data of validation profile "${target.profile.name}" (${what}) ${dir.failed}, so the profile was not replayed.`,
    help: 'SageMaker unpacks the model data, a gzip-compressed tar (tar -czf model.tar.gz -C model .), into /opt/ml/model: map or pass that archive, and check the runner has room to unpack it.',
    file: target.input
  })
  return undefined
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_') || 'profile'
}

/** `root/name`, or `root/name-2`…: a request file and an ARN may both have a profile of that name. */
function freshDir(root: string, name: string): string {
  let dir = path.join(root, name)
  for (let n = 2; existsSync(dir); n++) dir = path.join(root, `${name}-${n}`)
  return dir
}
