// `listing-evidence` end to end: the CLI runs a real container with the demo's sample requests and a
// validation profile, and writes the Markdown the seller pastes into the listing's usage information.
import { expect, it } from '@jest/globals'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cli } from '../../src/cli/main.js'
import { EVIDENCE_MARK } from '../../src/report/listing-evidence.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, workspace } from '../helpers/smoke.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const DEMO = path.join(here, '..', '..', 'examples', 'demo-model')
const ALGORITHM = path.join(here, '..', 'fixtures', 'requests', 'algorithm.json')

/** A workspace with the demo model's sample requests, model and validation input. */
function demoWorkspace(): string {
  const ws = workspace()
  cpSync(path.join(DEMO, 'payloads'), path.join(ws, 'payloads'), { recursive: true })
  cpSync(path.join(DEMO, 'validation'), path.join(ws, 'validation'), { recursive: true })
  mkdirSync(path.join(ws, 'model'))
  writeFileSync(path.join(ws, 'model', 'weights.bin'), 'w')
  return ws
}

async function run(ws: string, args: string[]): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await cli(
    [...args, '--aws-checks=false', '--listing-evidence=EVIDENCE.md'],
    { PATH: process.env.PATH, HOME: ws },
    { stdout: t => (out += t), stderr: t => (out += t), cwd: ws }
  )
  return { code, out }
}

dockerSuite('listing-evidence (real Docker)', () => {
  it("writes a model package's samples, figures and replay as Markdown, and names the file", async () => {
    const ws = demoWorkspace()
    cpSync(path.join(DEMO, 'create-model-package.json'), path.join(ws, 'request.json'))
    const { code, out } = await run(ws, [
      `--local-image=${FIXTURE}:ok`,
      '--model-data=model',
      '--payload=payloads/rows.csv',
      '--payload=payloads/rows.json',
      '--model-package-request=request.json',
      '--validation-data=s3://demo-validation-111122223333-us-east-2/input/=./validation/input'
    ])
    expect([code, out]).toEqual([0, expect.stringContaining(`Listing evidence: ${ws}/EVIDENCE.md`)])
    const text = readFileSync(path.join(ws, 'EVIDENCE.md'), 'utf8')
    // the request's smallest instance type is the one the containers stood in for
    expect(text).toMatch(
      new RegExp(
        `^### Sample requests and measured performance\\n\\n${EVIDENCE_MARK} \\S+ on \\d{4}-\\d\\d-\\d\\d, .* on a runner with \\d+ CPUs .* of memory, the containers limited to the 2 vCPUs and 8\\.0 GiB of \`ml\\.m5\\.large\`, the instance type they stood in for\\._\\n`
      )
    )
    expect(text).toContain('**Content types:** requests as `text/csv`, `application/json`.')
    const rows = readFileSync(path.join(DEMO, 'payloads', 'rows.csv'), 'utf8').trimEnd()
    for (const [title, answer] of [
      ['Real-time inference', '"batch":false'],
      ['Batch transform', '"batch":true']
    ]) {
      const section = text.split(`#### ${title}\n`)[1]?.split('####')[0] ?? ''
      expect(section).toContain(`Sample request (\`payloads/rows.csv\`, \`text/csv\`, 21 B)`)
      expect(section).toContain(`\`\`\`\n${rows}\n\`\`\``)
      // the fixture answers what it was sent, as JSON
      expect(section).toMatch(
        /The model's answer \(HTTP 200, \d+ B, in \d+ ms\):\n\n```\n\{.*"contentType":"text\/csv"/
      )
      expect(section).toContain(answer)
    }
    expect(text).toMatch(/\| Startup \(`docker run` to GET \/ping 200\) \| \d+\.\d s \|/)
    expect(text).toMatch(
      /\| Real-time inference: latency \| p50 \d+ ms, p95 \d+ ms, slowest \d+ ms \(2 requests, one at a time\) \|/
    )
    expect(text).toMatch(
      /\| Real-time inference: throughput \| [\d.]+ requests\/s \(.*\/s\) one at a time/
    )
    expect(text).toMatch(/\| Serving: peak memory and CPU \| .* memory/)
    expect(text).not.toContain('Training')
    expect(text).toMatch(
      /- `csv-rows`, transform job: \d+ records in \([\d.]+ B, 1 request\), \d+ records? out \(.*\), in [\d.]+ s\n$/
    )
  }, 180000)

  it("adds an algorithm's training time, and its training job from the validation profile", async () => {
    const ws = demoWorkspace()
    cpSync(ALGORITHM, path.join(ws, 'request.json'))
    mkdirSync(path.join(ws, 'train'))
    writeFileSync(path.join(ws, 'train', 'data.csv'), 'a,1\nb,2\n')
    const { code } = await run(ws, [
      `--local-training-image=${FIXTURE}:ok`,
      `--local-image=${FIXTURE}:ok`,
      '--training-data=training=train',
      '--payload=payloads/rows.csv',
      '--batch=false',
      '--algorithm-request=request.json',
      '--validation-data=s3://demo-validation-us-east-2/train/=./train',
      '--validation-data=s3://demo-validation-us-east-2/input/=./validation/input'
    ])
    const text = readFileSync(path.join(ws, 'EVIDENCE.md'), 'utf8')
    expect([code, text]).toEqual([
      expect.any(Number),
      expect.stringContaining('#### Real-time inference')
    ])
    expect(text).not.toContain('#### Batch transform') // batch: false
    expect(text).toMatch(/\| Training time \(the sample `training-data`\) \| \d+\.\d s \|/)
    expect(text).toMatch(/\| Training: peak memory and CPU \| /)
    expect(text).toMatch(
      /- `train-then-transform`, training job: 8 B of training data in, [\d.]+ \S+ of model out, in [\d.]+ s\n- `train-then-transform`, transform job: \d+ records in/
    )
    // a later run replaces its own file
    expect(
      (
        await run(ws, [
          `--local-image=${FIXTURE}:ok`,
          '--payload=payloads/rows.csv',
          '--batch=false'
        ])
      ).code
    ).toBe(0)
    expect(readFileSync(path.join(ws, 'EVIDENCE.md'), 'utf8')).not.toContain('Training')
  }, 240000)
})
