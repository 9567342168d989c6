import { afterAll, describe, expect, it } from '@jest/globals'
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RuleId } from '../../src/catalog/rules.js'
import type { RunContext } from '../../src/core/context.js'
import { InputError } from '../../src/inputs/error.js'
import { fastFileRefusals } from '../../src/inputs/training.js'
import { checkRequestData } from '../../src/aws/request-data.js'
import { runRequestChecks } from '../../src/request/index.js'
import { schemaProblems } from '../../src/request/schema.js'
import type { StaticResult } from '../../src/core/phase.js'
import { testContext } from '../helpers/context.js'

const FIXTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'requests'
)
const GOOD_MODEL = JSON.parse(readFileSync(path.join(FIXTURES, 'model-package.json'), 'utf8'))
const GOOD_ALGO = JSON.parse(readFileSync(path.join(FIXTURES, 'algorithm.json'), 'utf8'))
const dir = mkdtempSync(path.join(tmpdir(), 'request-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let n = 0
function writeRequest(body: unknown): string {
  const file = path.join(dir, `request-${++n}.json`)
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body, null, 2))
  return file
}

/** The good request with `edit` applied to a deep copy. */
function edited(good: Json, edit: (r: Json) => void): Json {
  const copy = structuredClone(good)
  edit(copy)
  return copy
}

function check(
  body: unknown,
  input = 'model-package-request',
  extra: Record<string, string> = {}
): { ctx: RunContext; refs: StaticResult } {
  const ctx = testContext({ [input]: writeRequest(body), ...extra })
  const refs: StaticResult = {}
  runRequestChecks(ctx, refs)
  return { ctx, refs }
}

function errors(ctx: RunContext, rule: string): string[] {
  return ctx.findings
    .allFindings()
    .filter(f => f.rule === rule && f.severity === 'error')
    .map(f => f.message)
}

const REQUEST_RULES: readonly RuleId[] = [
  'request-schema',
  'instance-types',
  'content-types',
  'hyperparameters',
  'metric-definitions'
]

describe('request files', () => {
  it('names the input and the file when the file is missing', () => {
    const missing = path.join(dir, 'nope.json')
    expect(() => testContext({ 'model-package-request': missing })).toThrow(
      new InputError(
        'model-package-request',
        `is "${missing}", which does not exist; give the path of the JSON request you pass to \`aws sagemaker create-model-package --cli-input-json file://…\``
      )
    )
  })

  it('gives the line and column of malformed JSON', () => {
    const file = writeRequest('{\n  "AlgorithmName": "x"\n  "CertifyForMarketplace": true\n}')
    let caught: unknown
    try {
      testContext({ 'algorithm-request': file })
    } catch (err) {
      caught = err
    }
    expect(caught).toBeInstanceOf(InputError)
    expect((caught as Error).message).toBe(
      `Input \`algorithm-request\` names ${file}, which is not valid JSON at line 3, column 3: Expected ',' or '}' after property value`
    )
  })

  it('says where an unexpected token is, quoting none of the file', () => {
    const file = writeRequest('{"ModelPackageName": s3cr3t-token}')
    expect(() => testContext({ 'model-package-request': file })).toThrow(
      new InputError(
        'model-package-request',
        `names ${file}, which is not valid JSON at line 1, column 22: Unexpected character`
      )
    )
  })

  it('refuses a JSON file that is not an object', () => {
    expect(() => testContext({ 'model-package-request': writeRequest('[1]') })).toThrow(
      /which holds an array; expected a JSON object/
    )
  })
})

