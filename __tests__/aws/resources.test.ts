import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import {
  DescribeAlgorithmCommand,
  DescribeModelPackageCommand,
  SageMakerClient,
  type DescribeAlgorithmCommandOutput,
  type DescribeModelPackageCommandOutput,
  type InferenceSpecification,
  type ModelPackageContainerDefinition
} from '@aws-sdk/client-sagemaker'
import { HeadBucketCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3'
import { SageMakerServiceException } from '@aws-sdk/client-sagemaker'
import { mockClient } from 'aws-sdk-client-mock'
import { runResourceChecks, type CheckImage } from '../../src/aws/resources.js'
import type { RuleId } from '../../src/catalog/rules.js'
import type { RunContext } from '../../src/core/context.js'
import type { EcrImageRef } from '../../src/image/ref.js'
import { testContext } from '../helpers/context.js'

const ACCOUNT = '111122223333'
const MP_ARN = `arn:aws:sagemaker:us-east-2:${ACCOUNT}:model-package/my-model/1`
const ALGO_ARN = `arn:aws:sagemaker:us-east-2:${ACCOUNT}:algorithm/my-algo`
const REGISTRY = `${ACCOUNT}.dkr.ecr.us-east-2.amazonaws.com`
const IMAGE = `${REGISTRY}/my-model:1.0`
const DIGEST = `sha256:${'b'.repeat(64)}`

const sagemaker = mockClient(SageMakerClient)
const s3 = mockClient(S3Client)
let checkImage: jest.Mock<CheckImage>

function transformJob(input: string, output: string) {
  return {
    TransformInput: {
      DataSource: { S3DataSource: { S3DataType: 'S3Prefix' as const, S3Uri: input } }
    },
    TransformOutput: { S3OutputPath: output },
    TransformResources: { InstanceType: 'ml.m5.large' as const, InstanceCount: 1 }
  }
}

/** An inference specification with these containers, taking and returning CSV. */
function inference(...Containers: ModelPackageContainerDefinition[]): InferenceSpecification {
  return {
    Containers,
    SupportedTransformInstanceTypes: ['ml.m5.xlarge'],
    SupportedRealtimeInferenceInstanceTypes: ['ml.m5.xlarge'],
    SupportedContentTypes: ['text/csv'],
    SupportedResponseMIMETypes: ['text/csv']
  }
}

function modelPackage(
  extra: Partial<DescribeModelPackageCommandOutput> = {}
): DescribeModelPackageCommandOutput {
  return {
    $metadata: {},
    ModelPackageName: 'my-model',
    ModelPackageArn: MP_ARN,
    CreationTime: new Date(0),
    ModelPackageStatus: 'Completed',
    CertifyForMarketplace: true,
    InferenceSpecification: inference({
      Image: IMAGE,
      ImageDigest: DIGEST,
      ModelDataUrl: 's3://my-models/model.tar.gz'
    }),
    ValidationSpecification: {
      ValidationRole: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
      ValidationProfiles: [
        {
          ProfileName: 'validation',
          TransformJobDefinition: transformJob('s3://my-validation/in/', 's3://my-validation/out/')
        }
      ]
    },
    ModelPackageStatusDetails: {
      ValidationStatuses: [{ Name: 'validation', Status: 'Completed' }],
      ImageScanStatuses: [{ Name: IMAGE, Status: 'Completed' }]
    },
    ...extra
  }
}

function algorithm(
  extra: Partial<DescribeAlgorithmCommandOutput> = {}
): DescribeAlgorithmCommandOutput {
  return {
    $metadata: {},
    AlgorithmName: 'my-algo',
    AlgorithmArn: ALGO_ARN,
    CreationTime: new Date(0),
    AlgorithmStatus: 'Completed',
    CertifyForMarketplace: true,
    TrainingSpecification: {
      TrainingImage: `${REGISTRY}/my-train@${DIGEST}`,
      SupportedTrainingInstanceTypes: ['ml.m5.large'],
      TrainingChannels: [
        { Name: 'training', SupportedContentTypes: ['text/csv'], SupportedInputModes: ['File'] }
      ]
    },
    InferenceSpecification: inference({ Image: `${REGISTRY}/my-serve@${DIGEST}` }),
    ValidationSpecification: {
      ValidationRole: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
      ValidationProfiles: [
        {
          ProfileName: 'validation',
          TrainingJobDefinition: {
            TrainingInputMode: 'File',
            InputDataConfig: [
              {
                ChannelName: 'training',
                DataSource: {
                  S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://my-validation/train/' }
                }
              }
            ],
            OutputDataConfig: { S3OutputPath: 's3://my-validation/model/' },
            ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 10 },
            StoppingCondition: { MaxRuntimeInSeconds: 3600 }
          },
          TransformJobDefinition: transformJob('s3://my-validation/in/', 's3://my-validation/out/')
        }
      ]
    },
    AlgorithmStatusDetails: {
      ValidationStatuses: [{ Name: 'validation', Status: 'Completed' }],
      ImageScanStatuses: [{ Name: 'my-train', Status: 'Completed' }]
    },
    ...extra
  }
}

