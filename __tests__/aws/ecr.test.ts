import { beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  BatchGetImageCommand,
  DescribeImageScanFindingsCommand,
  type BatchGetImageCommandOutput,
  DescribeImagesCommand,
  ECRClient,
  ECRServiceException,
  GetDownloadUrlForLayerCommand
} from '@aws-sdk/client-ecr'
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  DescribeModelPackageCommand,
  SageMakerClient,
  SageMakerServiceException
} from '@aws-sdk/client-sagemaker'
import { runAwsChecks } from '../../src/aws/index.js'
import { runStaticChecks } from '../../src/static/index.js'
import { testContext } from '../helpers/context.js'
import { DOCKER, HOST, sha256 } from '../helpers/fake-ecr.js'

// Each rule and error path of the registry phase, with the SDK clients mocked (aws-sdk-client-mock).

const ecr = mockClient(ECRClient)
const sts = mockClient(STSClient)
const ec2 = mockClient(EC2Client)
const sagemaker = mockClient(SageMakerClient)
const DIGEST = sha256('manifest')
const IMAGE = `${HOST}/model@${DIGEST}`

function awsError(name: string, message = name, requestId = 'req-123'): ECRServiceException {
  return new ECRServiceException({
    name,
    $fault: 'client',
    message,
    $metadata: { httpStatusCode: 400, requestId, attempts: 1 }
  })
}

/** An ECR holding one Docker image whose config blob has the given ENTRYPOINT; returns its manifest. */
function goodImage(entrypoint: string[] = ['python', 'serve.py']): BatchGetImageCommandOutput {
  const config = JSON.stringify({
    os: 'linux',
    architecture: 'amd64',
    config: { Entrypoint: entrypoint }
  })
  const configDigest = sha256(config)
  ecr.on(DescribeImagesCommand).resolves({
    imageDetails: [{ imageDigest: DIGEST, imageSizeInBytes: 1000, imageManifestMediaType: DOCKER }]
  })
  const manifest: BatchGetImageCommandOutput = {
    $metadata: {},
    images: [
      {
        imageManifest: JSON.stringify({
          schemaVersion: 2,
          mediaType: DOCKER,
          config: { digest: configDigest },
          layers: [{ digest: sha256('l'), size: 900 }]
        }),
        imageManifestMediaType: DOCKER
      }
    ]
  }
  ecr.on(BatchGetImageCommand).resolves(manifest)
  ecr.on(GetDownloadUrlForLayerCommand).resolves({
    downloadUrl: `data:application/json,${encodeURIComponent(config)}`
  })
  ecr.on(DescribeImageScanFindingsCommand).resolves({
    imageScanStatus: { status: 'COMPLETE' },
    imageScanFindings: { findingSeverityCounts: {} }
  })
  return manifest
}

async function runWith(values: Record<string, string> = {}, signal?: AbortSignal) {
  const ctx = testContext({ image: IMAGE, 'smoke-test': 'false', ...values }, signal)
  await runAwsChecks(ctx, runStaticChecks(ctx))
  return ctx
}

beforeEach(() => {
  ecr.reset()
  sts.reset()
  ec2.reset()
  sagemaker.reset()
  sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333' })
  ec2.on(DescribeRegionsCommand).resolves({
    Regions: [{ RegionName: 'us-east-2', OptInStatus: 'opt-in-not-required' }]
  })
})

