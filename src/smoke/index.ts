// Smoke-test phase: run the real container offline, as SageMaker would (serve, then batch
// transform), and report what the seller would otherwise learn hours later from validation.

import type { RunContext, SmokeTestFacts } from '../core/context.js'
import type { ContainerLimits } from '../docker/container.js'
import { engineAvailable } from '../docker/command.js'
import { EngineApi } from '../docker/engine-api.js'
import { inspectLocalImage } from '../docker/image-files.js'
import { labelArgs } from '../docker/labels.js'
import { smallestDeclaredType } from '../image/checks.js'
import { InputError } from '../inputs/error.js'
import type { Phase } from '../catalog/rules.js'
import { SERVE_STOP_GRACE_MS, TRAIN_STOP_GRACE_MS } from '../catalog/sagemaker-limits.js'
import type { StaticResult } from '../core/phase.js'
import { acquireImage, checkImageContents, type Acquired } from './images.js'
import { checkModelArchive, modelFolder } from './model-archive.js'
import { modelSource, type ModelSource } from './model-source.js'
import { mib, payloadSizeFindings } from './payloads.js'
import {
  largerThanRunner,
  limitsFor,
  mergeResourceFacts,
  runnerFacts,
  serverlessLimits
} from './instance-resources.js'
import { UnreachableError } from '../docker/serving.js'
import { serve } from './serve.js'
import type { ServeOutcome, ServeSetup } from './serve-run.js'
import { endpointContainers, portPlan } from './bind-to-port.js'
import { runTraining } from './training-runs.js'
import { makeTempDir, removeDir } from './workdir.js'

export interface SmokeOptions {
  /** SIGTERM grace before SIGKILL when serving; SageMaker's is 30 s (tests shorten it). */
  stopGraceMs?: number
  /** The same for training; SageMaker's is 120 s. */
  trainStopGraceMs?: number
  /** `exec` forces the docker exec probe (tests); `auto` tries nsenter first. */
  probe?: 'auto' | 'exec'
  /** How often to report progress while waiting on a container; 10 s (tests shorten it). */
  progressMs?: number
}

/** What the smoke phase's steps share once a Docker engine answered. */
interface SmokeRun {
  ctx: RunContext
  options: SmokeOptions
  /** The phases this run has: serve, and batch and training when asked. */
  phases: Phase[]
  /** The inference image to serve; none when nothing names one. */
  image: string | undefined
  trainingImage: string | undefined
  source: ModelSource
  /** `model-data` can be unpacked (or none is given). */
  modelUsable: boolean
  /** `local-image`'s inspection, started while the engine was asked. */
  localInspected: ReturnType<typeof inspectLocalImage> | undefined
  /** The connection the image's inspection and files are read over. */
  engine: EngineApi
  labels: string[]
  limits: ContainerLimits | undefined
  tmp: string
}

/** What training left to serve: its model folder, and the training image once acquired. */
interface Trained {
  model?: string
  acquired?: Acquired
}

export async function runSmokeTests(
  ctx: RunContext,
  refs: StaticResult,
  options: SmokeOptions = {}
): Promise<void> {
  const { inputs } = ctx
  const phases: Phase[] = ['serve']
  if (inputs.batch) phases.push('batch')
  if (inputs.trainingImage || inputs.localTrainingImage) phases.push('training')
  if (inputs.smokeTest === 'false') return skipPhases(ctx, phases, '`smoke-test` is false')
  payloadSizeVerdicts(ctx)
  const modelUsable = await checkModelArchive(ctx)
  const source = modelSource(ctx)
  // one connection to the engine for the image's inspection and then its files, opened now
  const engine = new EngineApi(ctx.env)
  try {
    // `local-image` is inspected first (the serve run needs its config): an answer shows the
    // engine is there, and only without one is the engine asked why
    const localInspected = inputs.localImage
      ? inspectLocalImage(ctx.env, inputs.localImage, ctx.signal, engine)
      : undefined
    localInspected?.catch(() => undefined) // awaited by acquireImage, or unused when a phase skips
    if (await engineAnswers(ctx, phases, localInspected)) {
      await smokeRun(ctx, refs, options, { phases, source, modelUsable, localInspected, engine })
    }
  } finally {
    engine.close()
  }
}