async function run(
  out: DescribeModelPackageCommandOutput,
  inputs: Record<string, string> = {}
): Promise<RunContext> {
  sagemaker.on(DescribeModelPackageCommand).resolves(out)
  const ctx = testContext({ 'model-package-arn': MP_ARN, ...inputs })
  await runResourceChecks(ctx, { region: 'us-east-2' }, checkImage)
  return ctx
}

function messages(ctx: RunContext, rule: string): string[] {
  return ctx.findings
    .allFindings()
    .filter(f => f.rule === rule)
    .map(f => f.message)
}

function serviceError<T>(
  Base: new (o: never) => T,
  name: string,
  message: string,
  status: number
): T {
  return new Base({
    name,
    message,
    $fault: 'client',
    $metadata: { httpStatusCode: status }
  } as never)
}

beforeEach(() => {
  sagemaker.reset()
  s3.reset()
  s3.on(HeadBucketCommand).resolves({ BucketRegion: 'us-east-2' })
  checkImage = jest.fn<CheckImage>(async () => undefined)
})

describe('runResourceChecks: model package', () => {
  it('passes a publishable model package on every resource rule and same-region', async () => {
    const ctx = await run(modelPackage())
    for (const rule of [
      'certify-for-marketplace',
      'validation-spec',
      'builtin-algorithm',
      'resource-status',
      'same-region'
    ] satisfies RuleId[]) {
      expect([rule, ctx.findings.status(rule)]).toEqual([rule, 'pass'])
    }
    expect(ctx.findings.allFindings()).toEqual([])
  })

  it('locates the buckets while the image is being checked', async () => {
    let imageDone = false
    checkImage = jest.fn<CheckImage>(async () => {
      await new Promise(r => setTimeout(r, 30))
      imageDone = true
    })
    const seenDuringImage: boolean[] = []
    s3.on(HeadBucketCommand).callsFake(async () => {
      seenDuringImage.push(!imageDone)
      return { BucketRegion: 'us-east-2' }
    })
    const ctx = await run(modelPackage())
    expect(seenDuringImage).toEqual([true, true]) // my-models and my-validation
    expect(imageDone).toBe(true) // and the run waited for the image
    expect(ctx.findings.status('same-region')).toBe('pass')
  })

  it('describes the ARN in its own Region', async () => {
    await run(modelPackage())
    const call = sagemaker.commandCalls(DescribeModelPackageCommand)[0]
    expect(call.args[0].input).toEqual({ ModelPackageName: MP_ARN })
    expect(await sagemaker.call(0).thisValue.config.region()).toBe('us-east-2')
  })

  it('sends each container image to the registry checks, pinned to the digest SageMaker resolved', async () => {
    await run(modelPackage())
    expect(checkImage).toHaveBeenCalledTimes(1)
    const [ref, input, what] = checkImage.mock.calls[0] as [EcrImageRef, string, string]
    expect(ref).toMatchObject({
      registryId: ACCOUNT,
      region: 'us-east-2',
      repository: 'my-model',
      tag: '1.0',
      digest: DIGEST,
      uri: `${IMAGE}@${DIGEST}`
    })
    expect(input).toBe('model-package-arn')
    expect(what).toBe("the model package's inference container 1")
  })

  it('does not check again an image the `image` input already sent to the registry checks', async () => {
    sagemaker.on(DescribeModelPackageCommand).resolves(modelPackage())
    const ctx = testContext({ 'model-package-arn': MP_ARN })
    const image = { uri: `${IMAGE}@${DIGEST}` } as EcrImageRef
    await runResourceChecks(ctx, { region: 'us-east-2', image }, checkImage)
    expect(checkImage).not.toHaveBeenCalled()
  })

  it('records the resource in the facts', async () => {
    const ctx = await run(modelPackage())
    expect(ctx.facts.resources).toEqual([
      {
        arn: MP_ARN,
        kind: 'model-package',
        status: 'Completed',
        certifyForMarketplace: true,
        images: [`${IMAGE}@${DIGEST}`],
        servingImage: `${IMAGE}@${DIGEST}`,
        servingModelData: 's3://my-models/model.tar.gz',
        servingContainers: 1,
        validationProfiles: ['validation'],
        data: [
          {
            what: 'the model data of inference container 1',
            uri: 's3://my-models/model.tar.gz',
            region: 'us-east-2'
          },
          {
            what: 'the transform input of validation profile validation',
            uri: 's3://my-validation/in/',
            region: 'us-east-2'
          },
          {
            what: 'the transform output of validation profile validation',
            uri: 's3://my-validation/out/',
            region: 'us-east-2'
          }
        ]
      }
    ])
  })

  it('asks S3 once per bucket', async () => {
    await run(modelPackage())
    expect(s3.commandCalls(HeadBucketCommand).map(c => c.args[0].input.Bucket)).toEqual([
      'my-models',
      'my-validation'
    ])
  })

  it('fails certify-for-marketplace when CertifyForMarketplace is false', async () => {
    const ctx = await run(modelPackage({ CertifyForMarketplace: false }))
    expect(messages(ctx, 'certify-for-marketplace')).toEqual([
      expect.stringContaining(`${MP_ARN} has CertifyForMarketplace false`)
    ])
  })

  it('fails validation-spec when there is no validation profile', async () => {
    const ctx = await run(modelPackage({ ValidationSpecification: undefined }))
    expect(messages(ctx, 'validation-spec')).toEqual([
      expect.stringContaining('has no ValidationSpecification')
    ])
  })

  it('fails builtin-algorithm for an image in a built-in algorithm registry, without registry checks', async () => {
    const builtin = '257758044811.dkr.ecr.us-east-2.amazonaws.com/sagemaker-xgboost:1.7-1'
    const ctx = await run(
      modelPackage({
        InferenceSpecification: inference({
          Image: builtin,
          ModelDataUrl: 's3://my-models/model.tar.gz'
        })
      })
    )
    expect(messages(ctx, 'builtin-algorithm')).toEqual([
      expect.stringContaining(
        'the SageMaker built-in algorithm "xgboost" in account 257758044811, a registry AWS owns'
      )
    ])
    expect(checkImage).not.toHaveBeenCalled()
  })

  it("fails builtin-algorithm for a source algorithm in AWS Marketplace's account", async () => {
    const ctx = await run(
      modelPackage({
        InferenceSpecification: undefined,
        SourceAlgorithmSpecification: {
          SourceAlgorithms: [
            {
              AlgorithmName: 'arn:aws:sagemaker:us-east-2:057799348421:algorithm/some-product-abc',
              ModelDataUrl: 's3://my-models/model.tar.gz'
            }
          ]
        }
      })
    )
    expect(messages(ctx, 'builtin-algorithm')).toEqual([
      expect.stringContaining(
        "owned by account 057799348421 (AWS Marketplace's account in us-east-2): a subscribed Marketplace algorithm"
      )
    ])
  })

  it('passes builtin-algorithm for a source algorithm named without an ARN (same account)', async () => {
    sagemaker.on(DescribeAlgorithmCommand).resolves(algorithm())
    const ctx = await run(
      modelPackage({
        SourceAlgorithmSpecification: { SourceAlgorithms: [{ AlgorithmName: 'my-algo' }] }
      })
    )
    expect(ctx.findings.status('builtin-algorithm')).toBe('pass')
  })

  it("checks the seller's source algorithm's inference images and serves the first", async () => {
    sagemaker.on(DescribeAlgorithmCommand).resolves(algorithm())
    const ctx = await run(
      modelPackage({
        InferenceSpecification: undefined,
        SourceAlgorithmSpecification: {
          SourceAlgorithms: [{ AlgorithmName: 'my-algo', ModelDataUrl: 's3://my-models/a.tar.gz' }]
        }
      })
    )
    const call = sagemaker.commandCalls(DescribeAlgorithmCommand)[0]
    expect(call.args[0].input).toEqual({ AlgorithmName: ALGO_ARN })
    // the inference image only: the package never runs the algorithm's training image
    expect(checkImage.mock.calls.map(c => [(c[0] as EcrImageRef).uri, c[2]])).toEqual([
      [`${REGISTRY}/my-serve@${DIGEST}`, "the source algorithm my-algo's inference container 1"]
    ])
    expect(ctx.facts.resources[0]).toMatchObject({
      images: [`${REGISTRY}/my-serve@${DIGEST}`],
      servingImage: `${REGISTRY}/my-serve@${DIGEST}`,
      servingModelData: 's3://my-models/a.tar.gz'
    })
    expect(ctx.findings.allFindings()).toEqual([])
  })

  it('does not describe a source algorithm the seller does not own', async () => {
    await run(
      modelPackage({
        SourceAlgorithmSpecification: {
          SourceAlgorithms: [
            { AlgorithmName: 'arn:aws:sagemaker:us-east-2:057799348421:algorithm/product-abc' }
          ]
        }
      })
    )
    expect(sagemaker.commandCalls(DescribeAlgorithmCommand)).toHaveLength(0)
  })

  it('warns when the source algorithm cannot be read, naming the missing permission', async () => {
    sagemaker
      .on(DescribeAlgorithmCommand)
      .rejects(
        serviceError(SageMakerServiceException, 'AccessDeniedException', 'not authorized', 400)
      )
    const ctx = await run(
      modelPackage({
        SourceAlgorithmSpecification: { SourceAlgorithms: [{ AlgorithmName: 'my-algo' }] }
      })
    )
    expect(ctx.findings.status('resource-status')).toBe('warn')
    expect(messages(ctx, 'resource-status')).toEqual([
      expect.stringMatching(
        /trained with the algorithm my-algo, which could not be read.*sagemaker:DescribeAlgorithm/s
      )
    ])
    expect(checkImage).toHaveBeenCalledTimes(1) // the package's own image still is
  })

  it('fails builtin-algorithm for a container with a Marketplace product id', async () => {
    const ctx = await run(
      modelPackage({
        InferenceSpecification: inference({ Image: IMAGE, ProductId: 'prod-abc123' })
      })
    )
    expect(messages(ctx, 'builtin-algorithm')).toEqual([
      expect.stringContaining('carries the Marketplace product id prod-abc123')
    ])
  })

  it('fails same-region when the model data bucket is in another Region', async () => {
    s3.on(HeadBucketCommand, { Bucket: 'my-models' }).resolves({ BucketRegion: 'eu-west-1' })
    const ctx = await run(modelPackage())
    expect(messages(ctx, 'same-region')).toEqual([
      'The model data of inference container 1 (s3://my-models/model.tar.gz) (`model-package-arn`) is in eu-west-1, but the publishing Region (from `model-package-arn`) is us-east-2.'
    ])
  })

  it('fails same-region when a container image is in another Region', async () => {
    const ctx = await run(
      modelPackage({
        InferenceSpecification: inference({
          Image: `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/my-model@${DIGEST}`
        })
      })
    )
    expect(messages(ctx, 'same-region')).toEqual([
      expect.stringContaining('inference container 1 image (`model-package-arn`) is in us-west-2')
    ])
  })

  it('warns on same-region, naming s3:ListBucket, when S3 refuses to say where a bucket is', async () => {
    s3.on(HeadBucketCommand, { Bucket: 'my-validation' }).rejects(
      serviceError(S3ServiceException, 'Forbidden', 'Forbidden', 403)
    )
    const ctx = await run(modelPackage())
    const found = ctx.findings.allFindings().filter(f => f.rule === 'same-region')
    expect(found).toHaveLength(2)
    expect(found[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('allow s3:ListBucket on arn:aws:s3:::my-validation')
    })
  })

  it('fails resource-status when a bucket the resource names does not exist', async () => {
    s3.on(HeadBucketCommand, { Bucket: 'my-models' }).rejects(
      serviceError(S3ServiceException, 'NotFound', 'NotFound', 404)
    )
    const ctx = await run(modelPackage())
    expect(messages(ctx, 'resource-status')).toEqual([
      expect.stringContaining(
        's3://my-models/model.tar.gz, but the bucket my-models does not exist'
      )
    ])
  })

  it('fails resource-status with the failure reason of a failed validation', async () => {
    const ctx = await run(
      modelPackage({
        ModelPackageStatus: 'Failed',
        ModelPackageStatusDetails: {
          ValidationStatuses: [
            {
              Name: 'validation',
              Status: 'Failed',
              FailureReason: 'Transform job failed: ClientError: /invocations returned 500'
            }
          ],
          ImageScanStatuses: [{ Name: IMAGE, Status: 'Completed' }]
        }
      })
    )
    expect(messages(ctx, 'resource-status')).toEqual([
      `The model package ${MP_ARN} is Failed, not Completed.`,
      'Validation of validation failed: "Transform job failed: ClientError: /invocations returned 500".'
    ])
  })

  it('fails resource-status while validation is in progress', async () => {
    const ctx = await run(modelPackage({ ModelPackageStatus: 'InProgress' }))
    expect(messages(ctx, 'resource-status')).toEqual([
      `The model package ${MP_ARN} is InProgress, not Completed: wait for validation to finish.`
    ])
  })

  it('fails resource-status with the reason of a failed image scan', async () => {
    const ctx = await run(
      modelPackage({
        ModelPackageStatusDetails: {
          ValidationStatuses: [{ Name: 'validation', Status: 'Completed' }],
          ImageScanStatuses: [{ Name: IMAGE, Status: 'Failed', FailureReason: 'CVE-2024-0001' }]
        }
      })
    )
    expect(messages(ctx, 'resource-status')).toEqual([
      `The image scan of ${IMAGE} failed: "CVE-2024-0001".`
    ])
  })

  it('warns, not fails, when a certified, Completed model package reports no image scan', async () => {
    const ctx = await run(
      modelPackage({
        ModelPackageStatusDetails: {
          ValidationStatuses: [{ Name: 'validation', Status: 'Completed' }]
        }
      })
    )
    const found = ctx.findings.allFindings().filter(f => f.rule === 'resource-status')
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('SageMaker reported no image scan')
      })
    ])
    expect(ctx.findings.status('resource-status')).toBe('warn')
  })

  it('fails resource-status when an uncertified model package has no image scan status', async () => {
    const ctx = await run(
      modelPackage({
        CertifyForMarketplace: false,
        ModelPackageStatusDetails: {
          ValidationStatuses: [{ Name: 'validation', Status: 'Completed' }]
        }
      })
    )
    expect(messages(ctx, 'resource-status')).toEqual([
      expect.stringContaining('has no image scan status')
    ])
    expect(ctx.findings.status('resource-status')).toBe('fail')
  })

  it('reports a container image that is not in ECR under image-uri', async () => {
    const ctx = await run(
      modelPackage({
        InferenceSpecification: inference({ Image: 'docker.io/library/python:3.12' })
      })
    )
    expect(messages(ctx, 'image-uri')).toEqual([
      expect.stringContaining(
        'The model package\'s inference container 1 "docker.io/library/python:3.12" is a Docker Hub image'
      )
    ])
  })

  it('names the ARN and the expected form when the model package does not exist', async () => {
    sagemaker
      .on(DescribeModelPackageCommand)
      .rejects(
        serviceError(
          SageMakerServiceException,
          'ValidationException',
          `ModelPackage ${MP_ARN} does not exist.`,
          400
        )
      )
    const ctx = testContext({ 'model-package-arn': MP_ARN })
    await runResourceChecks(ctx, { region: 'us-east-2' }, checkImage)
    expect(messages(ctx, 'resource-status')).toEqual([
      expect.stringMatching(
        /^The model package arn:\S+ was not found .*form arn:aws:sagemaker:REGION:ACCOUNT:model-package\/NAME\[\/VERSION\]/
      )
    ])
    expect(ctx.findings.status('certify-for-marketplace')).toBe('skip')
  })

  it('names sagemaker:DescribeModelPackage when access is denied', async () => {
    sagemaker
      .on(DescribeModelPackageCommand)
      .rejects(
        serviceError(SageMakerServiceException, 'AccessDeniedException', 'not authorized', 400)
      )
    const ctx = testContext({ 'model-package-arn': MP_ARN })
    await runResourceChecks(ctx, { region: 'us-east-2' }, checkImage)
    expect(messages(ctx, 'resource-status')).toEqual([
      expect.stringContaining('Allow `sagemaker:DescribeModelPackage` in the IAM policy')
    ])
  })
})

