// instance-resources: containers run with the vCPUs and memory of `instance-type`, an OOM kill is a
// finding with the peak seen, and every run's peaks are in the report.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { limitArgs } from '../../src/docker/container.js'
import { smallestDeclaredType } from '../../src/image/checks.js'
import {
  largerThanRunner,
  limitsFor,
  mergeResourceFacts,
  resourcesVerdict
} from '../../src/smoke/instance-resources.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'
import { testContext } from '../helpers/context.js'

const GiB = 1024 ** 3

describe('instance limits', () => {
  it('runs with the instance vCPUs and memory, swap off, and its processor count', () => {
    const limits = limitsFor('ml.m5.large')!
    expect(limits).toEqual({ instanceType: 'ml.m5.large', cpus: 2, memoryBytes: 8 * GiB })
    expect(limitArgs(limits, 2)).toEqual([
      '--cpus',
      '2',
      '--memory',
      String(8 * GiB),
      '--memory-swap',
      String(8 * GiB)
    ])
    expect(limitArgs(limits, 16)).toContain('--cpuset-cpus')
    expect(limitArgs(limits, 16)[limitArgs(limits, 16).indexOf('--cpuset-cpus') + 1]).toBe('0-1')
  })

  it('runs as the smallest type a request lists, unless `instance-type` names one', () => {
    const file = path.join(workspace(), 'create-model-package.json')
    writeFileSync(
      file,
      JSON.stringify({
        InferenceSpecification: {
          SupportedRealtimeInferenceInstanceTypes: ['ml.m5.xlarge', 'ml.c5.large'],
          SupportedTransformInstanceTypes: ['ml.m5.large', 'ml.unknown.large']
        }
      })
    )
    expect(smallestDeclaredType(testContext({ 'model-package-request': file }))?.name).toBe(
      'ml.c5.large'
    )
    expect(
      smallestDeclaredType(
        testContext({ 'model-package-request': file, 'instance-type': 'ml.m5.xlarge' })
      )?.name
    ).toBe('ml.m5.xlarge')
    expect(smallestDeclaredType(testContext({ 'local-image': 'm:dev' }))).toBeUndefined()
  })

  it('says when the runner is smaller than the instance', () => {
    expect(largerThanRunner(limitsFor('ml.m5.large')!, 2, 24 * GiB)).toBeUndefined()
    expect(largerThanRunner(limitsFor('ml.g5.12xlarge')!, 2, 24 * GiB)).toContain(
      'the containers run with what the runner has'
    )
  })

  it('decides from the peaks: OOM kill an error, above 90 % a warning, else a pass', () => {
    const base = { instanceType: 'ml.m5.large', cpus: 2, memoryBytes: 8 * GiB }
    expect(
      resourcesVerdict(
        'while serving',
        { ...base, oomKilled: true, peakMemoryBytes: 8 * GiB },
        24 * GiB
      )
    ).toMatchObject({
      ok: false,
      finding: {
        message: expect.stringContaining('killed for running out of memory while serving')
      }
    })
    expect(
      resourcesVerdict('while training', { ...base, peakMemoryBytes: 7.5 * GiB }, 24 * GiB)
    ).toMatchObject({
      ok: false,
      finding: { severity: 'warning' }
    })
    expect(
      resourcesVerdict(
        'while serving',
        { ...base, peakMemoryBytes: GiB, peakCpuPercent: 50 },
        24 * GiB
      )
    ).toEqual({
      ok: true,
      detail: 'peak memory 1.0 GiB of the 8.0 GiB of ml.m5.large, peak CPU 50% while serving'
    })
  })

  it('keeps the larger peaks of the real-time and batch runs', () => {
    expect(
      mergeResourceFacts(
        { peakMemoryBytes: 5, peakCpuPercent: 90 },
        { peakMemoryBytes: 9, peakCpuPercent: 10, oomKilled: true }
      )
    ).toEqual({ peakMemoryBytes: 9, peakCpuPercent: 90, oomKilled: true })
  })
})

dockerSuite('instance-resources (real Docker)', () => {
  it('serves within ml.c5.large and reports the limits and peaks', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'rows.csv'), '1,2\n')
    const r = await smoke(
      {
        'local-image': `${FIXTURE}:ok`,
        payload: 'rows.csv',
        batch: 'false',
        'instance-type': 'ml.c5.large'
      },
      { ws }
    )
    expect(r.status('instance-resources')).toBe('pass')
    expect(r.facts.smokeTest?.resources).toMatchObject({
      instanceType: 'ml.c5.large',
      cpus: 2,
      memoryBytes: 4 * GiB,
      peakMemoryBytes: expect.any(Number)
    })
    expect(r.facts.smokeTest!.resources!.peakMemoryBytes!).toBeGreaterThan(1024 * 1024)
  }, 120000)

  it('reports a model that needs more memory than the instance as OOM-killed', async () => {
    const r = await smoke(
      // filling 4 GiB takes a while on a busy machine: the container must die, not the wait run out
      {
        'local-image': `${FIXTURE}:oom`,
        batch: 'false',
        'instance-type': 'ml.c5.large',
        'startup-timeout': '300'
      },
      {}
    )
    expect(r.status('serve-start')).toBe('fail')
    expect(r.status('instance-resources')).toBe('fail')
    expect(r.messages('instance-resources')).toContain(
      'killed for running out of memory while serving'
    )
    expect(r.messages('instance-resources')).toContain('4.0 GiB of ml.c5.large')
    expect(r.facts.smokeTest?.resources?.oomKilled).toBe(true)
  }, 330000)
})
