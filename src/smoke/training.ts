// The training smoke test: /opt/ml laid out exactly as SageMaker lays it out, `docker run
// --network none IMAGE train`, then what the run left in /opt/ml/model and /opt/ml/output/failure.

import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext, TrainingFacts } from '../core/context.js'
import { Container, type ContainerLimits, type Mount } from '../docker/container.js'
import { readSmallFile, tallyFiles } from '../docker/container-files.js'
import { FAILURE_REASON_CHARS, SERVING_PORT } from '../catalog/sagemaker-limits.js'
import { readListeners } from '../docker/sockets.js'
import { streamLines, withProgress } from '../core/progress.js'
import { within } from '../core/timing.js'
import { likelyCause, networkLines, quote, servingLines } from './log-signs.js'
import { scriptLineEndingsCause } from './entry-script.js'
import { recordResources } from './instance-resources.js'
import { contentTypeFor } from './payloads.js'
import {
  channelMode,
  channelMounts,
  feedPipes,
  modeEvidence,
  type ModeChoice
} from './input-modes.js'
import { rootExplanation } from '../image/container-user.js'
import { ownByRoot } from './workdir.js'
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

/** Runs `train`; returns the directory holding the trained model when training passed. */
export async function train(ctx: RunContext, setup: TrainSetup): Promise<string | undefined> {
  const { inputs, findings, signal } = ctx
  const ml = path.join(setup.tmp, 'ml')
  const choice = setup.mode ?? { mode: inputs.trainingInputMode, from: '`training-input-mode`' }
  const { mounts, pipeDir } = await layout(ctx, ml, choice)
  const baseline = await diskUsed(ml)
  const feedStop = new AbortController()
  const container = await Container.start(
    {
      image: setup.image,
      command: 'train',
      env: { TRAINING_JOB_NAME: 'marketplace-ml-preflight' },
      mounts,
      extraArgs: inputs.dockerRunArgs,
      labels: setup.labels,
      hostname: 'algo-1',
      ...(setup.limits ? { limits: setup.limits } : {})
    },
    ctx.env,
    streamLines(ctx.log, 'train')
  ).catch((err: unknown) => {
    feedStop.abort()
    throw err
  })
  // the FIFOs are fed until the container exits (or the run is cancelled)
  void container.exited.finally(() => feedStop.abort())
  signal.addEventListener('abort', () => feedStop.abort(), { once: true, signal: feedStop.signal })
  const feed = pipeDir
    ? feedPipes(pipeDir, inputs.trainingData, choice.mode, feedStop.signal)
    : undefined
  feed?.done.catch((err: unknown) =>
    ctx.log.warning(`Feeding the Pipe channels failed: ${(err as Error).message}`)
  )
  container.pid(signal).catch(() => undefined) // starts the resource sampler once it runs
  const facts: TrainingFacts = { image: setup.image }
  ctx.facts.training = facts
  const overfilled = fillsVolume(ml, setup.volume, baseline, container)
  try {
    // an image that serves when asked to train would run until the training-timeout: end it early
    const serving = servingInstead(ctx, container).then(s => s ?? new Promise<never>(() => {}))
    const full = overfilled.then(over => over ?? new Promise<never>(() => {}))
    const ended = await withProgress(
      ctx.log,
      {
        what: 'Training (`train`)',
        limitSeconds: inputs.trainingTimeoutSec,
        elapsedSeconds: () => container.secondsSinceStart(),
        latestLine: () => container.log.lines(1)[0],
        everyMs: setup.progressMs
      },
      within(
        Promise.race([
          container.exited.then(code => ({ code })),
          serving.then(seen => ({ seen })),
          full.then(over => ({ over }))
        ]),
        inputs.trainingTimeoutSec * 1000,
        signal
      )
    )
    signal.throwIfAborted()
    if (ended && 'seen' in ended) {
      await container.stop(setup.stopGraceMs)
      facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2))
      facts.exitCode = container.exitCode ?? null
      const entrypoint = ctx.facts.trainingImage?.entrypoint
      findings.add('train-exit', {
        message: `\`docker run --network none ${setup.image} train\` started a server instead of training: ${ended.seen} It was stopped after ${facts.durationSeconds} s. The image's ENTRYPOINT${entrypoint ? ` ${JSON.stringify(entrypoint)}` : ''} ignores the \`train\` argument, so a SageMaker training job would serve until its MaxRuntimeInSeconds ends it and then fail. Last log lines:\n${quote(container.log.lines(15))}`,
        help: 'Make the ENTRYPOINT act on its argument: run training for `train` and the server for `serve` (e.g. a start script that checks "$1", with exec-form ENTRYPOINT), or publish separate training and inference images.'
      })
      findings.skipAll(
        ['train-model-output', 'training-volume'],
        'training did not complete (see train-exit)'
      )
      return undefined
    }
    let stopped = ''
    if (ended === undefined) {
      facts.timedOut = true
      const stop = await container.stop(setup.stopGraceMs)
      stopped = stop.killed
        ? ` It was stopped with SIGTERM and, still running ${setup.stopGraceMs / 1000} s later, killed (SIGKILL).`
        : ` It was stopped with SIGTERM.`
    }
    facts.durationSeconds = Number(container.secondsSinceStart().toFixed(2))
    facts.exitCode = container.exitCode ?? null
    // crossed while it ran (also during a grace period), or seen once it ended
    const written = (await overfilled) ?? { use: await measureVolume(ml, baseline) }
    if (wroteTooMuch(ctx, container, setup.volume, written)) return undefined
    const failure = await failureReason(ml)
    facts.failureReason = failure.text
    // the traceback a script writes to the failure file is usually in its log too: show it once
    const log = quote(notIn(failure.text, container.log.lines(15)))
    const reason = failure.text
      ? ` /opt/ml/output/failure says: "${failure.text}".`
      : ` ${failure.unread ?? '/opt/ml/output/failure is empty'}.`
    const network = networkLines(container.log.lines(300))
    const reached = network.length
      ? ` The log shows it reached for the network (training runs with network isolation too):\n${quote(network)}\n`
      : ''

    if (facts.timedOut || facts.exitCode !== 0) {
      const what = facts.timedOut
        ? `\`train\` did not finish within the training-timeout of ${inputs.trainingTimeoutSec} s.${stopped}`
        : `\`train\` exited with code ${facts.exitCode} after ${facts.durationSeconds} s.`
      const lines = container.log.lines(300)
      const mode = modeEvidence(choice, inputs.trainingData, feed?.opened, lines)
      const cause =
        (await scriptLineEndingsCause(ctx, setup.image, setup.labels, 'train')) ||
        likelyCause([...(failure.text?.split('\n') ?? []), ...lines])
      findings.add('train-exit', {
        message: `${what}${reason}${reached}${mode}${rootExplanation(setup.user)}${cause} Last log lines:\n${log}`
      })
      findings.skip('train-model-output', 'training did not complete (see train-exit)')
      return undefined
    }
    const inMode = choice.mode === 'File' ? '' : ` in ${choice.mode} input mode`
    findings.pass('train-exit', `exited 0 after ${facts.durationSeconds} s${inMode}`)
    const model = await tallyFiles(path.join(ml, 'model'))
    facts.modelFiles = model.files
    facts.modelBytes = model.bytes
    const atLeast = model.partial ? 'at least ' : ''
    if (model.files === 0) {
      findings.add('train-model-output', {
        message: `\`train\` exited 0 but left /opt/ml/model empty, so there is no model.tar.gz for the transform job. Last log lines:\n${log}`
      })
      return undefined
    }
    findings.pass(
      'train-model-output',
      `${atLeast}${model.files} file(s), ${atLeast}${model.bytes} bytes in /opt/ml/model`
    )
    return path.join(ml, 'model')
  } finally {
    feedStop.abort()
    await container.remove()
    await feed?.done.catch(() => undefined)
    await overfilled // no walk of the folders, or stop, goes on once they may be removed
    facts.logExcerpt = container.log.excerpt()
    facts.resources = recordResources(findings, container, setup.limits, 'while training')
  }
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
 * input/config/*.json, input/data/ (by input mode), model/, output/, checkpoints/: root-owned,
 * mode 0755, as SageMaker makes them.
 */
