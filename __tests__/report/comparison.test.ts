// The comparison with a baseline and the `regression` rule on it (pure), and how the summary and
// the comment show it.
import { describe, expect, it } from '@jest/globals'
import type { Baseline, InvocationFigures, RunFigures } from '../../src/inputs/baseline.js'
import {
  changeLines,
  compare,
  firstDifference,
  regressionVerdicts
} from '../../src/report/comparison.js'
import { comparisonSection } from '../../src/report/comparison-section.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderComment } from '../../src/report/comment.js'
import type { Report } from '../../src/report/json.js'
import { renderGfm } from '../helpers/sinks.js'

const MiB = 1024 ** 2

function invocation(
  payload: string,
  latencyMs: number,
  answer = '{"label": 1}'
): InvocationFigures {
  return {
    payload,
    mode: 'realtime',
    latencyMs,
    status: 200,
    answerBytes: answer.length,
    answerSha256: answer.length
      .toString(16)
      .padStart(64, answer.charCodeAt(answer.length - 2).toString(16)),
    answerStart: answer
  }
}

const BEFORE: RunFigures = {
  imageSizeBytes: 800 * MiB,
  startupSeconds: 4.1,
  peakMemoryBytes: 300 * MiB,
  peakCpuPercent: 90,
  invocations: [invocation('a.csv', 40), invocation('b.json', 900)],
  findings: [
    {
      rule: 'pinned-digest',
      severity: 'warning',
      title: 'Tag only',
      message: 'image referenced by tag :1'
    },
    { rule: 'ping', severity: 'error', title: 'Slow ping', message: '/ping took 2300 ms' }
  ]
}

const baseline = (figures: RunFigures): Baseline => ({
  file: '/ws/base.json',
  toolVersion: '0.1.0',
  startedAt: '2026-12-01T10:00:00.000Z',
  figures
})

describe('compare and regression', () => {
  it('the same figures against themselves: nothing changed, no regression', () => {
    const c = compare(baseline(BEFORE), BEFORE, 25)
    expect(changeLines(c)).toEqual([])
    expect(c.answers.map(a => a.answer)).toEqual(['same', 'same'])
    expect(c.findings).toEqual({ new: [], fixed: [] })
    expect(regressionVerdicts(c)).toEqual([
      {
        ok: true,
        detail:
          '5 figure(s) within 25 % (or the run-to-run noise) of the baseline (the report of 2026-12-01 10:00 UTC, marketplace-ml-preflight 0.1.0)'
      }
    ])
  })

  it('warns once for what grew past the threshold and the noise, and lists every change', () => {
    const after: RunFigures = {
      ...BEFORE,
      imageSizeBytes: 900 * MiB, // +12 %: under the threshold
      startupSeconds: 7.9,
      peakMemoryBytes: 420 * MiB,
      invocations: [invocation('a.csv', 95), invocation('b.json', 1500, '{"label": 0}')],
      findings: [
        // the same finding with other numbers is not new
        { rule: 'ping', severity: 'error', title: 'Slow ping', message: '/ping took 2410 ms' },
        { rule: 'sigterm', severity: 'warning', title: 'SIGTERM', message: 'ignored SIGTERM' }
      ]
    }
    const c = compare(baseline(BEFORE), after, 25)
    expect(c.startupSeconds).toEqual({ before: 4.1, after: 7.9, changePercent: 93 })
    expect(c.latencyPercentilesMs?.p95).toEqual({ before: 900, after: 1500, changePercent: 67 })
    const [verdict] = regressionVerdicts(c)
    expect(verdict.ok).toBe(false)
    // a.csv: +138 % but only 55 ms, inside the noise; the image: +12 %
    expect(!verdict.ok && verdict.finding.message).toBe(
      'Against the baseline (the report of 2026-12-01 10:00 UTC, marketplace-ml-preflight 0.1.0), grown by more than 25 %: startup 4.1 s → 7.9 s (+93 %); peak memory 300 MiB → 420 MiB (+40 %); latency of b.json (real-time) 900 ms → 1500 ms (+67 %).'
    )
    expect(changeLines(c)).toEqual([
      'image size 800 MiB → 900 MiB (+13 %)',
      'startup 4.1 s → 7.9 s (+93 %)',
      'peak memory 300 MiB → 420 MiB (+40 %)',
      'latency of b.json (real-time) 900 ms → 1500 ms (+67 %)',
      'answer to b.json (real-time) changed',
      '1 new finding(s): sigterm',
      '1 finding(s) fixed: pinned-digest'
    ])
    expect(c.answers[1]).toMatchObject({
      answer: 'changed',
      firstDifference: { at: 10, before: '{"label": 1}', after: '{"label": 0}' }
    })
  })

  it('warns on an image that grew past the threshold, however few bytes a small image gains', () => {
    const c = compare(baseline(BEFORE), { ...BEFORE, imageSizeBytes: 1100 * MiB }, 25)
    const [verdict] = regressionVerdicts(c)
    expect(!verdict.ok && verdict.finding.message).toContain('image size 800 MiB → 1.1 GiB (+38 %)')
    expect(
      regressionVerdicts(
        compare(baseline(BEFORE), { ...BEFORE, imageSizeBytes: 1100 * MiB }, 50)
      )[0].ok
    ).toBe(true)
  })

  it('says what it could not compare: answers of an older report, a payload on one side only', () => {
    const older = {
      ...BEFORE,
      invocations: [{ payload: 'a.csv', mode: 'realtime' as const, latencyMs: 40, status: 200 }]
    }
    const c = compare(baseline(older), BEFORE, 25)
    expect(c.answers).toEqual([
      expect.objectContaining({
        payload: 'a.csv',
        answer: 'not compared',
        reason:
          'the baseline report (written by 0.1.0) records no answer digest; the status is the same'
      }),
      expect.objectContaining({
        payload: 'b.json',
        answer: 'not compared',
        reason: 'not sent in the baseline run'
      })
    ])
    expect(c.latencyPercentilesMs).toBeUndefined() // one invocation in the baseline
  })

  it('names a status that changed, and nothing measured in both is a pass saying so', () => {
    const failing = { ...invocation('a.csv', 40), status: 500 }
    const c = compare(baseline(BEFORE), { ...BEFORE, invocations: [failing] }, 25)
    expect(changeLines(c)).toContain('answer to a.csv (real-time) changed: status 200 → status 500')
    const empty = compare(
      baseline({ invocations: [], findings: [] }),
      { invocations: [], findings: [] },
      25
    )
    expect(regressionVerdicts(empty)[0]).toMatchObject({
      ok: true,
      detail: expect.stringContaining('nothing measured in both this run and the baseline')
    })
  })

  it('finds where two answers first differ, with a little before it', () => {
    expect(firstDifference('x'.repeat(100) + 'A', 'x'.repeat(100) + 'B')).toEqual({
      at: 100,
      before: 'x'.repeat(16) + 'A',
      after: 'x'.repeat(16) + 'B'
    })
    expect(firstDifference('same', 'same')).toBeUndefined()
    expect(firstDifference('abc', 'abcd')).toEqual({ at: 3, before: 'abc', after: 'abcd' })
  })
})

