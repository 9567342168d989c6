// GET /execution-parameters: the batch-transform settings a container may suggest, checked against
// the limits of CreateTransformJob (MaxConcurrentTransforms × MaxPayloadInMB ≤ 100 MB).

export interface ExecutionParametersVerdict {
  errors: string[]
  warnings: string[]
  value?: { MaxConcurrentTransforms?: number; BatchStrategy?: string; MaxPayloadInMB?: number }
}

const STRATEGIES = ['MULTI_RECORD', 'SINGLE_RECORD']
// SageMaker Python SDK local mode spells them MultiRecord / SingleRecord
const SDK_SPELLING: Record<string, string> = {
  MultiRecord: 'MULTI_RECORD',
  SingleRecord: 'SINGLE_RECORD'
}

export function checkExecutionParameters(body: string): ExecutionParametersVerdict {
  const errors: string[] = []
  const warnings: string[] = []
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return { errors: [`the body is not JSON: "${body.slice(0, 200)}"`], warnings }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { errors: [`the body is not a JSON object: ${body.slice(0, 200)}`], warnings }
  }
  const p = parsed as Record<string, unknown>
  const mct = p.MaxConcurrentTransforms
  const mpm = p.MaxPayloadInMB
  const strategy = p.BatchStrategy
  if (mct !== undefined && !(Number.isInteger(mct) && (mct as number) >= 1)) {
    errors.push(`MaxConcurrentTransforms is ${JSON.stringify(mct)}; expected an integer ≥ 1`)
  }
  if (
    mpm !== undefined &&
    !(Number.isInteger(mpm) && (mpm as number) >= 0 && (mpm as number) <= 100)
  ) {
    errors.push(`MaxPayloadInMB is ${JSON.stringify(mpm)}; expected an integer from 0 to 100`)
  }
  if (strategy !== undefined) {
    if (typeof strategy === 'string' && SDK_SPELLING[strategy]) {
      warnings.push(
        `BatchStrategy is "${strategy}", the SageMaker Python SDK local-mode spelling; the CreateTransformJob API spells it "${SDK_SPELLING[strategy]}"`
      )
    } else if (typeof strategy !== 'string' || !STRATEGIES.includes(strategy)) {
      errors.push(
        `BatchStrategy is ${JSON.stringify(strategy)}; expected MULTI_RECORD or SINGLE_RECORD`
      )
    }
  }
  const concurrent = typeof mct === 'number' ? mct : 1
  const payload = typeof mpm === 'number' ? mpm : 6
  if (errors.length === 0 && concurrent * payload > 100) {
    errors.push(
      `MaxConcurrentTransforms × MaxPayloadInMB is ${concurrent} × ${payload} = ${concurrent * payload} MB; the limit is 100 MB`
    )
  }
  return {
    errors,
    warnings,
    value: {
      ...(typeof mct === 'number' ? { MaxConcurrentTransforms: mct } : {}),
      ...(typeof strategy === 'string' ? { BatchStrategy: strategy } : {}),
      ...(typeof mpm === 'number' ? { MaxPayloadInMB: mpm } : {})
    }
  }
}
