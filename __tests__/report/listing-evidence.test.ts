import { describe, expect, it } from '@jest/globals'
import type { RunFacts, SampleFact } from '../../src/core/context.js'
import { buildReport, type Report } from '../../src/report/json.js'
import { VERSION } from '../../src/core/version.js'
import {
  EVIDENCE_MARK,
  SAMPLE_LINES,
  renderListingEvidence,
  sampleBlock
} from '../../src/report/listing-evidence.js'
import { markdownCode, markdownCodeBlock } from '../../src/report/untrusted.js'
import { NOTIFIES, TRICKS, renderGfm, urlsIn, visibleText } from '../helpers/sinks.js'

function sample(mode: 'realtime' | 'batch', extra: Partial<SampleFact> = {}): SampleFact {
  return {
    mode,
    payload: 'rows.csv',
    contentType: 'text/csv',
    request: '5.1,3.5\n4.9,3.0\n',
    requestBytes: 16,
    status: 200,
    answer: '[0, 1]',
    answerBytes: 6,
    latencyMs: 12,
    ...extra
  }
}

function report(extra: Partial<Report> = {}): Report {
  const facts: RunFacts = {
    resources: [],
    runner: { cpus: 4, cpuModel: 'AMD EPYC 7763', memoryBytes: 16 * 1024 ** 3 },
    smokeTest: {
      image: 'model:1',
      startupSeconds: 3.21,
      invocations: [
        {
          payload: 'rows.csv',
          contentType: 'text/csv',
          bytes: 1000,
          mode: 'realtime',
          status: 200,
          latencyMs: 10
        },
        {
          payload: 'rows.json',
          contentType: 'application/json',
          bytes: 1000,
          mode: 'realtime',
          status: 200,
          latencyMs: 30
        },
        {
          payload: 'bad.csv',
          contentType: 'text/csv',
          bytes: 10,
          mode: 'realtime',
          status: 500,
          latencyMs: 5
        },
        {
          payload: 'rows.csv',
          contentType: 'text/csv',
          bytes: 1000,
          mode: 'batch',
          status: 200,
          latencyMs: 20
        }
      ],
      samples: [sample('realtime'), sample('batch', { answer: '0\n1\n' })],
      resources: {
        instanceType: 'ml.m5.large',
        cpus: 2,
        memoryBytes: 8 * 1024 ** 3,
        peakMemoryBytes: 300 * 1024 ** 2,
        peakCpuPercent: 85
      }
    },
    validation: [
      {
        profile: 'csv-batch',
        kind: 'transform',
        status: 'pass',
        requests: 3,
        records: 1000,
        inputBytes: 45 * 1024,
        outputBytes: 12 * 1024,
        outputRecords: 1000,
        durationMs: 2100,
        outputDir: '/tmp/out',
        outputs: []
      }
    ]
  }
  const started = new Date('2026-12-04T20:00:00.000Z')
  return { ...buildReport({ started, result: 'pass', checks: [], findings: [], facts }), ...extra }
}

