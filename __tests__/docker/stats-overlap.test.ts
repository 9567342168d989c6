// Two cgroup samples asked for at once (the sampler's timer and the last look before SIGTERM) whose
// reads finish out of order: the later counter must not become the start of the CPU window, or the
// CPU use comes out negative (seen in a report: peakCpuPercent -20.05).

import { describe, expect, it, jest } from '@jest/globals'
import { createRequire } from 'node:module'

const MiB = 1024 * 1024
const CGROUP = '/nonexistent-cgroup'
/** The cpu.stat each read returns, and how long it takes: the first read is the slow one. */
const cpuReads = [
  { usec: 100_000, delayMs: 300 },
  { usec: 300_000, delayMs: 0 }
]
let cpuRead = 0

// the builtin itself (an import here would be the mock)
const real = createRequire(import.meta.url)('node:fs/promises') as typeof import('node:fs/promises')

jest.unstable_mockModule('node:fs/promises', () => {
  return {
    ...real,
    readFile: async (file: string, ...rest: unknown[]) => {
      if (!String(file).startsWith(CGROUP))
        return (real.readFile as (...a: unknown[]) => Promise<unknown>)(file, ...rest)
      if (file.endsWith('memory.current')) return `${MiB}\n`
      if (file.endsWith('memory.stat')) return `anon ${MiB}\n`
      const { usec, delayMs } = cpuReads[Math.min(cpuRead++, cpuReads.length - 1)]
      await new Promise(r => setTimeout(r, delayMs))
      return `usage_usec ${usec}\n`
    }
  }
})

const { CgroupSampler } = await import('../../src/docker/stats.js')

describe('the cgroup sampler, asked twice at once', () => {
  it('takes the samples in order, so CPU use is never negative', async () => {
    const sampler = new CgroupSampler({ version: 2, dir: CGROUP })
    await Promise.all([sampler.sampleNow(), sampler.sampleNow()])
    const peaks = sampler.stop()
    expect(peaks.peakCpuPercent).toBeGreaterThan(0)
  })
})