describe('the comparison shown', () => {
  const hostile = '<img src=x onerror=alert(1)>@octocat`"].csv'
  const after: RunFigures = {
    ...BEFORE,
    startupSeconds: 7.9,
    invocations: [invocation(hostile, 40), invocation('b.json', 1500, '{"label": "<b>0</b>"}')]
  }
  const before = { ...BEFORE, invocations: [invocation(hostile, 40), invocation('b.json', 900)] }
  const c = compare(baseline(before), after, 25)
  const report: Report = {
    version: 1,
    tool: { name: 'marketplace-ml-preflight', version: '0.1.0' },
    result: 'pass',
    startedAt: '2026-12-02T10:00:00.000Z',
    durationMs: 1,
    errors: 0,
    warnings: 0,
    checks: [],
    findings: [],
    comparison: c
  }

  it('opens the summary and the comment with one line per change, then the table and a chart', () => {
    for (const text of [renderSummary(report), renderComment(report)]) {
      const section = text.slice(text.indexOf('### Against the baseline'))
      expect(text.indexOf('### Against the baseline')).toBeGreaterThan(0)
      expect(section).toContain('<li>startup 4.1 s → 7.9 s (+93 %)</li>')
      expect(section).toContain('<li>answer to b.json (real-time) changed: 12 B → 21 B</li>')
      expect(section).toContain('<th align="left">Startup</th><td>4.1 s → 7.9 s (+93 %)</td>')
      expect(section).toContain('```mermaid\nxychart-beta\n')
      expect(section).toContain('  bar [40, 40, 900, 1500]')
    }
  })

  it('shows payload names and answers escaped in HTML and reduced to safe characters in charts', () => {
    const section = comparisonSection(c)
    const html = renderGfm(section)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>0</b>')
    expect(section).toContain('&#60;b&#62;0&#60;/b&#62;')
    expect(section).toContain('@\u200docto')
    const chart = section.slice(section.indexOf('```mermaid'))
    expect(chart).toContain(
      'x-axis ["_img src_x onerror_alert_1___oc… before", "_img src_x onerror_alert_1___oc… after", "b.json real-time before"'
    )
    expect(chart.split('```')[1]).not.toMatch(/[<>`@]/)
  })

  it('leaves out the rows of figures neither run measured', () => {
    const local = compare(
      baseline({ ...before, imageSizeBytes: undefined }),
      { ...after, imageSizeBytes: undefined },
      25
    )
    expect(comparisonSection(local)).not.toContain('Image size')
    expect(comparisonSection(c)).toContain('Image size')
  })

  it('shows nothing without a baseline', () => {
    const { comparison, ...plain } = report
    expect(comparison).toBeDefined()
    expect(renderSummary(plain)).not.toContain('baseline')
    expect(renderComment(plain)).not.toContain('baseline')
    expect(comparisonSection(undefined)).toBe('')
  })
})
