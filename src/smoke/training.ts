// The training smoke test: /opt/ml laid out exactly as SageMaker lays it out, `docker run
// --network none IMAGE train` (or one container per host on the run's own network), then what the
// run left in /opt/ml/model and /opt/ml/output/failure.

import path from 'node:path'
import type { RunContext, TrainingFacts } from '../core/context.js'
import type { Container, ContainerLimits } from '../docker/container.js'
import { readSmallFile, tallyFiles } from '../docker/container-files.js'
import { FAILURE_REASON_CHARS, SERVING_PORT } from '../catalog/sagemaker-limits.js'
import { readListeners } from '../docker/sockets.js'
import { withProgress } from '../core/progress.js'
import { within } from '../core/timing.js'
import { fastFileRefusals } from '../inputs/training.js'
import { likelyCause, networkLines, quote, servingLines } from './log-signs.js'
import { scriptLineEndingsCause } from './entry-script.js'
import { recordResources } from './instance-resources.js'
import { modeEvidence, type ModeChoice } from './input-modes.js'
import { rootExplanation } from '../image/container-user.js'
import { Hosts, planHosts } from './hosts.js'
import { HostRun, layout, trainingEnv, type TrainSpec } from './training-host.js'
import {
  diskUsed,
  GB,
  measureVolume,
  volumeVerdict,
  watchVolume,
  type TrainingVolume,
  type Written
} from './training-volume.js'

export interface TrainSetup {
  image: string
  /** A private temporary directory; /opt/ml is built under it. */
  tmp: string
  labels: string[]
  /** The vCPUs and memory of `instance-type`; unlimited without it. */
  limits?: ContainerLimits
  stopGraceMs: number
  /** The ML storage volume: what `train` may write under /opt/ml. */
  volume: TrainingVolume
  /** How often to report progress while training runs (tests shorten it). */
  progressMs?: number
  /** The TrainingInputMode and where it comes from; `training-input-mode` without it. */
  mode?: ModeChoice
  /** The image config's USER, explained when training fails as that user. */
  user?: string
}

const FAILURE_CHARS = FAILURE_REASON_CHARS
const FAILURE_BYTES = 4 * FAILURE_CHARS // enough for 1024 characters of UTF-8
/** How often a training run is checked for a server it should not have started. */
const SERVING_CHECK_MS = 1000
/** A server starts within seconds; after this only the log is watched (no socket reads). */
const SOCKET_CHECK_FOR_MS = 60000

/** The run's input mode: the setup's (a request or profile chose it), else `training-input-mode`. */
export function runMode(ctx: Pick<RunContext, 'inputs'>, setup: TrainSetup): ModeChoice {
  return setup.mode ?? { mode: ctx.inputs.trainingInputMode, from: '`training-input-mode`' }
}

/** What every training container runs with, besides its mounts, host name and network. */
export function trainSpec(ctx: RunContext, setup: TrainSetup): TrainSpec {
  return {
    image: setup.image,
    command: 'train',
    env: trainingEnv(ctx),
    extraArgs: ctx.inputs.dockerRunArgs,
    labels: setup.labels,
    ...(setup.limits ? { limits: setup.limits } : {})
  }
}

/** A training run under way: algo-1, whose /opt/ml is watched and judged, and the other hosts. */
interface Training {
  ctx: RunContext
  setup: TrainSetup
  choice: ModeChoice
  ml: string
  /** diskUsed(ml) before the container ran. */
  baseline: number
  first: HostRun
  hosts?: Hosts
  facts: TrainingFacts
  /** What crossed the ML storage volume while it ran (fillsVolume). */
  overfilled: Promise<Written | undefined>
}

const NOT_COMPLETED = 'training did not complete (see train-exit)'

/** Runs `train`; returns the directory holding the trained model when training passed. */
export async function train(ctx: RunContext, setup: TrainSetup): Promise<string | undefined> {
  const choice = runMode(ctx, setup)
  const refused = fastFileRefusals(ctx.inputs.trainingData, choice.mode)
  if (refused) {
    ctx.findings.add('train-exit', refused)
    ctx.findings.skip('train-model-output', NOT_COMPLETED)
    return undefined
  }
  const run = await startTraining(ctx, setup, choice)
  try {
    return await judgeTraining(run)
  } finally {
    await endTraining(run)
  }
}