describe('runAwsChecks with mocked clients', () => {
  it('uses seller-account-id without calling STS', async () => {
    goodImage()
    const ctx = await runWith({ 'seller-account-id': '111122223333' })
    expect(ctx.findings.status('ecr-ownership')).toBe('pass')
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0)
    expect(ctx.facts.sellerAccountSource).toBe('input')
  })

  it('names both accounts when seller-account-id lists other accounts', async () => {
    goodImage()
    const ctx = await runWith({ 'seller-account-id': '444455556666,777788889999' })
    expect(ctx.findings.allFindings()[0].message).toBe(
      '`image` is in the registry of account 111122223333, but the seller accounts are 444455556666, 777788889999 (from `seller-account-id`).'
    )
  })

  it('pins later phases to the resolved digest when only a tag was given', async () => {
    goodImage()
    const ctx = testContext({ image: `${HOST}/model:v1`, 'smoke-test': 'false' })
    const refs = runStaticChecks(ctx)
    await runAwsChecks(ctx, refs)
    expect(refs.image?.uri).toBe(`${HOST}/model:v1@${DIGEST}`)
    expect(ecr.commandCalls(DescribeImagesCommand)[0].args[0].input.imageIds).toEqual([
      { imageTag: 'v1' }
    ])
  })

  // whether BatchGetImage went out before DescribeImages had answered
  async function manifestBeforeDescribe(image: string): Promise<boolean> {
    const manifest = goodImage()
    let described = false
    let early: boolean | undefined
    ecr.on(DescribeImagesCommand).callsFake(async () => {
      await new Promise(r => setTimeout(r, 30))
      described = true
      return {
        imageDetails: [
          { imageDigest: DIGEST, imageSizeInBytes: 1000, imageManifestMediaType: DOCKER }
        ]
      }
    })
    ecr.on(BatchGetImageCommand).callsFake(async () => {
      early ??= !described
      return manifest
    })
    const ctx = await runWith({ image })
    expect(ctx.findings.status('entrypoint')).toBe('pass')
    return early === true
  }

  it('describes a model package alongside the registry checks', async () => {
    goodImage()
    let imageDescribed = false
    ecr.on(DescribeImagesCommand).callsFake(async () => {
      await new Promise(r => setTimeout(r, 30))
      imageDescribed = true
      return {
        imageDetails: [
          { imageDigest: DIGEST, imageSizeInBytes: 1000, imageManifestMediaType: DOCKER }
        ]
      }
    })
    const early: boolean[] = []
    sagemaker.on(DescribeModelPackageCommand).callsFake(async () => {
      early.push(!imageDescribed)
      // not found: the check ends there, with no S3 call
      throw new SageMakerServiceException({
        name: 'ValidationException',
        message: 'Model package does not exist',
        $fault: 'client',
        $metadata: {}
      })
    })
    const ctx = await runWith({
      'model-package-arn': 'arn:aws:sagemaker:us-east-2:111122223333:model-package/m/1'
    })
    expect(early).toEqual([true]) // once, before DescribeImages answered
    expect(ctx.findings.status('resource-status')).toBe('fail')
  })

  it('fetches the manifest of a pinned image alongside DescribeImages', async () => {
    expect(await manifestBeforeDescribe(IMAGE)).toBe(true)
  })

  it('fetches the manifest of a tagged image by the digest DescribeImages resolved', async () => {
    expect(await manifestBeforeDescribe(`${HOST}/model:v1`)).toBe(false)
    const batch = ecr.commandCalls(BatchGetImageCommand)[0].args[0].input
    expect(batch.imageIds).toEqual([{ imageDigest: DIGEST }])
  })

  it('reports image-exists, not the early manifest fetch, when a pinned image is missing', async () => {
    ecr.on(DescribeImagesCommand).rejects(awsError('ImageNotFoundException'))
    ecr.on(BatchGetImageCommand).resolves({
      failures: [{ failureCode: 'ImageNotFound', failureReason: 'Requested image not found' }]
    })
    const ctx = await runWith()
    expect(ctx.findings.allFindings().map(f => f.rule)).toEqual(['image-exists'])
    expect(ctx.findings.status('manifest-type')).toBe('skip')
  })

  it('reports RepositoryNotFoundException as image-exists naming the repository', async () => {
    ecr.on(DescribeImagesCommand).rejects(awsError('RepositoryNotFoundException'))
    const ctx = await runWith()
    expect(ctx.findings.allFindings()[0]).toMatchObject({
      rule: 'image-exists',
      message:
        '`image`: the repository "model" does not exist in account 111122223333, us-east-2 (RepositoryNotFoundException).'
    })
  })

  it('fails image-exists naming ecr:DescribeImages when access is denied, and skips the rest', async () => {
    ecr.on(DescribeImagesCommand).rejects(awsError('AccessDeniedException', 'not authorized'))
    const ctx = await runWith()
    expect(ctx.findings.allFindings()[0].title).toBe('Cannot check: AWS denied ecr:DescribeImages')
    expect(ctx.findings.allChecks().find(c => c.rule === 'platform')).toMatchObject({
      status: 'skip',
      detail: 'needs ecr:DescribeImages, which AWS denied'
    })
  })

  it('skips the registry rules with the credentials fix when AWS rejects them (aws-checks auto)', async () => {
    ecr
      .on(DescribeImagesCommand)
      .rejects(
        awsError('ExpiredTokenException', 'The security token included in the request is expired')
      )
    const ctx = await runWith()
    const check = ctx.findings.allChecks().find(c => c.rule === 'image-exists')
    expect(check?.status).toBe('skip')
    expect(check?.detail).toContain('aws-actions/configure-aws-credentials')
    expect(ctx.warnings[0]).toContain(
      'AWS rejected the credentials when calling ecr:DescribeImages'
    )
  })

  it('stops with an input error when AWS rejects the credentials and aws-checks is true', async () => {
    ecr.on(DescribeImagesCommand).rejects(awsError('UnrecognizedClientException'))
    const ctx = testContext({ image: IMAGE, 'aws-checks': 'false', 'smoke-test': 'false' })
    ctx.inputs.awsChecks = 'true'
    await expect(runAwsChecks(ctx, runStaticChecks(ctx))).rejects.toThrow(
      'Input `aws-checks` is true, but AWS rejected the credentials when calling ecr:DescribeImages (UnrecognizedClientException'
    )
  })

  it('keeps the AWS error code and request id of an unknown failure', async () => {
    ecr.on(DescribeImagesCommand).rejects(awsError('InternalFailure', 'boom', 'abc-999'))
    const ctx = await runWith()
    expect(ctx.findings.allChecks().find(c => c.rule === 'image-exists')?.detail).toBe(
      'image: ecr:DescribeImages failed: InternalFailure: boom, HTTP 400, request id abc-999.'
    )
  })

  it('skips with the reason when the deadline has passed', async () => {
    ecr.on(DescribeImagesCommand).callsFake(() => {
      const err = new Error('aborted')
      err.name = 'AbortError'
      throw err
    })
    const cancel = new AbortController()
    cancel.abort(new DOMException('timeout', 'TimeoutError'))
    const ctx = await runWith({}, cancel.signal)
    expect(ctx.findings.allChecks().find(c => c.rule === 'image-exists')?.detail).toBe(
      "image: ecr:DescribeImages was stopped: the preflight's overall time limit was reached."
    )
  })

  it('warns with the start-image-scan command when there is no scan', async () => {
    goodImage()
    ecr.on(DescribeImageScanFindingsCommand).rejects(awsError('ScanNotFoundException'))
    const ctx = await runWith()
    const f = ctx.findings.allFindings().find(x => x.rule === 'vulnerabilities')
    expect(f?.severity).toBe('warning')
    expect(f?.help).toContain(
      `aws ecr start-image-scan --repository-name model --image-id imageDigest=${DIGEST}`
    )
  })

  it('warns while a scan is still in progress', async () => {
    goodImage()
    ecr
      .on(DescribeImageScanFindingsCommand)
      .resolves({ imageScanStatus: { status: 'IN_PROGRESS' } })
    const ctx = await runWith()
    expect(ctx.findings.allFindings().find(x => x.rule === 'vulnerabilities')?.message).toContain(
      'has no completed ECR scan: status IN_PROGRESS'
    )
  })

  it('passes an enhanced (Inspector) scan without CRITICAL or HIGH findings', async () => {
    goodImage()
    ecr.on(DescribeImageScanFindingsCommand).resolves({
      imageScanStatus: { status: 'ACTIVE' },
      imageScanFindings: { findingSeverityCounts: { MEDIUM: 2 } }
    })
    const ctx = await runWith()
    expect(ctx.findings.allChecks().find(c => c.rule === 'vulnerabilities')?.detail).toBe(
      'image: ECR enhanced (Amazon Inspector) scan complete, 2 MEDIUM'
    )
  })

  it('counts findings over every page when ECR gives no severity totals', async () => {
    goodImage()
    const finding = (severity: 'HIGH' | 'LOW', name: string) => ({ severity, name })
    ecr
      .on(DescribeImageScanFindingsCommand)
      .resolvesOnce({
        imageScanStatus: { status: 'COMPLETE' },
        imageScanFindings: { findings: [finding('LOW', 'CVE-1')] },
        nextToken: 'page-2'
      })
      .resolvesOnce({
        imageScanStatus: { status: 'COMPLETE' },
        imageScanFindings: { findings: [finding('HIGH', 'CVE-2'), finding('LOW', 'CVE-3')] }
      })
    const ctx = await runWith()
    const calls = ecr.commandCalls(DescribeImageScanFindingsCommand)
    expect(calls.map(c => c.args[0].input.nextToken)).toEqual([undefined, 'page-2'])
    expect(ctx.findings.allFindings().find(x => x.rule === 'vulnerabilities')?.message).toBe(
      `\`image\` (${DIGEST}): the ECR basic scan found 1 HIGH, 2 LOW, including CVE-2 (HIGH).`
    )
  })

  it('says "at least" when the findings run past the pages it reads', async () => {
    goodImage()
    ecr.on(DescribeImageScanFindingsCommand).resolves({
      imageScanStatus: { status: 'COMPLETE' },
      imageScanFindings: { findings: [{ severity: 'CRITICAL', name: 'CVE-9' }] },
      nextToken: 'more'
    })
    const ctx = await runWith()
    expect(ecr.commandCalls(DescribeImageScanFindingsCommand)).toHaveLength(10)
    expect(ctx.findings.allFindings().find(x => x.rule === 'vulnerabilities')?.message).toContain(
      'found at least 10 CRITICAL'
    )
  })

  it('reads one page when ECR gives the severity totals', async () => {
    goodImage()
    ecr.on(DescribeImageScanFindingsCommand).resolves({
      imageScanStatus: { status: 'COMPLETE' },
      imageScanFindings: { findingSeverityCounts: { HIGH: 250 } },
      nextToken: 'more'
    })
    const ctx = await runWith()
    expect(ecr.commandCalls(DescribeImageScanFindingsCommand)).toHaveLength(1)
    expect(ctx.findings.allFindings().find(x => x.rule === 'vulnerabilities')?.message).toContain(
      'found 250 HIGH'
    )
  })

  it('warns about a shell-form ENTRYPOINT read from the config blob', async () => {
    goodImage(['/bin/sh', '-c', 'python serve.py'])
    const ctx = await runWith()
    expect(ctx.findings.allFindings()[0]).toMatchObject({ rule: 'entrypoint', severity: 'warning' })
    expect(ctx.facts.image?.entrypoint).toEqual(['/bin/sh', '-c', 'python serve.py'])
  })

  it('skips platform and entrypoint with the reason when the config blob cannot be read', async () => {
    goodImage()
    ecr.on(GetDownloadUrlForLayerCommand).rejects(awsError('LayersNotFoundException', 'gone'))
    const ctx = await runWith()
    expect(ctx.findings.allChecks().find(c => c.rule === 'entrypoint')).toMatchObject({
      status: 'skip',
      detail: 'image: ecr:GetDownloadUrlForLayer: LayersNotFoundException: gone'
    })
    expect(ctx.findings.status('platform')).toBe('skip')
  })

  it('stops reading a config blob at 8 MiB and skips what it would have told', async () => {
    goodImage()
    ecr.on(GetDownloadUrlForLayerCommand).resolves({
      downloadUrl: `data:application/json,${' '.repeat(9 * 1024 * 1024)}{}`
    })
    const ctx = await runWith()
    expect(ctx.findings.allChecks().find(c => c.rule === 'entrypoint')?.detail).toContain(
      'is larger than 8388608 bytes'
    )
    expect(ctx.findings.status('platform')).toBe('skip')
  })

  it('fails a Docker schema 1 manifest with manifest-type', async () => {
    goodImage()
    ecr.on(BatchGetImageCommand).resolves({
      images: [
        {
          imageManifest: JSON.stringify({ schemaVersion: 1, fsLayers: [] }),
          imageManifestMediaType: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
        }
      ]
    })
    const ctx = await runWith()
    expect(ctx.findings.allFindings()[0].message).toContain('Docker image manifest schema 1')
  })

  it('asks ec2:DescribeRegions only about a Region the embedded table does not know', async () => {
    goodImage()
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [{ RegionName: 'us-north-9', OptInStatus: 'opted-in' }]
    })
    const known = await runWith()
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(0)
    expect(known.facts.region).toMatchObject({ source: 'table', eligible: true })
    const unknown = await runWith({ region: 'us-north-9' })
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(1)
    expect(unknown.facts.region).toMatchObject({
      source: 'ec2:DescribeRegions',
      category: 'opt-in'
    })
  })

  it('checks the training image too', async () => {
    goodImage()
    const ctx = await runWith({ 'training-image': IMAGE })
    expect(ctx.facts.trainingImage?.digest).toBe(DIGEST)
    expect(ecr.commandCalls(DescribeImagesCommand)).toHaveLength(2)
  })
})
