// GET /execution-parameters: the batch-transform settings a container may suggest, checked against
// the limits of CreateTransformJob (MaxConcurrentTransforms × MaxPayloadInMB ≤ 100 MB). Asked by the
// smoke test's batch run (the execution-parameters rule) and by the validation replay (the values
// its transform job leaves unset).

import {
  BodyTooLargeError,
  SMALL_ANSWER_BYTES,
  type Probe,
  type ProbeError
} from '../docker/probe.js'
import { fail, findingsOrPass, pass, type Verdict } from '../core/findings.js'
import { unlessAborted } from '../core/timing.js'
import {
  DEFAULT_BATCH_PAYLOAD_MB,
  DEFAULT_CONCURRENT_TRANSFORMS,
  MAX_BATCH_PAYLOAD_MB,
  MAX_CONCURRENT_PAYLOAD_MB
} from '../catalog/sagemaker-limits.js'

/** The answer's JSON read: the values it sets, and what CreateTransformJob rejects or warns of. */
export interface ExecutionParameters {
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

export function checkExecutionParameters(body: string): ExecutionParameters {
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
    !(Number.isInteger(mpm) && (mpm as number) >= 0 && (mpm as number) <= MAX_BATCH_PAYLOAD_MB)
  ) {
    errors.push(
      `MaxPayloadInMB is ${JSON.stringify(mpm)}; expected an integer from 0 to ${MAX_BATCH_PAYLOAD_MB}`
    )
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
  const concurrent = typeof mct === 'number' ? mct : DEFAULT_CONCURRENT_TRANSFORMS
  const payload = typeof mpm === 'number' ? mpm : DEFAULT_BATCH_PAYLOAD_MB
  if (errors.length === 0 && concurrent * payload > MAX_CONCURRENT_PAYLOAD_MB) {
    errors.push(
      `MaxConcurrentTransforms × MaxPayloadInMB is ${concurrent} × ${payload} = ${concurrent * payload} MB; the limit is ${MAX_CONCURRENT_PAYLOAD_MB} MB`
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

/** What GET /execution-parameters answered: its JSON read, 404 (none offered), or a fault. */
export type ExecutionParametersAnswer =
  | { kind: 'answered'; parameters: ExecutionParameters }
  | { kind: 'none' }
  | { kind: 'fault'; message: string }

const ASK_TIMEOUT_MS = 10000

/** Asks the serving container, as a transform job does once /ping answers. */
export async function askExecutionParameters(
  probe: Probe,
  signal: AbortSignal
): Promise<ExecutionParametersAnswer> {
  let r
  try {
    r = await unlessAborted(
      probe.request({
        method: 'GET',
        path: '/execution-parameters',
        timeoutMs: ASK_TIMEOUT_MS,
        maxBodyBytes: SMALL_ANSWER_BYTES
      }),
      signal
    )
  } catch (err) {
    if (signal.aborted) throw err
    const { message } = err as ProbeError
    return {
      kind: 'fault',
      message: err instanceof BodyTooLargeError ? message : `got no answer: ${message}`
    }
  }
  if (r.status === 404) return { kind: 'none' }
  if (r.status !== 200) {
    return { kind: 'fault', message: `answered ${r.status}; expected 200 with JSON, or 404` }
  }
  return { kind: 'answered', parameters: checkExecutionParameters(r.bodyStart) }
}

/** The execution-parameters rule on what the container answered. */
export function executionParametersVerdicts(answer: ExecutionParametersAnswer): Verdict[] {
  if (answer.kind === 'fault') {
    return [fail({ message: `GET /execution-parameters ${answer.message}.` })]
  }
  if (answer.kind === 'none') return [pass('answered 404: the transform job defaults apply')]
  const { errors, warnings, value } = answer.parameters
  return findingsOrPass(
    errors.map(e => `GET /execution-parameters: ${e}.`),
    warnings.map(w => `GET /execution-parameters: ${w}.`),
    `answered ${JSON.stringify(value)}`
  )
}