describe('a good request', () => {
  it('passes every rule on a model package request, and its image becomes `image`', () => {
    const { ctx, refs } = check(GOOD_MODEL)
    for (const rule of [
      ...REQUEST_RULES,
      'certify-for-marketplace',
      'validation-spec',
      'builtin-algorithm',
      'image-uri',
      'same-region',
      'region-eligibility'
    ] satisfies RuleId[]) {
      expect([rule, ctx.findings.status(rule)]).toEqual([rule, 'pass'])
    }
    expect(ctx.findings.allFindings()).toEqual([])
    expect(refs.image?.uri).toBe(GOOD_MODEL.InferenceSpecification.Containers[0].Image)
    expect(refs.region).toBe('us-east-2')
  })

  it('passes every rule on an algorithm request, and its training image becomes `training-image`', () => {
    const { ctx, refs } = check(GOOD_ALGO, 'algorithm-request')
    expect(ctx.findings.allFindings()).toEqual([])
    for (const rule of [...REQUEST_RULES, 'validation-spec'] satisfies RuleId[]) {
      expect([rule, ctx.findings.status(rule)]).toEqual([rule, 'pass'])
    }
    expect(refs.trainingImage?.uri).toBe(GOOD_ALGO.TrainingSpecification.TrainingImage)
    expect(refs.image?.repository).toBe('demo-model')
  })
})

describe('the demo request (examples/demo-model)', () => {
  it('passes every request rule', () => {
    const demo = path.join(
      FIXTURES,
      '..',
      '..',
      '..',
      'examples',
      'demo-model',
      'create-model-package.json'
    )
    const { ctx } = check(JSON.parse(readFileSync(demo, 'utf8')))
    expect(ctx.findings.allFindings()).toEqual([])
    for (const rule of REQUEST_RULES)
      expect([rule, ctx.findings.status(rule)]).toEqual([rule, 'pass'])
  })
})

describe('request-schema', () => {
  it('reports missing members, unknown members, wrong types, patterns and enums with their path', () => {
    const { ctx } = check(
      edited(GOOD_MODEL, r => {
        r.ModelPackageName = 'demo_model!'
        r.Colour = 'blue'
        delete r.ValidationSpecification.ValidationRole
        const t = r.ValidationSpecification.ValidationProfiles[0].TransformJobDefinition
        t.MaxConcurrentTransforms = '2'
        t.BatchStrategy = 'AllAtOnce'
      })
    )
    expect(errors(ctx, 'request-schema')).toEqual([
      '`ModelPackageName` is "demo_model!", which does not match the API\'s pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$.',
      '`ValidationSpecification.ValidationRole` is missing; it is required.',
      '`ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.MaxConcurrentTransforms` is the string "2"; expected an integer.',
      '`ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.BatchStrategy` is "AllAtOnce", which the API does not accept; expected one of MultiRecord, SingleRecord.',
      'The request has the unknown member "Colour"; the API accepts ModelPackageName, ModelPackageGroupName, ModelPackageDescription, InferenceSpecification, ValidationSpecification, SourceAlgorithmSpecification, CertifyForMarketplace, Tags, ModelApprovalStatus, MetadataProperties, ModelMetrics, ClientToken, CustomerMetadataProperties, DriftCheckBaselines, Domain, Task, SamplePayloadUrl, AdditionalInferenceSpecifications.'
    ])
  })

  it('allows exactly one validation profile', () => {
    const { ctx } = check(
      edited(GOOD_MODEL, r => {
        const [p] = r.ValidationSpecification.ValidationProfiles
        r.ValidationSpecification.ValidationProfiles.push({ ...p, ProfileName: 'second' })
      })
    )
    expect(errors(ctx, 'request-schema')).toEqual([
      '`ValidationSpecification.ValidationProfiles` has 2 entries; at most 1 allowed.'
    ])
  })

  it('enforces the batch limits the service model does not carry', () => {
    const { ctx } = check(
      edited(GOOD_MODEL, r => {
        const t = r.ValidationSpecification.ValidationProfiles[0].TransformJobDefinition
        t.MaxConcurrentTransforms = 4
        t.MaxPayloadInMB = 50
        t.TransformResources.InstanceCount = 2
      })
    )
    expect(errors(ctx, 'request-schema')).toEqual([
      '`ValidationSpecification.ValidationProfiles[0].TransformJobDefinition` has MaxConcurrentTransforms 4 × MaxPayloadInMB 50 = 200; batch transform requires the product to be at most 100.',
      '`ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.TransformResources.InstanceCount` is 2; a validation profile runs on 1 instance.'
    ])
  })

  it('trains a profile on several instances only when the algorithm supports distributed training', () => {
    const onTwo = (distributed: boolean): string[] =>
      errors(
        check(
          edited(GOOD_ALGO, r => {
            r.TrainingSpecification.SupportsDistributedTraining = distributed
            r.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.InstanceCount = 2
          }),
          'algorithm-request'
        ).ctx,
        'request-schema'
      )
    expect(onTwo(true)).toEqual([])
    expect(onTwo(false)).toEqual([
      '`ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.InstanceCount` is 2, but `TrainingSpecification.SupportsDistributedTraining` is not true: SageMaker trains such an algorithm on 1 instance only. Set the count to 1, or declare distributed training (and test it with `training-instance-count`).'
    ])
  })

  it('refuses a versioned model package, which cannot be certified', () => {
    const { ctx } = check(
      edited(GOOD_MODEL, r => {
        delete r.ModelPackageName
        r.ModelPackageGroupName = 'demo-group'
      })
    )
    expect(errors(ctx, 'request-schema')).toEqual([
      expect.stringContaining('`ModelPackageGroupName` makes this a versioned model package')
    ])
  })

  it('reads numeric ranges from the service model', () => {
    expect(
      schemaProblems({ MaxRuntimeInSeconds: 0 }, 'StoppingCondition', 'StoppingCondition')
    ).toEqual(['`StoppingCondition.MaxRuntimeInSeconds` is 0; the minimum is 1.'])
  })
})

