// The image rules on real images on the engine (fixture tags gpu-*), read without starting them,
// and from an ECR config blob (fake ECR): CUDA against the instance type, the training toolkit,
// a gunicorn timeout, `serve` on PATH, requirements.txt in the model data, an arm64-only manifest.
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inspectLocalImage } from '../../src/docker/image-files.js'
import { preflight } from '../../src/run/engine.js'
import { readInputs } from '../../src/inputs/index.js'
import type { Report } from '../../src/report/json.js'
import { checkImageContents } from '../../src/smoke/images.js'
import { testContext } from '../helpers/context.js'
import { startFakeAws, useEnv, type FakeAws } from '../helpers/fake-aws.js'
import { FakeRegistry, uri } from '../helpers/fake-ecr.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE } from '../helpers/smoke.js'

const IMAGE = `111122223333.dkr.ecr.us-east-2.amazonaws.com/model@sha256:${'a'.repeat(64)}`

async function local(tag: string, values: Record<string, string> = {}, input = 'local-image') {
  const image = `${FIXTURE}:${tag}`
  const ctx = testContext({ [input]: image, ...values })
  ctx.env = process.env
  const inspected = await inspectLocalImage(ctx.env, image)
  if (!inspected.ok) throw new Error(inspected.reason)
  await checkImageContents(
    ctx,
    image,
    input,
    ['--label', 'marketplace-ml-preflight=true'],
    inspected.config
  )
  const check = (rule: string) => ctx.findings.allChecks().find(c => c.rule === rule)
  return {
    status: (rule: string) => check(rule)?.status,
    detail: (rule: string) => check(rule)?.detail ?? '',
    messages: (rule: string) =>
      ctx.findings
        .allFindings()
        .filter(f => f.rule === rule)
        .map(f => f.message)
        .join('\n')
  }
}

dockerSuite('image rules on the engine (real Docker, nothing started)', () => {
  it('fails a CUDA 12 image declared for ml.g4dn, and passes it for ml.g6', async () => {
    const g4dn = await local('gpu-cuda12', { 'instance-type': 'ml.g4dn.xlarge' })
    expect(g4dn.status('cuda-driver')).toBe('fail')
    expect(g4dn.messages('cuda-driver')).toContain('CannotStartContainerError')
    expect(
      (await local('gpu-cuda12', { 'instance-type': 'ml.g6.xlarge' })).status('cuda-driver')
    ).toBe('pass')
  })

  it('fails an amd64 image declared for a Graviton type', async () => {
    const run = await local('gpu-cuda12', { 'instance-type': 'ml.c7g.xlarge' })
    expect(run.messages('instance-arch')).toContain('ml.c7g.xlarge is AWS Graviton (arm64)')
  })

  it('skips the instance rules without `instance-type`', async () => {
    const run = await local('gpu-cuda12')
    expect(run.status('cuda-driver')).toBe('skip')
    expect(run.detail('instance-arch')).toContain('no `instance-type` given')
  })

  it('fails a training toolkit image without SAGEMAKER_PROGRAM', async () => {
    const run = await local('gpu-toolkit', {}, 'local-training-image')
    expect(run.status('toolkit-env')).toBe('fail')
    expect(run.messages('toolkit-env')).toContain('sets no SAGEMAKER_PROGRAM')
  })

  it('warns about the 5 s timeout in the gunicorn config the image ships', async () => {
    const run = await local('gpu-gunicorn')
    expect(run.status('server-timeouts')).toBe('warn')
    expect(run.messages('server-timeouts')).toContain(
      'sets gunicorn timeout = 5 in /opt/program/gunicorn.conf.py'
    )
  })

  it('fails an image with no ENTRYPOINT and no `serve` on PATH, and passes one that has it', async () => {
    const missing = await local('gpu-no-serve')
    expect(missing.status('entrypoint')).toBe('fail')
    expect(missing.messages('entrypoint')).toContain('there is no `serve` in its PATH (/bin)')
    const present = await local('gpu-serve')
    expect(present.status('entrypoint')).toBe('pass')
    expect(present.detail('entrypoint')).toContain('`serve` is /bin/serve (mode 755)')
  })

  it('fails code/requirements.txt in the model data', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'preflight-gpu-'))
    mkdirSync(path.join(ws, 'model/code'), { recursive: true })
    writeFileSync(path.join(ws, 'model/code/requirements.txt'), 'torch\n')
    execFileSync('tar', ['-C', path.join(ws, 'model'), '-czf', path.join(ws, 'model.tar.gz'), '.'])
    for (const modelData of ['model', 'model.tar.gz']) {
      const run = await local('gpu-serve', { 'model-data': path.join(ws, modelData) })
      expect(run.messages('toolkit-env')).toContain(`${modelData}: code/requirements.txt`)
    }
  })
})

