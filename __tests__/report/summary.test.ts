import { describe, expect, it } from '@jest/globals'
import { annotationsFor } from '../../src/action/annotations.js'
import type { RuleId } from '../../src/catalog/rules.js'
import type { Finding } from '../../src/core/findings.js'
import type { Report } from '../../src/report/json.js'
import { Findings } from '../../src/core/findings.js'
import { formatBytes } from '../../src/core/text.js'
import { SUMMARY_LIMIT_BYTES, renderSummary } from '../../src/report/summary.js'
import { renderGfm, urlsIn } from '../helpers/sinks.js'

function finding(rule: RuleId, severity: 'error' | 'warning', message = 'seen'): Finding {
  return { rule, severity, title: `${rule} title`, message, help: 'fix it' }
}

function report(extra: Partial<Report> = {}): Report {
  return {
    version: 1,
    tool: { name: 'marketplace-ml-preflight', version: 'test' },
    result: 'fail',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 5,
    errors: 1,
    warnings: 0,
    checks: [{ rule: 'ping', status: 'fail', durationMs: 3, detail: 'GET /ping answered 404' }],
    findings: [finding('ping', 'error', 'GET /ping answered 404')],
    ...extra
  }
}

describe('renderSummary', () => {
  it('titles a pass with no container run as such, and names the model it served', () => {
    const pass = { result: 'pass' as const, errors: 0, findings: [] }
    expect(
      renderSummary(report({ ...pass, containerNotRun: 'no Docker engine answered' }))
    ).toContain(
      '⚠️ Passed without running the container (no Docker engine answered): 0 error(s), 0 warning(s).'
    )
    const served = renderSummary(
      report({ ...pass, smokeTest: { image: 'm:1', modelData: 'image', invocations: [] } })
    )
    expect(served).toContain('✅ Passed: 0 error(s)')
    expect(served).toContain(
      'the image&#39;s own /opt/ml/model (no model data given: nothing mounted)'
    )
  })

  it('leads with the verdict, then each finding with its fix, then the checks folded', () => {
    const text = renderSummary(report({ image: { uri: 'x.dkr.ecr/m', sizeBytes: 3 * 1024 ** 3 } }))
    const at = (s: string): number => {
      expect(text).toContain(s)
      return text.indexOf(s)
    }
    const order = [
      at('## AWS Marketplace ML preflight'),
      at('❌ Failed: 1 error(s), 0 warning(s).'),
      at('<code>ping</code>: ping title'),
      at('<b>How to fix:</b> fix it'),
      at('<details><summary>All 1 checks</summary>'),
      at('<td>❌ fail</td><td><code>ping</code></td><td><p>GET /ping answered 404</p></td>'),
      at('<code>3.0 GiB</code>')
    ]
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('names the `image` input and the local image the smoke test ran', () => {
    const text = renderSummary(
      report({
        image: { uri: '111122223333.dkr.ecr.us-east-2.amazonaws.com/m:v1', local: 'm:pr' },
        smokeTest: { image: 'm:pr', invocations: [] }
      })
    )
    const header = text.slice(0, text.indexOf('Failed'))
    expect(header).toContain('<code>111122223333.dkr.ecr.us-east-2.amazonaws.com/m:v1</code>')
    expect(header).toContain('smoke-tested as <code>m:pr</code>')
  })

  it('keeps the lines of a multi-line detail in its table cell', () => {
    const html = renderGfm(
      renderSummary(
        report({
          checks: [
            {
              rule: 'serve-start',
              status: 'fail',
              durationMs: 1,
              detail: 'exited with code 1. Last log lines:\n    Traceback\n    KeyError: model'
            }
          ]
        })
      )
    )
    expect(html).toContain(
      '<td><p>exited with code 1. Last log lines:</p><pre><code>Traceback&#10;KeyError: model</code></pre></td>'
    )
  })

  it('links each finding to its source with the URL intact', () => {
    const findings = new Findings()
    findings.add('image-uri', { message: 'docker.io/library/m is not in ECR' })
    const html = renderGfm(renderSummary(report({ findings: findings.allFindings() })))
    expect(urlsIn(html)).toEqual([
      'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html'
    ])
    expect(html).toContain(
      'Source: <a href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html">SageMaker API reference: ContainerDefinition.Image</a>.'
    )
  })

  it('escapes what the container or the seller wrote', () => {
    const text = renderSummary(
      report({ findings: [finding('invocation', 'error', '<script>alert(1)</script> | `x`')] })
    )
    expect(text).not.toContain('<script>')
    expect(text).toContain('&#60;script&#62;')
  })

  it('stays under GitHub’s 1 MiB summary limit however long the log and messages are', () => {
    const long = 'x'.repeat(300_000)
    const text = renderSummary(
      report({
        findings: Array.from({ length: 40 }, () => finding('invocation', 'error', long)),
        smokeTest: { image: 'i', invocations: [], logExcerpt: long }
      })
    )
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(text).toContain('more characters in the JSON report')
  })

  it('shows the largest layers by their Dockerfile steps as a bar table, the step escaped', () => {
    const text = renderSummary(
      report({
        image: {
          uri: 'x.dkr.ecr/m',
          largestLayers: [
            { digest: 'sha256:1', sizeBytes: 9 * 1024 ** 3, step: 'RUN pip install torch <&>' },
            { digest: 'sha256:2', sizeBytes: 80 * 1024 ** 2, step: 'COPY . /opt/program' }
          ]
        }
      })
    )
    expect(text).toContain('<details><summary>Largest layers</summary>')
    expect(text).toContain(
      `<tr><td><code>RUN pip install torch &#60;&#38;&#62;</code></td><td align="right">9.0 GiB</td><td>${'█'.repeat(20)}</td></tr>`
    )
    expect(text).toContain('<td align="right">80.0 MiB</td><td>█</td>')
  })

  it('gives the instance, peak memory and CPU of the serve and training runs', () => {
    const text = renderSummary(
      report({
        smokeTest: {
          image: 'm:dev',
          invocations: [],
          resources: {
            instanceType: 'ml.c5.large',
            cpus: 2,
            memoryBytes: 4 * 1024 ** 3,
            peakMemoryBytes: 312 * 1024 ** 2,
            peakCpuPercent: 85.2
          }
        },
        training: { image: 'm:dev', resources: { peakMemoryBytes: 2 * 1024 ** 3, oomKilled: true } }
      })
    )
    expect(text).toContain(
      '<th align="left">Resources (serve)</th><td><code>ml.c5.large (2 vCPU, 4.0 GiB): peak 312 MiB memory, 85% CPU</code>'
    )
    expect(text).toContain(
      '<th align="left">Resources (train)</th><td><code>the runner&#39;s CPUs and memory: peak 2.0 GiB memory, OOM-killed</code>'
    )
  })

  it('says where each training channel came from', () => {
    const text = renderSummary(
      report({
        training: {
          image: 'm:dev',
          channels: ['training: the local copy of s3://b/train/ (`validation-data`)']
        }
      })
    )
    expect(text).toContain(
      '<th align="left">Training channels</th><td><code>training: the local copy of s3://b/train/ (`validation-data`)</code>'
    )
  })

  it('shows the pings under load and the concurrent figures next to the sequential ones', () => {
    const text = renderSummary(
      report({
        smokeTest: {
          image: 'm:dev',
          invocations: [],
          pingUnderLoad: [
            {
              mode: 'realtime',
              pings: 6,
              p50Ms: 4,
              maxMs: 2001,
              failed: 3,
              failures: [
                { atSeconds: 1, ms: 2001, error: 'timed out', during: 'POST /invocations' }
              ]
            }
          ],
          concurrency: [
            {
              mode: 'realtime',
              concurrency: 4,
              requests: 4,
              sequentialP50Ms: 300,
              sequentialP95Ms: 310,
              p50Ms: 600,
              p95Ms: 1200,
              wallMs: 1210,
              failed: 0,
              differing: 1
            }
          ]
        }
      })
    )
    expect(text).toContain(
      '<th align="left">Ping under load (realtime)</th><td><code>6 pings, p50 4 ms, slowest 2001 ms, 3 not 200 within 2 s</code>'
    )
    expect(text).toContain(
      '<th align="left">Concurrency (realtime)</th><td><code>4 at once: p50 600 ms, p95 1200 ms (alone: p50 300 ms, p95 310 ms); 0 failed, 1 differing</code>'
    )
  })

  it('puts the container log in a collapsed block', () => {
    const text = renderSummary(
      report({ smokeTest: { image: 'i', invocations: [], logExcerpt: 'Traceback <here>' } })
    )
    expect(text).toMatch(
      /<details><summary>Container log \(serve\)<\/summary>[\s\S]*Traceback &#60;here&#62;/
    )
  })

  it('attaches the container log only to serving or training findings, not registry ones', () => {
    const smokeTest = { image: 'i', invocations: [], logExcerpt: 'listening on 8080' }
    const training = { image: 't', logExcerpt: 'epoch 1' }
    const registryOnly = renderSummary(
      report({ smokeTest, training, findings: [finding('image-exists', 'error')] })
    )
    expect(registryOnly).not.toContain('Container log')
    const trainingFailed = renderSummary(
      report({ smokeTest, training, findings: [finding('train-exit', 'error')] })
    )
    expect(trainingFailed).toContain('Container log (train)')
    expect(trainingFailed).not.toContain('Container log (serve)')
  })
})

describe('helpers', () => {
  it('formats sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(12 * 1024 ** 3)).toBe('12.0 GiB')
    expect(formatBytes(250 * 1024 ** 2)).toBe('250 MiB')
  })
})

describe('annotationsFor', () => {
  it('titles each annotation with the rule and puts the fix in the message', () => {
    expect(annotationsFor([finding('ping', 'error')])).toEqual([
      { level: 'error', title: 'ping: ping title', message: 'seen\nfix it' }
    ])
  })

  it('points at the workflow line that set the input, when the workflow file is known', () => {
    const f = { ...finding('image-uri', 'error'), file: 'image' }
    const locator = { uri: '.github/workflows/ci.yml', workflow: true, lineOf: () => 12 }
    expect(annotationsFor([f], locator)[0]).toMatchObject({
      file: '.github/workflows/ci.yml',
      startLine: 12
    })
    expect(annotationsFor([f], { ...locator, workflow: false })[0].file).toBeUndefined()
  })

  it("keeps the findings' order across levels, so a root cause warning comes before its error", () => {
    const f = new Findings()
    f.add('invocation', { message: 'answered 500' })
    f.add('model-archive', { message: 'nested under model/' })
    const out = annotationsFor(f.allFindings())
    expect(out.map(a => [a.level, a.title.split(':')[0]])).toEqual([
      ['warning', 'model-archive'],
      ['error', 'invocation']
    ])
    expect(out[1].message).toMatch(
      /^This may follow from the `model-archive` warning listed before it/
    )
  })

  it('shows the nine most important per level and points to the summary for the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      finding(i < 10 ? 'invocation' : 'sigterm', 'error', `n${i}`)
    )
    const out = annotationsFor(many)
    expect(out).toHaveLength(10)
    expect(out[8].message).toMatch(/^n8/)
    expect(out[9]).toMatchObject({
      title: '3 more errors',
      message: expect.stringContaining('invocation, sigterm')
    })
  })
})