describe('instance-types', () => {
  it('fails a transform type the request does not list', () => {
    const { ctx } = check(
      edited(GOOD_MODEL, r => {
        const t = r.ValidationSpecification.ValidationProfiles[0].TransformJobDefinition
        t.TransformResources.InstanceType = 'ml.c5.xlarge'
      })
    )
    expect(errors(ctx, 'instance-types')).toEqual([
      '`ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.TransformResources.InstanceType` is "ml.c5.xlarge", but `InferenceSpecification.SupportedTransformInstanceTypes` lists only ml.m5.large, ml.m5.xlarge: validation must run on a type the listing supports.'
    ])
    expect(errors(ctx, 'request-schema')).toEqual([])
  })

  it('fails a training type SageMaker does not accept for training', () => {
    const { ctx } = check(
      edited(GOOD_ALGO, r => {
        r.TrainingSpecification.SupportedTrainingInstanceTypes.push('ml.t2.medium')
        r.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.ResourceConfig.InstanceType =
          'ml.t2.medium'
      }),
      'algorithm-request'
    )
    expect(errors(ctx, 'instance-types')).toEqual([
      expect.stringMatching(
        /^`ValidationSpecification\.ValidationProfiles\[0\]\.TrainingJobDefinition\.ResourceConfig\.InstanceType` is "ml\.t2\.medium", which SageMaker does not accept for training jobs; expected one of ml\.m4\.xlarge/
      )
    ])
  })
})

describe('content-types', () => {
  it('fails a transform ContentType and Accept the listing does not declare', () => {
    const { ctx } = check(
      edited(GOOD_MODEL, r => {
        const t = r.ValidationSpecification.ValidationProfiles[0].TransformJobDefinition
        t.TransformInput.ContentType = 'application/x-parquet'
        t.TransformOutput.Accept = 'application/jsonlines'
      })
    )
    expect(errors(ctx, 'content-types')).toEqual([
      '`ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.TransformInput.ContentType` is "application/x-parquet", but `InferenceSpecification.SupportedContentTypes` lists only text/csv, application/json: validation must use a type the listing declares.',
      '`ValidationSpecification.ValidationProfiles[0].TransformJobDefinition.TransformOutput.Accept` is "application/jsonlines", but `InferenceSpecification.SupportedResponseMIMETypes` lists only text/csv, application/json: validation must use a type the listing declares.'
    ])
  })

  it('fails training channels the algorithm does not declare, and a missing required one', () => {
    const { ctx } = check(
      edited(GOOD_ALGO, r => {
        const ch =
          r.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig
        ch[0].ChannelName = 'train'
        r.TrainingSpecification.TrainingChannels.push({
          Name: 'validation',
          SupportedContentTypes: ['text/csv'],
          SupportedInputModes: ['File']
        })
        ch.push({ ...ch[0], ChannelName: 'validation', CompressionType: 'Gzip' })
      }),
      'algorithm-request'
    )
    expect(errors(ctx, 'content-types')).toEqual([
      '`ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[0]` is the channel "train", which `TrainingSpecification.TrainingChannels` does not declare (training, validation).',
      '`ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[1].CompressionType` is "Gzip", but the channel "validation" supports no compression.',
      '`ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig` has no "training" channel, which `TrainingSpecification.TrainingChannels` marks IsRequired.'
    ])
  })
})