/** The runs, once an engine answered: training first when asked, then serving. */
async function smokeRun(
  ctx: RunContext,
  refs: StaticResult,
  options: SmokeOptions,
  known: Pick<SmokeRun, 'phases' | 'source' | 'modelUsable' | 'localInspected' | 'engine'>
): Promise<void> {
  const { inputs } = ctx
  const trainingImage = inputs.localTrainingImage ?? refs.trainingImage?.uri ?? inputs.trainingImage
  // `instance-type`, else the smallest type the request lists: the one a model must fit
  // (a serverless endpoint has no instance type: its memory setting is what a model must fit)
  const limits =
    inputs.endpointType === 'serverless'
      ? serverlessLimits(inputs.serverlessMemoryMb)
      : limitsFor(smallestDeclaredType(ctx)?.name)
  ctx.facts.runner = runnerFacts()
  const tooLarge =
    limits && largerThanRunner(limits, ctx.facts.runner.cpus, ctx.facts.runner.memoryBytes)
  if (tooLarge) ctx.findings.add('instance-resources', { severity: 'warning', message: tooLarge })
  const run: SmokeRun = {
    ...known,
    ctx,
    options,
    image: servingImage(ctx, refs, trainingImage),
    trainingImage,
    labels: labelArgs(ctx.env),
    limits,
    tmp: await makeTempDir(ctx.env, 'run')
  }
  try {
    const trained = await trainFirst(run)
    if (trained) await serveImage(run, trained)
  } finally {
    await removeDir(run.tmp)
  }
}

/** Skips the rules of `only` (every phase of the run by default) with the reason. */
function skipPhases(ctx: RunContext, phases: Phase[], reason: string, only = phases): void {
  for (const phase of only.filter(p => phases.includes(p))) ctx.findings.skipPhase(phase, reason)
}

/** payload-size on the payloads as given (the batch run judges them again against its limit). */
function payloadSizeVerdicts(ctx: RunContext): void {
  const { payloads, findings } = ctx
  const oversized = payloadSizeFindings(payloads, ctx.inputs.batch, ctx.inputs.endpointType)
  for (const finding of oversized) findings.add('payload-size', finding)
  if (payloads.length > 0 && oversized.length === 0) {
    findings.pass('payload-size', `largest payload ${mib(Math.max(...payloads.map(p => p.bytes)))}`)
  }
}

/** Whether a Docker engine answers; without one the phases skip, or `smoke-test: true` fails. */
async function engineAnswers(
  ctx: RunContext,
  phases: Phase[],
  inspected?: ReturnType<typeof inspectLocalImage>
): Promise<boolean> {
  if ((await inspected?.catch(() => undefined))?.ok) return true
  const engine = await engineAvailable(ctx.env)
  if (engine.ok) return true
  if (ctx.inputs.smokeTest === 'true') {
    throw new InputError(
      'smoke-test',
      `is true, but no Docker engine answered (${engine.reason}). Run on a runner with Docker (ubuntu-latest), or set smoke-test: auto to skip the container checks there.`
    )
  }
  ctx.facts.containerNotRun = 'no Docker engine answered'
  skipPhases(
    ctx,
    phases,
    `no Docker engine answered, so the container was not run: ${engine.reason}`
  )
  return false
}

/** The training runs when the run has them; undefined when nothing is left to serve (skipped). */
async function trainFirst(run: SmokeRun): Promise<Trained | undefined> {
  const { ctx, trainingImage, phases } = run
  const { inputs, findings } = ctx
  if (!phases.includes('training') || !trainingImage) return {}
  const trained: Trained = {}
  const local = inputs.localTrainingImage ? { input: 'local-training-image' } : undefined
  const got = await acquireImage(ctx, trainingImage, local)
  if (!got.ok && got.skip) {
    // nothing trained, so nothing to serve either unless `model-data` is given
    if (!inputs.modelData) {
      skipPhases(ctx, phases, got.message)
      return undefined
    }
    skipPhases(ctx, phases, got.message, ['training'])
  } else if (!got.ok) {
    findings.add('train-exit', { message: got.message, help: got.help })
    skipPhases(ctx, phases, 'the training image could not be used (see train-exit)', ['training'])
  } else {
    trained.acquired = got
    const input = local?.input ?? 'training-image'
    await checkImageContents(ctx, trainingImage, input, run.labels, got.config, run.engine)
    trained.model = await trainEveryMode(run, trainingImage, got)
  }
  if (!trained.model && !inputs.modelData) {
    skipPhases(
      ctx,
      phases,
      'training produced no model to serve (see train-exit, train-model-output); pass `model-data` to test serving on its own',
      ['serve', 'batch']
    )
    return undefined
  }
  return trained
}

