// One container run the way SageMaker runs it: `docker run --network none IMAGE serve|train`, attached,
// so the docker CLI process is at once the log stream and the exit code.

import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { StringDecoder } from 'node:string_decoder'
import { within } from '../core/timing.js'
import { docker, spawnDocker } from './command.js'
import { LogTail } from './log-tail.js'
import { startSampler, type ResourcePeaks, type ResourceSampler } from './stats.js'
import { declaredVolumes } from './image-files.js'
import { labelledVolumeArgs, mountField } from './volumes.js'

export interface Mount {
  source: string
  target: string
  readOnly: boolean
}

/** The vCPUs and memory of the instance type the container is run as (`instance-type`), or of a
 * serverless endpoint (`serverless-memory`; SageMaker names no vCPU count for it, so none is set). */
export interface ContainerLimits {
  instanceType: string
  cpus?: number
  memoryBytes: number
}

export interface RunSpec {
  image: string
  command: 'serve' | 'train'
  /** Exactly the variables SageMaker would set; nothing from the runner. */
  env: Record<string, string>
  mounts: Mount[]
  /** `docker-run-args`, validated by inputs.ts (resources, devices, KEY=VALUE variables). */
  extraArgs: string[]
  labels: string[]
  /** The VOLUMEs the image declares, mounted labelled (volumes.ts); `Container.start` asks the
   * engine when the caller has not read them from the image's config. */
  volumes?: string[]
  /** SageMaker names training hosts algo-1, algo-2… */
  hostname?: string
  /** The run's own --internal network for training on several hosts (src/smoke/hosts.ts); peers
   * find each other by hostname. Without it, --network none. */
  network?: string
  limits?: ContainerLimits
}

export interface StopResult {
  /** SIGKILL was needed after the grace period. */
  killed: boolean
  seconds: number
}

// json-file is what the attached stream is read from; capped, a container flooding its output cannot
// fill the runner's disk (hosted runners have ~14 GB free) while the smoke test reads the live stream
const LOG_CAP = [
  '--log-driver',
  'json-file',
  '--log-opt',
  'max-size=10m',
  '--log-opt',
  'max-file=2'
]
// a fork bomb in the container must not exhaust the runner's process table; real model servers
// (gunicorn/torchserve workers, tokenizer threads: every thread counts) stay far below this
const PIDS_LIMIT = ['--pids-limit', '4096']

export function runArgs(name: string, spec: RunSpec): string[] {
  const args = ['run', '--name', name, '--network', spec.network ?? 'none', '--pull', 'never']
  if (spec.hostname) args.push('--hostname', spec.hostname)
  if (spec.network && spec.hostname) args.push('--network-alias', spec.hostname)
  if (spec.limits) args.push(...limitArgs(spec.limits, availableParallelism()))
  for (const m of spec.mounts) {
    const field = mountField(`source=${m.source}`)
    args.push('--mount', `type=bind,${field},target=${m.target}${m.readOnly ? ',readonly' : ''}`)
  }
  const binds = spec.mounts.map(m => m.target)
  args.push(...labelledVolumeArgs(spec.volumes ?? [], spec.labels, binds))
  for (const [k, v] of Object.entries(spec.env)) args.push('--env', `${k}=${v}`)
  // after `docker-run-args`, where docker keeps the last value: no argument can replace the labels
  // (the post step finds leftovers by them) or lift the caps; `--`: an image named like a flag stays
  // an image
  return [
    ...args,
    ...spec.extraArgs,
    ...LOG_CAP,
    ...PIDS_LIMIT,
    ...spec.labels,
    '--',
    spec.image,
    spec.command
  ]
}

/**
 * The instance's vCPUs and memory, swap off (an instance has none). --cpus caps the time, and the
 * cpuset makes the processor count the image sees the instance's, so a server that starts one
 * worker per core starts as many as it would on the instance.
 */
export function limitArgs(limits: ContainerLimits, hostCpus: number): string[] {
  const memory = String(limits.memoryBytes)
  const args = ['--memory', memory, '--memory-swap', memory]
  if (limits.cpus === undefined) return args
  args.unshift('--cpus', String(Math.min(limits.cpus, hostCpus)))
  const cores = Math.ceil(limits.cpus)
  if (cores < hostCpus) args.push('--cpuset-cpus', cores === 1 ? '0' : `0-${cores - 1}`)
  return args
}