describe('renderListingEvidence', () => {
  it("states the runner, the instance type it stood in for, samples, figures and the replay's records", () => {
    const text = renderListingEvidence(report())!
    expect(text.split('\n')[2]).toBe(
      `${EVIDENCE_MARK} ${VERSION} on 2026-12-04, running the container offline as SageMaker does (\`docker run --network none\`), on a runner with 4 CPUs (\`AMD EPYC 7763\`) and 16.0 GiB of memory, the containers limited to the 2 vCPUs and 8.0 GiB of \`ml.m5.large\`, the instance type they stood in for._`
    )
    expect(text).toContain('**Content types:** requests as `text/csv`, `application/json`.')
    expect(text).toContain(
      '#### Real-time inference\n\nSample request (`rows.csv`, `text/csv`, 16 B):\n\n```\n5.1,3.5\n4.9,3.0\n```\n\n' +
        "The model's answer (HTTP 200, 6 B, in 12 ms):\n\n```\n[0, 1]\n```"
    )
    expect(text).toContain('#### Batch transform')
    expect(text).toContain('| Startup (`docker run` to GET /ping 200) | 3.2 s |')
    // the 500 is no measure of the model's speed
    expect(text).toContain(
      '| Real-time inference: latency | p50 10 ms, p95 30 ms, slowest 30 ms (2 requests, one at a time) |'
    )
    expect(text).toContain(
      '| Real-time inference: throughput | 50.0 requests/s (48.8 KiB/s) one at a time |'
    )
    expect(text).toContain('| Batch transform: latency | 20 ms (1 request, one at a time) |')
    expect(text).toContain('| Serving: peak memory and CPU | 300 MiB memory, 85% of one CPU |')
    expect(text).toContain(
      '- `csv-batch`, transform job: 1000 records in (45.0 KiB, 3 requests), 1000 records out (12.0 KiB), in 2.1 s'
    )
    expect(text).not.toContain('Training')
    expect(text).not.toContain('This run failed')
    expect(renderListingEvidence(report({ result: 'fail', errors: 2 }))).toContain(
      '**This run failed with 2 error(s): fix them (see the job summary) before publishing these figures.**'
    )
  })

  it('adds the training time of an algorithm, and says when no instance type was given', () => {
    const text = renderListingEvidence(
      report({
        smokeTest: { ...report().smokeTest!, resources: { peakMemoryBytes: 1024 ** 2 } },
        training: {
          image: 'algo:1',
          durationSeconds: 12.34,
          exitCode: 0,
          resources: { peakCpuPercent: 190 }
        },
        validation: [
          {
            profile: 'train-then-transform',
            kind: 'training',
            status: 'pass',
            requests: 0,
            records: 0,
            inputBytes: 8,
            outputBytes: 2048,
            durationMs: 4000,
            outputDir: '/tmp/model',
            outputs: []
          }
        ]
      })
    )!
    expect(text).toContain('with no instance type given (`instance-type`)._')
    expect(text).toContain('| Training time (the sample `training-data`) | 12.3 s |')
    expect(text).toContain('| Training: peak memory and CPU | 190% of one CPU |')
    expect(text).toContain(
      '- `train-then-transform`, training job: 8 B of training data in, 2.0 KiB of model out, in 4.0 s'
    )
  })

  it('is undefined when no container ran', () => {
    expect(
      renderListingEvidence(report({ smokeTest: undefined, validation: undefined }))
    ).toBeUndefined()
  })

  it("keeps the container's answer inert wherever the Markdown is pasted: no link, mention or HTML", () => {
    const hostile = `${TRICKS}\n\`\`\`\`\n<img src=x onerror=alert(1)> @octocat https://evil.example`
    const text = renderListingEvidence(
      report({
        smokeTest: {
          ...report().smokeTest!,
          samples: [
            sample('realtime', {
              answer: hostile,
              answerBytes: hostile.length,
              payload: '@team `x`'
            })
          ]
        }
      })
    )!
    const html = renderGfm(text)
    expect(urlsIn(html)).toEqual([])
    expect(html).not.toMatch(/<img|<script/i)
    // whatever the container said is only ever inside code; outside, nobody is mentioned
    const outsideCode = visibleText(html.replace(/<code>[\s\S]*?<\/code>/g, ''))
    expect(outsideCode).not.toMatch(NOTIFIES)
    expect(outsideCode).not.toContain('evil.example')
    expect(text).not.toContain('\u001b')
  })
})

describe('sampleBlock and the Markdown code helpers', () => {
  it('cuts a long sample at a size that reads well, saying how much was shown', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `${i},0.5,0.25`).join('\n')
    const block = sampleBlock(lines, 4096)
    expect(block.split('\n').filter(l => /^\d+,/.test(l))).toHaveLength(SAMPLE_LINES)
    expect(block).toMatch(/\n\n_\(the first \d+ B of 4\.0 KiB\)_$/)
    expect(sampleBlock('[1]', 3)).toBe('```\n[1]\n```')
    expect(sampleBlock(undefined, 2048)).toBe('_(2.0 KiB of binary data, not shown)_')
  })

  it('fences code with more backticks than the text has in a row', () => {
    expect(markdownCodeBlock('a\n````\nb')).toBe('`````\na\n````\nb\n`````')
    expect(markdownCode('x`y')).toBe('``x`y``')
    expect(markdownCode('`x')).toBe('`` `x ``')
    expect(markdownCode('a\nb\u001b[2K')).toBe('`a b\\x1b[2K`')
  })
})
