// `baseline`: an earlier report read back, or refused naming the file and what is wrong; and
// `regression-threshold`.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readBaseline } from '../../src/inputs/baseline.js'
import { InputError } from '../../src/inputs/error.js'
import { readInputs } from '../../src/inputs/index.js'

const ws = realpathSync(mkdtempSync(path.join(tmpdir(), 'preflight-baseline-')))
const roots = { workspace: ws }

function file(name: string, content: unknown): string {
  writeFileSync(
    path.join(ws, name),
    typeof content === 'string' ? content : JSON.stringify(content)
  )
  return name
}

const REPORT = {
  version: 1,
  tool: { name: 'marketplace-ml-preflight', version: '0.1.0' },
  result: 'pass',
  startedAt: '2026-12-01T10:00:00.000Z',
  image: { uri: '111122223333.dkr.ecr.us-east-2.amazonaws.com/m:1', sizeBytes: 5000 },
  checks: [],
  findings: [
    { rule: 'pinned-digest', severity: 'warning', title: 'Tag only', message: 'by tag', help: '…' }
  ],
  smokeTest: {
    image: 'm:1',
    startupSeconds: 3.2,
    resources: { peakMemoryBytes: 100, peakCpuPercent: 80 },
    invocations: [
      {
        payload: 'a.csv',
        contentType: 'text/csv',
        bytes: 10,
        status: 200,
        latencyMs: 41,
        mode: 'realtime',
        answerBytes: 3,
        answerSha256: 'ab'.repeat(32),
        answerStart: '1,0'
      }
    ]
  }
}

/** The message of the InputError `fn` throws. */
function refusal(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    return (err as Error).message
  }
  throw new Error('not refused')
}

describe('readBaseline', () => {
  it("reads a report's figures, findings and answers", () => {
    const b = readBaseline(file('report.json', REPORT), roots)
    expect(b).toEqual({
      file: path.join(ws, 'report.json'),
      toolVersion: '0.1.0',
      startedAt: '2026-12-01T10:00:00.000Z',
      subject: REPORT.image.uri,
      figures: {
        imageSizeBytes: 5000,
        startupSeconds: 3.2,
        peakMemoryBytes: 100,
        peakCpuPercent: 80,
        invocations: [
          {
            payload: 'a.csv',
            mode: 'realtime',
            latencyMs: 41,
            status: 200,
            answerBytes: 3,
            answerSha256: 'ab'.repeat(32),
            answerStart: '1,0'
          }
        ],
        findings: [
          { rule: 'pinned-digest', severity: 'warning', title: 'Tag only', message: 'by tag' }
        ]
      }
    })
  })

  it('reads an older report without answer digests or a smoke test', () => {
    const { smokeTest, ...noSmoke } = REPORT
    const older = {
      ...noSmoke,
      tool: { name: 'marketplace-ml-preflight', version: '0.0.9' },
      smokeTest: {
        ...smokeTest,
        invocations: [{ payload: 'a.csv', status: 200, latencyMs: 41, mode: 'realtime', bytes: 10 }]
      }
    }
    expect(readBaseline(file('older.json', older), roots).figures.invocations).toEqual([
      { payload: 'a.csv', mode: 'realtime', latencyMs: 41, status: 200 }
    ])
    expect(readBaseline(file('static.json', noSmoke), roots).figures.invocations).toEqual([])
  })

  it('refuses a foreign JSON file, naming the file and what it lacks', () => {
    const message = refusal(() =>
      readBaseline(file('package.json', { name: 'x', version: '1.0.0' }), roots)
    )
    expect(message).toBe(
      `Input \`baseline\` is ${path.join(ws, 'package.json')}, a JSON file that is not a marketplace-ml-preflight report (its tool.name is missing); give the report-file of an earlier run of this action (the default branch's report, downloaded as an artifact), or leave \`baseline\` empty`
    )
    expect(refusal(() => readBaseline(file('list.json', [1, 2]), roots))).toContain(
      'list.json, which holds a list, not a report object'
    )
  })

  it('refuses a report of another report version or without one, never misreading it', () => {
    expect(
      refusal(() => readBaseline(file('v2.json', { ...REPORT, version: 2 }), roots))
    ).toContain(
      'v2.json, a report of version "2" (written by marketplace-ml-preflight 0.1.0), which this action (report version 1) cannot read'
    )
    const { version, ...unversioned } = REPORT
    expect(version).toBe(1)
    expect(refusal(() => readBaseline(file('v0.json', unversioned), roots))).toContain(
      'without the report `version` field'
    )
  })

  it('refuses a field of the wrong type, naming the field', () => {
    const bad = {
      ...REPORT,
      smokeTest: {
        ...REPORT.smokeTest,
        invocations: [{ ...REPORT.smokeTest.invocations[0], latencyMs: '41' }]
      }
    }
    expect(refusal(() => readBaseline(file('bad.json', bad), roots))).toContain(
      'whose smokeTest.invocations[0].latencyMs is the string "41" where a number of 0 or more is expected'
    )
    const badFindings = { ...REPORT, findings: { rule: 'x' } }
    expect(refusal(() => readBaseline(file('bad2.json', badFindings), roots))).toContain(
      'whose findings is an object where a list is expected'
    )
  })

  it('refuses text that is not JSON with its line and column, and a missing file', () => {
    expect(refusal(() => readBaseline(file('log.txt', 'starting…\nok\n'), roots))).toMatch(
      /log\.txt, which is not valid JSON at line 1, column 1/
    )
    expect(refusal(() => readBaseline('nope.json', roots))).toContain(
      `is "nope.json", which does not exist in the workspace ${ws}`
    )
  })
})

describe('readInputs', () => {
  const inputs = (values: Record<string, string>) =>
    readInputs(name => values[name] ?? '', { GITHUB_WORKSPACE: ws })

  it('reads baseline and regression-threshold (default 25)', () => {
    const read = inputs({ 'local-image': 'm:1', baseline: file('r.json', REPORT) })
    expect(read.regressionThresholdPercent).toBe(25)
    expect(read.baseline?.toolVersion).toBe('0.1.0')
    expect(inputs({ 'local-image': 'm:1', 'regression-threshold': '10%' })).toMatchObject({
      regressionThresholdPercent: 10
    })
    expect(inputs({ 'local-image': 'm:1' }).baseline).toBeUndefined()
  })

  it('refuses a threshold that is no percentage', () => {
    for (const value of ['-5', 'fast', '5000']) {
      expect(
        refusal(() => inputs({ 'local-image': 'm:1', 'regression-threshold': value }))
      ).toContain('Input `regression-threshold` is')
    }
  })
})
