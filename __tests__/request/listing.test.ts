import { describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FindingInput, Verdict } from '../../src/core/findings.js'
import { InputError } from '../../src/inputs/error.js'
import { fillPlaceholders } from '../../src/request/listing.js'
import { listingRequest, type ListingContext } from '../../src/request/listing-rules.js'
import { validateOnly } from '../../src/aws/listing-validation.js'
import { testContext } from '../helpers/context.js'

// `listing-request` offline: each documented shape and limit of an ML product's change set, and what
// the run knows of the resource (its Region, the instance types its request supports).
const LISTING = '__tests__/fixtures/requests/listing.json'
const MODEL_REQUEST = '__tests__/fixtures/requests/model-package.json'
const GOOD = JSON.parse(readFileSync(LISTING, 'utf8')) as Json

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const CONTEXT: ListingContext = {
  region: 'us-east-2',
  supported: {
    'model-package': {
      input: 'model-package-request',
      BatchTransform: ['ml.m5.large', 'ml.m5.xlarge'],
      RealtimeInference: ['ml.m5.large']
    }
  },
  created: []
}

type Edit = (change: Json, details: Json, request: Json) => void

function edited(edit: Edit, good: Json = GOOD): Json {
  const copy = structuredClone(good)
  const change = copy.ChangeSet[0]
  edit(change, change.DetailsDocument?.DeliveryOptions?.[0]?.Details ?? {}, copy)
  return copy
}
const model = (details: Json): Json => details.SageMakerModelPackageDeliveryOptionDetails

function problems(verdicts: Verdict[], severity: 'error' | 'warning' = 'error'): string[] {
  return verdicts
    .filter((v): v is { ok: false; finding: FindingInput } => !v.ok)
    .filter(v => (v.finding.severity ?? 'error') === severity)
    .map(v => v.finding.message)
}