dockerSuite('files baked into /opt/ml/model (real Docker)', () => {
  const baked = `${FIXTURE}-test:gpu-baked-model`
  beforeAll(() => {
    const ctx = mkdtempSync(path.join(tmpdir(), 'preflight-img-'))
    mkdirSync(path.join(ctx, 'ml/model'), { recursive: true })
    writeFileSync(path.join(ctx, 'ml/model/model.pkl'), 'weights')
    writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${FIXTURE}:ok\nCOPY ml/ /opt/ml/\n`)
    execFileSync('docker', ['build', '-q', '-t', baked, ctx], { stdio: 'ignore' })
  }, 300000)

  it('passes a baked-in model without model-data and warns when model-data would hide it', async () => {
    const ctx = testContext({ 'local-image': baked })
    ctx.env = process.env
    const inspected = await inspectLocalImage(ctx.env, baked)
    if (!inspected.ok) throw new Error(inspected.reason)
    await checkImageContents(ctx, baked, 'local-image', [], inspected.config)
    expect(ctx.findings.status('entrypoint')).toBe('pass')

    const ws = mkdtempSync(path.join(tmpdir(), 'preflight-gpu-'))
    const given = testContext({ 'local-image': baked, 'model-data': ws })
    given.env = process.env
    await checkImageContents(given, baked, 'local-image', [], inspected.config)
    expect(given.findings.status('entrypoint')).toBe('warn')
    expect(given.findings.allFindings()[0].message).toContain(
      'ships files under /opt/ml/model (/opt/ml/model/model.pkl), and `model-data` is given'
    )
  })
})

describe('image rules from the ECR config blob (fake AWS endpoint)', () => {
  let restore: (() => void) | undefined
  let fake: FakeAws | undefined
  afterEach(async () => {
    restore?.()
    await fake?.close()
  })

  async function run(registry: FakeRegistry, inputs: Record<string, string>): Promise<Report> {
    fake = await startFakeAws(registry.handlers())
    restore = useEnv(fake.env)
    const values: Record<string, string> = {
      'smoke-test': 'false',
      'aws-checks': 'true',
      'report-file': path.join(mkdtempSync(path.join(tmpdir(), 'preflight-gpu-')), 'r.json'),
      ...inputs
    }
    return preflight(
      readInputs(name => values[name] ?? ''),
      { log: testContext({ image: IMAGE }).log, payloads: [] }
    )
  }
  const status = (report: Report, rule: string) => report.checks.find(c => c.rule === rule)?.status

  it('fails an arm64-only manifest list for an x86 type and passes it for a Graviton type', async () => {
    for (const [type, expected] of [
      ['ml.m5.large', 'fail'],
      ['ml.c7g.large', 'pass']
    ]) {
      const registry = new FakeRegistry()
      const list = registry.addList([registry.addImage({ architecture: 'arm64' })])
      const report = await run(registry, { image: uri(list), 'instance-type': type })
      expect([type, status(report, 'instance-arch')]).toEqual([type, expected])
      restore?.()
      await fake?.close()
      fake = undefined
      restore = undefined
    }
  })

  it('fails a CUDA 12.4 requirement read from the config blob for ml.g5', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage({
      env: ['CUDA_VERSION=12.4.1', 'NVIDIA_REQUIRE_CUDA=cuda>=12.4']
    })
    const report = await run(registry, { image: uri(image), 'instance-type': 'ml.g5.xlarge' })
    expect(status(report, 'cuda-driver')).toBe('fail')
    expect(report.findings.find(f => f.rule === 'cuda-driver')?.message).toContain(
      'needs CUDA 12.4 (NVIDIA_REQUIRE_CUDA="cuda>=12.4"), but ml.g5.xlarge run NVIDIA driver 470'
    )
    // the serving stack's files are read from the image on the engine only
    expect(status(report, 'server-timeouts')).toBe('skip')
  })
})
