// Training on several hosts, as SageMaker runs a job with InstanceCount above 1: one container per
// host (algo-1 … algo-N), each with its own /opt/ml and resourceconfig.json, on a Docker network
// created for the run with --internal, so peers reach each other by host name and nothing reaches
// out (docker/network.ts).
// train() (training.ts) runs algo-1 itself; this module starts, waits for and removes the others.

import { copyFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../core/context.js'
import { within } from '../core/timing.js'
import { createNetwork, removeNetwork } from '../docker/network.js'
import type { TrainingChannel } from '../inputs/training.js'
import { channelFiles, type ModeChoice } from './input-modes.js'
import { networkLines, quote } from './log-signs.js'
import { HostRun, layout, type HostPlan, type TrainSpec } from './training-host.js'

function hostNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `algo-${i + 1}`)
}

/** The one-host plan: every channel as given. */
export function singleHost(channels: TrainingChannel[]): HostPlan {
  return { name: 'algo-1', hosts: ['algo-1'], channels }
}

/** ShardedByS3Key: the objects, in key order, dealt round-robin; host `index` gets its share. */
export function deal<T>(items: readonly T[], index: number, hosts: number): T[] {
  return items.filter((_, i) => i % hosts === index)
}

/**
 * One plan per host. A FullyReplicated channel is the same folder for all; a ShardedByS3Key one is
 * split into a folder per host under `into`.
 */
export async function planHosts(
  channels: TrainingChannel[],
  count: number,
  into: string
): Promise<HostPlan[]> {
  const hosts = hostNames(count)
  const plans: HostPlan[] = hosts.map(name => ({ name, hosts, channels: [] }))
  for (const c of channels) {
    const files = c.distribution === 'ShardedByS3Key' ? await channelFiles(c.path) : undefined
    for (const [i, plan] of plans.entries()) {
      if (!files) {
        plan.channels.push(c)
        continue
      }
      const dir = path.join(into, plan.name, c.channel)
      await mkdir(dir, { recursive: true, mode: 0o755 })
      for (const file of deal(files, i, count)) {
        // a single-file channel is one object, named by its file
        const to = path.join(
          dir,
          file === c.path ? path.basename(file) : path.relative(c.path, file)
        )
        await mkdir(path.dirname(to), { recursive: true, mode: 0o755 })
        await copyFile(file, to)
      }
      plan.channels.push({ ...c, path: dir })
    }
  }
  return plans
}

/** The hosts besides algo-1, on the run's network. */
export class Hosts {
  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly network: string,
    readonly peers: HostRun[]
  ) {}

  /**
   * Creates the run's network and starts algo-2 … algo-N, each with its own /opt/ml under `tmp`
   * in the run's input mode; `spec` is what algo-1 runs with.
   */
  static async start(
    ctx: RunContext,
    spec: TrainSpec,
    plans: HostPlan[],
    tmp: string,
    mode: ModeChoice
  ): Promise<Hosts> {
    const network = await createNetwork(ctx.env, spec.labels)
    const hosts = new Hosts(ctx.env, network, [])
    try {
      for (const plan of plans.slice(1)) {
        const laid = await layout(ctx, path.join(tmp, `ml-${plan.name}`), plan, mode)
        const log = `train ${plan.name}`
        hosts.peers.push(await HostRun.start(ctx, spec, { plan, laid, mode, network, log }))
      }
    } catch (err) {
      await hosts.remove()
      throw err
    }
    return hosts
  }

  /**
   * Waits at most `ms` for every peer to exit: why the job fails because of one (each failing
   * host named, with its last log lines), or undefined when all exited 0.
   */
  async failure(ms: number, signal: AbortSignal): Promise<string | undefined> {
    const all = Promise.all(this.peers.map(p => p.container.exited))
    await within(all, ms, signal)
    const failed = this.peers.filter(p => p.container.exitCode !== 0)
    if (failed.length === 0) return undefined
    const lines = failed.map(p => peerFailure(p, this.peers.length + 1, ms))
    return `${lines.join('\n')}\nA SageMaker training job fails when any of its hosts fails.`
  }

  /** Every host's last log lines, each line led by its host's name. */
  excerpts(first: string): string {
    const named = (host: string, text: string): string =>
      text
        .split('\n')
        .filter(Boolean)
        .map(l => `[${host}] ${l}`)
        .join('\n')
    return [
      named('algo-1', first),
      ...this.peers.map(p => named(p.host, p.container.log.excerpt(20)))
    ].join('\n')
  }

  /** Removes the peers, then the network (a network with containers attached cannot go). */
  async remove(): Promise<void> {
    await Promise.all(this.peers.map(p => p.remove()))
    await removeNetwork(this.env, this.network)
  }
}

function peerFailure(peer: HostRun, count: number, ms: number): string {
  const { host, container } = peer
  const lines = container.log.lines(15)
  const unreachable =
    networkLines(lines).length > 0 || lines.some(l => /algo-\d+/.test(l))
      ? ` It could not reach its peers: the ${count} hosts share a network where each reaches the others by name (algo-1 … algo-${count}) and nothing else.`
      : ''
  const what =
    container.exitCode === undefined
      ? `was still running at the end of the training-timeout, ${Math.round(ms / 1000)} s after algo-1 exited`
      : `exited with code ${container.exitCode}`
  return `Host ${host} ${what}.${unreachable} Its last log lines:\n${quote(lines.map(l => `[${host}] ${l}`))}`
}
