// Untrusted text never drives the runner, the terminal or the pull request (issue 12): each sink is
// read the way its consumer reads it (the runner's command parser, a terminal, a GFM renderer).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../../src/cli/main.js'
import { renderComment } from '../../src/report/comment.js'
import { Findings, resultOf } from '../../src/core/findings.js'
import { buildReport, type Report } from '../../src/report/json.js'
import { RULES } from '../../src/catalog/rules.js'
import { renderSarif } from '../../src/report/sarif.js'
import { quote } from '../../src/smoke/log-signs.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTerminalReport, styleFor } from '../../src/cli/terminal.js'
import { forMarkdown, forRunnerLog, forTerminal } from '../../src/report/untrusted.js'
import { buildActionBundles, runBundle, runnerEnv } from '../helpers/action.js'
import {
  NOTIFIES,
  parseRunnerLog,
  renderGfm,
  TRICKS,
  urlsIn,
  visibleText
} from '../helpers/sinks.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, workspace } from '../helpers/smoke.js'

const TRICK_LINES = TRICKS.trimEnd().split('\n')
/** Controls (but tab and newline), DEL, C1 and bidi overrides: what no sink may pass on raw. */
const RAW_CONTROL = new RegExp(
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]'
)
/** The CLI's own colours (src/cli/terminal.ts). */
// eslint-disable-next-line no-control-regex -- our own escape sequences
const OUR_SGR = new RegExp('\\u001b\\[(?:1|2|22|31|32|33|39)m', 'g')
const SOURCES = new Set(RULES.map(r => r.source.url))
const RUN_URL = 'https://github.com/octo/models/actions/runs/42'

/** A report whose serve-start finding quotes the fixture's log, as src/smoke/serve.ts writes it. */
function trickReport(): Report {
  const findings = new Findings()
  findings.add('serve-start', {
    message: `The container exited with code 3 0.1 s after \`docker run --network none tricks serve\`, before GET /ping answered 200. Last log lines:\n${quote(TRICK_LINES)}`
  })
  findings.pass('image-uri', `not checked: ${TRICK_LINES[11]}\nsecond line of a detail`)
  return buildReport({
    started: new Date(0),
    result: resultOf(findings.counts(), 'error'),
    checks: findings.allChecks(),
    findings: findings.allFindings(),
    facts: {
      resources: [],
      image: { uri: '111122223333.dkr.ecr.us-east-2.amazonaws.com/model:pr', local: 'tricks:pr' },
      smokeTest: { image: 'tricks:pr', invocations: [], logExcerpt: TRICKS }
    }
  })
}

/** Rendered Markdown that shows the container's text and lets none of it act. */
function expectInert(markdown: string, allowedUrls: Set<string>): void {
  const html = renderGfm(markdown)
  for (const url of urlsIn(html)) expect(allowedUrls).toContain(url)
  expect(html).not.toMatch(/<img/i)
  expect(html).not.toMatch(/<[^>]*\sonerror/i)
  // only our own folded sections: the container's <details> stays text
  expect(html.match(/<details>/g)?.length).toBe(markdown.match(/<details>/g)?.length)
  const text = visibleText(html)
  expect(text).not.toMatch(NOTIFIES)
  expect(text).toContain('this annotation came from the container')
  expect(text).toContain('[click me](https://evil.example/x)')
  expect(text).toContain('<img src=x onerror=alert(1)>')
}

describe('runner log', () => {
  it('prints text that holds workflow commands between fresh stop-commands tokens', () => {
    const printed = `${forRunnerLog(TRICKS)}\n::error::our own annotation`
    const log = parseRunnerLog(printed)
    const token = log.commands[0].data
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    expect(log.commands.map(c => c.command)).toEqual(['stop-commands', token, 'error'])
    expect(log.commands[2].data).toBe('our own annotation')
    for (const line of TRICK_LINES.flatMap(l => l.split('\r'))) expect(log.shown).toContain(line)
    expect(forRunnerLog(TRICKS)).not.toContain(token)
  })

  it('leaves text without commands as it is', () => {
    expect(forRunnerLog('pass ping: GET /ping answered 200 in 3 ms')).toBe(
      'pass ping: GET /ping answered 200 in 3 ms'
    )
  })
})

describe('terminal', () => {
  it('shows control characters and bidi overrides instead of sending them', () => {
    const shown = forTerminal(TRICKS)
    expect(shown).not.toMatch(RAW_CONTROL)
    expect(shown).toContain('\\x1b[1A\\x1b[2K\\x1b[32m✔ PASSED\\x1b[0m')
    expect(shown).toContain('progress 50%\\x0d::error::')
    expect(shown).toContain('\\u202eevil')
    expect(forTerminal('a\tb\r\nc')).toBe('a\tb\nc')
  })

  it('keeps its own colours around the container text', () => {
    const text = renderTerminalReport(trickReport(), styleFor(true, {}))
    expect(text).toContain('\u001b[31m')
    expect(text.replace(OUR_SGR, '')).not.toContain('\u001b')
    expect(text).toContain('\\x1b[32m✔ PASSED')
  })
})

