import { afterEach, describe, expect, it } from '@jest/globals'
import { runAwsValidation, runName, type ValidationTiming } from '../../src/aws/validation.js'
import { InputError } from '../../src/inputs/error.js'
import {
  jsonError,
  sequence,
  startFakeAws,
  useEnv,
  type FakeAws,
  type Handler
} from '../helpers/fake-aws.js'
import { testContext } from '../helpers/context.js'
import { ACCOUNT } from '../helpers/fake-sagemaker.js'

// The real SDK over HTTP against the local fake endpoint: CreateModelPackage, the polling of
// DescribeModelPackage, DeleteModelPackage and CloudWatch Logs' FilterLogEvents.
const REQUEST = '__tests__/fixtures/requests/model-package.json'
const SHA = 'abcdef1234567890abcdef1234567890abcdef12'
const NAME = 'demo-model-abcdef1'
const ARN = `arn:aws:sagemaker:us-east-2:${ACCOUNT}:model-package/${NAME}`
const FAST: ValidationTiming = { pollMs: 10, maxPollMs: 40, progressEveryMs: 0 }

const logsInstalled = await import('@aws-sdk/client-cloudwatch-logs').then(
  () => true,
  () => false
)

function status(
  ModelPackageStatus: string,
  profile: { Status: string; FailureReason?: string }
): Handler {
  return () => ({
    body: {
      ModelPackageName: NAME,
      ModelPackageArn: ARN,
      ModelPackageStatus,
      ModelPackageStatusDetails: { ValidationStatuses: [{ Name: 'iris-csv', ...profile }] }
    }
  })
}

const created: Handler = () => ({ body: { ModelPackageArn: ARN } })
const deleted: Handler = () => ({ body: {} })

describe('aws-validation over the wire', () => {
  let fake: FakeAws
  let restore: () => void
  afterEach(async () => {
    restore()
    await fake.close()
  })

  async function context(handlers: Record<string, Handler>, extra: Record<string, string> = {}) {
    fake = await startFakeAws(handlers)
    restore = useEnv(fake.env)
    const abort = new AbortController()
    const ctx = testContext(
      { 'model-package-request': REQUEST, 'aws-validation': 'true', region: 'us-east-2', ...extra },
      abort.signal
    )
    ctx.env = { GITHUB_SHA: SHA }
    const lines: string[] = []
    ctx.log = { ...ctx.log, info: m => void lines.push(m) }
    return { ctx, abort, lines }
  }

  it('creates the model package under a name with the commit, waits and passes with its ARN', async () => {
    const { ctx, lines } = await context({
      CreateModelPackage: created,
      DescribeModelPackage: sequence(
        status('InProgress', { Status: 'NotStarted' }),
        status('InProgress', { Status: 'InProgress' }),
        status('Completed', { Status: 'Completed' })
      ),
      DeleteModelPackage: deleted
    })
    await runAwsValidation(ctx, FAST)
    const create = fake.requests.find(r => r.operation === 'CreateModelPackage')
    expect(create?.params).toMatchObject({ ModelPackageName: NAME, CertifyForMarketplace: true })
    expect(fake.operations()).toEqual([
      'CreateModelPackage',
      'DescribeModelPackage',
      'DescribeModelPackage',
      'DescribeModelPackage'
    ])
    expect(ctx.findings.status('aws-validation')).toBe('pass')
    expect(ctx.findings.allChecks()[0].detail).toContain(`SageMaker validated ${ARN}`)
    expect(ctx.facts.awsValidation).toEqual([{ kind: 'model-package', arn: ARN }])
    expect(lines).toContain('validation profile iris-csv: InProgress, 0 min')
  })

  it("reports the FailureReason and the jobs' last log lines, and deletes the failed package", async () => {
    const { ctx } = await context({
      CreateModelPackage: created,
      DescribeModelPackage: status('Failed', {
        Status: 'Failed',
        FailureReason: 'Transform job failed: ClientError: See job logs for more information'
      }),
      DeleteModelPackage: deleted,
      FilterLogEvents: () => ({
        body: {
          events: [
            {
              logStreamName: 'job-1/i-0',
              timestamp: 1,
              message: 'Traceback (most recent call last):'
            },
            { logStreamName: 'job-1/i-0', timestamp: 2, message: 'ValueError: bad csv row 3' }
          ]
        }
      })
    })
    await runAwsValidation(ctx, FAST)
    expect(fake.operations()).toContain('DeleteModelPackage')
    const [finding] = ctx.findings.allFindings()
    expect(finding.rule).toBe('aws-validation')
    expect(finding.message).toContain(
      `SageMaker's validation of ${ARN} (model-package-request) failed`
    )
    expect(finding.message).toContain(
      'Validation profile iris-csv: Failed — Transform job failed: ClientError'
    )
    expect(finding.message).toContain(`Deleted ${ARN} as \`aws-validation-cleanup\` says`)
    expect(ctx.facts.awsValidation).toBeUndefined()
    if (logsInstalled) {
      expect(finding.message).toContain(
        'Last lines of /aws/sagemaker/TransformJobs (job-1/i-0):\nTraceback (most recent call last):\nValueError: bad csv row 3'
      )
      const filter = fake.requests.find(r => r.operation === 'FilterLogEvents')
      expect(filter?.params).toMatchObject({ logGroupName: '/aws/sagemaker/TransformJobs' })
    } else {
      // without the client the finding still says where to look
      expect(finding.message).toMatch(
        /No log lines read from \/aws\/sagemaker\/TransformJobs: .* Look in CloudWatch Logs, Region us-east-2, log group \/aws\/sagemaker\/TransformJobs, between \d{4}-\d\d-\d\dT.* and \d{4}-/
      )
    }
  })

  it('keeps polling through throttling', async () => {
    const throttled: Handler = () => jsonError(400, 'ThrottlingException', 'Rate exceeded')
    const { ctx } = await context({
      CreateModelPackage: created,
      // more throttles in a row than the SDK's own attempts
      DescribeModelPackage: sequence(
        throttled,
        throttled,
        throttled,
        throttled,
        throttled,
        status('Completed', { Status: 'Completed' })
      )
    })
    await runAwsValidation(ctx, FAST)
    expect(fake.operations().filter(o => o === 'DescribeModelPackage')).toHaveLength(6)
    expect(ctx.findings.status('aws-validation')).toBe('pass')
  }, 60_000)

  it.each([
    ['on-failure', true],
    ['never', false]
  ])('stops waiting when cancelled and cleans up (%s)', async (cleanup, deletes) => {
    const run: { abort?: AbortController } = {}
    const { ctx, abort: a } = await context(
      {
        CreateModelPackage: created,
        DescribeModelPackage: req => {
          run.abort?.abort(new Error('the workflow was cancelled'))
          return status('InProgress', { Status: 'InProgress' })(req)
        },
        DeleteModelPackage: deleted
      },
      { 'aws-validation-cleanup': cleanup }
    )
    run.abort = a
    await expect(runAwsValidation(ctx, FAST)).rejects.toThrow('the workflow was cancelled')
    expect(fake.operations().includes('DeleteModelPackage')).toBe(deletes)
  })

  it('reports a refused CreateModelPackage with the IAM action, and waits for nothing', async () => {
    const { ctx } = await context({
      CreateModelPackage: () =>
        jsonError(400, 'AccessDeniedException', 'not authorized to perform CreateModelPackage')
    })
    await runAwsValidation(ctx, FAST)
    expect(fake.operations()).toEqual(['CreateModelPackage'])
    expect(ctx.findings.allFindings()[0].message).toContain(
      `SageMaker did not create ${NAME} from model-package-request: AWS denied sagemaker:CreateModelPackage`
    )
  })
})

