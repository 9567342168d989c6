// Smoke-test phase: run the real container offline, as SageMaker would.

import type { RunContext } from '../context.js'
import type { StaticResult } from '../static-checks.js'

export async function runSmokeTests(ctx: RunContext, _refs: StaticResult): Promise<void> {
  const reason =
    ctx.inputs.smokeTest === 'false'
      ? '`smoke-test` is false'
      : 'the smoke test is not implemented yet'
  ctx.findings.skipPhase('serve', reason)
  if (ctx.inputs.batch) ctx.findings.skipPhase('batch', reason)
  if (ctx.inputs.trainingImage || ctx.inputs.localTrainingImage)
    ctx.findings.skipPhase('training', reason)
}
