// The training smoke test: /opt/ml laid out exactly as SageMaker lays it out, `docker run
// --network none IMAGE train`, then what the run left in /opt/ml/model and /opt/ml/output/failure.

import { chmod, mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext, TrainingFacts } from '../core/context.js'
import { Container, type ContainerLimits, type Mount, type RunSpec } from '../docker/container.js'
import { readSmallFile, tallyFiles } from '../docker/container-files.js'
import { SERVING_PORT } from '../docker/probe.js'
import { readListeners } from '../docker/sockets.js'
import { streamLines, withProgress } from '../core/progress.js'
import { within } from '../core/timing.js'
import { likelyCause, networkLines, quote, servingLines } from './log-signs.js'
import { recordResources } from './instance-resources.js'
import { contentTypeFor } from './payloads.js'
import { Hosts, planHosts, type HostPlan } from './hosts.js'
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
}

const FAILURE_CHARS = 1024 // SageMaker's FailureReason is the file's first 1024 characters
const FAILURE_BYTES = 4 * FAILURE_CHARS // enough for 1024 characters of UTF-8
/** How often a training run is checked for a server it should not have started. */
const SERVING_CHECK_MS = 1000
/** A server starts within seconds; after this only the log is watched (no socket reads). */
const SOCKET_CHECK_FOR_MS = 60000

/** Runs `train`; returns the directory holding the trained model when training passed. */
export async function train(ctx: RunContext, setup: TrainSetup): Promise<string | undefined> {
  const { inputs, findings, signal } = ctx
  const ml = path.join(setup.tmp, 'ml')
  const plans = await planHosts(
    inputs.trainingData,
    inputs.trainingInstanceCount,
    path.join(setup.tmp, 'shards')
  )
  const mounts = await layout(ctx, ml, plans[0])
  const baseline = await diskUsed(ml)
  const spec = trainSpec(ctx, setup)
  // several hosts: algo-2 … algo-N start first, on the run's network (hosts.ts)
  const hosts =
    plans.length > 1 ? await Hosts.start(ctx, spec, plans, setup.tmp, layout) : undefined
  const container = await Container.start(
    { ...spec, mounts, hostname: 'algo-1', ...(hosts ? { network: hosts.network } : {}) },
    ctx.env,
    streamLines(ctx.log, hosts ? 'train algo-1' : 'train')
  ).catch(async (err: unknown) => {
    await hosts?.remove()
    throw err
  })
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
      findings.add('train-exit', {
        message: `${what}${reason}${reached}${likelyCause([...(failure.text?.split('\n') ?? []), ...container.log.lines(300)])} Last log lines:\n${log}`
      })
      findings.skip('train-model-output', 'training did not complete (see train-exit)')
      return undefined
    }
    const left = inputs.trainingTimeoutSec * 1000 - container.secondsSinceStart() * 1000
    const peers = await hosts?.failure(Math.max(left, 0), signal)
    if (peers) {
      findings.add('train-exit', { message: `Host algo-1 exited 0, but:\n${peers}` })
      findings.skip('train-model-output', 'training did not complete (see train-exit)')
      return undefined
    }
    const on = hosts ? ` on each of ${plans.length} hosts` : ''
    findings.pass('train-exit', `exited 0${on} after ${facts.durationSeconds} s`)
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
    await container.remove()
    await hosts?.remove()
    await overfilled // no walk of the folders, or stop, goes on once they may be removed
    facts.logExcerpt = hosts ? hosts.excerpts(container.log.excerpt()) : container.log.excerpt()
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

const JOB_NAME = 'marketplace-ml-preflight'

/** TRAINING_JOB_NAME and TRAINING_JOB_ARN, as SageMaker sets them in every training container. */
export function trainingEnv(ctx: Pick<RunContext, 'inputs'>): Record<string, string> {
  const region = ctx.inputs.region ?? 'us-east-1'
  const account = ctx.inputs.sellerAccountIds[0] ?? '000000000000'
  return {
    TRAINING_JOB_NAME: JOB_NAME,
    TRAINING_JOB_ARN: `arn:aws:sagemaker:${region}:${account}:training-job/${JOB_NAME}`
  }
}

/** What every training container runs with, besides its mounts and host name. */
export function trainSpec(ctx: RunContext, setup: TrainSetup): Omit<RunSpec, 'mounts'> {
  return {
    image: setup.image,
    command: 'train',
    env: trainingEnv(ctx),
    extraArgs: ctx.inputs.dockerRunArgs,
    labels: setup.labels,
    ...(setup.limits ? { limits: setup.limits } : {})
  }
}

/**
 * One host's input/config/*.json, input/data/<channel>/ (read-only), model/, output/,
 * checkpoints/ (the plan's folder when it has one: checkpoints.ts restarts with it).
 */
export async function layout(ctx: RunContext, ml: string, host: HostPlan): Promise<Mount[]> {
  const { inputs } = ctx
  const config = path.join(ml, 'input', 'config')
  await mkdir(config, { recursive: true })
  const channels: Record<string, Record<string, string>> = {}
  for (const c of host.channels) {
    channels[c.channel] = {
      ContentType: contentTypeFor(await firstFile(c.path)),
      TrainingInputMode: 'File',
      S3DistributionType: c.distribution ?? 'FullyReplicated',
      RecordWrapperType: 'None'
    }
  }
  const files: Record<string, unknown> = {
    'hyperparameters.json': inputs.hyperparameters,
    'inputdataconfig.json': channels,
    // eth0: the one interface a container on one network has
    'resourceconfig.json': {
      current_host: host.name,
      hosts: host.hosts,
      network_interface_name: 'eth0'
    }
  }
  for (const [name, value] of Object.entries(files)) {
    await writeFile(path.join(config, name), JSON.stringify(value))
  }
  const mounts: Mount[] = [{ source: config, target: '/opt/ml/input/config', readOnly: false }]
  for (const dir of ['model', 'output', 'checkpoints']) {
    const p = dir === 'checkpoints' && host.checkpoints ? host.checkpoints : path.join(ml, dir)
    await mkdir(p, { recursive: true })
    await chmod(p, 0o777) // the image may train as a non-root USER
    mounts.push({ source: p, target: `/opt/ml/${dir}`, readOnly: false })
  }
  await mkdir(path.join(ml, 'output', 'data'), { recursive: true, mode: 0o777 })
  for (const c of host.channels) {
    // SageMaker gives a channel as a directory of the S3 objects: a file goes inside it, by its name
    const dir = `/opt/ml/input/data/${c.channel}`
    const isDir = (await stat(c.path)).isDirectory()
    mounts.push({
      source: c.path,
      target: isDir ? dir : `${dir}/${path.basename(c.path)}`,
      readOnly: true
    })
  }
  return mounts
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
