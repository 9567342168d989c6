// Training on several hosts, as SageMaker runs a job with InstanceCount above 1: one container per
// host (algo-1 … algo-N), each with its own /opt/ml and resourceconfig.json, on a Docker network
// created for the run with --internal, so peers reach each other by host name and nothing reaches
// out. The network carries the run's label: the post step removes it if this run is killed.
// train() (training.ts) runs algo-1 itself; this module starts, waits for and removes the others.

import { copyFile, mkdir, readdir, stat } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { RunContext } from '../core/context.js'
import { streamLines } from '../core/progress.js'
import { within } from '../core/timing.js'
import { docker } from '../docker/command.js'
import { Container, type Mount, type RunSpec } from '../docker/container.js'
import type { TrainingChannel } from '../inputs/training.js'
import { networkLines, quote } from './log-signs.js'

/** What one host is given: its name, all hosts, its channels, the checkpoints folder it shares. */
export interface HostPlan {
  name: string
  hosts: string[]
  channels: TrainingChannel[]
  /** A host folder for /opt/ml/checkpoints that outlives the container (checkpoints.ts). */
  checkpoints?: string
}

/** Builds a host's /opt/ml under `ml` and returns its mounts (training.ts's layout). */
export type Layout = (ctx: RunContext, ml: string, host: HostPlan) => Promise<Mount[]>

export function hostNames(count: number): string[] {
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
    const files = c.distribution === 'ShardedByS3Key' ? await objectKeys(c.path) : undefined
    for (const [i, plan] of plans.entries()) {
      if (!files) {
        plan.channels.push(c)
        continue
      }
      const dir = path.join(into, plan.name, c.channel)
      await mkdir(dir, { recursive: true, mode: 0o755 })
      for (const rel of deal(files, i, count)) {
        const to = path.join(dir, rel)
        await mkdir(path.dirname(to), { recursive: true, mode: 0o755 })
        await copyFile(
          files.length === 1 && rel === path.basename(c.path) ? c.path : path.join(c.path, rel),
          to
        )
      }
      plan.channels.push({ ...c, path: dir })
    }
  }
  return plans
}

/** A channel's objects as relative paths in key order (a single file is one object). */
async function objectKeys(p: string): Promise<string[]> {
  if (!(await stat(p)).isDirectory()) return [path.basename(p)]
  const entries = await readdir(p, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => e.isFile())
    .map(e => path.relative(p, path.join(e.parentPath, e.name)))
    .sort()
}

export interface Peer {
  host: string
  container: Container
}

/** The hosts besides algo-1, the run's network, and algo-1's plan. */
export class Hosts {
  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly network: string,
    readonly first: HostPlan,
    readonly peers: Peer[]
  ) {}

  /**
   * Creates the run's network and starts algo-2 … algo-N, each with its own /opt/ml under `tmp`;
   * `spec` is what algo-1 runs with.
   */
  static async start(
    ctx: RunContext,
    spec: Omit<RunSpec, 'mounts' | 'hostname' | 'network'>,
    plans: HostPlan[],
    tmp: string,
    layout: Layout
  ): Promise<Hosts> {
    const network = await createNetwork(ctx.env, spec.labels)
    const hosts = new Hosts(ctx.env, network, plans[0], [])
    try {
      for (const plan of plans.slice(1)) {
        const mounts = await layout(ctx, path.join(tmp, `ml-${plan.name}`), plan)
        const container = await Container.start(
          { ...spec, mounts, hostname: plan.name, network },
          ctx.env,
          streamLines(ctx.log, `train ${plan.name}`)
        )
        hosts.peers.push({ host: plan.name, container })
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
      named(this.first.name, first),
      ...this.peers.map(p => named(p.host, p.container.log.excerpt(20)))
    ].join('\n')
  }

  /** Removes the peers, then the network (a network with containers attached cannot go). */
  async remove(): Promise<void> {
    await Promise.all(this.peers.map(p => p.container.remove()))
    await docker(['network', 'rm', this.network], { env: this.env, timeoutMs: 30000 })
  }
}

async function createNetwork(env: NodeJS.ProcessEnv, labels: string[]): Promise<string> {
  const name = `marketplace-ml-preflight-net-${randomBytes(5).toString('hex')}`
  const r = await docker(['network', 'create', '--internal', ...labels, name], {
    env,
    timeoutMs: 30000
  })
  if (r.code !== 0) {
    throw new Error(
      `docker network create --internal ${name} failed (${r.stderr.trim() || `exit ${r.code}`}): training on several hosts needs a network for their containers`
    )
  }
  return name
}

function peerFailure(peer: Peer, count: number, ms: number): string {
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
