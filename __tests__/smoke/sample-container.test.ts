// Against a container we did not design: look-alikes of AWS's scikit_bring_your_own sample (nginx
// with its own 5m body limit in front of gunicorn/gevent and Flask, Python-2-era `serve` and `train`)
// on a Debian root filesystem (__tests__/fixtures/sbyo). They fail in ways the node fixtures do not.
import { expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cli } from '../../src/cli/main.js'
import { annotationsFor } from '../../src/action/annotations.js'
import { renderSummary } from '../../src/report/summary.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace, writeSbyoModel } from '../helpers/smoke.js'

const ROWS = '5.1,3.5,1.4,0.2\n4.9,3.0,1.4,0.2\n'
const REQUESTS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'requests'
)

/** A workspace with a CSV sample and, optionally, the pickled model the sample's predictor loads. */
function sampleWorkspace(withModel: boolean): string {
  const ws = workspace()
  writeFileSync(path.join(ws, 'rows.csv'), ROWS)
  mkdirSync(path.join(ws, 'train'))
  writeFileSync(path.join(ws, 'train', 'data.csv'), '1,2\n3,4\n')
  if (withModel) writeSbyoModel(ws)
  return ws
}

dockerSuite(
  'the scikit_bring_your_own look-alike (real Docker)',
  () => {
    it("serves the small sample, then finds nginx's 5m limit with a request as large as SageMaker's", async () => {
      const ws = sampleWorkspace(true)
      const r = await smoke(
        { 'local-image': `${FIXTURE}:sbyo`, 'model-data': 'model', payload: 'rows.csv' },
        { ws }
      )
      for (const rule of ['serve-start', 'ping', 'invocation', 'sigterm']) {
        expect([rule, r.status(rule)]).toEqual([rule, 'pass'])
      }
      expect(r.detail('server-timeouts')).toContain('proxy_read_timeout 300s')
      const refused = r.findings.allFindings().filter(f => f.rule === 'request-size-limit')
      expect(refused.map(f => f.message.includes('refused with 413'))).toEqual([true, true])
      expect(refused[0].message).toContain('Invoked with 2 records') // the predictor's own log line
      expect(refused[0].help).toContain('client_max_body_size')
    }, 180000)

    it("reports nginx's 413 for a 5.6 MB sample once, naming the real-time and the batch run", async () => {
      const ws = sampleWorkspace(true)
      writeFileSync(path.join(ws, 'big.csv'), ROWS.repeat((5.6 * 1000 * 1000) / 32))
      const code = await cli(
        ['--local-image', `${FIXTURE}:sbyo`, '--model-data=model', '--payload=big.csv'],
        { PATH: process.env.PATH, HOME: ws },
        { stdout: () => undefined, stderr: () => undefined, cwd: ws }
      )
      expect(code).toBe(1)
      const report = JSON.parse(readFileSync(path.join(ws, 'marketplace-preflight.json'), 'utf8'))
      const refused = report.findings.filter((f: { rule: string }) => f.rule === 'invocation')
      expect(refused).toHaveLength(1)
      expect(refused[0].seenIn).toEqual([
        'the real-time run',
        'the batch-transform run (SAGEMAKER_BATCH=true)'
      ])
      expect(refused[0].message).toMatch(
        /^In the real-time run and the batch-transform run \(SAGEMAKER_BATCH=true\): POST \/invocations with big\.csv \(text\/csv\) answered 413\./
      )
      expect(refused[0].help).toContain('client_max_body_size')
      // one finding everywhere it is shown
      expect(
        annotationsFor(report.findings).filter(a => a.title.startsWith('invocation:'))
      ).toHaveLength(1)
      expect(renderSummary(report).split('<code>invocation</code>: ')).toHaveLength(2)
    }, 180000)

    it('names the missing model file when /ping fails without model-data', async () => {
      const r = await smoke(
        {
          'local-image': `${FIXTURE}:sbyo`,
          payload: 'rows.csv',
          batch: 'false',
          'startup-timeout': '8'
        },
        { ws: sampleWorkspace(false) }
      )
      expect(r.status('serve-start')).toBe('fail')
      expect(r.messages('serve-start')).toContain('answered 500')
      expect(r.messages('serve-start')).toContain(
        'Likely cause: The server opens /opt/ml/model/model.pkl, which is not there.'
      )
    }, 120000)

    it('lists a nested model.tar.gz first, as the cause of the /ping failure it explains', async () => {
      const ws = sampleWorkspace(true)
      // `tar czf model.tar.gz model/`: SageMaker would serve /opt/ml/model/model/model.pkl
      execFileSync('tar', ['-C', ws, '-czf', path.join(ws, 'model.tar.gz'), 'model'])
      const r = await smoke(
        {
          'local-image': `${FIXTURE}:sbyo`,
          'model-data': 'model.tar.gz',
          payload: 'rows.csv',
          batch: 'false',
          'startup-timeout': '8'
        },
        { ws }
      )
      const [first, second] = r.findings.allFindings()
      expect(first).toMatchObject({ rule: 'model-archive', severity: 'warning' })
      expect(second).toMatchObject({ rule: 'serve-start', cause: 'model-archive' })
      expect(second.message).toMatch(
        /^This may follow from the `model-archive` warning listed before it: fix that one first\./
      )
      expect(second.message).toContain('/opt/ml/model/model.pkl, which is not there')
    }, 120000)

    it('explains the Python 2-era first line when `serve` cannot start', async () => {
      const r = await smoke(
        { 'local-image': `${FIXTURE}:sbyo-py2`, payload: 'rows.csv', batch: 'false' },
        { ws: sampleWorkspace(true) }
      )
      const message = r.messages('serve-start')
      expect(message).toContain('could not be run (exit 127)')
      expect(message).toContain("/usr/bin/env: 'python': No such file or directory")
      expect(message).toContain('change the first line to `#!/usr/bin/env python3`')
    }, 120000)

    it("fails the validation replay where SageMaker's would: a MultiRecord batch above nginx's 5m", async () => {
      // the good request's profile: Line split, MultiRecord, MaxPayloadInMB 6, input under one prefix
      const ws = sampleWorkspace(true)
      const request = readFileSync(path.join(REQUESTS, 'model-package.json'))
      writeFileSync(path.join(ws, 'request.json'), request)
      mkdirSync(path.join(ws, 'validation'))
      writeFileSync(path.join(ws, 'validation', 'big.csv'), ROWS.repeat((5.5 * 1024 * 1024) / 32))
      let out = ''
      const code = await cli(
        [
          '--model-package-request=request.json',
          `--local-image=${FIXTURE}:sbyo`,
          '--model-data=model',
          '--validation-data=s3://demo-validation-us-east-2/input/=./validation',
          '--batch=false',
          '--aws-checks=false'
        ],
        { PATH: process.env.PATH, HOME: ws },
        { stdout: t => (out += t), stderr: t => (out += t), cwd: ws }
      )
      expect(code).toBe(1)
      const report = JSON.parse(readFileSync(path.join(ws, 'marketplace-preflight.json'), 'utf8'))
      expect(report.validation).toEqual([
        expect.objectContaining({ profile: 'csv-batch', kind: 'transform', status: 'fail' })
      ])
      const finding = report.findings.find((f: { rule: string }) => f.rule === 'validation-replay')
      expect(finding.message).toContain(
        'records 1-360448 of s3://demo-validation-us-east-2/input/big.csv (5.5 MiB, text/csv) answered 413'
      )
      expect(finding.help).toContain("413 means the server refused the request's size")
      expect(finding.help).toContain('client_max_body_size')
      expect(out).toContain('✖ FAIL  validation-replay')
    }, 180000)

    it('shows the failure file once and names the text-mode pickle of Python 2-era train code', async () => {
      const r = await smoke(
        {
          'local-image': `${FIXTURE}:sbyo`,
          'local-training-image': `${FIXTURE}:sbyo`,
          'training-data': 'training=train',
          payload: 'rows.csv',
          batch: 'false'
        },
        { ws: sampleWorkspace(false) }
      )
      const message = r.messages('train-exit')
      expect(message).toContain('exited with code 255')
      expect(message).toContain('/opt/ml/output/failure says: "Exception during training')
      expect(message.split('TypeError: write() argument must be str, not bytes')).toHaveLength(2)
      expect(message).toContain("open(path, 'wb')")
    }, 180000)
  },
  { sample: true }
)
