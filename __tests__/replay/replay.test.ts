// The validation replay: pure splitting and batching, and the transform job replayed on the real
// Docker engine with the fixture images (__tests__/fixtures/images).
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { RunContext, RunFacts } from '../../src/core/context.js'
import { Findings } from '../../src/core/findings.js'
import { InputError } from '../../src/inputs/error.js'
import { readInputs } from '../../src/inputs/index.js'
import { parseManifest } from '../../src/replay/manifest.js'
import { assembled, batchRecords, splitRecords } from '../../src/replay/records.js'
import { runValidationReplay, type ReplayOptions } from '../../src/replay/index.js'
import { validationSection } from '../../src/report/validation-section.js'
import { batchSettings, transformEnv } from '../../src/replay/transform.js'
import { renderSummary } from '../../src/report/summary.js'
import { buildReport } from '../../src/report/json.js'
import { jsonError, startFakeAws, useEnv, type Handler } from '../helpers/fake-aws.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { MODEL_PACKAGE_ARN } from '../helpers/fake-sagemaker.js'
import { peakRssGrowth } from '../helpers/memory.js'
import { FIXTURE, workspace } from '../helpers/smoke.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'requests'
)
const GOOD: Json = JSON.parse(readFileSync(path.join(FIXTURES, 'model-package.json'), 'utf8'))
const ALGO: Json = JSON.parse(readFileSync(path.join(FIXTURES, 'algorithm.json'), 'utf8'))
const INPUT = 's3://demo-validation-us-east-2/input/'

function recordio(payloads: string[]): Buffer {
  return Buffer.concat(
    payloads.map(p => {
      const data = Buffer.from(p)
      const head = Buffer.alloc(8)
      head.writeUInt32LE(0xced7230a, 0)
      head.writeUInt32LE(data.length, 4)
      return Buffer.concat([head, data, Buffer.alloc((4 - (data.length % 4)) % 4)])
    })
  )
}

describe('splitting, batching and assembling', () => {
  it('splits lines, skipping empty ones, and keeps a last line without a newline', () => {
    const records = splitRecords(Buffer.from('a,1\n\nb,2\nc,3'), 'Line')
    expect(records.map(String)).toEqual(['a,1\n', 'b,2\n', 'c,3'])
  })

  it('splits RecordIO records with their framing, and refuses data without the magic number', () => {
    const data = recordio(['one', 'three'])
    expect(splitRecords(data, 'RecordIO').map(r => r.length)).toEqual([12, 16])
    expect(() => splitRecords(Buffer.from('not recordio'), 'RecordIO')).toThrow(
      'not a RecordIO record at byte 0'
    )
  })

  it("keeps a RecordIO record's parts (continuation flags 1, 2, 3) together as one record", () => {
    const parts = recordio(['ab', 'cde', 'f', 'whole'])
    // flags in the length word's upper 3 bits: first, middle, last, then a whole record
    ;[1, 2, 3].forEach((flag, i) => {
      const at = [0, 12, 24][i]
      parts.writeUInt32LE(((flag << 29) | parts.readUInt32LE(at + 4)) >>> 0, at + 4)
    })
    expect(splitRecords(parts, 'RecordIO').map(r => r.length)).toEqual([36, 16])
    expect(() => splitRecords(parts.subarray(0, 24), 'RecordIO')).toThrow('has no last part')
  })

  it('packs as many whole records as fit for MultiRecord, one per request for SingleRecord', () => {
    const records = ['aaaa\n', 'bbbb\n', 'cccc\n'].map(s => Buffer.from(s))
    expect(batchRecords(records, 'MultiRecord', 10).map(b => [String(b.body), b.records])).toEqual([
      ['aaaa\nbbbb\n', 2],
      ['cccc\n', 1]
    ])
    expect(batchRecords(records, 'SingleRecord', 10)).toHaveLength(3)
    expect(batchRecords(records, 'MultiRecord', 0)).toHaveLength(1) // MaxPayloadInMB 0: no limit
  })

  it('assembles with a newline after each answer for Line, as they are for None', async () => {
    // answers arrive in chunks; only an answer's last byte decides its newline
    const outs = () =>
      [['1', '\n', '2'], ['3\n'], ['4', '']].map(a => Readable.from(a.map(Buffer.from)))
    const join = async (how: 'None' | 'Line') => {
      const chunks: Buffer[] = []
      for await (const c of assembled(outs(), how)) chunks.push(c)
      return Buffer.concat(chunks)
    }
    expect(String(await join('Line'))).toBe('1\n2\n3\n4\n')
    expect(String(await join('None'))).toBe('1\n23\n4')
  })

  it('sets the SAGEMAKER_* variables from the job, after its Environment', () => {
    expect(
      transformEnv({
        MaxPayloadInMB: 2,
        MaxConcurrentTransforms: 3,
        BatchStrategy: 'SingleRecord',
        Environment: { MODEL_NAME: 'demo', SAGEMAKER_BATCH: 'false' }
      } as never)
    ).toEqual({
      MODEL_NAME: 'demo',
      SAGEMAKER_BATCH: 'true',
      SAGEMAKER_MAX_PAYLOAD_IN_MB: '2',
      SAGEMAKER_BATCH_STRATEGY: 'SINGLE_RECORD',
      SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: '3'
    })
  })
})