describe('job summary and pull-request comment', () => {
  it('shows the container text in the summary without a link, image, tag or mention forming', () => {
    expectInert(renderSummary(trickReport()), SOURCES)
  })

  it('does the same in the comment', () => {
    expectInert(renderComment(trickReport(), RUN_URL), new Set([...SOURCES, RUN_URL]))
  })
})

describe('mentions', () => {
  it('breaks mentions and issue references but leaves digests and addresses copyable', () => {
    const text = forMarkdown(
      'cc @org/team, see #12, octo/models#34 and GH-56; repo@sha256:ab, a@b.c'
    )
    expect(text).not.toMatch(NOTIFIES)
    expect(text).toContain('repo@sha256:ab, a@b.c')
  })
})

describe('SARIF', () => {
  it('carries plain text without controls or mentions', () => {
    const sarif = renderSarif(trickReport(), { uri: 'Dockerfile', workflow: false }) as {
      runs: { results: { message: { text: string } }[] }[]
    }
    const text = sarif.runs[0].results[0].message.text
    expect(text).not.toMatch(RAW_CONTROL)
    expect(text).not.toMatch(NOTIFIES)
    expect(text).toContain('this annotation came from the container')
  })
})

dockerSuite('the sinks-tricks container (real Docker)', () => {
  it('drives none of the runner’s commands from the action and still shows its log', async () => {
    const ws = workspace()
    const action = runnerEnv(
      {
        'local-image': `${FIXTURE}:sinks-tricks`,
        'aws-checks': 'false',
        batch: 'false',
        'startup-timeout': '20',
        'report-file': 'report.json'
      },
      ws
    )
    const { main } = await buildActionBundles()
    const exited = await runBundle(main, action.env, ws)
    expect(exited.code).toBe(1)
    const log = parseRunnerLog(exited.stdout)

    // stop-commands pairs, each closed by its own fresh token
    const tokens = log.commands.filter(c => c.command === 'stop-commands').map(c => c.data)
    expect(tokens.length).toBeGreaterThan(0)
    expect(new Set(tokens).size).toBe(tokens.length)
    const processed = log.commands.filter(
      c => c.command !== 'stop-commands' && !tokens.includes(c.command)
    )
    // what is left is the action's own: its groups, annotations, failure, debug lines, run id and
    // the secrets it masks (the runner's own tokens, never the container's word)
    for (const c of processed)
      expect([
        'group',
        'endgroup',
        'error',
        'warning',
        'debug',
        'save-state',
        'add-mask'
      ]).toContain(c.command)
    expect(processed.filter(c => c.command === 'add-mask').map(c => c.data)).not.toContain('word')
    expect(processed.filter(c => c.command === 'save-state').map(c => c.data)).toEqual([
      action.runId
    ])
    expect(processed.filter(c => c.command === 'group').map(c => c.data)).toEqual([
      'Static checks',
      'AWS checks',
      'Smoke test'
    ])
    const errors = processed.filter(c => c.command === 'error').map(c => c.data)
    expect(errors).toHaveLength(2)
    expect(errors[0]).toContain('The container exited with code 3')
    expect(errors[1]).toMatch(/^AWS Marketplace preflight failed: 1 error/)
    // the container's text is shown, not acted on
    const shown = log.shown.join('\n')
    expect(shown).toContain('::error title=Injected::this annotation came from the container')
    expect(shown).toContain('::add-mask::word')
    expect(shown).toContain('::stop-commands::abc123')
    expect(shown).toContain('##[error]a legacy command from the container')

    const summary = readFileSync(action.summaryFile, 'utf8')
    expectInert(summary, SOURCES)
    const report = JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8')) as Report
    // the JSON report keeps the raw text: it is data
    expect(report.smokeTest?.logExcerpt).toContain('\u001b[2K')
  }, 400000)

  it('shows the CLI user the container’s escape sequences, and each check once', async () => {
    let stdout = ''
    let stderr = ''
    const code = await cli(
      [
        '--local-image',
        `${FIXTURE}:sinks-tricks`,
        '--aws-checks',
        'false',
        '--batch',
        'false',
        '--startup-timeout',
        '20'
      ],
      { PATH: process.env.PATH, HOME: process.env.HOME, AWS_EC2_METADATA_DISABLED: 'true' },
      { stdout: t => (stdout += t), stderr: t => (stderr += t), isTTY: true, cwd: workspace() }
    )
    expect(code).toBe(1)
    const all = stdout + stderr
    expect(all).toContain('\u001b[31m')
    expect(all.replace(OUR_SGR, '')).not.toMatch(RAW_CONTROL)
    expect(stdout).toContain('\\x1b[1A\\x1b[2K\\x1b[32m✔ PASSED')
    const plain = all.replace(OUR_SGR, '')
    expect(plain.match(/(✔ pass|✖ FAIL|! warn|- skip)\s+serve-start\s/g)).toHaveLength(1)
  }, 120000)
})
