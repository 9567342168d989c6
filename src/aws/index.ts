// AWS phase: registry checks on every ECR image (src/aws/ecr.ts), the seller account and a live
// Region check (src/aws/account.ts) all at once, with the SageMaker resources named by ARN described
// alongside; their checks follow, so images already checked are not checked again.

import type { RunContext } from '../core/context.js'
import { pinnedTo } from '../image/ref.js'
import { InputError } from '../inputs/error.js'
import type { StaticResult } from '../core/phase.js'
import { confirmRegion, resolveSellerAccounts } from './account.js'
import { releaseClients } from './clients.js'
import { checkRegistryImage } from './ecr.js'
import { AwsCallError } from './errors.js'

export { checkRegistryImage, type SellerAccounts } from './ecr.js'

/**
 * Runs the AWS checks. Independent calls start together; later phases get the digests the checks
 * resolved (refs.image and refs.trainingImage are pinned), so the smoke test runs what was checked.
 */
export async function runAwsChecks(ctx: RunContext, refs: StaticResult): Promise<void> {
  try {
    const resources =
      ctx.inputs.modelPackageArn || ctx.inputs.algorithmArn
        ? await import('./resources.js')
        : undefined
    resources?.prefetchResources(ctx)
    const sellers = resolveSellerAccounts(ctx, refs.region)
    sellers.catch(() => undefined) // awaited by each image's ownership check, and below
    const tasks: Promise<unknown>[] = [sellers, confirmRegion(ctx, refs.region)]
    for (const [input, key] of [
      ['image', 'image'],
      ['training-image', 'trainingImage']
    ] as const) {
      const ref = refs[key]
      if (!ref) continue
      tasks.push(
        checkRegistryImage(ctx, ref, input, sellers).then(facts => {
          ctx.facts[key] = facts
          refs[key] = pinnedTo(ref, facts.digest)
        })
      )
    }
    const results = await Promise.allSettled(tasks)
    for (const r of results) {
      if (r.status === 'fulfilled') continue
      if (!(r.reason instanceof AwsCallError)) throw r.reason
      if (r.reason.problem.kind !== 'credentials') continue // recorded on its rule already
      if (ctx.inputs.awsChecks === 'true') {
        throw new InputError('aws-checks', `is true, but ${r.reason.message}`)
      }
      ctx.log.warning(r.reason.message)
      ctx.findings.skipPhase('registry', r.reason.problem.message)
      break
    }

    if (ctx.inputs.modelPackageRequest || ctx.inputs.algorithmRequest) {
      const { checkRequestData } = await import('./request-data.js')
      await checkRequestData(ctx, refs)
    }
    if (resources) {
      await resources.runResourceChecks(ctx, refs, (ref, input) =>
        checkRegistryImage(ctx, ref, input, sellers).catch(err => {
          if (!(err instanceof AwsCallError)) throw err // recorded on its rule already
        })
      )
    }
    ctx.findings.skipPhase('registry', 'no ECR image to check (`image` or `training-image`)')
  } finally {
    await releaseClients(ctx)
  }
}
