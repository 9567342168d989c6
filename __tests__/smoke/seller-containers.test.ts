// Issue 24: verdicts that were wrong on real sellers' containers, reproduced with look-alikes of
// them (__tests__/fixtures/sbyo: gunicorn without --timeout, a bash PID 1 that ignores SIGTERM, a
// CRLF `serve` or start script, the Marketplace listing sample's baked-in model, an imitation of the
// R plumber sample) on real Docker.
import { expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli } from '../../src/cli/main.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace, writeSbyoModel } from '../helpers/smoke.js'

/** A workspace with model/model.pkl, the pickled model the sbyo predictor loads at /ping. */
function withModel(): string {
  const ws = workspace()
  writeSbyoModel(ws)
  return ws
}

dockerSuite(
  "sellers' containers (issue 24, real Docker)",
  () => {
    it("judges gunicorn started without --timeout by gunicorn's 30 s default", async () => {
      const r = await smoke({
        'local-image': `${FIXTURE}:sbyo-no-timeout`,
        batch: 'false',
        'startup-timeout': '5'
      })
      expect(r.status('server-timeouts')).toBe('warn')
      expect(r.messages('server-timeouts')).toContain(
        "starts gunicorn without a timeout option in /opt/program/serve, so it runs with gunicorn's default of 30 s"
      )
    }, 120000)

    it('waits out SIGTERM once per image, and not at all when sigterm is ignored', async () => {
      // the real 30 s grace: a PID 1 that ignores SIGTERM costs it in the real-time run only
      const judged = await smoke(
        { 'local-image': `${FIXTURE}:sbyo-bash`, 'model-data': 'model', batch: 'true' },
        { stopGraceMs: 30000, ws: withModel() }
      )
      expect(judged.status('serve-start')).toBe('pass')
      expect(judged.status('sigterm')).toBe('warn')
      expect(judged.messages('sigterm')).toContain(
        'In the real-time run: The container was still running 30 s after SIGTERM'
      )
      expect(judged.messages('sigterm')).not.toContain('batch')
      expect(judged.seconds).toBeGreaterThan(30)
      expect(judged.seconds).toBeLessThan(55)

      const ignored = await smoke(
        {
          'local-image': `${FIXTURE}:sbyo-bash`,
          'model-data': 'model',
          batch: 'true',
          ignore: 'sigterm'
        },
        { stopGraceMs: 30000, ws: withModel() }
      )
      expect(ignored.status('serve-start')).toBe('pass')
      expect(ignored.status('sigterm')).toBe('skip')
      expect(ignored.seconds).toBeLessThan(25)
    }, 180000)

    it('says a serve script saved with Windows line endings is why it cannot start', async () => {
      const r = await smoke({
        'local-image': `${FIXTURE}:sbyo-crlf`,
        batch: 'false',
        'startup-timeout': '10'
      })
      expect(r.status('serve-start')).toBe('fail')
      expect(r.messages('serve-start')).toContain('saved with Windows line endings')
      expect(r.status('entrypoint')).toBe('warn')
      expect(r.messages('entrypoint')).toContain('saved with Windows line endings')
    }, 120000)

    it('reads the start script of an image that cannot start: Windows line endings, with the fix', async () => {
      // the engine says only "exec /opt/program/entry.sh: no such file or directory"
      const served = await smoke({
        'local-image': `${FIXTURE}:sbyo-entry-crlf`,
        batch: 'false',
        'startup-timeout': '10'
      })
      expect(served.status('serve-start')).toBe('fail')
      const start = served.messages('serve-start')
      expect(start).toContain(
        '`ENTRYPOINT` (/opt/program/entry.sh) was saved with Windows line endings'
      )
      expect(start).toContain('dos2unix entry.sh')
      expect(start).toContain('.gitattributes')
      expect(start).not.toContain('or the interpreter its first line names, is not in the image')
      expect(served.status('entrypoint')).toBe('warn')

      const ws = workspace()
      mkdirSync(path.join(ws, 'data'))
      writeFileSync(path.join(ws, 'data', 'rows.csv'), '1,5.1\n0,4.9\n')
      const trained = await smoke(
        { 'local-training-image': `${FIXTURE}:sbyo-entry-crlf`, 'training-data': 'train=./data' },
        { ws }
      )
      expect(trained.status('train-exit')).toBe('fail')
      expect(trained.messages('train-exit')).toContain(
        '`ENTRYPOINT` (/opt/program/entry.sh) was saved with Windows line endings'
      )
      expect(trained.messages('train-exit')).toContain('dos2unix entry.sh')
    }, 120000)

    // the corpus: each look-alike through the CLI as a seller runs it, with the verdict it must get
    const sbyo = ['--model-data=model', '--payload=rows.csv']
    const CORPUS: [tag: string, args: string[], checks: Record<string, string>][] = [
      ['sbyo', sbyo, { 'serve-start': 'pass', 'server-timeouts': 'pass', sigterm: 'pass' }],
      ['sbyo-no-timeout', sbyo, { 'serve-start': 'pass', 'server-timeouts': 'warn' }],
      ['sbyo-crlf', sbyo, { 'serve-start': 'fail', entrypoint: 'warn' }],
      ['sbyo-entry-crlf', sbyo, { 'serve-start': 'fail', entrypoint: 'warn' }],
      ['sbyo-bash', [...sbyo, '--ignore=sigterm'], { 'serve-start': 'pass', sigterm: 'skip' }],
      // no model-data, as its create_model_package names no ModelDataUrl: the image's own
      // /opt/ml/model is served, so every invocation passes although it answers 500 on errors
      // (CSV answers: its JSON ones are larger than the grown request, past SageMaker's 6 MiB)
      [
        'listing',
        ['--payload=rows.csv', '--accept=text/csv'],
        {
          'serve-start': 'pass',
          ping: 'pass',
          invocation: 'pass',
          'request-size-limit': 'pass',
          'container-user': 'pass',
          sigterm: 'pass'
        }
      ],
      // answers 500 to a CSV that repeats its header: the grown request keeps it once
      [
        'plumber',
        ['--model-data=model', '--payload=iris.csv'],
        { 'serve-start': 'pass', invocation: 'pass', 'request-size-limit': 'pass' }
      ]
    ]
    it.each(CORPUS)(
      'runs the CLI over the look-alike %s',
      async (tag, args, checks) => {
        const ws = withModel()
        writeFileSync(
          path.join(ws, 'model', 'mars_model.RData'),
          'the plumber imitation loads this'
        )
        writeFileSync(path.join(ws, 'rows.csv'), '5.1,3.5,1.4,0.2\n')
        writeFileSync(
          path.join(ws, 'iris.csv'),
          'sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n4.9,3.0,1.4,0.2\n'
        )
        const code = await cli(
          [
            `--local-image=${FIXTURE}:${tag}`,
            '--batch=false',
            '--startup-timeout=20',
            '--aws-checks=false',
            ...args
          ],
          { PATH: process.env.PATH, HOME: ws },
          { stdout: () => undefined, stderr: () => undefined, cwd: ws }
        )
        expect(code).toBeLessThan(2)
        const report = JSON.parse(readFileSync(path.join(ws, 'marketplace-preflight.json'), 'utf8'))
        const got = Object.fromEntries(
          Object.keys(checks).map(rule => [
            rule,
            report.checks.find((c: { rule: string }) => c.rule === rule)?.status
          ])
        )
        expect(got).toEqual(checks)
      },
      120000
    )
  },
  { sample: true }
)