/**
 * Every input mode the algorithm declares, on the channels SageMaker would give (training-runs.ts);
 * the first model trained (File's) is served.
 */
async function trainEveryMode(
  run: SmokeRun,
  trainingImage: string,
  got: Extract<Acquired, { ok: true }>
): Promise<string | undefined> {
  const { ctx, options, limits } = run
  const base = {
    image: trainingImage,
    labels: run.labels,
    ...(limits ? { limits } : {}),
    stopGraceMs: options.trainStopGraceMs ?? TRAIN_STOP_GRACE_MS,
    volume: { gb: ctx.inputs.trainingVolumeGB, from: '`training-volume-size`' },
    progressMs: options.progressMs,
    ...(got.config?.user ? { user: got.config.user } : {})
  }
  return runTraining(ctx, base, run.tmp)
}

/** The inference image served in real time, then in batch, unless something it needs is missing. */
async function serveImage(run: SmokeRun, trained: Trained): Promise<void> {
  const { ctx, image, phases } = run
  const { inputs } = ctx
  const skipServing = (reason: string): void => skipPhases(ctx, phases, reason, ['serve', 'batch'])
  if (!image) {
    return skipServing(
      'no inference image to run: pass `image`, `local-image` or a model package or algorithm ARN'
    )
  }
  if (!run.modelUsable) return skipServing('`model-data` cannot be unpacked (see model-archive)')
  if (!trained.model && 'missing' in run.source) return skipServing(run.source.missing)
  const got: Acquired =
    image === run.trainingImage && trained.acquired
      ? trained.acquired
      : await acquireImage(
          ctx,
          image,
          inputs.localImage ? { input: 'local-image', inspected: run.localInspected } : undefined
        )
  if (!got.ok && got.skip) return skipServing(got.message)
  if (!got.ok) {
    ctx.findings.add('serve-start', { message: got.message, help: got.help })
    return skipPhases(ctx, phases, 'the image could not be used (see serve-start)')
  }
  // read the image while it starts: the serve run does not need the answer
  const contents =
    image === run.trainingImage
      ? Promise.resolve()
      : checkImageContents(
          ctx,
          image,
          inputs.localImage ? 'local-image' : 'image',
          run.labels,
          got.config,
          run.engine
        )
  contents.catch(() => undefined) // awaited below; an abort must not go unhandled meanwhile
  const model = await modelDir(ctx, run.source, trained.model, run.tmp)
  if (model === 'failed') {
    return skipServing('the model data could not be unpacked (see model-archive)')
  }
  const setup: ServeSetup = {
    image,
    ...(model.dir ? { modelDir: model.dir } : {}),
    payloads: ctx.payloads,
    tmp: run.tmp,
    labels: run.labels,
    ...(got.config ? { volumes: got.config.volumes } : {}),
    ...(run.limits ? { limits: run.limits } : {}),
    stopGraceMs: run.options.stopGraceMs ?? SERVE_STOP_GRACE_MS,
    ...(inputs.ignore.includes('sigterm')
      ? { sigtermJudged: 'ignored by the `ignore` input' }
      : {}),
    probe: run.options.probe ?? 'auto',
    progressMs: run.options.progressMs,
    ...portPlan(got.config?.labels, endpointContainers(ctx))
  }
  await serveBothModes(run, setup, model.shown, contents)
}