describe('FastFile channels', () => {
  it('fails a FastFile channel that is a manifest: SageMaker streams an S3 prefix only', () => {
    const { ctx } = check(
      edited(GOOD_ALGO, r => {
        r.TrainingSpecification.TrainingChannels[0].SupportedInputModes = ['File', 'FastFile']
        const job = r.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition
        job.TrainingInputMode = 'FastFile'
        job.InputDataConfig[0].DataSource.S3DataSource.S3DataType = 'ManifestFile'
      }),
      'algorithm-request'
    )
    expect(errors(ctx, 'content-types')).toEqual([
      '`ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.InputDataConfig[0]`: The channel "training" is read in FastFile input mode with S3DataType ManifestFile, but SageMaker\'s FastFile mode streams an S3 prefix only (S3DataType S3Prefix, no manifest or augmented manifest), so the training job fails to start.'
    ])
  })

  it('refuses to train such a channel, naming it and the fix', () => {
    const channels = [
      { channel: 'training', path: '/d/t', dataType: 'AugmentedManifestFile' },
      { channel: 'validation', path: '/d/v', dataType: 'S3Prefix' }
    ]
    expect(fastFileRefusals(channels, 'File')).toBeUndefined()
    expect(fastFileRefusals(channels, 'FastFile')).toEqual({
      message: expect.stringMatching(
        /^The channel "training" is read in FastFile input mode with S3DataType AugmentedManifestFile/
      ),
      help: expect.stringContaining('S3DataType S3Prefix')
    })
    expect(fastFileRefusals([{ ...channels[0], mode: 'File' }], 'FastFile')).toBeUndefined()
  })
})

describe('hyperparameters', () => {
  it('fails undeclared, out-of-range and missing required values, and a default outside its range', () => {
    const { ctx } = check(
      edited(GOOD_ALGO, r => {
        r.TrainingSpecification.SupportedHyperParameters[1].DefaultValue = '5'
        r.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.HyperParameters = {
          optimizer: 'rmsprop',
          batch: '32'
        }
      }),
      'algorithm-request'
    )
    const at =
      '`ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.HyperParameters`'
    expect(errors(ctx, 'hyperparameters')).toEqual([
      'The default of the hyperparameter "learning_rate" is "5", which is outside its range 0.0001 to 1.',
      `${at} sets "optimizer" to "rmsprop", which is not one of its values sgd, adam.`,
      `${at} sets "batch", which \`TrainingSpecification.SupportedHyperParameters\` does not declare (epochs, learning_rate, optimizer).`,
      `${at} does not set "epochs", which \`SupportedHyperParameters\` marks IsRequired.`
    ])
  })

  it('fails a value that is not of its type', () => {
    const { ctx } = check(
      edited(GOOD_ALGO, r => {
        r.ValidationSpecification.ValidationProfiles[0].TrainingJobDefinition.HyperParameters.epochs =
          '2.5'
      }),
      'algorithm-request'
    )
    expect(errors(ctx, 'hyperparameters')).toEqual([
      expect.stringContaining('sets "epochs" to "2.5", which is not an integer (Type Integer)')
    ])
  })
})

