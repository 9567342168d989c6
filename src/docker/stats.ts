// Peak memory and CPU of a running container, from `docker stats` (one JSON line a second per
// container, on every engine and cgroup version), so sellers can pick instance types from
// measurements and an out-of-memory kill can be told with the peak that led to it.

import type { ChildProcess } from 'node:child_process'
import { spawnDocker } from './cli.js'

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
export class ResourceSampler {
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

  /** The peaks seen so far. */
  get current(): ResourcePeaks {
    return { ...this.peaks }
  }

  /** Stops sampling; returns the peaks. */
  stop(): ResourcePeaks {
    this.peaks = foldSample(this.peaks, this.buffered)
    this.buffered = ''
    this.child.kill('SIGKILL')
    return this.current
  }
}