describe('batch settings', () => {
  const offered = { MaxConcurrentTransforms: 2, BatchStrategy: 'SINGLE_RECORD', MaxPayloadInMB: 1 }

  it("takes the job's values first, then the container's answer, then SageMaker's defaults", () => {
    const own = { MaxPayloadInMB: 4, BatchStrategy: 'MultiRecord', MaxConcurrentTransforms: 3 }
    expect(batchSettings(own as never, offered)).toEqual({
      payloadMb: 4,
      strategy: 'MultiRecord',
      concurrency: 3,
      fromContainer: []
    })
    expect(batchSettings({ MaxPayloadInMB: 4 } as never, offered)).toEqual({
      payloadMb: 4,
      strategy: 'SingleRecord',
      concurrency: 2,
      fromContainer: ['BatchStrategy', 'MaxConcurrentTransforms']
    })
    expect(batchSettings({} as never)).toEqual({
      payloadMb: 6,
      strategy: 'MultiRecord',
      concurrency: 1,
      fromContainer: []
    })
  })

  it('treats MaxConcurrentTransforms 0 as unset, and reads the SDK spelling of BatchStrategy', () => {
    const settings = batchSettings({ MaxConcurrentTransforms: 0 } as never, {
      MaxConcurrentTransforms: 4,
      BatchStrategy: 'SingleRecord'
    })
    expect(settings).toMatchObject({ concurrency: 4, strategy: 'SingleRecord' })
  })

  it('passes no SAGEMAKER_* setting the job leaves unset, only SAGEMAKER_BATCH', () => {
    expect(transformEnv({ Environment: { MODEL_NAME: 'demo' } } as never)).toEqual({
      MODEL_NAME: 'demo',
      SAGEMAKER_BATCH: 'true'
    })
  })
})

describe('manifests', () => {
  it('reads the prefix and the keys relative to it, in order', () => {
    const text = JSON.stringify([{ prefix: 's3://b/in/' }, 'x.csv', 'sub/y.csv'])
    expect(parseManifest(text)).toEqual({
      prefix: 's3://b/in/',
      uris: ['s3://b/in/x.csv', 's3://b/in/sub/y.csv']
    })
  })

  it.each([
    ['{"prefix": "s3://b/"}', 'it is not a JSON array'],
    ['["x.csv"]', 'its first element is not {"prefix": "s3://…"}'],
    ['[{"prefix": "s3://b/"}, "x.csv", 3]', 'element 3 is 3, not a relative key'],
    ['[{"prefix": "s3://b/"}]', 'it lists no objects after the prefix']
  ])('refuses %s: %s', (text, problem) => {
    expect(parseManifest(text)).toEqual({ problem })
  })
})

describe('the summary section', () => {
  it('shows records, bytes and the first output lines, escaped, in the job summary', () => {
    const report = buildReport({
      started: new Date(),
      result: 'pass',
      checks: [],
      findings: [],
      facts: {
        resources: [],
        validation: [
          {
            profile: 'csv-batch',
            kind: 'transform',
            status: 'pass',
            requests: 4,
            records: 35000,
            inputBytes: 3.5 * 1024 * 1024,
            outputBytes: 2048,
            durationMs: 2400,
            outputDir: '/tmp/v/csv-batch',
            outputs: [
              {
                file: '/tmp/v/csv-batch/big.csv.out',
                bytes: 2048,
                firstLines: ['<script>0.9</script>']
              }
            ]
          }
        ]
      }
    })
    const summary = renderSummary(report)
    expect(summary).toContain(validationSection(report.validation!))
    expect(summary).toContain(
      '<p><b>csv-batch</b> (transform): ✅ passed, 35000 record(s) and 3.5 MiB in 4 request(s), 2.0 KiB out, 2.4 s.'
    )
    expect(summary).toContain('&#60;script&#62;0.9&#60;/script&#62;')
    expect(summary).not.toContain('<script>')
  })
})

