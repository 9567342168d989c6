import { afterEach, describe, expect, it } from '@jest/globals'
import {
  CancelChangeSetCommand,
  DescribeChangeSetCommand,
  MarketplaceCatalogClient,
  StartChangeSetCommand
} from '@aws-sdk/client-marketplace-catalog'
import { mockClient } from 'aws-sdk-client-mock'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runListingValidation } from '../../src/aws/listing-validation.js'
import type { PollTiming } from '../../src/aws/polling.js'
import { forTerminal } from '../../src/report/untrusted.js'
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

// `listing-validate` on the wire: the real Marketplace Catalog client (restJson1) against the local
// fake endpoint (AWS_ENDPOINT_URL_MARKETPLACE_CATALOG): StartChangeSet with Intent VALIDATE, the
// polling of DescribeChangeSet, CancelChangeSet when the run is cancelled.
const LISTING = '__tests__/fixtures/requests/listing.json'
const FAST: PollTiming = { pollMs: 10, maxPollMs: 40, progressEveryMs: 0 }
const ID = 'cs-demo1234'
const ENTITY = 'prod-demo1234abcd@1'

function changeSet(Status: string, extra: Record<string, unknown> = {}): Handler {
  return () => ({
    body: {
      ChangeSetId: ID,
      ChangeSetArn: `arn:aws:aws-marketplace:us-east-1:${ACCOUNT}:AWSMarketplace/ChangeSet/${ID}`,
      Intent: 'VALIDATE',
      Status,
      ...extra
    }
  })
}

function failedWith(code: string, message: string): Handler {
  return changeSet('FAILED', {
    FailureCode: 'CLIENT_ERROR',
    ChangeSet: [
      {
        ChangeType: 'AddDeliveryOptions',
        Entity: { Type: 'MachineLearningProduct@1.0', Identifier: ENTITY },
        ErrorDetailList: [{ ErrorCode: code, ErrorMessage: message }]
      }
    ]
  })
}

const started: Handler = () => ({ body: { ChangeSetId: ID, ChangeSetArn: `arn:…/${ID}` } })
const OFFLINE = 'AddDeliveryOptions of version "1.1" for arn:aws:sagemaker:…'

