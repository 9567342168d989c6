// The pure parts of serving under load (issue 26): the /ping-under-load verdict, and the concurrent
// pass's plan, figures and verdicts.
import { describe, expect, it } from '@jest/globals'
import {
  concurrencyFacts,
  concurrentAnswerVerdicts,
  concurrentPlan,
  serializationVerdict,
  type Answer,
  type ConcurrentPass
} from '../../src/smoke/concurrency.js'
import { percentile } from '../../src/core/stats.js'
import { pingUnderLoadFacts, pingUnderLoadVerdict } from '../../src/smoke/ping-monitor.js'
import type { PingSample } from '../../src/core/context.js'

const ok = (ms: number, body = '{"score":0.5}'): Answer => ({
  status: 200,
  ms,
  bodyStart: body,
  bytes: body.length
})

describe('pingUnderLoadVerdict', () => {
  const sample = (ms: number, extra: Partial<PingSample> = {}): PingSample => ({
    atSeconds: 1,
    ms,
    status: 200,
    during: 'POST /invocations with a.csv',
    ...extra
  })

  it('passes when every ping answered 200, with the figures', () => {
    const v = pingUnderLoadVerdict([sample(3), sample(5), sample(9)], '')
    expect(v).toEqual({ ok: true, detail: expect.stringContaining('p50 5 ms, slowest 9 ms') })
  })

  it('names each failed ping with its time and what was running', () => {
    const v = pingUnderLoadVerdict(
      [
        sample(3),
        sample(2000, { status: undefined, error: 'timed out after 2000 ms' }),
        sample(4, { status: 503 })
      ],
      ''
    )
    expect(v?.ok).toBe(false)
    const message = v && !v.ok ? v.finding.message : ''
    expect(message).toContain('2 of 3 GET /ping')
    expect(message).toContain(
      'while POST /invocations with a.csv: timed out after 2000 ms (2000 ms)'
    )
    expect(message).toContain('answered 503')
  })

  it('says nothing when no invocation ran long enough to be pinged', () => {
    expect(pingUnderLoadVerdict([], '')).toBeUndefined()
    expect(pingUnderLoadFacts([], 'realtime')).toEqual({
      mode: 'realtime',
      pings: 0,
      failed: 0,
      failures: []
    })
  })
})

describe('the concurrent pass', () => {
  it('plans the answered payloads in turn', () => {
    expect(concurrentPlan(['a', 'b'], 5)).toEqual(['a', 'b', 'a', 'b', 'a'])
    expect(concurrentPlan([], 5)).toEqual([])
  })

  it('takes nearest-rank percentiles', () => {
    expect(percentile([5000, 10000], 50)).toBe(5000)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10)
    expect(percentile([], 50)).toBe(0)
  })

  const pass = (answers: Answer[]): ConcurrentPass => ({
    mode: 'realtime',
    where: '',
    plan: answers.map(() => 'a.csv'),
    answers,
    wallMs: 1000,
    sequential: new Map([['a.csv', ok(300)]])
  })

  it('fails answers that fail or differ from the answer alone, and passes equal ones', () => {
    expect(concurrentAnswerVerdicts(pass([ok(310), ok(320)]))).toEqual([])
    const [failed, differing] = concurrentAnswerVerdicts(
      pass([{ error: 'connection reset', ms: 5 }, ok(300, '{"score":1}')])
    )
    expect(failed.ok || failed.finding.message).toContain('a.csv: connection reset')
    expect(differing.ok || differing.finding.message).toContain(
      'alone 200, 13 bytes: "{"score":0.5}"; at once 200, 11 bytes: "{"score":1}"'
    )
  })

  it('warns of a server that answers requests sent at once one after another', () => {
    const serial = concurrencyFacts(pass([ok(300), ok(600), ok(900), ok(1200)]))
    expect(serial).toMatchObject({
      p50Ms: 600,
      p95Ms: 1200,
      sequentialP50Ms: 300,
      failed: 0,
      differing: 0
    })
    const v = serializationVerdict(serial, '')
    expect(v.ok || v.finding).toMatchObject({ severity: 'warning' })
    const parallel = concurrencyFacts(pass([ok(310), ok(320), ok(330), ok(340)]))
    expect(serializationVerdict(parallel, '').ok).toBe(true)
  })
})