describe('aws-validation inputs and names', () => {
  it('needs a request file, a known cleanup and at least a minute', () => {
    expect(() => testContext({ 'local-image': 'demo', 'aws-validation': 'true' })).toThrow(
      /aws-validation.*neither `model-package-request` nor `algorithm-request`/
    )
    expect(() =>
      testContext({ 'local-image': 'demo', 'aws-validation-cleanup': 'sometimes' })
    ).toThrow(InputError)
    expect(() => testContext({ 'local-image': 'demo', 'aws-validation-timeout': '30' })).toThrow(
      /at least 60/
    )
    expect(testContext({ 'local-image': 'demo' }).inputs.awsValidation).toBeUndefined()
  })

  it('suffixes the commit (and a rerun attempt), within 63 characters', () => {
    expect(runName('demo-model', { GITHUB_SHA: SHA })).toBe(NAME)
    expect(runName('demo-model', { GITHUB_SHA: SHA, GITHUB_RUN_ATTEMPT: '2' })).toBe(
      'demo-model-abcdef1-r2'
    )
    const long = runName('x'.repeat(70), { GITHUB_SHA: SHA })
    expect(long).toHaveLength(63)
    expect(long.endsWith('-abcdef1')).toBe(true)
    expect(runName('demo', {}, new Date('2026-12-04T19:00:00Z'))).toBe('demo-20261204190000')
  })
})

describe('aws-validation in a run', () => {
  let fake: FakeAws
  let restore: () => void
  afterEach(async () => {
    restore()
    await fake.close()
  })

  async function run(region: string) {
    fake = await startFakeAws({
      CreateModelPackage: created,
      DescribeModelPackage: status('Completed', { Status: 'Completed' })
    })
    restore = useEnv(fake.env)
    const { preflight } = await import('../../src/run/engine.js')
    const { inputs, log } = testContext({
      'model-package-request': REQUEST,
      'aws-validation': 'true',
      'aws-validation-cleanup': 'never',
      'aws-checks': 'false',
      'smoke-test': 'false',
      region
    })
    return preflight(inputs, { log, env: { GITHUB_SHA: SHA }, payloads: [] })
  }

  it('never spends cloud time on a preflight with errors, and says why', async () => {
    // the request's image is in us-east-2: publishing from eu-west-1 is a same-region error
    const report = await run('eu-west-1')
    expect(report.findings.map(f => f.rule)).toContain('same-region')
    expect(report.checks.find(c => c.rule === 'aws-validation')).toMatchObject({
      status: 'skip',
      detail: expect.stringContaining('the checks before it found')
    })
    expect(fake.operations()).toEqual([])
  })

  it('runs after a clean preflight and reports the ARN', async () => {
    const report = await run('us-east-2')
    expect(report.findings).toEqual([])
    expect(report.awsValidation).toEqual([{ kind: 'model-package', arn: ARN }])
    expect(fake.operations()).toEqual(['CreateModelPackage', 'DescribeModelPackage'])
  })
})
