import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Logger } from '../../src/core/context.js'
import { preflight } from '../../src/run/engine.js'
import { readInputs } from '../../src/inputs/index.js'
import type { Report } from '../../src/report/json.js'
import { rulesInPhase } from '../../src/catalog/rules.js'
import {
  failFirst,
  jsonError,
  queryError,
  startFakeAws,
  useEnv,
  type FakeAws
} from '../helpers/fake-aws.js'
import { MODEL_PACKAGE_ARN, modelPackageBody } from '../helpers/fake-sagemaker.js'
import {
  FakeRegistry,
  GiB,
  HOST,
  MiB,
  OCI,
  OCI_INDEX,
  REPO,
  sha256,
  uri
} from '../helpers/fake-ecr.js'

// End to end over HTTP: preflight() → the real AWS SDK → the local fake endpoint.

/** Registry-phase rules a plain image skips: they need `instance-type`, or the image's files (Docker). */
const NEEDS_MORE = ['cuda-driver', 'instance-arch', 'server-timeouts']

let fake: FakeAws | undefined
let restore: (() => void) | undefined
const warnings: string[] = []

afterEach(async () => {
  restore?.()
  await fake?.close()
  fake = undefined
  warnings.length = 0
})

const log: Logger = {
  info: () => undefined,
  warning: m => void warnings.push(m),
  debug: () => undefined,
  group: (_name, fn) => fn()
}

async function run(
  registry: FakeRegistry,
  inputs: Record<string, string>,
  overrides = {}
): Promise<Report> {
  fake = await startFakeAws(registry.handlers(overrides))
  restore = useEnv(fake.env)
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-aws-'))
  const values: Record<string, string> = {
    'smoke-test': 'false',
    'report-file': path.join(dir, 'report.json'),
    ...inputs
  }
  return preflight(
    readInputs(name => values[name] ?? ''),
    { log, payloads: [] }
  )
}

function check(report: Report, rule: string): { status: string; detail: string } {
  const c = report.checks.find(x => x.rule === rule)
  if (!c) throw new Error(`no check ${rule}`)
  return c
}

function finding(
  report: Report,
  rule: string
): { message: string; severity: string; title: string } {
  const f = report.findings.find(x => x.rule === rule)
  if (!f) throw new Error(`no finding ${rule}: ${JSON.stringify(report.checks)}`)
  return f
}

