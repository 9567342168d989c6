// The inference smoke test against a real Docker engine and fixture images built from local files.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../../src/inputs/error.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const REQUEST = path.join(import.meta.dirname, '..', 'fixtures', 'requests', 'model-package.json')
const MODEL_URL = 's3://demo-models-us-east-2/demo/model.tar.gz'

function payloads(ws: string): void {
  writeFileSync(path.join(ws, 'sample.csv'), '1,2,3\n')
  mkdirSync(path.join(ws, 'samples'))
  writeFileSync(path.join(ws, 'samples', 'a.json'), '{"x": 1}')
}

dockerSuite('inference smoke test (real Docker)', () => {
  it('passes a working model server in real-time and batch runs, probing through nsenter', async () => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:ok`, payload: 'sample.csv\nsamples/*.json', batch: 'true' },
      { ws }
    )
    for (const rule of [
      'serve-start',
      'ping',
      'invocation',
      'invocation-latency',
      'payload-size',
      'sigterm',
      'network-dependency',
      'execution-parameters'
    ]) {
      expect([rule, run.status(rule)]).toEqual([rule, 'pass'])
    }
    const facts = run.facts.smokeTest!
    expect(facts.probeMethod).toBe('nsenter')
    expect(facts.startupSeconds).toBeLessThan(10)
    expect(facts.invocations.map(i => [i.payload, i.contentType, i.mode, i.status])).toEqual([
      ['sample.csv', 'text/csv', 'realtime', 200],
      ['samples/a.json', 'application/json', 'realtime', 200],
      ['sample.csv', 'text/csv', 'batch', 200],
      ['samples/a.json', 'application/json', 'batch', 200]
    ])
    expect(facts.logExcerpt).toContain('listening (ok)')
  })

  it('passes the batch run SAGEMAKER_BATCH alone, as a transform job that sets no batch values', async () => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:arn-execution-parameters`,
        payload: 'sample.csv',
        batch: 'true'
      },
      { ws }
    )
    expect(run.status('invocation')).toBe('pass')
    const excerpt = run.facts.smokeTest!.logExcerpt!
    expect(excerpt).toContain('SAGEMAKER_* variables: none')
    expect(excerpt.split('--- batch transform run ---')[1]).toContain(
      'SAGEMAKER_* variables: SAGEMAKER_BATCH\n'
    )
  })

  it('gives the container none of the runner environment', async () => {
    const env = {
      ...process.env,
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      GITHUB_TOKEN: 'ghs_example',
      RUNNER_OS: 'Linux',
      INPUT_IMAGE: 'x',
      ACTIONS_RUNTIME_TOKEN: 'y'
    }
    const run = await smoke({ 'local-image': `${FIXTURE}:ok`, batch: 'true' }, { env })
    expect(run.status('serve-start')).toBe('pass')
    expect(run.status('execution-parameters')).toBe('pass')
  })

  it('reports a container that exits at start at once, with its exit code and log', async () => {
    const run = await smoke({
      'local-image': `${FIXTURE}:exit`,
      'startup-timeout': '120',
      batch: 'true'
    })
    expect(run.status('serve-start')).toBe('fail')
    expect(run.messages('serve-start')).toMatch(/exited with code 3/)
    expect(run.messages('serve-start')).toContain("No module named 'torch'")
    expect(run.seconds).toBeLessThan(20)
    expect(run.status('execution-parameters')).toBe('skip')
  })

  it('reports a container that needs the network at start as network-dependency', async () => {
    const run = await smoke({ 'local-image': `${FIXTURE}:network`, batch: 'false' })
    expect(run.status('network-dependency')).toBe('fail')
    expect(run.messages('network-dependency')).toContain('huggingface.co')
  })

  it('reports a server on the wrong port as serve-start after the startup timeout', async () => {
    const run = await smoke({
      'local-image': `${FIXTURE}:wrong-port`,
      'startup-timeout': '3',
      batch: 'false'
    })
    expect(run.status('serve-start')).toBe('fail')
    expect(run.messages('serve-start')).toContain('nothing answered on port 8080')
    expect(run.status('ping')).toBe('skip')
  })

  it('reports /ping 404 without a model as ping', async () => {
    const run = await smoke({
      'local-image': `${FIXTURE}:needs-model`,
      // the window must outlast the server's start (2-3.4 s measured with the machine under load)
      'startup-timeout': '8',
      batch: 'false'
    })
    expect(run.status('ping')).toBe('fail')
    expect(run.messages('ping')).toContain('answered 404')
  })

  it('mounts a model.tar.gz unpacked at /opt/ml/model', async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'm'))
    writeFileSync(path.join(ws, 'm', 'weights.bin'), 'w')
    execFileSync('tar', ['-czf', path.join(ws, 'model.tar.gz'), '-C', path.join(ws, 'm'), '.'])
    writeFileSync(path.join(ws, 'in.json'), '{}')
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:needs-model`,
        'model-data': 'model.tar.gz',
        payload: 'in.json',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('ping')).toBe('pass')
    expect(run.status('invocation')).toBe('pass')
  })

  it('serves a model baked into the image: nothing is mounted at /opt/ml/model without model data', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'in.csv'), '1,2\n')
    const run = await smoke(
      { 'local-image': `${FIXTURE}:baked-model`, payload: 'in.csv', batch: 'false' },
      { ws }
    )
    expect(run.status('invocation')).toBe('pass')
    expect(run.facts.smokeTest?.modelData).toBe('image')
  })

  it("serves the local copy validation-data maps for the request's ModelDataUrl", async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'm'))
    writeFileSync(path.join(ws, 'm', 'weights.bin'), 'w')
    execFileSync('tar', ['-czf', path.join(ws, 'model.tar.gz'), '-C', path.join(ws, 'm'), '.'])
    copyFileSync(REQUEST, path.join(ws, 'request.json'))
    writeFileSync(path.join(ws, 'in.json'), '{}')
    const values = {
      'local-image': `${FIXTURE}:needs-model`,
      'model-package-request': 'request.json',
      payload: 'in.json',
      batch: 'false'
    }
    const run = await smoke({ ...values, 'validation-data': `${MODEL_URL}=model.tar.gz` }, { ws })
    expect(run.status('ping')).toBe('pass')
    expect(run.facts.smokeTest?.modelData).toBe(`model.tar.gz (the local copy of ${MODEL_URL})`)
    // named but not mapped: not served empty
    const unmapped = await smoke(values, { ws })
    expect(unmapped.status('ping')).toBe('skip')
    expect(unmapped.detail('serve-start')).toContain(
      `names the model data ${MODEL_URL}, which has no local copy: map it in \`validation-data\``
    )
  })

  it('reports /invocations 500 with the response body', async () => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:fail-500`, payload: 'sample.csv', batch: 'false' },
      { ws }
    )
    expect(run.status('invocation')).toBe('fail')
    expect(run.messages('invocation')).toContain('answered 500')
    expect(run.messages('invocation')).toContain('shape mismatch')
  })

  it('reports an invocation slower than invocation-timeout as invocation-latency', async () => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:slow`,
        payload: 'sample.csv',
        'invocation-timeout': '1',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('invocation-latency')).toBe('fail')
    expect(run.seconds).toBeLessThan(15)
  })

  it('warns when the container ignores SIGTERM', async () => {
    const run = await smoke(
      { 'local-image': `${FIXTURE}:ignore-sigterm`, batch: 'false' },
      { stopGraceMs: 1000 }
    )
    expect(run.status('sigterm')).toBe('warn')
    expect(run.messages('sigterm')).toContain('SIGKILL')
  })

  it('probes a busybox-only image (no python, no curl) through nsenter', async () => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:busybox`, payload: 'sample.csv', batch: 'false' },
      { ws }
    )
    expect(run.facts.smokeTest?.probeMethod).toBe('nsenter')
    expect(run.status('invocation')).toBe('pass')
  })

  it('probes through nsenter from a RUNNER_TEMP too deep for a Unix socket path', async () => {
    const ws = workspace()
    payloads(ws)
    const deep = path.join(ws, 'a-self-hosted-runner'.repeat(6))
    mkdirSync(deep)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:ok`, payload: 'sample.csv', batch: 'false' },
      { ws, env: { ...process.env, RUNNER_TEMP: deep } }
    )
    expect(run.facts.smokeTest?.probeMethod).toBe('nsenter')
    expect(run.status('invocation')).toBe('pass')
  })

  // each client the image may have; the node server is strict (a second Content-Length is a 400)
  it.each([
    ['curl', 'curl'],
    ['python', 'python3'],
    ['ok', 'wget']
  ])('probes through docker exec with %s (%s), batch transform included', async (tag, tool) => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:${tag}`, payload: 'sample.csv', batch: 'true' },
      { ws, probe: 'exec' }
    )
    expect(run.facts.smokeTest?.probeMethod).toBe(`docker exec (${tool})`)
    for (const rule of ['serve-start', 'ping', 'invocation', 'execution-parameters']) {
      expect([rule, run.status(rule)]).toEqual([rule, 'pass'])
    }
    expect(run.facts.smokeTest?.invocations.map(i => [i.mode, i.status])).toEqual([
      ['realtime', 200],
      ['batch', 200]
    ])
  })

  it('skips the serve rules, saying what would help, when nothing can reach the container', async () => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:bare`, payload: 'sample.csv', batch: 'true' },
      { ws, probe: 'exec' }
    )
    for (const rule of ['serve-start', 'ping', 'invocation', 'execution-parameters', 'sigterm']) {
      expect([rule, run.status(rule)]).toEqual([rule, 'skip'])
    }
    expect(run.detail('serve-start')).toContain("the container's port 8080 could not be reached")
    expect(run.detail('serve-start')).toContain('none of curl, python3, python or wget')
    expect(run.detail('serve-start')).toContain('passwordless sudo')
    expect(run.status('payload-size')).toBe('pass')
  })

  it('makes an unreachable container an error naming smoke-test when it is true', async () => {
    await expect(
      smoke(
        { 'local-image': `${FIXTURE}:bare`, 'smoke-test': 'true', batch: 'false' },
        { probe: 'exec' }
      )
    ).rejects.toThrow(/`smoke-test` is true, but the container's port 8080 could not be reached/)
  })

  it('falls back to docker exec with busybox wget', async () => {
    const ws = workspace()
    payloads(ws)
    const run = await smoke(
      { 'local-image': `${FIXTURE}:busybox`, payload: 'sample.csv', batch: 'false' },
      { ws, probe: 'exec' }
    )
    expect(run.facts.smokeTest?.probeMethod).toBe('docker exec (wget)')
    expect(run.status('serve-start')).toBe('pass')
    expect(run.status('invocation')).toBe('pass')
  })

  it('warns about a payload over the 6 MiB InvokeEndpoint cap', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'big.bin'), Buffer.alloc(7 * 1024 * 1024))
    const run = await smoke(
      { 'local-image': `${FIXTURE}:ok`, payload: 'big.bin', batch: 'false' },
      { ws }
    )
    expect(run.status('payload-size')).toBe('warn')
    expect(run.messages('payload-size')).toContain('6 MiB')
    expect(run.status('invocation')).toBe('pass')
  })

  it('refuses a payload over 25 MB for real-time', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'huge.bin'), Buffer.alloc(26 * 1024 * 1024))
    const run = await smoke(
      { 'local-image': `${FIXTURE}:ok`, payload: 'huge.bin', batch: 'false' },
      { ws }
    )
    expect(run.status('payload-size')).toBe('fail')
    expect(run.facts.smokeTest?.invocations[0].error).toContain('not sent')
  })

  it('reports a local-image that does not exist as serve-start', async () => {
    const run = await smoke({ 'local-image': `${FIXTURE}:does-not-exist`, batch: 'false' })
    expect(run.status('serve-start')).toBe('fail')
    expect(run.messages('serve-start')).toContain('not an image on the local Docker engine')
  })

  it('reports a failed pull as serve-start', async () => {
    const run = await smoke({ image: '127.0.0.1:9/nothing:1', batch: 'false' })
    expect(run.status('serve-start')).toBe('fail')
    expect(run.messages('serve-start')).toContain('docker pull 127.0.0.1:9/nothing:1')
  })

  it('stops and removes the container when the run is aborted', async () => {
    const signal = AbortSignal.timeout(1500)
    const start = performance.now()
    await expect(
      smoke({ 'local-image': `${FIXTURE}:wrong-port`, batch: 'false' }, { signal })
    ).rejects.toThrow()
    expect(performance.now() - start).toBeLessThan(10000)
  })
})

describe('smoke-test switch', () => {
  const noEngine = { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' }

  it('skips every serve rule with the reason when no engine answers (auto)', async () => {
    const run = await smoke({ 'local-image': 'x', batch: 'true' }, { env: noEngine })
    expect(run.status('serve-start')).toBe('skip')
    expect(run.detail('execution-parameters')).toContain('no Docker engine answered')
  })

  it('still judges payload sizes when no engine answers', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'huge.bin'), Buffer.alloc(26 * 1024 * 1024))
    const run = await smoke({ 'local-image': 'x', payload: 'huge.bin' }, { ws, env: noEngine })
    expect(run.status('payload-size')).toBe('fail')
    expect(run.messages('payload-size')).toContain('huge.bin is 26.0 MiB')
    expect(run.status('invocation')).toBe('skip')
  })

  it('makes a missing engine an error naming smoke-test when true', async () => {
    await expect(
      smoke({ 'local-image': 'x', 'smoke-test': 'true' }, { env: noEngine })
    ).rejects.toThrow(InputError)
  })

  it('skips when false', async () => {
    const run = await smoke({ 'local-image': 'x', 'smoke-test': 'false' })
    expect(run.detail('serve-start')).toContain('`smoke-test` is false')
  })
})
