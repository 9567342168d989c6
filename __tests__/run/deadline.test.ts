// The overall deadline: from the payload files a run will send, and always a timer Node can keep.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { MAX_OVERALL_TIMEOUT_MS, overallTimeoutMs, preflight } from '../../src/run/engine.js'
import { readInputs } from '../../src/inputs/index.js'
import { samplePayloads } from '../../src/run/preconditions.js'

/** Node fires a timer set above this at once (TimeoutOverflowWarning). */
const NODE_TIMER_LIMIT_MS = 2 ** 31 - 1

function inputs(values: Record<string, string>, workspace = tmpdir()) {
  return readInputs(name => values[name] ?? '', { GITHUB_WORKSPACE: workspace })
}

describe('overallTimeoutMs', () => {
  it('adds each payload file to the real-time and batch budgets', () => {
    const i = inputs({ 'local-image': 'm:dev', batch: 'true' })
    // startup 480 s twice, 60 s per real-time and 600 s per batch invocation, 900 s margin
    expect(overallTimeoutMs(i, 2)).toBe((480 + 2 * 60 + 480 + 2 * 600 + 900) * 1000)
    expect(overallTimeoutMs(i, 0)).toBe(overallTimeoutMs(i, 1))
  })

  it("adds each replayed profile: its training's MaxRuntimeInSeconds and a transform allowance", () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'preflight-deadline-'))
    const request = (profiles: unknown[]) => {
      writeFileSync(
        path.join(ws, 'algorithm.json'),
        JSON.stringify({ ValidationSpecification: { ValidationProfiles: profiles } })
      )
      return inputs({ 'algorithm-request': 'algorithm.json', batch: 'false' }, ws)
    }
    const none = overallTimeoutMs(request([]), 0)
    const trainThenTransform = request([
      {
        TrainingJobDefinition: { StoppingCondition: { MaxRuntimeInSeconds: 7200 } },
        TransformJobDefinition: {}
      }
    ])
    // 7200 s of training and its 120 s grace; startup 480 s and four hours of transform
    expect(overallTimeoutMs(trainThenTransform, 0) - none).toBe(
      (7200 + 120 + 480 + 4 * 3600) * 1000
    )
  })

  it('stays below the timer limit with about 600 payloads and batch on', () => {
    const i = inputs({ 'local-image': 'm:dev', batch: 'true', 'invocation-timeout': '3600' })
    expect(overallTimeoutMs(i, 600)).toBe(MAX_OVERALL_TIMEOUT_MS)
    expect(MAX_OVERALL_TIMEOUT_MS).toBeLessThan(NODE_TIMER_LIMIT_MS)
    expect(overallTimeoutMs(i, 599)).toBeLessThan(NODE_TIMER_LIMIT_MS)
  })
})

describe('preflight deadline', () => {
  it('counts the files a glob line matches, not the lines', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'preflight-deadline-'))
    mkdirSync(path.join(ws, 'samples'))
    for (let n = 0; n < 600; n++) writeFileSync(path.join(ws, 'samples', `${n}.csv`), '1\n')
    const debug: string[] = []
    const i = inputs(
      { 'local-image': 'm:dev', payload: 'samples/*.csv', batch: 'true', 'aws-checks': 'false' },
      ws
    )
    const log = {
      info: () => undefined,
      warning: () => undefined,
      debug: (m: string) => void debug.push(m),
      group: async <T>(_name: string, fn: () => Promise<T>) => fn()
    }
    // cancelled before it starts: the deadline is computed, the phases stop at once
    const payloads = await samplePayloads(i)
    await preflight(i, { log, signal: AbortSignal.abort(new Error('stop')), payloads }).catch(
      () => undefined
    )
    expect(debug).toContainEqual(
      `Overall time limit: ${Math.round(overallTimeoutMs(i, 600) / 60000)} minutes for 600 payload file(s)`
    )
  })
})
