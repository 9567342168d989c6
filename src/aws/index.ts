// AWS phase: registry checks on every ECR image, then the SageMaker resources named by ARN.

import type { RunContext } from '../context.js'
import type { StaticResult } from '../static-checks.js'

export async function runAwsChecks(ctx: RunContext, _refs: StaticResult): Promise<void> {
  ctx.findings.skipPhase('registry', 'registry checks are not implemented yet')
  if (ctx.inputs.modelPackageArn || ctx.inputs.algorithmArn) {
    ctx.findings.skipPhase('resource', 'resource checks are not implemented yet')
  }
}
