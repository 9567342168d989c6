// How SageMaker really reaches and runs the container (issue 16), with real Docker and the
// fidelity-* fixture images: loopback-only servers, SAGEMAKER_BIND_TO_PORT, log evidence, batch
// payload limits, a training image that serves, and channels given as files.
import { expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const MiB = 1024 * 1024

const REQUEST = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'requests',
  'model-package.json'
)

/** A workspace with request.json: the sample model package request with `count` containers that
 * name no model data (the image serves its own), so the serve checks run without a mapping. */
function requestWithContainers(count: number): string {
  const ws = workspace()
  const request = JSON.parse(readFileSync(REQUEST, 'utf8')) as {
    InferenceSpecification: { Containers: Record<string, unknown>[] }
  }
  const { ModelDataUrl: _, ...container } = request.InferenceSpecification.Containers[0]
  request.InferenceSpecification.Containers = Array.from({ length: count }, () => container)
  writeFileSync(path.join(ws, 'request.json'), JSON.stringify(request))
  return ws
}

function withFile(name: string, bytes: number): string {
  const ws = workspace()
  writeFileSync(path.join(ws, name), Buffer.alloc(bytes, 'a'))
  return ws
}

dockerSuite('fidelity to how SageMaker runs the container (real Docker)', () => {
  it('fails a server that answers /ping on loopback only, saying SageMaker never reaches it', async () => {
    const run = await smoke({ 'local-image': `${FIXTURE}:fidelity-loopback`, batch: 'false' })
    expect(run.status('serve-start')).toBe('fail')
    expect(run.messages('serve-start')).toContain('only on 127.0.0.1:8080')
    expect(run.messages('serve-start')).toContain('from outside it')
    const finding = run.findings.allFindings().find(f => f.rule === 'serve-start')
    expect(finding?.help).toContain('0.0.0.0:8080')
  })

  it('keeps the deciding first log line through hundreds of poll lines', async () => {
    const run = await smoke({
      'local-image': `${FIXTURE}:fidelity-noisy`,
      batch: 'false',
      'startup-timeout': '4'
    })
    expect(run.status('serve-start')).toBe('fail')
    const message = run.messages('serve-start')
    expect(message).toContain('Listening at: http://0.0.0.0:8000')
    expect(message).toMatch(/"GET \/ping HTTP\/1\.1" 502 .*\[… \d{3,} more like this\]/)
    expect(run.facts.smokeTest?.logExcerpt).toContain('Listening at: http://0.0.0.0:8000')
  })

  it("quotes the request's own log line, which arrives after its answer", async () => {
    const ws = withFile('big.csv', 2 * MiB)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:fidelity-late-log`, payload: 'big.csv', batch: 'false' },
      { ws }
    )
    expect(run.status('invocation')).toBe('fail')
    expect(run.messages('invocation')).toContain('answered 413')
    expect(run.messages('invocation')).toContain('client intended to send too large body')
  })

  it('refuses an object above the default MaxPayloadInMB in the batch run instead of sending it', async () => {
    // this image answers /execution-parameters 404: SageMaker's default of 6 MB is in force
    const ws = withFile('seven.csv', 7 * MiB)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:fidelity-train-serves`, payload: 'seven.csv', batch: 'true' },
      { ws }
    )
    expect(run.status('payload-size')).toBe('fail')
    expect(run.messages('payload-size')).toContain(
      "above 6 MB (SageMaker's default MaxPayloadInMB)"
    )
    const batch = run.facts.smokeTest?.invocations.filter(i => i.mode === 'batch')
    expect(batch).toEqual([
      expect.objectContaining({ error: 'not sent: too large (see payload-size)' })
    ])
    const realtime = run.facts.smokeTest?.invocations.filter(i => i.mode === 'realtime')
    expect(realtime).toEqual([expect.objectContaining({ status: 200 })])
  })

  it('probes an image labelled accept-bind-to-port on SAGEMAKER_BIND_TO_PORT when the request runs two containers', async () => {
    const ws = requestWithContainers(2)
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:fidelity-bind-port`,
        'model-package-request': 'request.json',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('serve-start')).toBe('pass')
    expect(run.detail('serve-start')).toContain('SAGEMAKER_BIND_TO_PORT=9080')
    expect(run.detail('serve-start')).toContain('`model-package-request` runs 2 containers')
  })

  it('fails an image labelled accept-bind-to-port that still listens on 8080 in a two-container request, without waiting', async () => {
    const ws = requestWithContainers(2)
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:fidelity-bind-port-ignored`,
        'model-package-request': 'request.json',
        batch: 'false',
        'startup-timeout': '60'
      },
      { ws }
    )
    expect(run.status('serve-start')).toBe('fail')
    expect(run.messages('serve-start')).toContain('it listens on 8080 and not on 9080')
    expect(run.messages('serve-start')).toContain('runs 2 containers')
    expect(run.seconds).toBeLessThan(30)
  })

  it('serves a labelled image with one container on 8080, saying why (issue 24)', async () => {
    // the Marketplace listing sample's shape: one container, labelled, listening on 8080
    const ws = requestWithContainers(1)
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:fidelity-bind-port-ignored`,
        'model-package-request': 'request.json',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('serve-start')).toBe('pass')
    expect(run.detail('serve-start')).toContain('on 8080')
    expect(run.detail('serve-start')).toContain('`model-package-request` has one container')
    // without a request or resource, nothing names other containers either
    const alone = await smoke({
      'local-image': `${FIXTURE}:fidelity-bind-port-ignored`,
      batch: 'false'
    })
    expect(alone.status('serve-start')).toBe('pass')
    expect(alone.detail('serve-start')).toContain('no request or resource names other containers')
  })

  it('stops a training image that serves instead of training within seconds, naming the ENTRYPOINT', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'train.csv'), '1,0\n')
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:fidelity-train-serves`,
        'training-data': 'training=./train.csv',
        'training-timeout': '600'
      },
      { ws }
    )
    expect(run.status('train-exit')).toBe('fail')
    const message = run.messages('train-exit')
    expect(message).toContain('started a server instead of training')
    expect(message).toContain('Serving on http://0.0.0.0:8080')
    expect(message).toContain('["node","/srv/fidelity-server.mjs","train-serves"]')
    expect(run.seconds).toBeLessThan(30)
  })

  it('places a file given in training-data inside its channel directory', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'iris.csv'), '5.1,3.5,1.4,0.2,setosa\n')
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:ok`,
        'training-data': 'training=./iris.csv',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('train-exit')).toBe('pass')
    expect(run.facts.training?.logExcerpt).toContain('trained on 1 file(s)')
    expect(readFileSync(path.join(ws, 'iris.csv'), 'utf8')).toContain('setosa')
  })
})