/**
 * Lays out every host's /opt/ml, starts algo-2 … algo-N on the run's network (with several hosts),
 * then algo-1, whose ML storage volume is watched from then on.
 */
async function startTraining(
  ctx: RunContext,
  setup: TrainSetup,
  choice: ModeChoice
): Promise<Training> {
  const { inputs } = ctx
  const ml = path.join(setup.tmp, 'ml')
  const shards = path.join(setup.tmp, 'shards')
  const plans = await planHosts(inputs.trainingData, inputs.trainingInstanceCount, shards)
  const laid = await layout(ctx, ml, plans[0], choice)
  const baseline = await diskUsed(ml)
  const spec = trainSpec(ctx, setup)
  const hosts =
    plans.length > 1 ? await Hosts.start(ctx, spec, plans, setup.tmp, choice) : undefined
  const network = hosts ? { network: hosts.network } : {}
  const log = hosts ? 'train algo-1' : 'train'
  const first = await HostRun.start(ctx, spec, {
    plan: plans[0],
    laid,
    mode: choice,
    log,
    ...network
  }).catch(async (err: unknown) => {
    await hosts?.remove()
    throw err
  })
  first.container.pid(ctx.signal).catch(() => undefined) // starts the resource sampler once it runs
  const facts: TrainingFacts = { image: setup.image }
  ctx.facts.training = facts
  const overfilled = fillsVolume(ml, setup.volume, baseline, first.container)
  return { ctx, setup, choice, ml, baseline, first, ...(hosts ? { hosts } : {}), facts, overfilled }
}

/** Waits for algo-1 (and its peers), then judges train-exit, training-volume, train-model-output. */
async function judgeTraining(run: Training): Promise<string | undefined> {
  const { ctx, facts, first } = run
  const { container } = first
  const ended = await untilEnded(run)
  ctx.signal.throwIfAborted()
  if (ended && 'seen' in ended) {
    await servedInstead(run, ended.seen)
    return undefined
  }
  const stopped = ended === undefined ? await stopAtTimeout(run) : ''
  facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2))
  facts.exitCode = container.exitCode ?? null
  // crossed while it ran (also during a grace period), or seen once it ended
  const written = (await run.overfilled) ?? { use: await measureVolume(run.ml, run.baseline) }
  if (wroteTooMuch(ctx, container, run.setup.volume, written)) return undefined
  if (facts.timedOut || facts.exitCode !== 0) {
    await exitFailure(run, stopped)
    return undefined
  }
  const left = ctx.inputs.trainingTimeoutSec * 1000 - container.secondsSinceStart() * 1000
  const peers = await run.hosts?.failure(Math.max(left, 0), ctx.signal)
  if (peers) {
    ctx.findings.add('train-exit', { message: `Host algo-1 exited 0, but:\n${peers}` })
    ctx.findings.skip('train-model-output', NOT_COMPLETED)
    return undefined
  }
  const on = run.hosts ? ` on each of ${run.hosts.peers.length + 1} hosts` : ''
  const inMode = run.choice.mode === 'File' ? '' : ` in ${run.choice.mode} input mode`
  ctx.findings.pass('train-exit', `exited 0${on} after ${facts.durationSeconds} s${inMode}`)
  return modelOutput(run)
}

/**
 * algo-1's exit, a server it started instead of training, or the volume it filled; undefined at
 * the training-timeout.
 */
async function untilEnded(
  run: Training
): Promise<{ code: number | null } | { seen: string } | { over: Written } | undefined> {
  const { ctx } = run
  const { container } = run.first
  const limitSeconds = ctx.inputs.trainingTimeoutSec
  // an image that serves when asked to train would run until the training-timeout: end it early
  const serving = servingInstead(ctx, container).then(s => s ?? new Promise<never>(() => {}))
  const full = run.overfilled.then(over => over ?? new Promise<never>(() => {}))
  return withProgress(
    ctx.log,
    {
      what: 'Training (`train`)',
      limitSeconds,
      elapsedSeconds: () => container.secondsSinceStart(),
      latestLine: () => container.log.lines(1)[0],
      everyMs: run.setup.progressMs
    },
    within(
      Promise.race([
        container.exited.then(code => ({ code })),
        serving.then(seen => ({ seen })),
        full.then(over => ({ over }))
      ]),
      limitSeconds * 1000,
      ctx.signal
    )
  )
}

