import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CgroupSampler,
  cgroupFiles,
  cgroupUsage,
  foldSample,
  parseDockerSize,
  startSampler
} from '../../src/docker/stats.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE } from '../helpers/smoke.js'

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

describe('cgroup files', () => {
  const id = 'f'.repeat(64)

  it('finds the v1 memory and cpuacct folders, and the v2 folder, of the container only', () => {
    expect(
      cgroupFiles(`4:memory:/docker/${id}\n3:cpu,cpuacct:/docker/${id}\n1:name=systemd:/`, id)
    ).toEqual({
      version: 1,
      memory: `/sys/fs/cgroup/memory/docker/${id}`,
      cpu: `/sys/fs/cgroup/cpu,cpuacct/docker/${id}`
    })
    expect(cgroupFiles(`0::/system.slice/docker-${id}.scope\n`, id)).toEqual({
      version: 2,
      dir: `/sys/fs/cgroup/system.slice/docker-${id}.scope`
    })
    // another process of this host with the same PID number (an engine in a VM), or no id at all
    expect(cgroupFiles('0::/user.slice/session-1.scope\n', id)).toBeUndefined()
    expect(cgroupFiles(`0::/docker/${id}\n`, 'not-an-id')).toBeUndefined()
  })

  it('counts memory without the inactive page cache, as docker stats does, and CPU seconds', () => {
    expect(
      cgroupUsage(1, {
        usage: '300\n',
        stat: 'cache 90\ntotal_inactive_file 100\n',
        cpu: '2500000000\n'
      })
    ).toEqual({ memoryBytes: 200, cpuSeconds: 2.5 })
    expect(
      cgroupUsage(2, {
        usage: '300\n',
        stat: 'inactive_file 50\n',
        cpu: 'usage_usec 1500000\nuser_usec 1\n'
      })
    ).toEqual({ memoryBytes: 250, cpuSeconds: 1.5 })
    expect(cgroupUsage(2, { usage: '', stat: '', cpu: '' })).toBeUndefined() // the cgroup is gone
  })
})

describe('the cgroup sampler', () => {
  it('reads the cgroup v2 files (the layout of GitHub-hosted runners) and stops when they go', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-cgroup-v2-'))
    const write = (memory: number, cpuUsec: number): void => {
      writeFileSync(path.join(dir, 'memory.current'), `${memory}\n`)
      writeFileSync(path.join(dir, 'memory.stat'), `anon ${memory}\ninactive_file ${MiB}\n`)
      writeFileSync(path.join(dir, 'cpu.stat'), `usage_usec ${cpuUsec}\nuser_usec 0\n`)
    }
    write(100 * MiB, 0)
    const sampler = new CgroupSampler({ version: 2, dir })
    await sampler.sampleNow()
    write(300 * MiB, 0)
    await sampler.sampleNow()
    await new Promise(r => setTimeout(r, 300))
    write(50 * MiB, 150000) // 0.15 s of CPU in the 0.3 s or more since the first sample
    await sampler.sampleNow()
    rmSync(dir, { recursive: true })
    await sampler.sampleNow() // the container and its cgroup are gone: no sample, no throw
    const peaks = sampler.stop()
    expect(peaks.samples).toBeGreaterThanOrEqual(3)
    expect(peaks.peakMemoryBytes).toBe(299 * MiB) // without the inactive page cache
    // a run under a second: its average, in percent of one core
    expect(peaks.peakCpuPercent).toBeGreaterThan(10)
    expect(peaks.peakCpuPercent).toBeLessThanOrEqual(50)
  })
})

dockerSuite('resource samplers', () => {
  it('sees the peak memory of a real container from its cgroup, and through docker stats', async () => {
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
    try {
      const [pid, id] = execFileSync('docker', ['inspect', '-f', '{{.State.Pid}} {{.Id}}', name], {
        encoding: 'utf8'
      })
        .trim()
        .split(' ')
      // its own cgroup (this engine runs here), then docker stats when the id does not match
      for (const [source, container] of [
        ['cgroup', { name, id, pid: Number(pid) }],
        ['docker stats', { name, id: '0'.repeat(64), pid: Number(pid) }]
      ] as const) {
        const sampler = await startSampler(container, process.env)
        // the cgroup is read at once; docker stats takes about a second for a first sample
        expect([source, sampler.current.samples > 0]).toEqual([source, source === 'cgroup'])
        const deadline = performance.now() + 20000
        while ((sampler.current.peakMemoryBytes ?? 0) < 150 * MiB && performance.now() < deadline) {
          await new Promise(r => setTimeout(r, 100))
        }
        const peaks = sampler.stop()
        expect([source, peaks.peakMemoryBytes! > 150 * MiB]).toEqual([source, true])
      }
    } finally {
      execFileSync('docker', ['rm', '-f', name])
    }
  })
})