describe('listing-request offline', () => {
  it('passes the documented AddDeliveryOptions for a model package, naming the version and ARN', () => {
    const verdicts = listingRequest(GOOD, CONTEXT)
    expect(problems(verdicts)).toEqual([])
    expect(verdicts).toEqual([
      {
        ok: true,
        detail:
          'AddDeliveryOptions of version "1.1" for arn:aws:sagemaker:us-east-2:111122223333:model-package/demo-model'
      }
    ])
  })

  it.each<[string, Edit, string]>([
    [
      'a wrong catalog',
      (_c, _d, r) => void (r.Catalog = 'AWSMarketplaceX'),
      '`Catalog` is "AWSMarketplaceX"; StartChangeSet takes only "AWSMarketplace".'
    ],
    [
      'a wrong entity type',
      c => void (c.Entity.Type = 'AmiProduct@1.0'),
      '`ChangeSet[0]` (AddDeliveryOptions) has `Entity.Type` "AmiProduct@1.0"; an ML product\'s changes take "MachineLearningProduct@1.0".'
    ],
    [
      'a product id with spaces',
      c => void (c.Entity.Identifier = 'prod demo'),
      'has `Entity.Identifier` "prod demo"; give the product id'
    ],
    [
      'both Details and DetailsDocument',
      c => void (c.Details = '{}'),
      'has both `Details` and `DetailsDocument`; StartChangeSet takes one of them.'
    ],
    [
      'Details that is no JSON object',
      c => {
        delete c.DetailsDocument
        c.Details = '{"Version": '
      },
      'has `Details` that is not a JSON object in a string'
    ],
    [
      'no version title',
      c => void delete c.DetailsDocument.Version.VersionTitle,
      'has `Version.VersionTitle` missing; buyers pick versions by this title'
    ],
    [
      'release notes over 30,000 characters',
      c => void (c.DetailsDocument.Version.ReleaseNotes = 'x'.repeat(30_001)),
      'has `Version.ReleaseNotes` of 30,001 characters; the catalog takes at most 30,000.'
    ],
    [
      'two delivery options',
      c => c.DetailsDocument.DeliveryOptions.push(c.DetailsDocument.DeliveryOptions[0]),
      "has 2 entries in `DeliveryOptions`; an ML product's version is exactly 1 delivery option"
    ],
    [
      'no details object',
      (_c, d) => void delete d.SageMakerModelPackageDeliveryOptionDetails,
      'has neither `SageMakerModelPackageDeliveryOptionDetails` nor `SageMakerAlgorithmDeliveryOptionDetails`'
    ],
    [
      'a malformed ARN',
      (_c, d) =>
        void (model(d).SageMakerModelPackageArn = 'arn:aws:sagemaker:us-east-2:1111:model'),
      'has `SageMakerModelPackageArn` "arn:aws:sagemaker:us-east-2:1111:model"; expected arn:aws:sagemaker:REGION:ACCOUNT:model-package/NAME'
    ],
    [
      'an ARN in an opt-in Region',
      (_c, d) =>
        void (model(d).SageMakerModelPackageArn =
          'arn:aws:sagemaker:af-south-1:111122223333:model-package/demo-model'),
      'names a resource in af-south-1: af-south-1 is an opt-in Region'
    ],
    [
      'an ARN in another Region than the images',
      (_c, d) =>
        void (model(d).SageMakerModelPackageArn =
          'arn:aws:sagemaker:us-west-2:111122223333:model-package/demo-model'),
      "names a resource in us-west-2, but the product's other assets (images, model data) are in us-east-2"
    ],
    [
      'a malformed AccessRoleArn',
      (_c, d) => void (model(d).AccessRoleArn = 'arn:aws:iam::111122223333:user/me'),
      'has `AccessRoleArn` "arn:aws:iam::111122223333:user/me"; expected arn:aws:iam::ACCOUNT:role/NAME'
    ],
    [
      'no usage instructions',
      (_c, d) => void (model(d).UsageInstructions = ' '),
      'has no `UsageInstructions`; buyers read them to use the model.'
    ],
    [
      "the API reference example's comma in a URL",
      (_c, d) => void (model(d).RepositoryUrl = 'https://www,amazon.com'),
      'has `RepositoryUrl` "https://www,amazon.com"; expected an https:// URL'
    ],
    [
      'an input description without a sample',
      (_c, d) => void delete model(d).InputProperties.SampleInput,
      '`InputProperties` needs a `Description` and a `SampleInput` with at least one of'
    ],
    [
      'an unknown recommended instance type',
      (_c, d) => void (model(d).RecommendedInstanceTypes.BatchTransform = 'ml.m5.larg'),
      '`RecommendedInstanceTypes.BatchTransform` is "ml.m5.larg", not a SageMaker instance type; did you mean ml.m5.large'
    ],
    [
      'a recommended instance type the request does not support',
      (_c, d) => void (model(d).RecommendedInstanceTypes.RealtimeInference = 'ml.m5.xlarge'),
      '`RecommendedInstanceTypes.RealtimeInference` is ml.m5.xlarge, which `model-package-request` does not support (InferenceSpecification.SupportedRealtimeInferenceInstanceTypes: ml.m5.large)'
    ],
    [
      'a placeholder nothing fills',
      (_c, d) => void (model(d).SageMakerModelPackageArn = '${model-package-arn}'),
      'has `SageMakerModelPackageArn` ${model-package-arn}, which only `aws-validation: true` with `model-package-request` fills'
    ]
  ])('reports %s', (_what, edit, expected) => {
    const request = edited(edit)
    const found = problems(listingRequest(request, CONTEXT))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(expected)
    expect(listingRequest(request, CONTEXT).some(v => v.ok)).toBe(false)
  })

  it('refuses an empty change set, and one without a delivery-options change', () => {
    expect(problems(listingRequest({ ...GOOD, ChangeSet: [] }, CONTEXT))[0]).toContain(
      '`ChangeSet` has 0 changes; StartChangeSet takes 1 to 20'
    )
    const pricing = { ...GOOD, ChangeSet: [{ ChangeType: 'UpdatePricingTerms', Entity: {} }] }
    expect(problems(listingRequest(pricing, CONTEXT))).toEqual([
      expect.stringContaining(
        'No change in `ChangeSet` is AddDeliveryOptions or UpdateDeliveryOptions ("UpdatePricingTerms")'
      )
    ])
    const twice = { ...GOOD, ChangeSet: [GOOD.ChangeSet[0], GOOD.ChangeSet[0]] }
    expect(problems(listingRequest(twice, CONTEXT))).toEqual([
      expect.stringContaining('`ChangeSet[1]` repeats AddDeliveryOptions on the same product')
    ])
  })

  it("warns about the update page's Sagemaker… spelling and still checks the details", () => {
    const request = edited((_c, d) => {
      d.SagemakerModelPackageDeliveryOptionDetails = d.SageMakerModelPackageDeliveryOptionDetails
      delete d.SageMakerModelPackageDeliveryOptionDetails
    })
    const verdicts = listingRequest(request, CONTEXT)
    expect(problems(verdicts, 'warning')).toEqual([
      expect.stringContaining(
        "spells `SagemakerModelPackageDeliveryOptionDetails`; the catalog's schema (the AWS Marketplace Catalog API shapes) spells `SageMakerModelPackageDeliveryOptionDetails`"
      )
    ])
    expect(problems(verdicts)).toEqual([])
  })

  it('takes the placeholder when aws-validation creates the model package', () => {
    const request = edited(
      (_c, d) => void (model(d).SageMakerModelPackageArn = '${model-package-arn}')
    )
    const verdicts = listingRequest(request, { ...CONTEXT, created: ['model-package'] })
    expect(problems(verdicts)).toEqual([])
    expect(verdicts.at(-1)).toEqual({
      ok: true,
      detail: 'AddDeliveryOptions of version "1.1" for ${model-package-arn}'
    })
  })

  it('asks an algorithm for its training instance type, within the algorithm request', () => {
    const request = edited((_c, d) => {
      const details = model(d)
      details.SageMakerAlgorithmArn = 'arn:aws:sagemaker:us-east-2:111122223333:algorithm/demo-algo'
      delete details.SageMakerModelPackageArn
      d.SageMakerAlgorithmDeliveryOptionDetails = details
      delete d.SageMakerModelPackageDeliveryOptionDetails
    })
    const context: ListingContext = {
      ...CONTEXT,
      supported: { algorithm: { input: 'algorithm-request', Training: ['ml.m5.large'] } }
    }
    expect(problems(listingRequest(request, context))).toEqual([
      expect.stringContaining(
        '`RecommendedInstanceTypes.Training` is missing, not a SageMaker instance type (required).'
      )
    ])
    const algo = request.ChangeSet[0].DetailsDocument.DeliveryOptions[0].Details
    algo.SageMakerAlgorithmDeliveryOptionDetails.RecommendedInstanceTypes.Training = 'ml.p3.2xlarge'
    expect(problems(listingRequest(request, context))).toEqual([
      expect.stringContaining(
        'is ml.p3.2xlarge, which `algorithm-request` does not support (TrainingSpecification.SupportedTrainingInstanceTypes: ml.m5.large)'
      )
    ])
  })

  it('checks an UpdateDeliveryOptions for its delivery option id and refuses a new ARN', () => {
    const update = {
      Catalog: 'AWSMarketplace',
      ChangeSet: [
        {
          ChangeType: 'UpdateDeliveryOptions',
          Entity: { Identifier: 'prod-demo1234abcd@1', Type: 'MachineLearningProduct@1.0' },
          DetailsDocument: {
            Version: { ReleaseNotes: 'Clearer usage instructions.' },
            DeliveryOptions: [
              {
                Id: 'dopt-1234',
                Details: {
                  SageMakerModelPackageDeliveryOptionDetails: {
                    UsageInstructions: 'Send text/csv.',
                    RecommendedInstanceTypes: { BatchTransform: 'ml.m5.xlarge' }
                  }
                }
              }
            ]
          }
        }
      ]
    }
    expect(listingRequest(update, CONTEXT)).toEqual([
      { ok: true, detail: 'UpdateDeliveryOptions of a version' }
    ])
    const bad = structuredClone(update) as Json
    const option = bad.ChangeSet[0].DetailsDocument.DeliveryOptions[0]
    delete option.Id
    option.Details.SageMakerModelPackageDeliveryOptionDetails.SageMakerModelPackageArn =
      'arn:aws:sagemaker:us-east-2:111122223333:model-package/other'
    expect(problems(listingRequest(bad, CONTEXT))).toEqual([
      expect.stringContaining(
        'has no `DeliveryOptions[0].Id`; UpdateDeliveryOptions names the version'
      ),
      expect.stringContaining("has `SageMakerModelPackageArn`; a version's ARN cannot be updated")
    ])
  })
})