describe('registry checks against the local AWS endpoint', () => {
  it('passes a good image with every registry check pass', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage()
    const report = await run(registry, { image: uri(image) })
    for (const rule of rulesInPhase('registry')) {
      const status = NEEDS_MORE.includes(rule) ? 'skip' : 'pass'
      expect({ rule, status: check(report, rule).status }).toEqual({ rule, status })
    }
    expect(report.result).toBe('pass')
    expect(report.image).toMatchObject({
      digest: image.digest,
      sizeBytes: image.sizeBytes,
      manifestMediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      platforms: ['linux/amd64'],
      entrypoint: ['python', '/opt/program/serve.py']
    })
    expect(report.image?.largestLayers?.map(l => l.sizeBytes)).toEqual([
      300 * MiB,
      40 * MiB,
      2 * MiB
    ])
    expect(report.sellerAccountIds).toEqual(['111122223333'])
  })

  it('asks ec2:DescribeRegions about a Region the embedded table does not know', async () => {
    const registry = new FakeRegistry()
    const report = await run(registry, { image: uri(registry.addImage()), region: 'us-north-9' })
    expect(fake?.operations()).toContain('DescribeRegions')
    expect(report.region).toMatchObject({ source: 'ec2:DescribeRegions', eligible: true })
    expect(check(report, 'region-eligibility').detail).toContain('decided by ec2:DescribeRegions')
  })

  it('lets the embedded table decide a Region it knows, without loading EC2', async () => {
    const registry = new FakeRegistry()
    const report = await run(registry, { image: uri(registry.addImage()) })
    expect(fake?.operations()).not.toContain('DescribeRegions')
    expect(report.region).toMatchObject({ source: 'table', eligible: true })
  })

  it('names the largest layers by the Dockerfile step that made them', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage({
      layers: [80 * MiB, 9 * 1024 * MiB, 1024],
      history: [
        { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
        { created_by: '/bin/sh -c #(nop)  ENV PATH=/opt/conda/bin', empty_layer: true },
        { created_by: 'RUN |1 TORCH=2.4 /bin/sh -c pip install torch==2.4 # buildkit' },
        { created_by: 'COPY serve.py /opt/program/ # buildkit' }
      ]
    })
    const report = await run(registry, { image: uri(image), 'max-image-size': '5GiB' })
    expect(report.image?.largestLayers?.map(l => l.step)).toEqual([
      'RUN pip install torch==2.4',
      'ADD file:abc in /',
      'COPY serve.py /opt/program/'
    ])
    expect(finding(report, 'image-size').message).toContain(
      'largest layers: `RUN pip install torch==2.4` 9.0 GiB, `ADD file:abc in /` 80.0 MiB'
    )
  })

  it('resolves a tag to its digest and reports it', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage({ tags: ['v1'] })
    const report = await run(registry, { image: `${HOST}/${REPO}:v1` })
    expect(report.image?.digest).toBe(image.digest)
    expect(check(report, 'pinned-digest').status).toBe('warn')
    expect(check(report, 'image-exists').status).toBe('pass')
  })

  it("fails another account's image with ecr-ownership naming both accounts", async () => {
    const registry = new FakeRegistry()
    registry.account = '999988887777'
    const report = await run(registry, { image: uri(registry.addImage()) })
    expect(finding(report, 'ecr-ownership').message).toBe(
      '`image` is in the registry of account 111122223333, but the seller account is 999988887777 (from the caller account, sts:GetCallerIdentity).'
    )
    expect(report.result).toBe('fail')
  })

  it('fails an unknown digest with image-exists', async () => {
    const registry = new FakeRegistry()
    registry.addImage()
    const missing = sha256('nothing')
    const report = await run(registry, { image: uri(missing) })
    expect(finding(report, 'image-exists').message).toContain(
      `the digest ${missing} is not in the repository "model"`
    )
    expect(check(report, 'manifest-type')).toMatchObject({ status: 'skip' })
  })

  it('fails an OCI manifest with manifest-type', async () => {
    const registry = new FakeRegistry()
    const report = await run(registry, { image: uri(registry.addImage({ mediaType: OCI })) })
    const f = finding(report, 'manifest-type')
    expect(f.message).toContain(
      'is an OCI image manifest (application/vnd.oci.image.manifest.v1+json)'
    )
    expect(report.findings.find(x => x.rule === 'manifest-type')?.help).toContain(
      '--provenance=false'
    )
  })

  it('fails an OCI index holding a provenance attestation, and still finds linux/amd64', async () => {
    const registry = new FakeRegistry()
    const list = registry.addList([registry.addImage()], {
      mediaType: OCI_INDEX,
      attestation: true
    })
    const report = await run(registry, { image: uri(list) })
    expect(finding(report, 'manifest-type').message).toContain(
      "holding 1 attestation manifest (vnd.docker.reference.type=attestation-manifest): BuildKit's provenance attestation"
    )
    expect(check(report, 'platform').status).toBe('pass')
    expect(report.image?.platforms).toEqual(['linux/amd64'])
  })

  it('passes a Docker manifest list and checks its linux/amd64 image', async () => {
    const registry = new FakeRegistry()
    const amd = registry.addImage()
    const arm = registry.addImage({ architecture: 'arm64', entrypoint: ['/bin/sh', '-c', 'serve'] })
    const report = await run(registry, { image: uri(registry.addList([amd, arm])) })
    for (const rule of rulesInPhase('registry')) {
      expect(check(report, rule).status).toBe(NEEDS_MORE.includes(rule) ? 'skip' : 'pass')
    }
    expect(report.image?.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    const scanned = fake?.requests.filter(r => r.operation === 'DescribeImageScanFindings')
    expect(scanned?.map(r => (r.params.imageId as { imageDigest: string }).imageDigest)).toEqual([
      amd.digest
    ])
  })

  it('fails an arm64-only image with platform', async () => {
    const registry = new FakeRegistry()
    const report = await run(registry, { image: uri(registry.addImage({ architecture: 'arm64' })) })
    expect(finding(report, 'platform').message).toBe(
      '`image` provides linux/arm64, not linux/amd64.'
    )
  })

  it('warns about a 12 GiB image with image-size, listing the largest layers', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage({ layers: [9 * GiB, 2 * GiB, GiB, MiB] })
    const report = await run(registry, { image: uri(image) })
    const f = finding(report, 'image-size')
    expect(f.severity).toBe('warning')
    expect(f.message).toMatch(
      /^`image` is 12\.0 GiB compressed \(\d+ bytes\), above `max-image-size` 10\.0 GiB; largest layers: sha256:[a-f0-9]{12} 9\.0 GiB, sha256:[a-f0-9]{12} 2\.0 GiB, sha256:[a-f0-9]{12} 1\.0 GiB/
    )
  })

  it('fails CRITICAL scan findings with vulnerabilities, counting each severity', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage()
    registry.scanFindings(image.digest, { CRITICAL: 1, HIGH: 3, MEDIUM: 7 })
    const report = await run(registry, { image: uri(image) })
    const f = finding(report, 'vulnerabilities')
    expect(f.severity).toBe('error')
    expect(f.message).toContain('the ECR basic scan found 1 CRITICAL, 3 HIGH, 7 MEDIUM')
  })

  it('passes when an API is throttled once (the SDK retries)', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage()
    const handlers = registry.handlers()
    const report = await run(
      registry,
      { image: uri(image) },
      {
        DescribeImages: failFirst(
          1,
          jsonError(400, 'ThrottlingException', 'Rate exceeded'),
          handlers.DescribeImages
        )
      }
    )
    expect(check(report, 'image-exists').status).toBe('pass')
    expect(fake?.operations().filter(o => o === 'DescribeImages')).toHaveLength(2)
  })

  it('fails AccessDenied naming the IAM action', async () => {
    const registry = new FakeRegistry()
    const report = await run(
      registry,
      { image: uri(registry.addImage()) },
      {
        DescribeImageScanFindings: () =>
          jsonError(
            400,
            'AccessDeniedException',
            'User: arn:aws:sts::111122223333:assumed-role/preflight/gha is not authorized to perform: ecr:DescribeImageScanFindings'
          )
      }
    )
    const f = finding(report, 'vulnerabilities')
    expect(f.title).toBe('Cannot check: AWS denied ecr:DescribeImageScanFindings')
    expect(f.message).toContain('Allow `ecr:DescribeImageScanFindings` in the IAM policy')
    expect(report.result).toBe('fail')
  })

  it('falls back to the embedded Region table when ec2:DescribeRegions is denied', async () => {
    const registry = new FakeRegistry()
    const report = await run(
      registry,
      { image: uri(registry.addImage()), region: 'us-north-9' },
      {
        DescribeRegions: () => ({
          status: 403,
          body: '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>ec2-2</RequestID></Response>'
        })
      }
    )
    expect(report.region?.source).toBe('table')
    expect(check(report, 'region-eligibility')).toEqual(
      expect.objectContaining({
        status: 'fail',
        detail: expect.stringContaining(
          'ec2:DescribeRegions could not confirm it (UnauthorizedOperation) (decided by the embedded Region table)'
        )
      })
    )
  })

  it('sends a user agent naming the action', async () => {
    const registry = new FakeRegistry()
    await run(registry, { image: uri(registry.addImage()) })
    expect(fake?.requests[0].headers['user-agent']).toContain('marketplace-ml-preflight/')
  })

  // Faults: each ends in a named finding or skip, within bounded time, never a hang.
  it('ends a throttling storm after the bounded retries, keeping the code and attempts', async () => {
    const registry = new FakeRegistry()
    const started = Date.now()
    const report = await run(
      registry,
      { image: uri(registry.addImage()) },
      { DescribeImages: () => jsonError(400, 'ThrottlingException', 'Rate exceeded') }
    )
    expect(fake?.operations().filter(o => o === 'DescribeImages')).toHaveLength(4)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(check(report, 'image-exists')).toEqual(
      expect.objectContaining({
        status: 'skip',
        detail: expect.stringContaining('ThrottlingException: Rate exceeded, HTTP 400')
      })
    )
    expect(check(report, 'image-exists').detail).toContain('AWS kept throttling the call')
  })

  it('explains expired credentials from STS with the fix', async () => {
    const registry = new FakeRegistry()
    const report = await run(
      registry,
      { image: uri(registry.addImage()) },
      {
        GetCallerIdentity: () =>
          queryError(403, 'ExpiredToken', 'The security token included in the request is expired')
      }
    )
    expect(check(report, 'ecr-ownership')).toEqual(
      expect.objectContaining({
        status: 'skip',
        detail: expect.stringContaining('The session has expired')
      })
    )
    expect(warnings.join('\n')).toContain('aws-actions/configure-aws-credentials')
  })

  it('checks a model package end to end: the resource rules, its image and its buckets', async () => {
    const registry = new FakeRegistry()
    const image = registry.addImage()
    const report = await run(
      registry,
      { 'model-package-arn': MODEL_PACKAGE_ARN },
      {
        DescribeModelPackage: () => ({ body: modelPackageBody(uri(image)) }),
        'HEAD /my-models/': () => ({ headers: { 'x-amz-bucket-region': 'us-east-2' } }),
        'HEAD /my-data/': () => ({ headers: { 'x-amz-bucket-region': 'us-east-2' } })
      }
    )
    for (const rule of [...rulesInPhase('resource'), ...rulesInPhase('registry'), 'same-region']) {
      const status = NEEDS_MORE.includes(rule) ? 'skip' : 'pass'
      expect({ rule, status: check(report, rule).status }).toEqual({ rule, status })
    }
    // the package's image went through the registry checks, pinned to what SageMaker recorded
    const described = fake?.requests.find(r => r.operation === 'DescribeImages')
    expect(described?.params.imageIds).toEqual([{ imageDigest: image.digest }])
    expect(report.resources?.[0]).toMatchObject({ arn: MODEL_PACKAGE_ARN, images: [uri(image)] })
    expect(report.result).toBe('pass')
  })
})
