// Peak memory and CPU of a running container, so sellers can pick instance types from measurements
// and an out-of-memory kill can be told with the peak that led to it. Read from the container's
// cgroup files when the engine runs on this host (no process to start, a sample whenever asked), else
// from `docker stats` (one JSON line a second, on every engine: a VM, another host).

import type { ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { spawnDocker } from './command.js'

export interface ResourcePeaks {
  /** Highest memory use seen, in bytes. */
  peakMemoryBytes?: number
  /** Highest CPU use seen, in percent of one core (200 = two cores busy). */
  peakCpuPercent?: number
  samples: number
}

const UNITS: Record<string, number> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  KIB: 1024,
  MIB: 1024 ** 2,
  GIB: 1024 ** 3,
  TIB: 1024 ** 4
}

/** `12.5MiB` (the first half of docker's "12.5MiB / 1GiB") in bytes; undefined when unreadable. */
export function parseDockerSize(text: string): number | undefined {
  const m = /^\s*([\d.]+)\s*([a-zA-Z]+)\s*$/.exec(text)
  const unit = m ? UNITS[m[2].toUpperCase()] : undefined
  return m && unit ? Math.round(Number(m[1]) * unit) : undefined
}

/** One line of `docker stats --format '{{json .}}'` (with the terminal codes docker adds) folded
 * into the peaks so far. Lines that are not a sample (the engine's blank first read) change nothing. */
export function foldSample(peaks: ResourcePeaks, line: string): ResourcePeaks {
  // eslint-disable-next-line no-control-regex -- docker stats redraws with ESC[H and ESC[K
  const json = line.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').trim()
  if (!json.startsWith('{')) return peaks
  let sample: { MemUsage?: string; CPUPerc?: string }
  try {
    sample = JSON.parse(json)
  } catch {
    return peaks
  }
  const memory = parseDockerSize((sample.MemUsage ?? '').split('/')[0] ?? '')
  const cpu = Number.parseFloat(sample.CPUPerc ?? '')
  if (memory === undefined && Number.isNaN(cpu)) return peaks
  return {
    samples: peaks.samples + 1,
    peakMemoryBytes: Math.max(peaks.peakMemoryBytes ?? 0, memory ?? 0),
    peakCpuPercent: Math.max(peaks.peakCpuPercent ?? 0, Number.isNaN(cpu) ? 0 : cpu)
  }
}

/** Samples a container until `stop()`; never throws (no samples is an answer too). */
export interface ResourceSampler {
  /** The peaks seen so far. */
  readonly current: ResourcePeaks
  /** Resolves with the first sample. */
  readonly sampled: Promise<void>
  /** One more sample now, where the source can take one on demand (before the container stops). */
  sampleNow(): Promise<void>
  /** Stops sampling; returns the peaks. */
  stop(): ResourcePeaks
}

/** The container's cgroup files on this host, or `docker stats` where they are not here. */
export async function startSampler(
  container: { name: string; id: string; pid: number },
  env: NodeJS.ProcessEnv
): Promise<ResourceSampler> {
  const files = cgroupFiles(
    await readFile(`/proc/${container.pid}/cgroup`, 'utf8').catch(() => ''),
    container.id
  )
  if (files) {
    const sampler = new CgroupSampler(files)
    await sampler.sampleNow()
    if (sampler.current.samples > 0) return sampler
    sampler.stop() // named but not readable here (another cgroup namespace)
  }
  return new DockerStatsSampler(container.name, env)
}

/** Where a cgroup keeps memory and CPU use (v1: one hierarchy per controller; v2: one folder). */
export type CgroupFiles = { version: 1; memory: string; cpu: string } | { version: 2; dir: string }

/**
 * The cgroup folders `/proc/PID/cgroup` names, as this host mounts them, when they are the
 * container's (its id is in the path, under the cgroupfs and systemd drivers alike): a PID that is
 * another process of this host (an engine in a VM numbers its own) is never read.
 */
export function cgroupFiles(
  procCgroup: string,
  id: string,
  root = '/sys/fs/cgroup'
): CgroupFiles | undefined {
  if (!/^[0-9a-f]{64}$/.test(id)) return undefined
  const lines = procCgroup
    .split('\n')
    .map(l => l.split(':'))
    .filter(l => l.length >= 3)
  const path = (controller: string): { list: string; dir: string } | undefined => {
    const line = lines.find(([, list]) => list.split(',').includes(controller))
    return line && line[2]?.includes(id)
      ? { list: line[1], dir: line.slice(2).join(':') }
      : undefined
  }
  const memory = path('memory')
  const cpu = path('cpuacct')
  if (memory && cpu) {
    return {
      version: 1,
      memory: `${root}/${memory.list}${memory.dir}`,
      cpu: `${root}/${cpu.list}${cpu.dir}`
    }
  }
  const unified = lines.find(([hierarchy, list]) => hierarchy === '0' && list === '')
  const dir = unified?.slice(2).join(':')
  return dir?.includes(id) ? { version: 2, dir: `${root}${dir}` } : undefined
}

/** Memory in use without the page cache the kernel can drop (what `docker stats` shows), and CPU
 * time so far, from a cgroup's files. */