/** How often the engine is asked whether the container runs yet. */
const PID_POLL_MS = 50
/** How long stopping waits for a first resource sample that has not come yet. */
const FIRST_SAMPLE_MS = 3000
/** How often a stopping container's first process is looked for in /proc. */
const GONE_POLL_MS = 10

export class Container {
  readonly name: string
  readonly log: LogTail
  /** Resolves with the exit code (docker's 125-127 when the container could not start). */
  readonly exited: Promise<number | null>
  exitCode: number | null | undefined = undefined
  /** Whether the engine killed it for running out of memory (read when it is removed). */
  oomKilled = false
  private readonly startedAt = performance.now()
  private readonly child
  private sampler: ResourceSampler | undefined
  private pidRead: Promise<number | undefined> | undefined
  /** Its first process as this host numbers it, when /proc shows it in the container's cgroup
   * (a local engine): its exit is then seen as it happens, before docker reports it. */
  private hostProcess: { pid: number; id: string } | undefined
  private readonly limited: boolean

  /** Runs `spec` with the VOLUMEs its image declares mounted labelled with the run. */
  static async start(
    spec: RunSpec,
    env: NodeJS.ProcessEnv,
    onLine?: (line: string) => void
  ): Promise<Container> {
    const volumes = spec.volumes ?? (await declaredVolumes(env, spec.image))
    return new Container({ ...spec, volumes }, env, onLine)
  }

  /** `onLine` receives each log line as it comes (stdout and stderr), for streaming it to the log. */
  constructor(
    spec: RunSpec,
    private readonly env: NodeJS.ProcessEnv,
    onLine?: (line: string) => void
  ) {
    this.name = `marketplace-ml-preflight-${spec.command}-${randomBytes(5).toString('hex')}`
    this.limited = spec.limits !== undefined
    this.log = new LogTail()
    this.child = spawnDocker(runArgs(this.name, spec), env, { stdio: ['ignore', 'pipe', 'pipe'] })
    const streams = [this.child.stdout, this.child.stderr].map(stream => {
      const lines = onLine ? lineSplitter(onLine) : undefined
      stream?.on('data', (b: Buffer) => {
        this.log.push(b)
        lines?.push(b)
      })
      return lines
    })
    this.exited = new Promise(resolve => {
      this.child.on('error', err => {
        this.log.push(Buffer.from(`${err.message}\n`))
        this.exitCode = null
        resolve(null)
      })
      this.child.on('close', code => {
        for (const lines of streams) lines?.end()
        this.exitCode = code
        resolve(code)
      })
    })
  }

  get running(): boolean {
    return this.exitCode === undefined
  }

  secondsSinceStart(): number {
    return (performance.now() - this.startedAt) / 1000
  }

  /**
   * The container's host PID once it runs; undefined when it exited first. Asked of the engine
   * once: later callers (training asks twice) share the first answer, and its `signal`.
   */
  pid(signal: AbortSignal): Promise<number | undefined> {
    this.pidRead ??= this.readPid(signal)
    return this.pidRead
  }

  private async readPid(signal: AbortSignal): Promise<number | undefined> {
    for (;;) {
      // a poll's wait comes first too: no engine has created the container by the time this is
      // asked, and an inspect that arrives while it starts is answered once it runs
      await within(this.exited, PID_POLL_MS)
      signal.throwIfAborted()
      if (!this.running) return undefined
      const r = await docker(['inspect', '--format', '{{.State.Pid}} {{.Id}}', this.name], {
        env: this.env,
        timeoutMs: 10000,
        signal
      })
      const [pid, id] = r.stdout.trim().split(' ')
      if (r.code === 0 && Number(pid) > 0) {
        this.sampler ??= await startSampler({ name: this.name, id, pid: Number(pid) }, this.env)
        const own = { pid: Number(pid), id }
        if (/^[0-9a-f]{64}$/.test(id) && (await inContainerCgroup(own))) this.hostProcess = own
        return Number(pid)
      }
    }
  }

  /** Waits at most `ms` for the container to exit; whether it has. A connection that drops is often
   * the container dying, and docker reports the exit (and flushes the last log lines) a moment later. */
  async exitsWithin(ms: number): Promise<boolean> {
    await within(this.exited, ms)
    return !this.running
  }