async function layout(
  ctx: RunContext,
  ml: string,
  choice: ModeChoice
): Promise<{ mounts: Mount[]; pipeDir?: string }> {
  const { inputs } = ctx
  const config = path.join(ml, 'input', 'config')
  await mkdir(config, { recursive: true, mode: 0o755 })
  const channels: Record<string, Record<string, string>> = {}
  for (const c of inputs.trainingData) {
    channels[c.channel] = {
      ContentType: contentTypeFor(await firstFile(c.path)),
      TrainingInputMode: channelMode(c, choice.mode),
      S3DistributionType: 'FullyReplicated',
      RecordWrapperType: c.recordIO ? 'RecordIO' : 'None'
    }
  }
  const files: Record<string, unknown> = {
    'hyperparameters.json': inputs.hyperparameters,
    'inputdataconfig.json': channels,
    'resourceconfig.json': {
      current_host: 'algo-1',
      hosts: ['algo-1'],
      network_interface_name: 'eth0'
    }
  }
  for (const [name, value] of Object.entries(files)) {
    await writeFile(path.join(config, name), JSON.stringify(value), { mode: 0o644 })
  }
  const mounts: Mount[] = [{ source: config, target: '/opt/ml/input/config', readOnly: false }]
  for (const dir of ['model', 'output', 'checkpoints']) {
    const p = path.join(ml, dir)
    await mkdir(p, { recursive: true, mode: 0o755 })
    mounts.push({ source: p, target: `/opt/ml/${dir}`, readOnly: false })
  }
  await mkdir(path.join(ml, 'output', 'data'), { recursive: true, mode: 0o755 })
  const data = await channelMounts(ml, inputs.trainingData, choice.mode)
  // the FIFOs stay the runner's: the feeder opens them for writing
  if (!(await ownByRoot(mounts.map(m => m.source)))) {
    ctx.log.info('/opt/ml stays owned by the runner user (no passwordless sudo to hand it to root)')
  }
  return { mounts: [...mounts, ...data.mounts], ...(data.pipeDir ? { pipeDir: data.pipeDir } : {}) }
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

async function firstFile(p: string): Promise<string> {
  if (!(await stat(p)).isDirectory()) return p
  const entries = await readdir(p, { withFileTypes: true })
  return entries.find(e => e.isFile())?.name ?? ''
}

/** The failure file's text, or why it was not read (the container chose what it is). */
async function failureReason(ml: string): Promise<{ text?: string; unread?: string }> {
  const file = await readSmallFile(
    path.join(ml, 'output', 'failure'),
    '/opt/ml/output/failure',
    FAILURE_BYTES
  )
  if (file.kind === 'refused') return { unread: file.reason }
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