describe('runResourceChecks: algorithm', () => {
  async function runAlgorithm(out: DescribeAlgorithmCommandOutput): Promise<RunContext> {
    sagemaker.on(DescribeAlgorithmCommand).resolves(out)
    const ctx = testContext({ 'algorithm-arn': ALGO_ARN })
    await runResourceChecks(ctx, { region: 'us-east-2' }, checkImage)
    return ctx
  }

  it('passes a publishable algorithm on every resource rule', async () => {
    const ctx = await runAlgorithm(algorithm())
    expect(ctx.findings.allFindings()).toEqual([])
    expect(ctx.findings.status('validation-spec')).toBe('pass')
  })

  it('sends the training and the inference image to the registry checks', async () => {
    await runAlgorithm(algorithm())
    expect(checkImage.mock.calls.map(c => [(c[0] as EcrImageRef).repository, c[2]])).toEqual([
      ['my-train', "the algorithm's training image"],
      ['my-serve', "the algorithm's inference container 1"]
    ])
  })

  it('fails validation-spec when the algorithm has no inference specification', async () => {
    const ctx = await runAlgorithm(algorithm({ InferenceSpecification: undefined }))
    expect(messages(ctx, 'validation-spec')).toEqual([
      expect.stringContaining('has no InferenceSpecification')
    ])
  })

  it('fails validation-spec naming the empty parts of the inference specification', async () => {
    const ctx = await runAlgorithm(
      algorithm({
        InferenceSpecification: {
          ...inference({ Image: `${REGISTRY}/my-serve@${DIGEST}` }),
          SupportedRealtimeInferenceInstanceTypes: []
        }
      })
    )
    expect(messages(ctx, 'validation-spec')).toEqual([
      expect.stringContaining(
        'has no InferenceSpecification.SupportedRealtimeInferenceInstanceTypes: it cannot be listed for inference'
      )
    ])
  })

  it('fails validation-spec when no profile trains the algorithm', async () => {
    const ctx = await runAlgorithm(
      algorithm({
        ValidationSpecification: {
          ValidationRole: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
          ValidationProfiles: []
        }
      })
    )
    expect(messages(ctx, 'validation-spec')).toEqual([
      expect.stringContaining('no validation profile with a TrainingJobDefinition'),
      expect.stringContaining('no validation profile with a TransformJobDefinition')
    ])
  })

  it('names sagemaker:DescribeAlgorithm when access is denied', async () => {
    sagemaker
      .on(DescribeAlgorithmCommand)
      .rejects(
        serviceError(SageMakerServiceException, 'AccessDeniedException', 'not authorized', 400)
      )
    const ctx = testContext({ 'algorithm-arn': ALGO_ARN })
    await runResourceChecks(ctx, { region: 'us-east-2' }, checkImage)
    expect(messages(ctx, 'resource-status')).toEqual([
      expect.stringContaining('Allow `sagemaker:DescribeAlgorithm` in the IAM policy')
    ])
  })
})