describe('validation-data', () => {
  it('refuses a path outside the workspace and the runner temp directory', () => {
    const ws = workspace()
    expect(() =>
      readInputs(name => ({ 'local-image': 'x', 'validation-data': `${INPUT}=/etc` })[name] ?? '', {
        GITHUB_WORKSPACE: ws
      })
    ).toThrow(InputError)
  })

  it('refuses a line that is not S3URI=PATH', () => {
    expect(() =>
      readInputs(name => ({ 'local-image': 'x', 'validation-data': 'input=./data' })[name] ?? '')
    ).toThrow('Input `validation-data` has the line "input=./data"; expected S3URI=LOCAL_PATH')
  })
})

interface Replay {
  ctx: RunContext
  facts: RunFacts
  status: string | undefined
  detail: string
  messages: string[]
}

/** Replays `request` with `files` (relative path → content) in a fresh workspace. */
async function replay(
  request: Json,
  files: Record<string, string | Buffer>,
  values: Record<string, string>,
  options: ReplayOptions = {}
): Promise<Replay> {
  const ws = workspace()
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
    writeFileSync(path.join(ws, rel), content)
  }
  writeFileSync(path.join(ws, 'request.json'), JSON.stringify(request))
  mkdirSync(path.join(ws, 'model'))
  writeFileSync(path.join(ws, 'model', 'weights.bin'), 'w')
  const all: Record<string, string> = {
    [request.AlgorithmName ? 'algorithm-request' : 'model-package-request']: 'request.json',
    'model-data': 'model', // stands in for the request's ModelDataUrl
    'startup-timeout': '20',
    ...values
  }
  const inputs = readInputs(name => all[name] ?? '', { GITHUB_WORKSPACE: ws, RUNNER_TEMP: ws })
  const facts: RunFacts = { resources: [] }
  const ctx: RunContext = {
    inputs,
    findings: new Findings(),
    facts,
    payloads: [],
    env: { ...process.env, RUNNER_TEMP: ws },
    signal: AbortSignal.timeout(120000),
    log: {
      info: () => undefined,
      warning: () => undefined,
      debug: () => undefined,
      group: async (_n, fn) => fn()
    }
  }
  await runValidationReplay(ctx, {}, { stopGraceMs: 2000, ...options })
  const check = ctx.findings.allChecks().find(c => c.rule === 'validation-replay')
  return {
    ctx,
    facts,
    status: check?.status,
    detail: check?.detail ?? '',
    messages: ctx.findings
      .allFindings()
      .filter(f => f.rule === 'validation-replay')
      .map(f => f.message)
  }
}

function job(r: Json): Json {
  return r.ValidationSpecification.ValidationProfiles[0].TransformJobDefinition
}

function edited(edit: (r: Json) => void): Json {
  const copy = structuredClone(GOOD)
  edit(copy)
  return copy
}

/** Runs `fn` against the fake AWS endpoint answering `handlers`: its result, and the operations called. */
async function withFakeAws<T>(
  handlers: Record<string, Handler>,
  fn: () => Promise<T>
): Promise<{ result: T; operations: string[] }> {
  const fake = await startFakeAws(handlers)
  const restore = useEnv(fake.env)
  try {
    return { result: await fn(), operations: fake.operations() }
  } finally {
    restore()
    await fake.close()
  }
}

const MAPPING = `${INPUT}=./validation/input`

