// The serving inputs: the endpoint type and the limits it sets on the timeouts and memory, the
// instance type, `concurrency`, and inputs sent as HTTP headers.

import { closeInstanceTypes, findInstanceType } from '../catalog/instance-types.js'
import {
  DEFAULT_CONCURRENCY,
  ENDPOINT_LIMITS,
  ENDPOINT_TYPES,
  SERVERLESS_MEMORY_MB,
  type EndpointLimits,
  type EndpointType
} from '../catalog/sagemaker-limits.js'
import { DEFAULTS, type InputLookup, type Inputs } from './contract.js'
import { InputError, shown } from './error.js'
import { optional, parseSeconds } from './scalars.js'

/** An input sent as an HTTP header: a line break in it would start a header of its own. */
export function headerInput(get: InputLookup, name: string, header: string): string | undefined {
  const v = optional(get, name)
  if (v !== undefined && [...v].some(c => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) {
    throw new InputError(
      name,
      `is ${shown(v)}, which contains a line break or control character; it is sent as the ${header} header of each invocation, so give one media type such as text/csv`
    )
  }
  return v
}

/** `endpoint-type` and what it bounds: the timeouts (each type's default and ceiling) and the
 * serverless memory. */
export function readEndpoint(
  get: InputLookup,
  value: (name: string) => string
): Pick<
  Inputs,
  'endpointType' | 'serverlessMemoryMb' | 'startupTimeoutSec' | 'invocationTimeoutSec'
> {
  const type = value('endpoint-type')
  if (!(ENDPOINT_TYPES as readonly string[]).includes(type)) {
    throw new InputError(
      'endpoint-type',
      `is ${shown(type)}; expected ${ENDPOINT_TYPES.join(', ')}`
    )
  }
  const endpointType = type as EndpointType
  const limits = ENDPOINT_LIMITS[endpointType]
  const maxStartup = limits.maxStartupSeconds ?? 3600
  return {
    endpointType,
    serverlessMemoryMb: parseServerlessMemory(value('serverless-memory')),
    startupTimeoutSec: typeSeconds(
      'startup-timeout',
      optional(get, 'startup-timeout') ??
        String(Math.min(maxStartup, Number(DEFAULTS['startup-timeout']))),
      maxStartup,
      limits
    ),
    invocationTimeoutSec: typeSeconds(
      'invocation-timeout',
      optional(get, 'invocation-timeout') ?? String(limits.defaultInvocationSeconds),
      limits.maxInvocationSeconds,
      limits
    )
  }
}

/** A timeout of 1 to 3600 s that the endpoint type may bound lower (`max`): past it is an input
 * error naming the type's limit and its source. */
function typeSeconds(input: string, v: string, max: number, limits: EndpointLimits): number {
  const n = parseSeconds(input, v, 3600)
  if (n > max) {
    throw new InputError(
      input,
      `is ${n} seconds, but ${limits.name} allows at most ${max} (${limits.source}); give at most ${max}, or another \`endpoint-type\``
    )
  }
  return n
}

function parseServerlessMemory(v: string): number {
  const n = Number(v)
  if (!/^\d+$/.test(v.trim()) || !(SERVERLESS_MEMORY_MB as readonly number[]).includes(n)) {
    throw new InputError(
      'serverless-memory',
      `is ${shown(v)}; expected a serverless endpoint's MemorySizeInMB: ${SERVERLESS_MEMORY_MB.join(', ')}`
    )
  }
  return n
}

/** Past this many requests at once the runner, not the container, is what is measured (project choice). */
const MAX_CONCURRENCY = 256

/** `concurrency`: a whole number from 1 to MAX_CONCURRENCY; not given, the vCPUs of `instance-type`
 * (the requests one instance serves at once), else DEFAULT_CONCURRENCY. */
export function parseConcurrency(v: string | undefined, instanceType: string | undefined): number {
  if (v === undefined) {
    return (instanceType && findInstanceType(instanceType)?.vcpus) || DEFAULT_CONCURRENCY
  }
  const n = Number(v)
  if (!/^\d+$/.test(v) || n < 1 || n > MAX_CONCURRENCY) {
    throw new InputError(
      'concurrency',
      `is ${shown(v)}; expected a whole number of requests sent at once, 1 (off) to ${MAX_CONCURRENCY}`
    )
  }
  return n
}

export function readInstanceType(get: InputLookup): string | undefined {
  const instanceType = optional(get, 'instance-type')
  if (instanceType !== undefined && !findInstanceType(instanceType)) {
    throw new InputError(
      'instance-type',
      `is "${instanceType}", which is not a SageMaker instance type this preflight knows; did you mean ${closeInstanceTypes(instanceType).join(', ')}?`
    )
  }

  return instanceType === undefined ? undefined : findInstanceType(instanceType)?.name
}