describe('listing-validate over the wire', () => {
  let fake: FakeAws
  let restore: () => void
  afterEach(async () => {
    restore()
    await fake.close()
  })

  async function context(handlers: Record<string, Handler>, signal?: AbortSignal) {
    fake = await startFakeAws(handlers)
    restore = useEnv(fake.env)
    const ctx = testContext({ 'listing-request': LISTING, 'listing-validate': 'true' }, signal)
    ctx.findings.pass('listing-request', OFFLINE) // what the request phase found offline
    const lines: string[] = []
    ctx.log = { ...ctx.log, info: m => void lines.push(m) }
    return { ctx, lines }
  }
  /** A change set the catalog fails with one error. */
  async function failedRun(code: string, message: string) {
    const { ctx } = await context({
      'POST /StartChangeSet': started,
      'GET /DescribeChangeSet': failedWith(code, message)
    })
    await runListingValidation(ctx, FAST)
    return ctx
  }
  const sent = () => fake.requests.find(r => r.operation === 'POST /StartChangeSet')?.params

  it("sends Intent VALIDATE over the file's APPLY, polls and passes with the change set", async () => {
    const { ctx, lines } = await context({
      'POST /StartChangeSet': started,
      'GET /DescribeChangeSet': sequence(changeSet('PREPARING'), changeSet('SUCCEEDED'))
    })
    await runListingValidation(ctx, FAST)
    expect(sent()).toMatchObject({ Catalog: 'AWSMarketplace', Intent: 'VALIDATE' })
    expect(sent()?.ChangeSet).toEqual(
      (await import(`../../${LISTING}`, { with: { type: 'json' } })).default.ChangeSet
    )
    expect(fake.operations()).toEqual([
      'POST /StartChangeSet',
      'GET /DescribeChangeSet',
      'GET /DescribeChangeSet'
    ])
    const describe = fake.requests.find(r => r.operation === 'GET /DescribeChangeSet')
    expect(describe?.params).toMatchObject({ catalog: 'AWSMarketplace', changeSetId: ID })
    expect(ctx.findings.allChecks()).toEqual([
      expect.objectContaining({
        rule: 'listing-request',
        status: 'pass',
        detail: expect.stringContaining(
          `the AWS Marketplace Catalog validated change set ${ID} (Intent VALIDATE: nothing was applied)`
        )
      })
    ])
    expect(ctx.facts.listingValidation).toMatchObject({ changeSetId: ID, status: 'SUCCEEDED' })
    expect(lines).toContain(`change set ${ID}: PREPARING, 0 min`)
    expect(lines).toContainEqual(
      expect.stringContaining(
        '`listing-request` says Intent APPLY; this action sends VALIDATE only'
      )
    )
  })

  it("reports the catalog's failure list, each line as untrusted text", async () => {
    const ctx = await failedRun(
      'INVALID_RECOMMENDED_INSTANCE_TYPE',
      "You didn't provide a valid instance type for BatchTransform.\n\u001b[32mPASSED\u001b[0m"
    )
    const [finding] = ctx.findings.allFindings()
    expect(finding.rule).toBe('listing-request')
    expect(finding.message).toContain(
      `The AWS Marketplace Catalog failed change set ${ID} (Intent VALIDATE: nothing was applied).\nCLIENT_ERROR\nAddDeliveryOptions on ${ENTITY}: INVALID_RECOMMENDED_INSTANCE_TYPE: You didn't provide a valid instance type for BatchTransform.`
    )
    // one line per error, whatever the catalog's text holds; escaped in the terminal
    expect(finding.message.split('\n')).toHaveLength(3)
    expect(forTerminal(finding.message)).toContain('\\x1b[32mPASSED')
    expect(finding.help).toContain('ml-add-version.html')
    expect(ctx.facts.listingValidation?.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_RECOMMENDED_INSTANCE_TYPE' })
    ])
  })

  it("skips the rule with the catalog's words when it refuses the intent at StartChangeSet", async () => {
    const { ctx } = await context({
      'POST /StartChangeSet': () =>
        jsonError(
          400,
          'ValidationException',
          'Intent VALIDATE is not supported for change type AddDeliveryOptions on MachineLearningProduct@1.0'
        )
    })
    await runListingValidation(ctx, FAST)
    expect(fake.operations()).toEqual(['POST /StartChangeSet'])
    expect(ctx.findings.allFindings()).toEqual([])
    expect(ctx.findings.allChecks()).toEqual([
      expect.objectContaining({
        rule: 'listing-request',
        status: 'skip',
        detail: `the AWS Marketplace Catalog refused Intent VALIDATE for this product, so it could not check the change set without applying it; it said: "Intent VALIDATE is not supported for change type AddDeliveryOptions on MachineLearningProduct@1.0". Checked offline: ${OFFLINE}`
      })
    ])
    expect(ctx.facts.listingValidation?.intentRefused).toContain('Intent VALIDATE is not supported')
  })

  it('skips the rule when the change set fails because of the intent', async () => {
    const ctx = await failedRun(
      'INCOMPATIBLE_INTENT',
      'The VALIDATE intent is only available for AmiProduct versions'
    )
    expect(ctx.findings.status('listing-request')).toBe('skip')
    expect(ctx.findings.allChecks()[0].detail).toContain(
      'it said: "AddDeliveryOptions on prod-demo1234abcd@1: INCOMPATIBLE_INTENT: The VALIDATE intent is only available for AmiProduct versions"'
    )
  })

  it('keeps polling through throttling', async () => {
    const throttled: Handler = () => jsonError(429, 'ThrottlingException', 'Rate exceeded')
    const { ctx, lines } = await context({
      'POST /StartChangeSet': started,
      // more throttles in a row than the SDK's own attempts
      'GET /DescribeChangeSet': sequence(
        throttled,
        throttled,
        throttled,
        throttled,
        throttled,
        changeSet('SUCCEEDED')
      )
    })
    await runListingValidation(ctx, FAST)
    expect(fake.operations().filter(o => o === 'GET /DescribeChangeSet')).toHaveLength(6)
    expect(ctx.findings.status('listing-request')).toBe('pass')
    expect(lines).toContainEqual(
      expect.stringContaining('The AWS Marketplace Catalog throttled the status check')
    )
  }, 60_000)

  it('reports a refused StartChangeSet with the IAM action, and waits for nothing', async () => {
    const { ctx } = await context({
      'POST /StartChangeSet': () =>
        jsonError(403, 'AccessDeniedException', 'not authorized to perform StartChangeSet')
    })
    await runListingValidation(ctx, FAST)
    expect(fake.operations()).toEqual(['POST /StartChangeSet'])
    expect(ctx.findings.allFindings()[0].message).toContain(
      'The AWS Marketplace Catalog did not take `listing-request` (Intent VALIDATE): AWS denied aws-marketplace:StartChangeSet'
    )
  })

  it('cancels the change set when the run is cancelled, since it locks the product', async () => {
    const abort = new AbortController()
    const { ctx } = await context(
      {
        'POST /StartChangeSet': started,
        'GET /DescribeChangeSet': req => {
          abort.abort(new Error('the workflow was cancelled'))
          return changeSet('APPLYING')(req)
        },
        'PATCH /CancelChangeSet': () => ({ body: { ChangeSetId: ID } })
      },
      abort.signal
    )
    await expect(runListingValidation(ctx, FAST)).rejects.toThrow('the workflow was cancelled')
    expect(fake.operations()).toContain('PATCH /CancelChangeSet')
  })

  it('fills ${model-package-arn} with the ARN aws-validation kept, and asks nothing without one', async () => {
    const arn = `arn:aws:sagemaker:us-east-2:${ACCOUNT}:model-package/demo-model-abcdef1`
    const { ctx } = await context({
      'POST /StartChangeSet': started,
      'GET /DescribeChangeSet': changeSet('SUCCEEDED')
    })
    const listing = ctx.inputs.listingRequest!
    const details = (listing.request.ChangeSet as any)[0].DetailsDocument.DeliveryOptions[0].Details // eslint-disable-line @typescript-eslint/no-explicit-any
    details.SageMakerModelPackageDeliveryOptionDetails.SageMakerModelPackageArn =
      '${model-package-arn}'
    await runListingValidation(ctx, FAST)
    expect(fake.operations()).toEqual([])
    expect(ctx.findings.allChecks()[0]).toMatchObject({
      status: 'skip',
      detail: expect.stringContaining(
        '${model-package-arn} in `listing-request` has no ARN to stand for: `aws-validation` kept no model-package in this run'
      )
    })

    ctx.facts.awsValidation = [{ kind: 'model-package', arn }]
    await runListingValidation(ctx, FAST)
    expect(JSON.stringify(sent())).toContain(`"SageMakerModelPackageArn":"${arn}"`)
    expect(JSON.stringify(sent())).not.toContain('${')
  })
})

