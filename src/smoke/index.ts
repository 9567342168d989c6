// Smoke-test phase: run the real container offline, as SageMaker would (serve, then batch
// transform), and report what the seller would otherwise learn hours later from validation.

import { availableParallelism, totalmem } from 'node:os'
import type { RunContext } from '../core/context.js'
import { engineAvailable } from '../docker/command.js'
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
import { largerThanRunner, limitsFor, mergeResourceFacts } from './instance-resources.js'
import { serve, UnreachableError, type ServeSetup } from './serve.js'
import { endpointContainers, portPlan } from './bind-to-port.js'
import { trainEveryMode } from './training-runs.js'
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

export async function runSmokeTests(
  ctx: RunContext,
  refs: StaticResult,
  options: SmokeOptions = {}
): Promise<void> {
  const { inputs, findings, payloads } = ctx
  const phases: Phase[] = ['serve']
  if (inputs.batch) phases.push('batch')
  if (inputs.trainingImage || inputs.localTrainingImage) phases.push('training')
  const skipRest = (reason: string, only: Phase[] = phases): void => {
    for (const phase of only.filter(p => phases.includes(p))) {
      findings.skipPhase(phase, reason)
    }
  }

  if (inputs.smokeTest === 'false') return skipRest('`smoke-test` is false')
  const oversized = payloadSizeFindings(payloads, inputs.batch)
  for (const finding of oversized) findings.add('payload-size', finding)
  if (payloads.length > 0 && oversized.length === 0) {
    findings.pass('payload-size', `largest payload ${mib(Math.max(...payloads.map(p => p.bytes)))}`)
  }
  const modelUsable = await checkModelArchive(ctx)
  const source = modelSource(ctx)

  // `local-image` is inspected while the engine answers (the serve run needs its config); without
  // an engine the inspection fails too, unread
  const localInspected = inputs.localImage
    ? inspectLocalImage(ctx.env, inputs.localImage, ctx.signal)
    : undefined
  localInspected?.catch(() => undefined) // awaited by acquireImage, or unused when a phase skips
  const engine = await engineAvailable(ctx.env)
  if (!engine.ok) {
    if (inputs.smokeTest === 'true') {
      throw new InputError(
        'smoke-test',
        `is true, but no Docker engine answered (${engine.reason}). Run on a runner with Docker (ubuntu-latest), or set smoke-test: auto to skip the container checks there.`
      )
    }
    ctx.facts.containerNotRun = 'no Docker engine answered'
    return skipRest(`no Docker engine answered, so the container was not run: ${engine.reason}`)
  }

  const training = phases.includes('training')
  const trainingImage = inputs.localTrainingImage ?? refs.trainingImage?.uri ?? inputs.trainingImage
  const image = servingImage(ctx, refs, trainingImage)
  const labels = labelArgs(ctx.env)
  // `instance-type`, else the smallest type the request lists: the one a model must fit
  const limits = limitsFor(smallestDeclaredType(ctx)?.name)
  const tooLarge = limits && largerThanRunner(limits, availableParallelism(), totalmem())
  if (tooLarge) findings.add('instance-resources', { severity: 'warning', message: tooLarge })
  const tmp = await makeTempDir(ctx.env, 'run')
  try {
    let trained: string | undefined
    let trainingAcquired: Acquired | undefined
    if (training && trainingImage) {
      const local = inputs.localTrainingImage ? { input: 'local-training-image' } : undefined
      const got = await acquireImage(ctx, trainingImage, local)
      if (!got.ok && got.skip) {
        // nothing trained, so nothing to serve either unless `model-data` is given
        if (!inputs.modelData) return skipRest(got.message)
        skipRest(got.message, ['training'])
      } else if (!got.ok) {
        findings.add('train-exit', { message: got.message, help: got.help })
        skipRest('the training image could not be used (see train-exit)', ['training'])
      } else {
        trainingAcquired = got
        await checkImageContents(
          ctx,
          trainingImage,
          local?.input ?? 'training-image',
          labels,
          got.config
        )
        // every input mode the algorithm declares; the first model trained (File's) is served
        trained = await trainEveryMode(
          ctx,
          {
            image: trainingImage,
            labels,
            ...(limits ? { limits } : {}),
            stopGraceMs: options.trainStopGraceMs ?? TRAIN_STOP_GRACE_MS,
            volume: { gb: inputs.trainingVolumeGB, from: '`training-volume-size`' },
            progressMs: options.progressMs,
            ...(got.config?.user ? { user: got.config.user } : {})
          },
          tmp
        )
      }
      if (!trained && !inputs.modelData) {
        return skipRest(
          'training produced no model to serve (see train-exit, train-model-output); pass `model-data` to test serving on its own',
          ['serve', 'batch']
        )
      }
    }
    if (!image) {
      return skipRest(
        'no inference image to run: pass `image`, `local-image` or a model package or algorithm ARN',
        ['serve', 'batch']
      )
    }
    if (!modelUsable) {
      return skipRest('`model-data` cannot be unpacked (see model-archive)', ['serve', 'batch'])
    }
    if (!trained && 'missing' in source) return skipRest(source.missing, ['serve', 'batch'])
    const got: Acquired =
      image === trainingImage && trainingAcquired
        ? trainingAcquired
        : await acquireImage(
            ctx,
            image,
            inputs.localImage ? { input: 'local-image', inspected: localInspected } : undefined
          )
    if (!got.ok && got.skip) return skipRest(got.message, ['serve', 'batch'])
    if (!got.ok) {
      findings.add('serve-start', { message: got.message, help: got.help })
      return skipRest('the image could not be used (see serve-start)')
    }
    // read the image while it starts: the serve run does not need the answer
    const contents =
      image === trainingImage
        ? Promise.resolve()
        : checkImageContents(
            ctx,
            image,
            inputs.localImage ? 'local-image' : 'image',
            labels,
            got.config
          )
    contents.catch(() => undefined) // awaited below; an abort must not go unhandled meanwhile
    const model = await modelDir(ctx, source, trained, tmp)
    if (model === 'failed') {
      return skipRest('the model data could not be unpacked (see model-archive)', [
        'serve',
        'batch'
      ])
    }
    const setup: ServeSetup = {
      image,
      ...(model.dir ? { modelDir: model.dir } : {}),
      payloads,
      tmp,
      labels,
      ...(limits ? { limits } : {}),
      stopGraceMs: options.stopGraceMs ?? SERVE_STOP_GRACE_MS,
      ...(inputs.ignore.includes('sigterm')
        ? { sigtermJudged: 'ignored by the `ignore` input' }
        : {}),
      probe: options.probe ?? 'auto',
      progressMs: options.progressMs,
      ...portPlan(got.config?.labels, endpointContainers(ctx))
    }
    // a machine where the container cannot be reached skips the serve rules, like one without Docker
    const unreachable = (err: unknown): { unreachable: string } => {
      if (!(err instanceof UnreachableError)) throw err
      if (inputs.smokeTest === 'true') {
        throw new InputError('smoke-test', `is true, but ${err.message}.`)
      }
      return { unreachable: err.message }
    }
    const realtime = await serve(ctx, setup, 'realtime')
      .catch(unreachable)
      .finally(() => contents)
    if ('unreachable' in realtime) return skipRest(realtime.unreachable)
    const { started, ...facts } = realtime
    ctx.facts.smokeTest = { image, modelData: model.shown, ...facts }
    if (payloads.length === 0) {
      skipRest('no `payload` given: pass sample request files to test POST /invocations', ['serve'])
    }
    if (!started) return skipRest('the container did not start serving (see serve-start)')
    if (inputs.batch) {
      const slow = realtime.invocations.filter(i => i.timedOut).map(i => i.payload)
      // SIGTERM is the image's, not the run's: judged once, so the batch run is not stopped slowly again
      const sigtermJudged =
        setup.sigtermJudged ??
        (realtime.stopSeconds !== undefined
          ? 'judged once per image, in the real-time run'
          : undefined)
      const batch = await serve(
        ctx,
        { ...setup, skipInBatch: new Set(slow), ...(sigtermJudged ? { sigtermJudged } : {}) },
        'batch'
      ).catch(unreachable)
      if ('unreachable' in batch) return skipRest(batch.unreachable, ['batch'])
      const facts = ctx.facts.smokeTest
      facts.invocations.push(...batch.invocations)
      if (batch.largeRequests) (facts.largeRequests ??= []).push(...batch.largeRequests)
      if (batch.pingUnderLoad) (facts.pingUnderLoad ??= []).push(...batch.pingUnderLoad)
      if (facts.resources && batch.resources) {
        facts.resources = mergeResourceFacts(facts.resources, batch.resources)
      }
      facts.executionParameters = batch.executionParameters
      // both runs' logs: a batch finding is explained by the batch run's lines
      facts.logExcerpt = `${facts.logExcerpt}\n--- batch transform run ---\n${batch.logExcerpt}`
      if (!batch.started) {
        skipRest('the container did not start in the batch-transform run (see serve-start)')
      }
    }
  } finally {
    await removeDir(tmp)
  }
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
