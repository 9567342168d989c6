// One training host as SageMaker runs it: its /opt/ml laid out (input/config/*.json with its own
// resourceconfig.json, the channels in the run's input mode, model/, output/, checkpoints/, owned
// by root with mode 0755), its container, and the feeders of its Pipe channels. train()
// (training.ts) runs algo-1, hosts.ts the others, checkpoints.ts the interrupted and restarted runs.

import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../core/context.js'
import { streamLines } from '../core/progress.js'
import { Container, type Mount, type RunSpec } from '../docker/container.js'
import type { TrainingChannel } from '../inputs/training.js'
import {
  channelMode,
  channelMounts,
  feedPipes,
  type ModeChoice,
  type Opened
} from './input-modes.js'
import { contentTypeFor } from './payloads.js'
import { ownByRoot } from './workdir.js'

/** What one host is given: its name, all hosts, its channels, the checkpoints folder it shares. */
export interface HostPlan {
  name: string
  hosts: string[]
  channels: TrainingChannel[]
  /** A host folder for /opt/ml/checkpoints that outlives the container (checkpoints.ts). */
  checkpoints?: string
}

/** What every training container runs with, besides its mounts, host name and network. */
export type TrainSpec = Omit<RunSpec, 'mounts' | 'hostname' | 'network'>

/** A host's /opt/ml, laid out: its mounts, and the folder of its FIFOs in Pipe mode. */
export interface HostLayout {
  mounts: Mount[]
  pipeDir?: string
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

/**
 * One host's input/config/*.json, input/data/ (by input mode), model/, output/, checkpoints/ (the
 * plan's folder when it has one: checkpoints.ts restarts with it): root-owned, mode 0755, as
 * SageMaker makes them.
 */
export async function layout(
  ctx: RunContext,
  ml: string,
  host: HostPlan,
  choice: ModeChoice
): Promise<HostLayout> {
  const config = path.join(ml, 'input', 'config')
  await mkdir(config, { recursive: true, mode: 0o755 })
  const files: Record<string, unknown> = {
    'hyperparameters.json': ctx.inputs.hyperparameters,
    'inputdataconfig.json': await inputDataConfig(host.channels, choice),
    // eth0: the one interface a container on one network has
    'resourceconfig.json': {
      current_host: host.name,
      hosts: host.hosts,
      network_interface_name: 'eth0'
    }
  }
  for (const [name, value] of Object.entries(files)) {
    await writeFile(path.join(config, name), JSON.stringify(value), { mode: 0o644 })
  }
  const mounts: Mount[] = [{ source: config, target: '/opt/ml/input/config', readOnly: false }]
  for (const dir of ['model', 'output', 'checkpoints']) {
    const p = dir === 'checkpoints' && host.checkpoints ? host.checkpoints : path.join(ml, dir)
    await mkdir(p, { recursive: true, mode: 0o755 })
    mounts.push({ source: p, target: `/opt/ml/${dir}`, readOnly: false })
  }
  await mkdir(path.join(ml, 'output', 'data'), { recursive: true, mode: 0o755 })
  const data = await channelMounts(ml, host.channels, choice.mode)
  // the FIFOs stay the runner's: the feeder opens them for writing
  if (!(await ownByRoot(mounts.map(m => m.source)))) {
    ctx.log.info('/opt/ml stays owned by the runner user (no passwordless sudo to hand it to root)')
  }
  return { mounts: [...mounts, ...data.mounts], ...(data.pipeDir ? { pipeDir: data.pipeDir } : {}) }
}

/** inputdataconfig.json: each channel's content type, mode, distribution and record wrapping. */
async function inputDataConfig(
  channels: TrainingChannel[],
  choice: ModeChoice
): Promise<Record<string, Record<string, string>>> {
  const config: Record<string, Record<string, string>> = {}
  for (const c of channels) {
    config[c.channel] = {
      ContentType: contentTypeFor(await firstFile(c.path)),
      TrainingInputMode: channelMode(c, choice.mode),
      S3DistributionType: c.distribution ?? 'FullyReplicated',
      RecordWrapperType: c.recordIO ? 'RecordIO' : 'None'
    }
  }
  return config
}

async function firstFile(p: string): Promise<string> {
  if (!(await stat(p)).isDirectory()) return p
  const entries = await readdir(p, { withFileTypes: true })
  return entries.find(e => e.isFile())?.name ?? ''
}

/** A running host: its container and, in Pipe mode, the feeders of its FIFOs. */
export class HostRun {
  private constructor(
    readonly host: string,
    readonly container: Container,
    private readonly feedStop: AbortController,
    /** What the Pipe feeders saw; undefined without Pipe channels. */
    readonly opened: Opened | undefined,
    private readonly fed: Promise<void>
  ) {}

  /**
   * Starts the host's container on its laid-out /opt/ml (`network`: the run's, with several
   * hosts), then feeds its Pipe channels until it exits or the run is cancelled.
   */
  static async start(
    ctx: RunContext,
    spec: TrainSpec,
    run: { plan: HostPlan; laid: HostLayout; mode: ModeChoice; network?: string; log: string }
  ): Promise<HostRun> {
    const container = await Container.start(
      {
        ...spec,
        mounts: run.laid.mounts,
        hostname: run.plan.name,
        ...(run.network ? { network: run.network } : {})
      },
      ctx.env,
      streamLines(ctx.log, run.log)
    )
    const feedStop = new AbortController()
    void container.exited.finally(() => feedStop.abort())
    ctx.signal.addEventListener('abort', () => feedStop.abort(), {
      once: true,
      signal: feedStop.signal
    })
    const feed = run.laid.pipeDir
      ? feedPipes(run.laid.pipeDir, run.plan.channels, run.mode.mode, feedStop.signal)
      : undefined
    const fed = (feed?.done ?? Promise.resolve()).catch((err: unknown) =>
      ctx.log.warning(`Feeding the Pipe channels failed: ${(err as Error).message}`)
    )
    return new HostRun(run.plan.name, container, feedStop, feed?.opened, fed)
  }

  /** Stops the feeders and removes the container. */
  async remove(): Promise<void> {
    this.feedStop.abort()
    await this.container.remove()
    await this.fed
  }
}
