import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { runResourceChecks, type CheckImage } from '../../src/aws/resources.js'
import { jsonError, startFakeAws, useEnv, type FakeAws, type Handler } from '../helpers/fake-aws.js'
import { testContext } from '../helpers/context.js'
import { ACCOUNT, MODEL_PACKAGE_ARN, modelPackageBody } from '../helpers/fake-sagemaker.js'

// The real SDK over HTTP: SageMaker's JSON 1.1 and S3's REST HeadBucket, through AWS_ENDPOINT_URL_*.
const ARN = MODEL_PACKAGE_ARN
const IMAGE = `${ACCOUNT}.dkr.ecr.us-east-2.amazonaws.com/my-model@sha256:${'b'.repeat(64)}`

const describeModelPackage: Handler = () => ({ body: modelPackageBody(IMAGE) })

describe('resource checks over the wire', () => {
  let fake: FakeAws
  let restore: () => void
  afterEach(async () => {
    restore()
    await fake.close()
  })

  async function run(handlers: Record<string, Handler>) {
    fake = await startFakeAws(handlers)
    restore = useEnv(fake.env)
    const ctx = testContext({ 'model-package-arn': ARN })
    const checkImage = jest.fn<CheckImage>(async () => undefined)
    await runResourceChecks(ctx, { region: 'us-east-2' }, checkImage)
    return ctx
  }

  it('reads a model package and bucket Regions, path-style, from the real SDK', async () => {
    const ctx = await run({
      DescribeModelPackage: describeModelPackage,
      'HEAD /my-models/': () => ({ headers: { 'x-amz-bucket-region': 'us-east-2' } }),
      // another Region's bucket: S3 redirects and names the bucket's Region in a header
      'HEAD /my-data/': () => ({ status: 301, headers: { 'x-amz-bucket-region': 'eu-west-1' } })
    })
    // path-style against an IP endpoint, one HeadBucket per bucket (both at once), the 301 not followed
    const [first, ...heads] = fake.operations()
    expect(first).toBe('DescribeModelPackage')
    expect(heads.sort()).toEqual(['HEAD /my-data/', 'HEAD /my-models/'])
    const describe = fake.requests.find(r => r.operation === 'DescribeModelPackage')
    expect(describe?.params).toEqual({ ModelPackageName: ARN })
    expect(describe?.headers['user-agent']).toContain('marketplace-ml-preflight/')
    expect(ctx.findings.status('certify-for-marketplace')).toBe('pass')
    expect(
      ctx.findings
        .allFindings()
        .filter(f => f.rule === 'same-region')
        .map(f => f.message)
    ).toEqual([
      expect.stringContaining('s3://my-data/in/) (`model-package-arn`) is in eu-west-1'),
      expect.stringContaining('s3://my-data/out/) (`model-package-arn`) is in eu-west-1')
    ])
  })

  it('turns SageMaker\'s "does not exist" into a finding that names the ARN', async () => {
    const ctx = await run({
      DescribeModelPackage: () =>
        jsonError(400, 'ValidationException', `ModelPackage ${ARN} does not exist.`)
    })
    expect(ctx.findings.allFindings().map(f => f.message)).toEqual([
      expect.stringContaining(`The model package ${ARN} was not found (SageMaker: "ModelPackage`)
    ])
  })
})