describe('metric-definitions', () => {
  it('fails a regex that does not compile and one without a capturing group', () => {
    const { ctx } = check(
      edited(GOOD_ALGO, r => {
        r.TrainingSpecification.MetricDefinitions = [
          { Name: 'bad', Regex: 'loss=([0-9.]+' },
          { Name: 'nogroup', Regex: 'loss=[0-9.]+' },
          { Name: 'named', Regex: 'acc=(?P<value>[0-9.]+)' }
        ]
      }),
      'algorithm-request'
    )
    expect(errors(ctx, 'metric-definitions')).toEqual([
      '`TrainingSpecification.MetricDefinitions[0].Regex` for "bad" does not compile: /loss=([0-9.]+/: Unterminated group.',
      '`TrainingSpecification.MetricDefinitions[1].Regex` for "nogroup" has no capturing group; SageMaker reads the metric\'s value from the first group, as in "loss=([0-9.]+)".'
    ])
  })
})

describe('the resource rules on the request', () => {
  it('fails certify-for-marketplace, validation-spec, builtin-algorithm, image-uri and same-region', () => {
    const { ctx } = check(
      edited(GOOD_MODEL, r => {
        r.CertifyForMarketplace = false
        delete r.ValidationSpecification
        r.InferenceSpecification.Containers.push(
          { Image: '257758044811.dkr.ecr.us-east-2.amazonaws.com/sagemaker-xgboost:1.7-1' },
          { Image: 'docker.io/library/python:3.12' },
          { Image: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/demo-model:1' }
        )
      }),
      'model-package-request',
      { region: 'us-east-2' }
    )
    const label = /^The model package request request-\d+\.json \(`model-package-request`\)/
    expect(errors(ctx, 'certify-for-marketplace')).toEqual([expect.stringMatching(label)])
    expect(errors(ctx, 'validation-spec')).toEqual([
      expect.stringMatching(/has no ValidationSpecification/)
    ])
    expect(errors(ctx, 'builtin-algorithm')).toEqual([
      expect.stringContaining('the SageMaker built-in algorithm "xgboost"')
    ])
    expect(errors(ctx, 'image-uri')).toEqual([
      expect.stringContaining('"docker.io/library/python:3.12"')
    ])
    expect(errors(ctx, 'same-region')).toEqual([
      expect.stringMatching(
        /inference container 4 .* is in eu-west-1, but the publishing Region \(from `region`\) is us-east-2/
      )
    ])
  })
})

describe('the request phase in a run', () => {
  it('reports the request rules in the report, with the AWS and smoke-test phases off', async () => {
    const { preflight } = await import('../../src/run/engine.js')
    const bad = edited(GOOD_MODEL, r => {
      r.InferenceSpecification.SupportedContentTypes = ['application/json']
    })
    const { inputs, log } = testContext({
      'model-package-request': writeRequest(bad),
      'aws-checks': 'false',
      'smoke-test': 'false'
    })
    const report = await preflight(inputs, { log, env: {}, payloads: [] })
    expect(report.result).toBe('fail')
    expect(report.checks.filter(c => REQUEST_RULES.includes(c.rule)).map(c => c.status)).toEqual([
      'pass',
      'pass',
      'fail',
      'pass',
      'pass'
    ])
    expect(report.findings.map(f => [f.rule, f.file])).toEqual([
      ['content-types', 'model-package-request']
    ])
    expect(report.region?.region).toBe('us-east-2')
  })
})

describe('same-region for the S3 locations of a request (with credentials)', () => {
  it('locates each bucket once and fails the one outside the publishing Region', async () => {
    const s3 = mockClient(S3Client)
    const asked: string[] = []
    s3.on(HeadBucketCommand).callsFake(async ({ Bucket }: { Bucket: string }) => {
      asked.push(Bucket)
      return { BucketRegion: Bucket.startsWith('demo-models') ? 'eu-west-1' : 'us-east-2' }
    })
    try {
      const { ctx, refs } = check(GOOD_MODEL)
      await checkRequestData(ctx, refs)
      expect(asked.sort()).toEqual(['demo-models-us-east-2', 'demo-validation-us-east-2'])
      expect(errors(ctx, 'same-region')).toEqual([
        'The model data of inference container 1 (s3://demo-models-us-east-2/demo/model.tar.gz) (`model-package-request`) is in eu-west-1, but the publishing Region (from `model-package-request`) is us-east-2.'
      ])
    } finally {
      s3.restore()
    }
  })
})
