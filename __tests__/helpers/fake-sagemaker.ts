// A publishable model package as DescribeModelPackage returns it (JSON 1.1), for wire-level tests.

export const ACCOUNT = '111122223333'
export const MODEL_PACKAGE_ARN = `arn:aws:sagemaker:us-east-2:${ACCOUNT}:model-package/my-model/1`

export function modelPackageBody(image: string, arn = MODEL_PACKAGE_ARN): Record<string, unknown> {
  return {
    ModelPackageName: 'my-model',
    ModelPackageArn: arn,
    CreationTime: 0,
    ModelPackageStatus: 'Completed',
    CertifyForMarketplace: true,
    InferenceSpecification: {
      Containers: [{ Image: image, ModelDataUrl: 's3://my-models/model.tar.gz' }],
      SupportedContentTypes: ['text/csv'],
      SupportedResponseMIMETypes: ['text/csv']
    },
    ValidationSpecification: {
      ValidationRole: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
      ValidationProfiles: [
        {
          ProfileName: 'validation',
          TransformJobDefinition: {
            TransformInput: {
              DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://my-data/in/' } }
            },
            TransformOutput: { S3OutputPath: 's3://my-data/out/' },
            TransformResources: { InstanceType: 'ml.m5.large', InstanceCount: 1 }
          }
        }
      ]
    },
    ModelPackageStatusDetails: {
      ValidationStatuses: [{ Name: 'validation', Status: 'Completed' }],
      ImageScanStatuses: [{ Name: image, Status: 'Completed' }]
    }
  }
}