describe('listing-request placeholders and intent', () => {
  it('fills the placeholder in DetailsDocument and in a Details string, and names the ones it cannot', () => {
    const arn = 'arn:aws:sagemaker:us-east-2:111122223333:model-package/demo-model-abcdef1'
    const request = {
      ChangeSet: [
        { DetailsDocument: { Arn: '${model-package-arn}' } },
        { Details: '{"SageMakerModelPackageArn":"${model-package-arn}"}' },
        { Details: '{"SageMakerAlgorithmArn":"${algorithm-arn}"}' }
      ]
    }
    const { filled, missing } = fillPlaceholders(request, { 'model-package': arn })
    expect(filled).toEqual({
      ChangeSet: [
        { DetailsDocument: { Arn: arn } },
        { Details: `{"SageMakerModelPackageArn":"${arn}"}` },
        { Details: '{"SageMakerAlgorithmArn":"${algorithm-arn}"}' }
      ]
    })
    expect(missing).toEqual(['algorithm'])
  })

  it('sends Intent VALIDATE whatever the file says, and never its ClientRequestToken', () => {
    const input = validateOnly({ ...GOOD, Intent: 'APPLY', ClientRequestToken: 'seller-token' })
    expect(input.Intent).toBe('VALIDATE')
    expect(input).not.toHaveProperty('ClientRequestToken')
    expect(input.ChangeSet).toEqual(GOOD.ChangeSet)
  })
})