export function cgroupUsage(
  version: 1 | 2,
  files: { usage: string; stat: string; cpu: string }
): { memoryBytes: number; cpuSeconds: number } | undefined {
  const stat = (key: string, text: string): number | undefined => {
    const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(text)
    return m ? Number(m[1]) : undefined
  }
  const usage = Number(files.usage.trim())
  const inactive = stat(version === 1 ? 'total_inactive_file' : 'inactive_file', files.stat) ?? 0
  const cpuSeconds =
    version === 1 ? Number(files.cpu.trim()) / 1e9 : (stat('usage_usec', files.cpu) ?? NaN) / 1e6
  if (!Number.isFinite(usage) || !Number.isFinite(cpuSeconds)) return undefined
  return { memoryBytes: inactive < usage ? usage - inactive : usage, cpuSeconds }
}

/** How often cgroup files are read (docker stats gives a sample a second). */
const CGROUP_SAMPLE_MS = 250
/** CPU use is judged over windows this long, as docker stats does, or the last window of a run. */
const CPU_WINDOW_MS = 1000

/** Samples the cgroup files given; exported for tests of each cgroup layout. */
export class CgroupSampler implements ResourceSampler {
  private peaks: ResourcePeaks = { samples: 0 }
  private window: { at: number; cpuSeconds: number } | undefined
  /** The busiest full window so far; until there is one, the run's average (a run under a second). */
  private cpuPeak: number | undefined
  private shortRun: number | undefined
  private readonly timer: NodeJS.Timeout
  private stopped = false
  private last: Promise<void> = Promise.resolve()
  readonly sampled = Promise.resolve()

  constructor(private readonly files: CgroupFiles) {
    this.timer = setInterval(() => void this.sampleNow(), CGROUP_SAMPLE_MS)
    this.timer.unref()
  }

  get current(): ResourcePeaks {
    return { ...this.peaks }
  }

  /** One sample after the one in flight: two reads that overlap could land out of order, and a
   * later counter taken as the window's start would make the CPU use negative. */
  sampleNow(): Promise<void> {
    this.last = this.last.then(() => this.sample())
    return this.last
  }

  private async sample(): Promise<void> {
    const f = this.files
    const at = performance.now()
    const [usage, stat, cpu] = await Promise.all(
      (f.version === 1
        ? [`${f.memory}/memory.usage_in_bytes`, `${f.memory}/memory.stat`, `${f.cpu}/cpuacct.usage`]
        : [`${f.dir}/memory.current`, `${f.dir}/memory.stat`, `${f.dir}/cpu.stat`]
      ).map(file => readFile(file, 'utf8').catch(() => ''))
    )
    const use = cgroupUsage(f.version, { usage, stat, cpu })
    // the cgroup goes with the container: nothing more to read
    if (!use) return void clearInterval(this.timer)
    if (this.stopped) return
    // the counter belongs to when the reads began, not to when they ended
    if (!this.window) this.window = { at, cpuSeconds: use.cpuSeconds }
    else {
      const ms = at - this.window.at
      const percent = ((use.cpuSeconds - this.window.cpuSeconds) * 1000 * 100) / ms
      if (ms >= CPU_WINDOW_MS) {
        this.cpuPeak = Math.max(this.cpuPeak ?? 0, percent)
        this.window = { at, cpuSeconds: use.cpuSeconds }
      } else if (this.cpuPeak === undefined && ms >= CGROUP_SAMPLE_MS) this.shortRun = percent
    }
    const busiest = this.cpuPeak ?? this.shortRun
    this.peaks = {
      samples: this.peaks.samples + 1,
      peakMemoryBytes: Math.max(this.peaks.peakMemoryBytes ?? 0, use.memoryBytes),
      ...(busiest === undefined ? {} : { peakCpuPercent: Math.round(busiest * 100) / 100 })
    }
  }

  stop(): ResourcePeaks {
    this.stopped = true
    clearInterval(this.timer)
    return this.current
  }
}

class DockerStatsSampler implements ResourceSampler {
  private peaks: ResourcePeaks = { samples: 0 }
  private readonly child: ChildProcess
  private buffered = ''
  private onSample: () => void = () => undefined
  /** Resolves with the first sample (docker takes about a second to give one). */
  readonly sampled = new Promise<void>(resolve => (this.onSample = resolve))

  constructor(container: string, env: NodeJS.ProcessEnv) {
    this.child = spawnDocker(['stats', '--format', '{{json .}}', container], env, {
      stdio: ['ignore', 'pipe', 'ignore']
    })
    this.child.on('error', () => undefined)
    this.child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (this.buffered + chunk.toString('utf8')).split('\n')
      this.buffered = (lines.pop() ?? '').slice(-4096) // a sample line is short; cap a runaway one
      for (const line of lines) this.peaks = foldSample(this.peaks, line)
      if (this.peaks.samples > 0) this.onSample()
    })
  }

  get current(): ResourcePeaks {
    return { ...this.peaks }
  }

  sampleNow(): Promise<void> {
    return Promise.resolve() // docker stats samples on its own clock
  }

  stop(): ResourcePeaks {
    this.peaks = foldSample(this.peaks, this.buffered)
    this.buffered = ''
    this.child.kill('SIGKILL')
    return this.current
  }
}