  /**
   * SIGTERM, then SIGKILL after `graceMs`: SageMaker's stop (30 s serving, 120 s training).
   * `seenExit`: return as soon as the first process is seen gone from this host's /proc, about 80 ms
   * before `docker run` reports it; `exitCode` is then known only once the container is removed.
   */
  async stop(graceMs: number, seenExit = false): Promise<StopResult> {
    // a last sample while the cgroup is there; with docker stats, a run shorter than its first
    // sample would report no peaks at all: worth waiting for when an instance type was asked for
    // (its memory is judged), not otherwise
    if (this.sampler && this.running) {
      await this.sampler.sampleNow() // the last look at the cgroup, which goes with the container
      if (this.limited) await within(this.sampler.sampled, FIRST_SAMPLE_MS)
    }
    const start = performance.now()
    const seconds = (): number => (performance.now() - start) / 1000
    if (!this.running) return { killed: false, seconds: 0 }
    // the attached `docker run` passes SIGTERM on to the container (its --sig-proxy, on without a
    // TTY, which docker-run-args cannot change): no docker process to start for it
    if (!this.child.kill('SIGTERM')) {
      await docker(['kill', '--signal', 'TERM', this.name], { env: this.env, timeoutMs: 15000 })
    }
    // the exit code is a number or null, 'gone' the process seen to exit before docker says so;
    // undefined means the grace period ran out
    const exit = seenExit ? Promise.race([this.exited, this.processGone()]) : this.exited
    if ((await within(exit, graceMs)) !== undefined) {
      return { killed: false, seconds: seconds() }
    }
    await docker(['kill', '--signal', 'KILL', this.name], { env: this.env, timeoutMs: 15000 })
    await within(this.exited, 15000)
    return { killed: true, seconds: seconds() }
  }

  /** Resolves with 'gone' once the first process has left this host's /proc (polled while the
   * container runs); never when its PID is not this host's to watch. */
  private async processGone(): Promise<'gone'> {
    const own = this.hostProcess
    for (; own && this.running; await within(this.exited, GONE_POLL_MS)) {
      if (!(await inContainerCgroup(own))) return 'gone'
    }
    return new Promise<never>(() => undefined)
  }

  /** Peak memory and CPU since the container ran (sampled once its PID was asked for). */
  peaks(): ResourcePeaks {
    return this.sampler?.current ?? { samples: 0 }
  }

  /** Removes the container whatever state it is in; never throws. */
  async remove(): Promise<void> {
    this.sampler?.stop()
    // the kernel's OOM killer sends SIGKILL, which `docker run` reports as 137: only then ask why
    if (this.exitCode === 137) {
      const state = await docker(['inspect', '--format', '{{.State.OOMKilled}}', this.name], {
        env: this.env,
        timeoutMs: 15000
      })
      this.oomKilled = state.stdout.trim() === 'true'
    }
    await docker(['rm', '--force', '--volumes', this.name], { env: this.env, timeoutMs: 60000 })
    // `docker run` reports the exit a moment after the engine removed the container (its code is
    // kept in the report): killed only if it does not
    await within(this.exited, 1000)
    if (this.running) this.child.kill('SIGKILL')
    await within(this.exited, 5000)
  }
}

/** A line longer than this is passed on in pieces, so an endless line cannot grow memory. */
const MAX_LINE_CHARS = 16 * 1024

/** Splits a byte stream into lines (UTF-8 kept whole across chunks) for `onLine`. */
function lineSplitter(onLine: (line: string) => void): { push(b: Buffer): void; end(): void } {
  const decoder = new StringDecoder('utf8')
  let partial = ''
  const take = (text: string): void => {
    const parts = (partial + text).split('\n')
    partial = parts.pop() ?? ''
    // a progress bar redraws its line after \r: pass on what a terminal would show last
    for (const line of parts) onLine(line.replace(/\r$/, '').replace(/^.*\r/s, ''))
    for (; partial.length > MAX_LINE_CHARS; partial = partial.slice(MAX_LINE_CHARS)) {
      onLine(partial.slice(0, MAX_LINE_CHARS))
    }
  }
  return {
    push: b => take(decoder.write(b)),
    end: () => {
      take(decoder.end())
      if (partial) onLine(partial)
      partial = ''
    }
  }
}

/** Whether `pid` is, in this host's /proc, a process in the cgroup of container `id`: false once it
 * has exited (or the PID names another process). */
async function inContainerCgroup({ pid, id }: { pid: number; id: string }): Promise<boolean> {
  const text = await readFile(`/proc/${pid}/cgroup`, 'utf8').catch(() => '')
  return text.includes(id)
}
