// endpoint-type's limits as pure functions: what payload-size, the answer cap, request-size-limit,
// instance-resources and cuda-driver apply for a real-time, asynchronous or serverless endpoint.
import { describe, expect, it } from '@jest/globals'
import { findInstanceType, type InstanceType } from '../../src/catalog/instance-types.js'
import { ENDPOINT_LIMITS, LIMITS } from '../../src/catalog/sagemaker-limits.js'
import { limitArgs } from '../../src/docker/container.js'
import { serverlessGpuVerdict } from '../../src/image/hardware-rules.js'
import { serverlessLimits, resourcesVerdict } from '../../src/smoke/instance-resources.js'
import { endpointGrowth } from '../../src/smoke/large-request.js'
import { payloadSizeFindings } from '../../src/smoke/payloads.js'
import { oversizedAnswer, responseLimit } from '../../src/smoke/response-size.js'

const MiB = 1024 * 1024
const sample = (name: string, bytes: number) => ({ name, file: name, bytes, contentType: 'x' })
const types = (...names: string[]): InstanceType[] => names.map(n => findInstanceType(n)!)

describe('endpoint limits', () => {
  it('caps a request at 25 MB real-time, 1 GB async and 4 MB serverless', () => {
    const big = [sample('big.csv', 27 * MiB)]
    expect(payloadSizeFindings(big, false, 'realtime')[0].message).toBe(
      'big.csv is 27.0 MiB; a real-time endpoint takes a request of at most 25.0 MiB, so it is not sent to the real-time server.'
    )
    expect(payloadSizeFindings(big, false, 'async')).toEqual([])
    const five = payloadSizeFindings([sample('five.csv', 5 * MiB)], false, 'serverless')
    expect(five).toHaveLength(1)
    expect(five[0].severity).toBeUndefined()
    expect(five[0].message).toContain('a serverless endpoint takes a request of at most 4.0 MiB')
    expect(five[0].help).toContain('serverless-endpoints-invoke.html')
    expect(payloadSizeFindings([sample('gb', 1025 * MiB)], false, 'async')[0].message).toContain(
      'an asynchronous endpoint takes a request of at most 1024.0 MiB'
    )
    // the 6 MiB InvokeEndpoint warning is real-time's alone
    expect(payloadSizeFindings([sample('mid', 7 * MiB)], false, 'async')).toEqual([])
  })

  it('reads answers up to the type limit, and names it when one is larger', () => {
    expect(responseLimit('realtime', 'serverless')).toBe(4 * MiB)
    expect(responseLimit('realtime', 'realtime')).toBe(LIMITS.invokeEndpointBytes)
    expect(responseLimit('realtime', 'async')).toBe(LIMITS.batchBytes)
    expect(responseLimit('batch', 'serverless')).toBe(LIMITS.batchBytes)
    const f = oversizedAnswer(
      'POST /invocations with a.csv',
      'answered 200 with …',
      'realtime',
      'serverless'
    )
    expect(f.message).toContain('A serverless endpoint passes on at most 4.0 MiB of an answer')
  })

  it('grows the large request to 4 MB serverless, and keeps 6 MiB for async (not 1 GB)', () => {
    expect(endpointGrowth('serverless').limit).toBe(4 * MiB)
    expect(endpointGrowth('realtime').limit).toBe(6 * MiB)
    expect(endpointGrowth('async')).toEqual({
      limit: 6 * MiB,
      limitName: expect.stringContaining('up to 1 GB are not grown that far')
    })
  })

  it('allows 60 s real-time and serverless, an hour async, and serverless startup 3 minutes', () => {
    expect(
      Object.values(ENDPOINT_LIMITS).map(l => [l.maxInvocationSeconds, l.maxStartupSeconds])
    ).toEqual([
      [3600, undefined],
      [3600, undefined],
      [60, 180]
    ])
  })

  it('gives a serverless container its memory and no vCPU count', () => {
    const limits = serverlessLimits(3072)
    expect(limits).toEqual({
      instanceType: 'a serverless endpoint of 3072 MB',
      memoryBytes: 3072 * MiB
    })
    expect(limitArgs(limits, 2)).toEqual([
      '--memory',
      String(3072 * MiB),
      '--memory-swap',
      String(3072 * MiB)
    ])
  })

  it('calls an OOM kill on serverless instance-resources, with serverless-memory as the fix', () => {
    const verdict = resourcesVerdict(
      'while serving',
      {
        instanceType: 'a serverless endpoint of 1024 MB',
        memoryBytes: 1024 * MiB,
        peakMemoryBytes: 1024 * MiB,
        oomKilled: true
      },
      8 * 1024 * MiB
    )
    expect(verdict).toMatchObject({
      ok: false,
      finding: {
        message: expect.stringContaining('limit the 1.0 GiB of a serverless endpoint of 1024 MB'),
        help: expect.stringContaining('`serverless-memory` here: up to 6144 MB')
      }
    })
  })

  it('finds a GPU type an error and a CUDA image a warning with serverless', () => {
    expect(serverlessGpuVerdict('image', {}, types('ml.g5.xlarge', 'ml.c5.large'))).toMatchObject({
      ok: false,
      finding: { message: expect.stringContaining('ml.g5.xlarge have GPUs or accelerators') }
    })
    const cuda = serverlessGpuVerdict('image', { CUDA_VERSION: '12.1.0' }, types('ml.c5.large'))
    expect(cuda).toMatchObject({ ok: false, finding: { severity: 'warning' } })
    expect(serverlessGpuVerdict('image', {}, [])).toMatchObject({ ok: true })
  })
})