describe('listing-validate with a mocked client', () => {
  it('never sends an intent other than VALIDATE, whatever the catalog answers', async () => {
    // mocked here, not at collection time: mockClient patches every client of the file
    const catalog = mockClient(MarketplaceCatalogClient)
    try {
      for (const status of ['SUCCEEDED', 'FAILED', 'CANCELLED'] as const) {
        catalog.reset()
        catalog.on(StartChangeSetCommand).resolves({ ChangeSetId: ID })
        catalog.on(DescribeChangeSetCommand).resolves({ ChangeSetId: ID, Status: status })
        const ctx = testContext({ 'listing-request': LISTING, 'listing-validate': 'true' })
        ctx.inputs.listingRequest!.request.Intent = 'APPLY'
        await runListingValidation(ctx, FAST)
        const intents = catalog.commandCalls(StartChangeSetCommand).map(c => c.args[0].input.Intent)
        expect(intents).toEqual(['VALIDATE'])
        expect(ctx.findings.status('listing-request')).toBe(
          status === 'SUCCEEDED' ? 'pass' : 'fail'
        )
      }
    } finally {
      catalog.restore()
    }
  })

  it.each([
    ['the wait times out', 'timed out'],
    ['DescribeChangeSet is denied', 'denied']
  ])('cancels the change set and reports it when %s', async (_what, kind) => {
    const catalog = mockClient(MarketplaceCatalogClient)
    try {
      catalog.on(StartChangeSetCommand).resolves({ ChangeSetId: ID })
      const describe = catalog.on(DescribeChangeSetCommand)
      if (kind === 'denied') {
        describe.rejects(
          Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })
        )
      } else {
        describe.resolves({ ChangeSetId: ID, Status: 'PREPARING' })
      }
      catalog.on(CancelChangeSetCommand).resolves({ ChangeSetId: ID })
      const ctx = testContext({ 'listing-request': LISTING, 'listing-validate': 'true' })
      ctx.inputs.listingValidate = { timeoutSec: 0.2 }
      await runListingValidation(ctx, FAST)
      expect(catalog.commandCalls(CancelChangeSetCommand)).toHaveLength(1)
      expect(ctx.findings.allFindings()[0].message).toContain(
        kind === 'denied'
          ? `Could not follow change set ${ID}: AWS denied aws-marketplace:DescribeChangeSet`
          : `had not finished checking change set ${ID} within \`aws-validation-timeout\` (0.2 s; last status PREPARING); it was cancelled`
      )
    } finally {
      catalog.restore()
    }
  })
})

