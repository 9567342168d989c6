// `baseline` end to end on the real engine: a first run of the fixture server, then a second of the
// same server answering 5 s late with another model, compared with the first through the CLI and the
// action's bundle; the first report against itself; and a foreign file refused before any container.
import { beforeAll, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../../src/cli/main.js'
import { readBaseline } from '../../src/inputs/baseline.js'
import { changeLines, compare, regressionVerdicts } from '../../src/report/comparison.js'
import { buildActionBundles, readOutputs, runBundle, runnerEnv } from '../helpers/action.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, workspace } from '../helpers/smoke.js'

interface CliRun {
  code: number
  out: string
  report: Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The CLI in `ws` over two payloads, one at a time, real-time only. */
async function run(ws: string, image: string, model: string, more: string[]): Promise<CliRun> {
  let out = ''
  const code = await cli(
    [
      `--local-image=${FIXTURE}:${image}`,
      `--model-data=${model}`,
      '--payload=a.csv',
      '--payload=b.json',
      '--batch=false',
      '--concurrency=1',
      '--aws-checks=false',
      ...more
    ],
    { PATH: process.env.PATH, HOME: ws },
    { stdout: t => (out += t), stderr: t => (out += t), cwd: ws }
  )
  const file = more.find(f => f.startsWith('--report-file='))!.split('=')[1]
  return { code, out, report: JSON.parse(readFileSync(path.join(ws, file), 'utf8')) }
}

dockerSuite('baseline: a run compared with an earlier one (real Docker)', () => {
  const ws = workspace()
  let first: CliRun
  let bundles: Awaited<ReturnType<typeof buildActionBundles>>

  beforeAll(async () => {
    writeFileSync(path.join(ws, 'a.csv'), '1,2,3\n')
    writeFileSync(path.join(ws, 'b.json'), '{"rows": [[1, 2, 3]]}')
    for (const model of ['model-a', 'model-b']) {
      mkdirSync(path.join(ws, model))
      writeFileSync(path.join(ws, model, `${model}.json`), '{"weights": [0.5]}')
    }
    first = await run(ws, 'ok', 'model-a', ['--report-file=base.json'])
  }, 120000)

  beforeAll(async () => {
    bundles = await buildActionBundles()
  }, 660000)

  it('records each answer by digest and first characters', () => {
    expect(first.code).toBe(0)
    const answers = first.report.smokeTest.invocations
    expect(answers).toHaveLength(2)
    for (const a of answers) {
      expect(a.answerSha256).toMatch(/^[0-9a-f]{64}$/)
      expect(a.answerStart).toContain('"model":["model-a.json"]')
      expect(a.answerBytes).toBe(Buffer.byteLength(a.answerStart))
    }
  })

  it('the first report against itself: no change, no regression', () => {
    const base = readBaseline('base.json', { workspace: ws })
    const c = compare(base, base.figures, 25)
    expect(changeLines(c)).toEqual([])
    expect(c.answers.map(a => a.answer)).toEqual(['same', 'same'])
    expect(regressionVerdicts(c)).toEqual([expect.objectContaining({ ok: true })])
  })

  it('through the CLI: a slower server answering differently is a regression warning, each change named', async () => {
    const second = await run(ws, 'slow', 'model-b', [
      '--report-file=slow.json',
      '--baseline=base.json'
    ])
    expect(second.code).toBe(0) // a warning; fail-on: error
    const c = second.report.comparison
    expect(c.baseline).toMatchObject({ file: path.join(ws, 'base.json'), toolVersion: '0.1.0' })
    for (const l of c.latencyMs) expect(l.after - l.before).toBeGreaterThan(4500)
    expect(c.answers).toEqual([
      expect.objectContaining({
        payload: 'a.csv',
        answer: 'changed',
        firstDifference: expect.objectContaining({
          before: expect.stringContaining('model-a.json'),
          after: expect.stringContaining('model-b.json')
        })
      }),
      expect.objectContaining({ payload: 'b.json', answer: 'changed' })
    ])
    const finding = second.report.findings.find((f: { rule: string }) => f.rule === 'regression')
    expect(finding.severity).toBe('warning')
    expect(finding.message).toMatch(/latency of a\.csv \(real-time\) \d+ ms → \d+ ms \(\+\d+ %\)/)
    expect(finding.message).toContain('latency of b.json (real-time)')
    expect(second.out).toContain('Against the baseline')
    expect(second.out).toContain('answer to a.csv (real-time) changed')
  }, 180000)

  it('through the action: fail-on warning fails it, and the summary opens with the changes and a chart', async () => {
    const action = runnerEnv(
      {
        'local-image': `${FIXTURE}:slow`,
        'model-data': 'model-b',
        payload: 'a.csv\nb.json',
        batch: 'false',
        concurrency: '1',
        'aws-checks': 'false',
        'report-file': 'action.json',
        baseline: 'base.json',
        'fail-on': 'warning'
      },
      ws
    )
    const exited = await runBundle(bundles.main, action.env, ws)
    expect(exited.code).toBe(1)
    expect(readOutputs(action.outputFile).warnings).toBe('1')
    const summary = readFileSync(action.summaryFile, 'utf8')
    const section = summary.slice(summary.indexOf('### Against the baseline'))
    expect(summary.indexOf('### Against the baseline')).toBeLessThan(
      summary.indexOf('### What to fix')
    )
    expect(section).toMatch(/<li>latency of a\.csv \(real-time\) \d+ ms → \d+ ms \(\+\d+ %\)<\/li>/)
    expect(section).toContain('<li>answer to a.csv (real-time) changed</li>')
    expect(section).toContain('```mermaid\nxychart-beta')
    expect(section).toContain('model-a.json')
  }, 180000)

  it('refuses a foreign JSON file as baseline by name, before any container runs', async () => {
    writeFileSync(path.join(ws, 'package.json'), '{"name": "model", "version": "1.0.0"}')
    let err = ''
    const code = await cli(
      [`--local-image=${FIXTURE}:ok`, '--baseline=package.json', '--aws-checks=false'],
      { PATH: process.env.PATH, HOME: ws },
      { stdout: () => undefined, stderr: t => (err += t), cwd: ws }
    )
    expect(code).toBe(2)
    expect(err).toContain(
      `error: --baseline is ${path.join(ws, 'package.json')}, a JSON file that is not a marketplace-ml-preflight report`
    )
  })
})