describe('listing-request inputs', () => {
  it('reads the file like the other request files, and listing-validate needs it', () => {
    const ctx = testContext({ 'listing-request': LISTING })
    expect(ctx.inputs.listingRequest?.request.Catalog).toBe('AWSMarketplace')
    expect(ctx.inputs.listingValidate).toBeUndefined()
    expect(() => testContext({ 'local-image': 'demo', 'listing-validate': 'true' })).toThrow(
      /listing-validate.*`listing-request` is not given/
    )
    expect(() => testContext({ 'listing-request': 'missing.json' })).toThrow(InputError)
    expect(() => testContext({ 'listing-request': 'missing.json' })).toThrow(
      /listing-request.*does not exist.*aws marketplace-catalog start-change-set/
    )
    expect(
      testContext({ 'listing-request': LISTING, 'listing-validate': 'true' }).inputs.listingValidate
    ).toEqual({ timeoutSec: 7200 })
  })

  it('is checked in the request phase against the request files, with the publishing Region', async () => {
    const { preflight } = await import('../../src/run/engine.js')
    const { inputs, log } = testContext({
      'listing-request': LISTING,
      'model-package-request': MODEL_REQUEST,
      'aws-checks': 'false',
      'smoke-test': 'false'
    })
    const report = await preflight(inputs, { log, env: {}, payloads: [] })
    expect(report.checks.find(c => c.rule === 'listing-request')).toMatchObject({ status: 'pass' })
    // a recommended type the request file does not support, read through the file
    const file = path.join(tmpdir(), `listing-${process.pid}.json`)
    const request = edited((_c, d) => {
      model(d).RecommendedInstanceTypes.RealtimeInference = 'ml.m5.xlarge'
    })
    writeFileSync(file, JSON.stringify(request))
    try {
      const bad = testContext({
        'listing-request': file,
        'model-package-request': MODEL_REQUEST,
        'aws-checks': 'false',
        'smoke-test': 'false'
      })
      const failed = await preflight(bad.inputs, { log, env: {}, payloads: [] })
      expect(failed.findings).toEqual([
        expect.objectContaining({
          rule: 'listing-request',
          file: 'listing-request',
          message: expect.stringContaining('which `model-package-request` does not support')
        })
      ])
    } finally {
      rmSync(file, { force: true })
    }
  })
})
