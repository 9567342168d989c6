import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Finding } from '../../src/core/findings.js'
import type { Report } from '../../src/report/json.js'
import { rule, type RuleId } from '../../src/catalog/rules.js'
import { findingLocator } from '../../src/report/locations.js'
import { renderSarif, SARIF_SCHEMA } from '../../src/report/sarif.js'

interface SarifRule {
  id: string
  shortDescription: { text: string }
  helpUri: string
  help: { text: string }
  defaultConfiguration: { level: string }
}
interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: string
  message: { text: string }
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
  }[]
  partialFingerprints: Record<string, string>
}
interface Sarif {
  $schema: string
  version: string
  runs: { tool: { driver: { name: string; rules: SarifRule[] } }; results: SarifResult[] }[]
}

function finding(ruleId: RuleId, severity: 'error' | 'warning', message: string): Finding {
  return {
    rule: ruleId,
    severity,
    title: rule(ruleId).title,
    message,
    help: 'fix it',
    file: 'image'
  }
}

function report(
  findings: Finding[],
  uri = '111122223333.dkr.ecr.us-east-2.amazonaws.com/m:v1'
): Report {
  return {
    version: 1,
    tool: { name: 'marketplace-ml-preflight', version: '0.1.0' },
    result: findings.some(f => f.severity === 'error') ? 'fail' : 'pass',
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    errors: findings.filter(f => f.severity === 'error').length,
    warnings: findings.filter(f => f.severity === 'warning').length,
    image: { uri },
    checks: [],
    findings
  }
}

const FINDINGS = [
  finding('ping', 'error', '/ping answered 500'),
  finding('payload-size', 'error', 'big.csv is 30 MB'),
  finding('payload-size', 'warning', 'medium.csv is 7 MiB'),
  finding('pinned-digest', 'warning', 'tag only')
]

function sarif(r: Report, uri = 'Dockerfile'): Sarif {
  return renderSarif(r, { uri, workflow: false }) as Sarif
}

describe('renderSarif', () => {
  it('declares SARIF 2.1.0 with its schema and one run of this tool', () => {
    const s = sarif(report(FINDINGS))
    expect(s.version).toBe('2.1.0')
    expect(s.$schema).toBe(SARIF_SCHEMA)
    expect(s.runs).toHaveLength(1)
    expect(s.runs[0].tool.driver.name).toBe('marketplace-ml-preflight')
  })

  it('declares one rule per finding id used, from the rule table', () => {
    const { rules } = sarif(report(FINDINGS)).runs[0].tool.driver
    expect(rules.map(r => r.id)).toEqual(['ping', 'payload-size', 'pinned-digest'])
    expect(rules[0]).toMatchObject({
      shortDescription: { text: rule('ping').title },
      helpUri: rule('ping').source.url,
      defaultConfiguration: { level: 'error' }
    })
    expect(rules[0].help.text).toContain(rule('ping').help)
    expect(rules[2].defaultConfiguration.level).toBe('warning')
  })

  it('gives each result its rule, index, level and message', () => {
    const { results, tool } = sarif(report(FINDINGS)).runs[0]
    expect(results.map(r => [r.ruleId, r.level])).toEqual([
      ['ping', 'error'],
      ['payload-size', 'error'],
      ['payload-size', 'warning'],
      ['pinned-digest', 'warning']
    ])
    for (const r of results) expect(tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
    expect(results[2].message.text).toMatch(/^medium\.csv is 7 MiB\n\nHow to fix: fix it$/)
  })

  it('gives every result a repository location, as code scanning requires', () => {
    const { results } = sarif(report(FINDINGS), '.github/workflows/ci.yml').runs[0]
    for (const r of results) {
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('.github/workflows/ci.yml')
      expect(r.locations[0].physicalLocation.region.startLine).toBe(1)
    }
  })

  it('fingerprints by rule and image, so alerts for different images stay apart', () => {
    const a = sarif(report([FINDINGS[0]], 'x.dkr.ecr.us-east-2.amazonaws.com/a')).runs[0].results[0]
    const b = sarif(report([FINDINGS[0]], 'x.dkr.ecr.us-east-2.amazonaws.com/b')).runs[0].results[0]
    const again = sarif(report([FINDINGS[0]], 'x.dkr.ecr.us-east-2.amazonaws.com/a')).runs[0]
      .results[0]
    expect(a.partialFingerprints).toEqual(again.partialFingerprints)
    expect(a.partialFingerprints).not.toEqual(b.partialFingerprints)
  })

  it('renders a passing run with no rules and no results', () => {
    const run = sarif(report([])).runs[0]
    expect(run.results).toEqual([])
    expect(run.tool.driver.rules).toEqual([])
  })
})

describe('findingLocator', () => {
  it('points at the workflow file from GITHUB_WORKFLOW_REF, at the line naming the input', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'preflight-sarif-'))
    mkdirSync(path.join(ws, '.github/workflows'), { recursive: true })
    writeFileSync(
      path.join(ws, '.github/workflows/release.yml'),
      'on: push\njobs:\n  p:\n    steps:\n      - uses: x@v0\n        with:\n          image: 1111\n'
    )
    const location = findingLocator(ws, {
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_WORKFLOW_REF: 'octo/models/.github/workflows/release.yml@refs/heads/main'
    })
    expect(location).toMatchObject({ uri: '.github/workflows/release.yml', workflow: true })
    expect(location.lineOf?.(FINDINGS[0])).toBe(7)
  })

  it('falls back to the Dockerfile outside GitHub Actions', () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'preflight-sarif-'))
    expect(findingLocator(ws, {})).toMatchObject({ uri: 'Dockerfile', workflow: false })
  })

  // the Dockerfile is the pull request's: read like an input file, or not at all
  it.each([
    ['a link out of the workspace', (file: string) => symlinkSync('/etc/hostname', file)],
    ['a FIFO', (file: string) => execFileSync('mkfifo', [file])]
  ])('points at no line when the Dockerfile is %s, at once', (_what, make) => {
    const ws = mkdtempSync(path.join(tmpdir(), 'preflight-sarif-'))
    make(path.join(ws, 'Dockerfile'))
    const start = performance.now()
    expect(findingLocator(ws, {})).toEqual({ uri: 'Dockerfile', workflow: false })
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
