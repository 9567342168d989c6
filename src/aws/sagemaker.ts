// Reads a model package or algorithm from SageMaker, in the Region its ARN names, once per run.

import type {
  DescribeAlgorithmCommandOutput,
  DescribeModelPackageCommandOutput
} from '@aws-sdk/client-sagemaker'
import type { RunContext } from '../core/context.js'
import {
  algorithmView,
  modelPackageView,
  type ResourceKind,
  type ResourceView
} from './resource-rules.js'
import { clientsFor } from './clients.js'

/** What SageMaker answered (the validation replay reads its specifications) and the rules' view of it. */
export interface Described {
  view: ResourceView
  output: DescribeModelPackageCommandOutput | DescribeAlgorithmCommandOutput
}

// one description per resource and run, however many places ask (the prefetch, the checks, the replay)
const described = new WeakMap<RunContext, Map<string, Promise<Described>>>()

export async function describeResource(
  ctx: RunContext,
  kind: ResourceKind,
  arn: string
): Promise<ResourceView> {
  return (await describedResource(ctx, kind, arn)).view
}

export function describedResource(
  ctx: RunContext,
  kind: ResourceKind,
  arn: string
): Promise<Described> {
  let cache = described.get(ctx)
  if (!cache) described.set(ctx, (cache = new Map()))
  const key = `${kind} ${arn}`
  let found = cache.get(key)
  if (!found) cache.set(key, (found = describe(ctx, kind, arn)))
  return found
}

async function describe(ctx: RunContext, kind: ResourceKind, arn: string): Promise<Described> {
  const { DescribeAlgorithmCommand, DescribeModelPackageCommand } =
    await import('@aws-sdk/client-sagemaker')
  const client = await clientsFor(ctx).sagemaker(arn.split(':')[3])
  if (kind === 'model-package') {
    const output = await client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }), {
      abortSignal: ctx.signal
    })
    return { view: modelPackageView(arn, output), output }
  }
  const output = await client.send(new DescribeAlgorithmCommand({ AlgorithmName: arn }), {
    abortSignal: ctx.signal
  })
  return { view: algorithmView(arn, output), output }
}
