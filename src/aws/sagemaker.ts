// Reads a model package or algorithm from SageMaker, in the Region its ARN names, once per run.

import type { RunContext } from '../context.js'
import {
  algorithmView,
  modelPackageView,
  type ResourceKind,
  type ResourceView
} from '../resource-rules.js'
import { clientsFor } from './clients.js'

// one description per resource and run, however many places ask (the prefetch, the checks)
const described = new WeakMap<RunContext, Map<string, Promise<ResourceView>>>()

export function describeResource(
  ctx: RunContext,
  kind: ResourceKind,
  arn: string
): Promise<ResourceView> {
  let cache = described.get(ctx)
  if (!cache) described.set(ctx, (cache = new Map()))
  const key = `${kind} ${arn}`
  let view = cache.get(key)
  if (!view) cache.set(key, (view = describe(ctx, kind, arn)))
  return view
}

async function describe(ctx: RunContext, kind: ResourceKind, arn: string): Promise<ResourceView> {
  const { DescribeAlgorithmCommand, DescribeModelPackageCommand } =
    await import('@aws-sdk/client-sagemaker')
  const client = await clientsFor(ctx).sagemaker(arn.split(':')[3])
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
}