describe('listing-validate in a run', () => {
  let fake: FakeAws
  let restore: () => void
  const file = path.join(tmpdir(), `listing-run-${process.pid}.json`)
  afterEach(async () => {
    restore()
    await fake.close()
    rmSync(file, { force: true })
  })

  async function run(region: string) {
    const arn = `arn:aws:sagemaker:us-east-2:${ACCOUNT}:model-package/demo-model-abcdef1`
    fake = await startFakeAws({
      CreateModelPackage: () => ({ body: { ModelPackageArn: arn } }),
      DescribeModelPackage: () => ({
        body: { ModelPackageArn: arn, ModelPackageStatus: 'Completed' }
      }),
      'POST /StartChangeSet': started,
      'GET /DescribeChangeSet': changeSet('SUCCEEDED')
    })
    restore = useEnv(fake.env)
    const listing = JSON.parse(readFileSync(LISTING, 'utf8'))
    const details = listing.ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details
    details.SageMakerModelPackageDeliveryOptionDetails.SageMakerModelPackageArn =
      '${model-package-arn}'
    writeFileSync(file, JSON.stringify(listing))
    const { preflight } = await import('../../src/run/engine.js')
    const { inputs, log } = testContext({
      'model-package-request': '__tests__/fixtures/requests/model-package.json',
      'aws-validation': 'true',
      'listing-request': file,
      'listing-validate': 'true',
      'aws-checks': 'false',
      'smoke-test': 'false',
      region
    })
    const report = await preflight(inputs, {
      log,
      env: { GITHUB_SHA: 'abcdef1234567890' },
      payloads: []
    })
    return { report, arn }
  }

  it('validates the resource, then the listing with its ARN, in one release job', async () => {
    const { report, arn } = await run('us-east-2')
    expect(report.findings).toEqual([])
    expect(fake.operations()).toEqual([
      'CreateModelPackage',
      'DescribeModelPackage',
      'POST /StartChangeSet',
      'GET /DescribeChangeSet'
    ])
    const start = fake.requests.find(r => r.operation === 'POST /StartChangeSet')
    expect(start?.params.Intent).toBe('VALIDATE')
    expect(start?.body).toContain(`"SageMakerModelPackageArn":"${arn}"`)
    expect(report.listingValidation).toMatchObject({ changeSetId: ID, status: 'SUCCEEDED' })
    expect(report.checks.find(c => c.rule === 'listing-request')).toMatchObject({
      status: 'pass',
      detail: expect.stringContaining('the AWS Marketplace Catalog validated change set')
    })
  })

  type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each<[string, (request: Json, details: Json) => void, string]>([
    [
      'a wrong catalog',
      r => void (r.Catalog = 'AWSMarketplaceX'),
      '`Catalog` is "AWSMarketplaceX"'
    ],
    [
      'release notes over the limit',
      r => void (r.ChangeSet[0].DetailsDocument.Version.ReleaseNotes = 'x'.repeat(30_001)),
      '`Version.ReleaseNotes` of 30,001 characters'
    ],
    [
      'an ARN in another Region',
      (_r, d) =>
        void (d.SageMakerModelPackageArn =
          'arn:aws:sagemaker:eu-west-1:111122223333:model-package/demo-model'),
      'names a resource in eu-west-1, but'
    ],
    [
      'an unsupported recommended instance type',
      (_r, d) => void (d.RecommendedInstanceTypes.BatchTransform = 'ml.c5.xlarge'),
      'is ml.c5.xlarge, which `model-package-request` does not support'
    ],
    [
      'a malformed AccessRoleArn',
      (_r, d) => void (d.AccessRoleArn = 'AwsMarketplaceSageMakerIngestion'),
      'has `AccessRoleArn` "AwsMarketplaceSageMakerIngestion"'
    ],
    [
      'no usage instructions',
      (_r, d) => void delete d.UsageInstructions,
      'has no `UsageInstructions`'
    ]
  ])('never sends a listing request with %s, and names the mistake', async (_what, edit, said) => {
    fake = await startFakeAws({ 'POST /StartChangeSet': started })
    restore = useEnv(fake.env)
    const listing = JSON.parse(readFileSync(LISTING, 'utf8'))
    edit(
      listing,
      listing.ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details
        .SageMakerModelPackageDeliveryOptionDetails
    )
    writeFileSync(file, JSON.stringify(listing))
    const { preflight } = await import('../../src/run/engine.js')
    const { inputs, log } = testContext({
      'model-package-request': '__tests__/fixtures/requests/model-package.json',
      'listing-request': file,
      'listing-validate': 'true',
      'aws-checks': 'false',
      'smoke-test': 'false'
    })
    const report = await preflight(inputs, { log, env: {}, payloads: [] })
    expect(fake.operations()).toEqual([])
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'listing-request', message: expect.stringContaining(said) })
    ])
  })

  it('asks the catalog nothing after a preflight with errors, and says why', async () => {
    // publishing from eu-west-1 with images in us-east-2: same-region errors
    const { report } = await run('eu-west-1')
    expect(fake.operations()).toEqual([])
    expect(report.checks.find(c => c.rule === 'listing-request')).toMatchObject({
      status: 'skip',
      detail: expect.stringContaining('the catalog was not asked: the checks before it found')
    })
  })
})