/** train-exit for an image that served when asked to train. */
async function servedInstead(run: Training, seen: string): Promise<void> {
  const { ctx, setup, facts } = run
  const { container } = run.first
  await container.stop(setup.stopGraceMs)
  facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2))
  facts.exitCode = container.exitCode ?? null
  const entrypoint = ctx.facts.trainingImage?.entrypoint
  ctx.findings.add('train-exit', {
    message: `\`docker run --network none ${setup.image} train\` started a server instead of training: ${seen} It was stopped after ${facts.durationSeconds} s. The image's ENTRYPOINT${entrypoint ? ` ${JSON.stringify(entrypoint)}` : ''} ignores the \`train\` argument, so a SageMaker training job would serve until its MaxRuntimeInSeconds ends it and then fail. Last log lines:\n${quote(container.log.lines(15))}`,
    help: 'Make the ENTRYPOINT act on its argument: run training for `train` and the server for `serve` (e.g. a start script that checks "$1", with exec-form ENTRYPOINT), or publish separate training and inference images.'
  })
  ctx.findings.skipAll(['train-model-output', 'training-volume'], NOT_COMPLETED)
}

/** Stops algo-1 at the training-timeout; how it stopped, for train-exit. */
async function stopAtTimeout(run: Training): Promise<string> {
  const { stopGraceMs } = run.setup
  run.facts.timedOut = true
  const stop = await run.first.container.stop(stopGraceMs)
  return stop.killed
    ? ` It was stopped with SIGTERM and, still running ${stopGraceMs / 1000} s later, killed (SIGKILL).`
    : ` It was stopped with SIGTERM.`
}

/** train-exit for a run that failed or timed out: the failure file, the mode, the user, the log. */
async function exitFailure(run: Training, stopped: string): Promise<void> {
  const { ctx, facts, choice } = run
  const { container } = run.first
  const { inputs } = ctx
  const failure = await failureReason(run.ml)
  facts.failureReason = failure.text
  // the traceback a script writes to the failure file is usually in its log too: show it once
  const log = quote(notIn(failure.text, container.log.lines(15)))
  const reason = failure.text
    ? ` /opt/ml/output/failure says: "${failure.text}".`
    : ` ${failure.unread ?? '/opt/ml/output/failure is empty'}.`
  const lines = container.log.lines(300)
  const network = networkLines(lines)
  const reached = network.length
    ? ` The log shows it reached for the network (training runs with network isolation too):\n${quote(network)}\n`
    : ''
  const what = facts.timedOut
    ? `\`train\` did not finish within the training-timeout of ${inputs.trainingTimeoutSec} s.${stopped}`
    : `\`train\` exited with code ${facts.exitCode} after ${facts.durationSeconds} s.`
  const mode = modeEvidence(choice, inputs.trainingData, run.first.opened, lines)
  const cause =
    (await scriptLineEndingsCause(ctx, run.setup.image, run.setup.labels, 'train')) ||
    likelyCause([...(failure.text?.split('\n') ?? []), ...lines])
  ctx.findings.add('train-exit', {
    message: `${what}${reason}${reached}${mode}${rootExplanation(run.setup.user)}${cause} Last log lines:\n${log}`
  })
  ctx.findings.skip('train-model-output', NOT_COMPLETED)
}

/** train-model-output: the model algo-1 left in /opt/ml/model, returned when there is one. */
async function modelOutput(run: Training): Promise<string | undefined> {
  const { ctx, facts } = run
  const model = await tallyFiles(path.join(run.ml, 'model'))
  facts.modelFiles = model.files
  facts.modelBytes = model.bytes
  const atLeast = model.partial ? 'at least ' : ''
  if (model.files === 0) {
    ctx.findings.add('train-model-output', {
      message: `\`train\` exited 0 but left /opt/ml/model empty, so there is no model.tar.gz for the transform job. Last log lines:\n${quote(run.first.container.log.lines(15))}`
    })
    return undefined
  }
  ctx.findings.pass(
    'train-model-output',
    `${atLeast}${model.files} file(s), ${atLeast}${model.bytes} bytes in /opt/ml/model`
  )
  return path.join(run.ml, 'model')
}

