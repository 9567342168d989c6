// Reads a model package or algorithm from SageMaker, in the Region its ARN names.

import type { RunContext } from '../context.js'
import {
  algorithmView,
  modelPackageView,
  type ResourceKind,
  type ResourceView
} from '../resource-rules.js'
import { VERSION } from '../version.js'

export async function describeResource(
  ctx: RunContext,
  kind: ResourceKind,
  arn: string
): Promise<ResourceView> {
  const { SageMakerClient, DescribeAlgorithmCommand, DescribeModelPackageCommand } =
    await import('@aws-sdk/client-sagemaker')
  const client = new SageMakerClient({
    region: arn.split(':')[3],
    maxAttempts: 4,
    retryMode: 'standard',
    customUserAgent: `marketplace-ml-preflight/${VERSION}`
  })
  try {
    if (kind === 'model-package') {
      const out = await client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }), {
        abortSignal: ctx.signal
      })
      return modelPackageView(arn, out)
    }
    const out = await client.send(new DescribeAlgorithmCommand({ AlgorithmName: arn }), {
      abortSignal: ctx.signal
    })
    return algorithmView(arn, out)
  } finally {
    client.destroy()
  }
}
