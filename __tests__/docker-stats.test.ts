import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { foldSample, parseDockerSize, ResourceSampler } from '../src/docker/stats.js'
import { dockerSuite } from './helpers/docker-suite.js'
import { FIXTURE } from './helpers/smoke.js'

const MiB = 1024 * 1024

describe('docker stats samples', () => {
  it('reads docker sizes in both unit systems', () => {
    expect(parseDockerSize('680KiB')).toBe(680 * 1024)
    expect(parseDockerSize('1.5GiB')).toBe(1.5 * 1024 ** 3)
    expect(parseDockerSize('12MB')).toBe(12e6)
    expect(parseDockerSize('--')).toBeUndefined()
  })

  it('keeps the peaks across samples and ignores what is not a sample', () => {
    let peaks = { samples: 0 }
    for (const line of [
      '\u001b[H{"CPUPerc":"150.20%","MemUsage":"100MiB / 23.5GiB"}\u001b[K',
      '\u001b[K',
      '{"CPUPerc":"3.00%","MemUsage":"300MiB / 23.5GiB"}',
      '{"CPUPerc":"--","MemUsage":"-- / --"}',
      'not json'
    ])
      peaks = foldSample(peaks, line)
    expect(peaks).toEqual({ samples: 2, peakMemoryBytes: 300 * MiB, peakCpuPercent: 150.2 })
  })
})

dockerSuite('ResourceSampler', () => {
  it('sees the peak memory of a real container', async () => {
    const name = `preflight-stats-test-${process.pid}`
    execFileSync('docker', [
      'run',
      '-d',
      '--name',
      name,
      '--network',
      'none',
      '--entrypoint',
      '/bin/node',
      `${FIXTURE}:ok`,
      '-e',
      'const keep = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => keep.length, 60000)'
    ])
    const sampler = new ResourceSampler(name, process.env)
    try {
      const deadline = performance.now() + 20000
      while ((sampler.current.peakMemoryBytes ?? 0) < 150 * MiB && performance.now() < deadline) {
        await new Promise(r => setTimeout(r, 200))
      }
      expect(sampler.stop().peakMemoryBytes).toBeGreaterThan(150 * MiB)
    } finally {
      execFileSync('docker', ['rm', '-f', name])
    }
  })
})