/** Removes every host and the network, then records algo-1's resources and every host's log. */
async function endTraining(run: Training): Promise<void> {
  const { first, hosts, facts } = run
  await first.remove()
  await hosts?.remove()
  await run.overfilled // no walk of the folders, or stop, goes on once they may be removed
  const excerpt = first.container.log.excerpt()
  facts.logExcerpt = hosts ? hosts.excerpts(excerpt) : excerpt
  facts.resources = recordResources(
    run.ctx.findings,
    first.container,
    run.setup.limits,
    'while training'
  )
}

/**
 * Watches what the container writes under /opt/ml and kills it the moment that crosses the volume,
 * whatever train() waits for (a SIGTERM grace period too): the write that fills a SageMaker volume
 * fails at once, so no grace period to write more. Undefined when it exited within the volume.
 */
async function fillsVolume(
  ml: string,
  volume: TrainingVolume,
  baseline: number,
  container: Container
): Promise<Written | undefined> {
  // a failed walk (only once its folders are removed) ends the watch, never the run
  const use = await watchVolume(ml, volume.gb * GB, baseline, container).catch(() => undefined)
  if (!use) return undefined
  const running = container.running
  const seconds = container.secondsSinceStart()
  await container.stop(0)
  return running ? { use, stoppedAfter: seconds } : { use }
}

/** training-volume; true when `train` wrote more than the volume holds, which fails the training. */
function wroteTooMuch(
  ctx: RunContext,
  container: Container,
  volume: TrainingVolume,
  written: Written
): boolean {
  const verdict = volumeVerdict(written, volume, quote(container.log.lines(15)))
  ctx.findings.apply('training-volume', verdict)
  if (verdict.ok) return false
  ctx.findings.skipAll(
    ['train-exit', 'train-model-output'],
    'training wrote more than its ML storage volume holds (see training-volume)'
  )
  return true
}

/**
 * What shows the container serves instead of training (a listener on 8080, or a log line saying it
 * serves); undefined once it has exited without either.
 */
async function servingInstead(ctx: RunContext, container: Container): Promise<string | undefined> {
  const pid = await container.pid(ctx.signal).catch(() => undefined)
  while (container.running && !ctx.signal.aborted) {
    const lines = servingLines(container.log.lines(300))
    if (lines.length > 0) return `it printed\n${quote(lines)}\n`
    if (pid !== undefined && container.secondsSinceStart() * 1000 < SOCKET_CHECK_FOR_MS) {
      const listeners = await readListeners(pid, container.name, ctx.env)
      if (listeners?.some(l => l.port === SERVING_PORT)) {
        return `it listens on port ${SERVING_PORT}, as a serving container does.`
      }
    }
    await within(container.exited, SERVING_CHECK_MS)
  }
  return undefined
}

/** The failure file's text, or why it was not read (the container chose what it is). */
async function failureReason(ml: string): Promise<{ text?: string; unread?: string }> {
  const file = await readSmallFile(
    path.join(ml, 'output', 'failure'),
    '/opt/ml/output/failure',
    FAILURE_BYTES
  )
  if (file.kind === 'refused') return { unread: file.reason }
  if (file.kind === 'missing') return { unread: '`train` did not write /opt/ml/output/failure' }
  const text = file.kind === 'text' ? file.text.trim().slice(0, FAILURE_CHARS) : ''
  return text ? { text } : {}
}

/** The log lines that do not repeat a line of the failure text. */
export function notIn(text: string | undefined, lines: string[]): string[] {
  if (!text) return lines
  const said = new Set(
    text
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean)
  )
  const rest = lines.filter(l => !said.has(l.trim()))
  return rest.length ? rest : ['(every line is in /opt/ml/output/failure above)']
}