/** The real-time run, then the batch-transform run when `batch` is on. */
async function serveBothModes(
  run: SmokeRun,
  setup: ServeSetup,
  modelShown: string,
  contents: Promise<void>
): Promise<void> {
  const { ctx, phases } = run
  const realtime = await serve(ctx, setup, 'realtime')
    .catch(err => unreachable(ctx, err))
    .finally(() => contents)
  if ('unreachable' in realtime) return skipPhases(ctx, phases, realtime.unreachable)
  const { started, ...facts } = realtime
  ctx.facts.smokeTest = {
    image: setup.image,
    modelData: modelShown,
    endpointType: ctx.inputs.endpointType,
    ...facts
  }
  if (ctx.payloads.length === 0) {
    skipPhases(
      ctx,
      phases,
      'no `payload` given: pass sample request files to test POST /invocations',
      ['serve']
    )
  }
  if (!started)
    return skipPhases(ctx, phases, 'the container did not start serving (see serve-start)')
  if (!ctx.inputs.batch) return
  const slow = realtime.invocations.filter(i => i.timedOut).map(i => i.payload)
  // SIGTERM is the image's, not the run's: judged once, so the batch run is not stopped slowly again
  const sigtermJudged =
    setup.sigtermJudged ??
    (realtime.stopSeconds !== undefined ? 'judged once per image, in the real-time run' : undefined)
  const batch = await serve(
    ctx,
    { ...setup, skipInBatch: new Set(slow), ...(sigtermJudged ? { sigtermJudged } : {}) },
    'batch'
  ).catch(err => unreachable(ctx, err))
  if ('unreachable' in batch) return skipPhases(ctx, phases, batch.unreachable, ['batch'])
  withBatchFacts(ctx.facts.smokeTest, batch)
  if (!batch.started) {
    skipPhases(
      ctx,
      phases,
      'the container did not start in the batch-transform run (see serve-start)'
    )
  }
}

/** A machine where the container cannot be reached skips the serve rules, like one without Docker. */
function unreachable(ctx: RunContext, err: unknown): { unreachable: string } {
  if (!(err instanceof UnreachableError)) throw err
  if (ctx.inputs.smokeTest === 'true') {
    throw new InputError('smoke-test', `is true, but ${err.message}.`)
  }
  return { unreachable: err.message }
}

/** The batch run's facts added to the real-time run's. */
function withBatchFacts(facts: SmokeTestFacts, batch: ServeOutcome): void {
  facts.invocations.push(...batch.invocations)
  if (batch.samples) (facts.samples ??= []).push(...batch.samples)
  if (batch.largeRequests) (facts.largeRequests ??= []).push(...batch.largeRequests)
  if (batch.pingUnderLoad) (facts.pingUnderLoad ??= []).push(...batch.pingUnderLoad)
  if (facts.resources && batch.resources) {
    facts.resources = mergeResourceFacts(facts.resources, batch.resources)
  }
  facts.executionParameters = batch.executionParameters
  // both runs' logs: a batch finding is explained by the batch run's lines
  facts.logExcerpt = `${facts.logExcerpt}\n--- batch transform run ---\n${batch.logExcerpt}`
}

/**
 * What to serve: `local-image`, `image`, the inference image of the model package or algorithm
 * named by ARN, or the training image when that is all there is (an algorithm serving its own model).
 */
export function servingImage(
  ctx: Pick<RunContext, 'inputs' | 'facts' | 'log'>,
  refs: StaticResult,
  trainingImage: string | undefined
): string | undefined {
  const { inputs } = ctx
  const direct = inputs.localImage ?? refs.image?.uri ?? inputs.image
  if (direct) return direct
  const resource = ctx.facts.resources.find(r => r.servingImage)
  if (resource?.servingImage) {
    ctx.log.info(`Serving ${resource.servingImage}, the inference image of ${resource.arn}`)
    return resource.servingImage
  }
  return trainingImage
}

/**
 * /opt/ml/model: the trained model unless `model-data` is given, else the model source (a folder,
 * or its archive unpacked), else nothing mounted; `failed` when the archive failed to unpack
 * (model-archive says why). `shown` is what the report says was served.
 */
async function modelDir(
  ctx: RunContext,
  source: ModelSource,
  trained: string | undefined,
  tmp: string
): Promise<{ dir?: string; shown: string } | 'failed'> {
  if (!ctx.inputs.modelData && trained) return { dir: trained, shown: 'training' }
  if (!('local' in source)) return { shown: 'image' }
  const dir = await modelFolder(ctx, source.local, tmp)
  if (typeof dir !== 'object') return { dir, shown: source.shown }
  // inspected already, so this is the disk (full, unwritable) or the file changing meanwhile
  ctx.findings.add('model-archive', {
    severity: 'error',
    message: `${source.shown} ${dir.failed}.`
  })
  return 'failed'
}