dockerSuite('the transform replay (real Docker)', () => {
  it('replays a good model package request and assembles <input>.out', async () => {
    const run = await replay(
      GOOD,
      { 'validation/input/part-1.csv': '1,2\n3,4\n', 'validation/input/part-2.csv': '5,6\n' },
      { 'local-image': `${FIXTURE}:ok`, 'validation-data': MAPPING }
    )
    expect(run.messages).toEqual([])
    expect(run.status).toBe('pass')
    const [fact] = run.facts.validation!
    expect(fact).toMatchObject({
      profile: 'csv-batch',
      kind: 'transform',
      status: 'pass',
      requests: 2,
      records: 3,
      inputBytes: 12,
      outputRecords: 2 // one line per answer, AssembleWith Line
    })
    const out = readFileSync(path.join(fact.outputDir, 'part-1.csv.out'), 'utf8')
    // the fixture answers what it received: both records in one MultiRecord request, as text/csv
    expect(JSON.parse(out.trim())).toEqual({
      bytes: 8,
      contentType: 'text/csv',
      batch: true,
      model: ['weights.bin']
    })
    expect(out.endsWith('\n')).toBe(true) // AssembleWith Line
    expect(fact.outputs.map(o => path.basename(o.file))).toEqual([
      'part-1.csv.out',
      'part-2.csv.out'
    ])
  }, 60000)

  it('sends a MultiRecord Line input several times MaxPayloadInMB as several requests within it', async () => {
    const line = `${'7,'.repeat(50)}0\n` // 101 bytes
    const data = line.repeat(Math.ceil((3.5 * 1024 * 1024) / line.length))
    const request = edited(r => {
      job(r).MaxPayloadInMB = 1
      job(r).MaxConcurrentTransforms = 2
      job(r).TransformInput.CompressionType = 'Gzip'
    })
    const run = await replay(
      request,
      { 'validation/input/big.csv.gz': gzipSync(data) },
      { 'local-image': `${FIXTURE}:ok`, 'validation-data': MAPPING }
    )
    expect(run.messages).toEqual([])
    const [fact] = run.facts.validation!
    expect(fact.requests).toBe(4)
    const answers = readFileSync(path.join(fact.outputDir, 'big.csv.gz.out'), 'utf8')
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as { bytes: number })
    expect(answers).toHaveLength(4)
    for (const a of answers) expect(a.bytes).toBeLessThanOrEqual(1024 * 1024)
    expect(answers.reduce((s, a) => s + a.bytes, 0)).toBe(data.length)
  }, 60000)

  it('sends MaxConcurrentTransforms requests at once (issue 26)', async () => {
    // load-varies answers each request with 0.5 × the requests in flight: above 0.5 only when sent
    // together; the job's SingleRecord sends each of the 8 lines as its own request
    const rows = '1,2\n'.repeat(8)
    const scores = async (concurrency: number): Promise<number[]> => {
      const request = edited(r => {
        job(r).MaxConcurrentTransforms = concurrency
        job(r).BatchStrategy = 'SingleRecord'
      })
      const run = await replay(
        request,
        { 'validation/input/rows.csv': rows },
        { 'local-image': `${FIXTURE}:load-varies`, 'validation-data': MAPPING }
      )
      expect(run.messages).toEqual([])
      const [fact] = run.facts.validation!
      expect(fact.requests).toBe(8)
      return readFileSync(path.join(fact.outputDir, 'rows.csv.out'), 'utf8')
        .trim()
        .split('\n')
        .map(l => (JSON.parse(l) as { score: number }).score)
    }
    expect(Math.max(...(await scores(4)))).toBe(2)
    expect(new Set(await scores(1))).toEqual(new Set([0.5]))
  }, 120000)

  it('fails with the request, status, body and log when the container answers 500', async () => {
    const run = await replay(
      GOOD,
      { 'validation/input/part-1.csv': '1,2\n' },
      { 'local-image': `${FIXTURE}:fail-500`, 'validation-data': MAPPING }
    )
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      expect.stringMatching(
        /^In the validation profile "csv-batch", POST \/invocations with record 1 of s3:\/\/demo-validation-us-east-2\/input\/part-1\.csv \(4 B, text\/csv\) answered 500\. Response body: "RuntimeError: shape mismatch in layer 3" Last log lines:\n/
      )
    ])
    expect(run.facts.validation![0]).toMatchObject({ status: 'fail', requests: 1 })
  }, 60000)

  it('ends an answer that never ends at 100 MB, in bounded memory, naming the limit', async () => {
    const { result: run, grew } = await peakRssGrowth(() =>
      replay(
        GOOD,
        { 'validation/input/part-1.csv': '1,2\n' },
        { 'local-image': `${FIXTURE}:endless-body`, 'validation-data': MAPPING }
      )
    )
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      expect.stringMatching(
        /^In the validation profile "csv-batch", POST \/invocations with record 1 of s3:\/\/demo-validation-us-east-2\/input\/part-1\.csv \(4 B, text\/csv\) answered 200 with a body of more than 104,857,600 bytes; reading stopped there\. A transform job sends at most 100 MB in one request/
      )
    ])
    const [fact] = run.facts.validation!
    expect(fact).toMatchObject({ status: 'fail', outputs: [] })
    expect(fact.durationMs).toBeLessThan(60000)
    expect(readdirSync(fact.outputDir)).toEqual([])
    // before the bound, 100 MB/s piled up in memory until the 600 s invocation timeout
    expect(grew).toBeLessThan(200 * 1024 * 1024)
  }, 120000)

  it('fails a record above MaxPayloadInMB before starting the container', async () => {
    const request = edited(r => {
      job(r).MaxPayloadInMB = 1
      job(r).TransformInput.SplitType = 'None'
    })
    const run = await replay(
      request,
      { 'validation/input/big.csv': 'x'.repeat(1024 * 1024 + 1) },
      { 'local-image': `${FIXTURE}:ok`, 'validation-data': MAPPING }
    )
    expect(run.messages).toEqual([
      expect.stringContaining(
        'has a request of 1.0 MiB in s3://demo-validation-us-east-2/input/big.csv (record 1), above MaxPayloadInMB 1'
      )
    ])
  }, 60000)

  describe("the container's GET /execution-parameters answer", () => {
    const unset = (keep: Record<string, unknown> = {}): Json =>
      edited(r => {
        for (const k of ['MaxPayloadInMB', 'BatchStrategy', 'MaxConcurrentTransforms']) {
          delete job(r)[k]
        }
        Object.assign(job(r), keep)
      })
    const files = {
      'validation/input/part-1.csv': '1,2\n3,4\n',
      'validation/input/part-2.csv': '5,6\n'
    }
    const values = {
      'local-image': `${FIXTURE}:arn-execution-parameters`,
      'validation-data': MAPPING
    }
    const answers = (fact: { outputDir: string }): Json[] =>
      readFileSync(path.join(fact.outputDir, 'part-1.csv.out'), 'utf8')
        .trim()
        .split('\n')
        .map(l => JSON.parse(l) as Json)

    it('sets what the job leaves unset: one record per request, as the container asks', async () => {
      const run = await replay(unset(), files, values)
      expect(run.messages).toEqual([])
      const [fact] = run.facts.validation!
      expect(fact).toMatchObject({ status: 'pass', requests: 3, records: 3 })
      // SageMaker passes no SAGEMAKER_* setting the job does not set
      expect(answers(fact)).toEqual([
        expect.objectContaining({ bytes: 4, env: ['SAGEMAKER_BATCH'] }),
        expect.objectContaining({ bytes: 4, env: ['SAGEMAKER_BATCH'] })
      ])
    }, 60000)

    it("keeps the job's own BatchStrategy over the container's", async () => {
      const run = await replay(unset({ BatchStrategy: 'MultiRecord' }), files, values)
      const [fact] = run.facts.validation!
      expect(fact).toMatchObject({ status: 'pass', requests: 2 })
      expect(answers(fact)).toEqual([
        expect.objectContaining({ bytes: 8, env: ['SAGEMAKER_BATCH', 'SAGEMAKER_BATCH_STRATEGY'] })
      ])
    }, 60000)

    it("fails a record above the container's MaxPayloadInMB, saying where the limit came from", async () => {
      const run = await replay(
        unset(),
        { 'validation/input/big.csv': `${'x'.repeat(1024 * 1024)}\n` },
        values
      )
      expect(run.messages).toEqual([
        expect.stringContaining(
          "above MaxPayloadInMB 1 (the container's GET /execution-parameters answer, as the job sets none)"
        )
      ])
    }, 60000)
  })

  describe('a manifest input (S3DataType ManifestFile)', () => {
    const MANIFEST = 's3://demo-validation-us-east-2/manifests/input.manifest'
    const manifestRequest = edited(r => {
      job(r).TransformInput.DataSource.S3DataSource = {
        S3DataType: 'ManifestFile',
        S3Uri: MANIFEST
      }
    })
    const values = {
      'local-image': `${FIXTURE}:ok`,
      'validation-data': `${MANIFEST}=./validation/input.manifest\n${MAPPING}`
    }
    const manifest = (keys: string[]): string => JSON.stringify([{ prefix: INPUT }, ...keys])

    it('replays the objects the manifest lists, and only those', async () => {
      const run = await replay(
        manifestRequest,
        {
          'validation/input.manifest': manifest(['part-2.csv', 'sub/part-3.csv']),
          'validation/input/part-1.csv': 'not,listed\n',
          'validation/input/part-2.csv': '5,6\n',
          'validation/input/sub/part-3.csv': '7,8\n9,0\n'
        },
        values
      )
      expect(run.messages).toEqual([])
      const [fact] = run.facts.validation!
      expect(fact).toMatchObject({ status: 'pass', records: 3, inputBytes: 12 })
      // outputs are named after the keys relative to the manifest's prefix
      expect(fact.outputs.map(o => path.relative(fact.outputDir, o.file))).toEqual([
        'part-2.csv.out',
        path.join('sub', 'part-3.csv.out')
      ])
    }, 60000)

    it('fails when the manifest lists an object that does not exist', async () => {
      const run = await replay(
        manifestRequest,
        {
          'validation/input.manifest': manifest(['part-2.csv', 'gone.csv']),
          'validation/input/part-2.csv': '5,6\n'
        },
        values
      )
      expect(run.status).toBe('fail')
      expect(run.messages).toEqual([
        `The validation profile "csv-batch" reads its input from a manifest (S3DataType ManifestFile), but the manifest ${MANIFEST} lists ${INPUT}gone.csv, which does not exist: SageMaker fails the transform job on it.`
      ])
    })
  })

  it('skips, naming validation-data, when the input has no local copy', async () => {
    const run = await replay(GOOD, {}, { 'local-image': `${FIXTURE}:ok` })
    expect(run.status).toBe('skip')
    expect(run.detail).toBe(
      `validation profile "csv-batch": its input ${INPUT} has no local copy and there are no AWS credentials to download it: map it in \`validation-data\` (${INPUT}=./path/to/local/copy)`
    )
    expect(run.facts.validation).toBeUndefined()
  })

  it('skips, naming validation-data, when the model data has no local copy', async () => {
    const run = await replay(
      GOOD,
      { 'validation/input/part-1.csv': '1,2\n' },
      { 'local-image': `${FIXTURE}:ok`, 'validation-data': MAPPING, 'model-data': '' }
    )
    expect(run.status).toBe('skip')
    expect(run.detail).toContain(
      'its model data s3://demo-models-us-east-2/demo/model.tar.gz has no local copy'
    )
  })

  it('fails, naming the model data, when its archive cannot be unpacked', async () => {
    const MODEL = 's3://demo-models-us-east-2/demo/model.tar.gz'
    const run = await replay(
      GOOD,
      { 'validation/input/part-1.csv': '1,2\n', 'validation/model.tar.gz': 'not a gzip archive' },
      {
        'local-image': `${FIXTURE}:ok`,
        'validation-data': `${MAPPING}\n${MODEL}=./validation/model.tar.gz`,
        'model-data': ''
      }
    )
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      expect.stringMatching(
        /^The model data of validation profile "csv-batch" \(the local copy of s3:\/\/demo-models-us-east-2\/demo\/model\.tar\.gz\) could not be unpacked into \S+\/model: .+, so the profile was not replayed\.$/
      )
    ])
    expect(run.facts.validation).toBeUndefined()
  })

  const ALGO_DATA = `s3://demo-validation-us-east-2/train/=./validation/train\n${MAPPING}`

  it('trains an algorithm with the profile, then replays the transform on the model it wrote', async () => {
    const run = await replay(
      ALGO,
      { 'validation/train/data.csv': 'a,1\nb,2\n', 'validation/input/in.csv': '1\n2\n' },
      {
        'local-training-image': `${FIXTURE}:ok`,
        'local-image': `${FIXTURE}:ok`,
        'validation-data': ALGO_DATA
      }
    )
    expect(run.messages).toEqual([])
    expect(run.status).toBe('pass')
    const [training, transform] = run.facts.validation!
    expect(training).toMatchObject({
      profile: 'train-then-transform',
      kind: 'training',
      status: 'pass',
      inputBytes: 8
    })
    const model = JSON.parse(readFileSync(path.join(training.outputDir, 'model.json'), 'utf8'))
    // hyperparameters.json and the channel as SageMaker writes them
    expect(model).toEqual({
      hp: { epochs: '2', optimizer: 'sgd' },
      channels: ['training'],
      host: 'algo-1',
      files: ['data.csv']
    })
    expect(transform).toMatchObject({ kind: 'transform', status: 'pass', requests: 2, records: 2 })
    // AssembleWith unset (None): the two answers are concatenated as they came
    const out = readFileSync(path.join(transform.outputDir, 'in.csv.out'), 'utf8')
    expect(out).not.toContain('\n')
    expect(out.match(/"model":\["model\.json"\]/g)).toHaveLength(2)
    // the fixture prints no "loss=…" line: SageMaker would record no value for the metric
    expect(run.ctx.findings.allFindings().filter(f => f.rule === 'metric-definitions')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          'The metric "train:loss" (regex "loss=([0-9.]+)") matched nothing'
        )
      })
    ])
  }, 90000)

  /** `request`'s training profile replayed on the fixture `trainer`. */
  const trainOn = (request: Json, trainer: string) =>
    replay(
      request,
      { 'validation/train/data.csv': 'a,1\n', 'validation/input/in.csv': '1\n' },
      {
        'local-training-image': `${FIXTURE}:${trainer}`,
        'local-image': `${FIXTURE}:ok`,
        'validation-data': ALGO_DATA
      }
    )

  it('fails the profile with the failure file when training fails, and runs no transform', async () => {
    const run = await trainOn(ALGO, 'train-fail')
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      expect.stringContaining(
        `The training job of the validation profile "train-then-transform" failed, so its transform job was not run: \`train\` exited with code 2`
      )
    ])
    expect(run.messages[0]).toContain("ValueError: column 'label' missing in channel training")
    expect(run.facts.validation!.map(f => [f.kind, f.status])).toEqual([['training', 'fail']])
  }, 90000)

  it("trains on the profile's InstanceCount hosts when the algorithm supports distributed training", async () => {
    const distributed = structuredClone(ALGO)
    distributed.TrainingSpecification.SupportsDistributedTraining = true
    const job = distributed.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition
    job.ResourceConfig.InstanceCount = 2
    // algo-1 does not listen: algo-2 cannot meet it, and the job fails naming the host
    job.HyperParameters = { listen: 'false' }
    const run = await trainOn(distributed, 'hosts-train')
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      expect.stringContaining('Host algo-1 exited 0, but:\nHost algo-2 exited with code 1.')
    ])
    expect(run.messages[0]).toContain('[algo-2] algo-2 cannot reach algo-1:7777')
  }, 90000)

  it("stops a training that writes past the profile's VolumeSizeInGB, and runs no transform", async () => {
    // a fractional size keeps the writes to megabytes: request-schema would refuse it, the replay
    // takes the number as given
    const small = structuredClone(ALGO)
    small.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.VolumeSizeInGB = 0.05
    const run = await trainOn(small, 'fill-train')
    expect(run.status).toBe('fail')
    expect(run.messages).toEqual([
      expect.stringMatching(
        /^The training job of the validation profile "train-then-transform" failed, so its transform job was not run: Training wrote [\d.]+ GB under \/opt\/ml; the ML storage volume holds 0\.05 GB \(the profile's ResourceConfig\.VolumeSizeInGB\)\. .* It was stopped /s
      )
    ])
    expect(run.facts.validation!.map(f => [f.kind, f.status])).toEqual([['training', 'fail']])
  }, 90000)

  describe('a model package or algorithm named by ARN (fake SageMaker over the wire)', () => {
    // DescribeModelPackage answers the request's own shapes, as SageMaker does once it is created
    const described: Json = {
      ...GOOD,
      ModelPackageArn: MODEL_PACKAGE_ARN,
      ModelPackageStatus: 'Completed',
      CreationTime: 0
    }
    const byArn = { 'model-package-request': '', 'model-package-arn': MODEL_PACKAGE_ARN }

    /** Replays GOOD with `values`, DescribeModelPackage answering `described`. */
    const replayDescribed = (
      files: Record<string, string>,
      values: Record<string, string>,
      options?: ReplayOptions
    ) =>
      withFakeAws({ DescribeModelPackage: () => ({ body: described }) }, () =>
        replay(GOOD, files, values, options)
      )

    it('replays the validation profile DescribeModelPackage returns', async () => {
      const extended: number[] = []
      const { result: run, operations } = await replayDescribed(
        { 'validation/input/part-1.csv': '1,2\n3,4\n', 'validation/input/part-2.csv': '5,6\n' },
        { ...byArn, 'local-image': `${FIXTURE}:ok`, 'validation-data': MAPPING },
        { extendDeadline: s => void extended.push(s) }
      )
      expect(run.messages).toEqual([])
      expect(run.status).toBe('pass')
      expect(operations).toEqual(['DescribeModelPackage'])
      expect(run.facts.validation).toEqual([
        expect.objectContaining({ profile: 'csv-batch', status: 'pass', requests: 2, records: 3 })
      ])
      const out = readFileSync(path.join(run.facts.validation![0].outputDir, 'part-1.csv.out'))
      expect(JSON.parse(String(out))).toMatchObject({ bytes: 8, batch: true })
      // the run's time limit grows by the profile's transform: startup-timeout and 4 hours
      expect(extended).toEqual([20 + 4 * 3600])
    }, 60000)

    it('replays a request file and an ARN side by side, each profile into its own folder', async () => {
      const { result: run } = await replayDescribed(
        { 'validation/input/part-1.csv': '1,2\n' },
        {
          'model-package-arn': MODEL_PACKAGE_ARN,
          'local-image': `${FIXTURE}:ok`,
          'validation-data': MAPPING
        }
      )
      expect(run.messages).toEqual([])
      expect(run.facts.validation!.map(f => path.basename(f.outputDir))).toEqual([
        'csv-batch',
        'csv-batch-2'
      ])
    }, 60000)

    it('trains, then transforms, with the profile DescribeAlgorithm returns', async () => {
      const arn = MODEL_PACKAGE_ARN.replace('model-package/my-model/1', 'algorithm/demo-algorithm')
      const body = { ...ALGO, AlgorithmArn: arn, AlgorithmStatus: 'Completed', CreationTime: 0 }
      const { result: run, operations } = await withFakeAws(
        { DescribeAlgorithm: () => ({ body }) },
        () =>
          replay(
            ALGO,
            { 'validation/train/data.csv': 'a,1\nb,2\n', 'validation/input/in.csv': '1\n2\n' },
            {
              'algorithm-request': '',
              'algorithm-arn': arn,
              'local-training-image': `${FIXTURE}:ok`,
              'local-image': `${FIXTURE}:ok`,
              'validation-data': ALGO_DATA
            }
          )
      )
      expect(run.messages).toEqual([])
      expect(operations).toEqual(['DescribeAlgorithm'])
      expect(run.facts.validation!.map(f => [f.kind, f.status])).toEqual([
        ['training', 'pass'],
        ['transform', 'pass']
      ])
    }, 90000)

    it('fails a profile of the described package, naming model-package-arn', async () => {
      const { result: run } = await replayDescribed(
        { 'validation/input/part-1.csv': '1,2\n' },
        { ...byArn, 'local-image': `${FIXTURE}:fail-500`, 'validation-data': MAPPING }
      )
      expect(run.status).toBe('fail')
      const [finding] = run.ctx.findings.allFindings().filter(f => f.rule === 'validation-replay')
      expect(finding).toMatchObject({
        file: 'model-package-arn',
        message: expect.stringContaining('answered 500. Response body: "RuntimeError')
      })
    }, 60000)

    it('skips with the reason when the package could not be described', async () => {
      const missing = `ModelPackage ${MODEL_PACKAGE_ARN} does not exist.`
      const { result: run } = await withFakeAws(
        { DescribeModelPackage: () => jsonError(400, 'ValidationException', missing) },
        () => replay(GOOD, {}, { ...byArn, 'local-image': `${FIXTURE}:ok` })
      )
      expect(run.status).toBe('skip')
      expect(run.detail).toBe(
        `the model package ${MODEL_PACKAGE_ARN} could not be described (see resource-status), so its validation profiles were not replayed`
      )
    })

    it('skips without AWS credentials, saying why', async () => {
      const run = await replay(GOOD, {}, { ...byArn, 'local-image': `${FIXTURE}:ok` })
      expect(run.status).toBe('skip')
      expect(run.detail).toContain(
        `the model package ${MODEL_PACKAGE_ARN} was not described, so its validation profiles were not replayed: no AWS credentials`
      )
    })
  })

  describe('the download path (fake S3 over the wire)', () => {
    const objects: Record<string, string> = {
      'input/part-1.csv': '1,2\n3,4\n',
      'input/part-2.csv': '5,6\n'
    }
    const listing = (prefix: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>demo-validation-us-east-2</Name><Prefix>${prefix}</Prefix><KeyCount>2</KeyCount><IsTruncated>false</IsTruncated>${Object.entries(
        objects
      )
        .map(([k, v]) => `<Contents><Key>${k}</Key><Size>${v.length}</Size></Contents>`)
        .join('')}</ListBucketResult>`

    const withFakeS3 = <T>(fn: () => Promise<T>) =>
      withFakeAws(
        {
          'GET /demo-validation-us-east-2/': req => ({
            body: listing(new URL(req.path, 'http://x').searchParams.get('prefix') ?? '')
          }),
          ...Object.fromEntries(
            Object.entries(objects).map(([k, v]) => [
              `GET /demo-validation-us-east-2/${k}`,
              () => ({ body: v, headers: { 'content-type': 'text/csv' } })
            ])
          )
        },
        fn
      )

    it('downloads an unmapped input with the credentials and replays it', async () => {
      const { result: run, operations } = await withFakeS3(() =>
        replay(GOOD, {}, { 'local-image': `${FIXTURE}:ok`, region: 'us-east-2' })
      )
      expect(run.messages).toEqual([])
      expect(operations.sort()).toEqual([
        'GET /demo-validation-us-east-2/',
        'GET /demo-validation-us-east-2/input/part-1.csv',
        'GET /demo-validation-us-east-2/input/part-2.csv'
      ])
      expect(run.facts.validation![0]).toMatchObject({ status: 'pass', records: 3, inputBytes: 12 })
    }, 60000)

    it('skips, naming max-validation-data, when the prefix holds more than it allows', async () => {
      const { result: run, operations } = await withFakeS3(() =>
        replay(
          GOOD,
          {},
          {
            'local-image': `${FIXTURE}:ok`,
            region: 'us-east-2',
            'max-validation-data': '10B'
          }
        )
      )
      expect(run.status).toBe('skip')
      expect(run.detail).toContain(
        `its input ${INPUT} holds 12 B in 2 object(s), more than \`max-validation-data\` (10 B) allows`
      )
      expect(operations).toEqual(['GET /demo-validation-us-east-2/']) // listed, nothing fetched
    }, 60000)
  })
})
