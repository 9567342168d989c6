// instance-resources: the containers run with the vCPUs and memory of the `instance-type` the seller
// lists, so a model that needs more memory than that instance fails here, as it would on SageMaker
// (OOM-killed), and the peaks of every run are measured for choosing recommended instance types.

import { availableParallelism, cpus, totalmem } from 'node:os'
import type { ResourceUseFacts, RunnerFacts } from '../core/context.js'
import type { Container, ContainerLimits } from '../docker/container.js'
import type { ResourcePeaks } from '../docker/stats.js'
import type { Findings, Verdict } from '../core/findings.js'
import { findInstanceType } from '../catalog/instance-types.js'
import { formatBytes, MiB } from '../core/text.js'
import { SERVERLESS_MEMORY_MB } from '../catalog/sagemaker-limits.js'

const GiB = 1024 ** 3
/** Above this share of the instance's memory a run passes with a warning: no room for a larger request. */
const MEMORY_WARN_SHARE = 0.9

/** The container of a serverless endpoint: `serverless-memory`, and the vCPUs SageMaker gives with it
 * unnamed (not set). */
export function serverlessLimits(memoryMb: number): ContainerLimits {
  return { instanceType: `${SERVERLESS} ${memoryMb} MB`, memoryBytes: memoryMb * MiB }
}
const SERVERLESS = 'a serverless endpoint of'

/** What to do about a container that does not fit: a larger instance type, or a larger serverless
 * memory setting. */
function fitHelp(instanceType: string): string {
  return instanceType.startsWith(SERVERLESS)
    ? `Give the serverless endpoint more memory (MemorySizeInMB, \`serverless-memory\` here: up to ${Math.max(...SERVERLESS_MEMORY_MB)} MB) and document it, or make the model need less: load it once (not per worker), start fewer workers, use a smaller batch or a quantized model; a model that needs more than ${Math.max(...SERVERLESS_MEMORY_MB)} MB needs a real-time endpoint.`
    : `List larger instance types (more memory than ${instanceType}) as the recommended and supported ones, or make the model need less: load it once (not per worker), start fewer workers, use a smaller batch or a quantized model.`
}

export function limitsFor(instanceType: string | undefined): ContainerLimits | undefined {
  const t = instanceType ? findInstanceType(instanceType) : undefined
  return t ? { instanceType: t.name, cpus: t.vcpus, memoryBytes: t.memoryGiB * GiB } : undefined
}

/** The machine the containers run on, stated beside every figure measured on it. */
export function runnerFacts(): RunnerFacts {
  const model = cpus()[0]?.model.trim()
  return {
    cpus: availableParallelism(),
    ...(model ? { cpuModel: model } : {}),
    memoryBytes: totalmem()
  }
}

/** Why the runner cannot give the container the instance's size, or undefined when it can. */
export function largerThanRunner(
  limits: ContainerLimits,
  hostCpus: number,
  hostMemoryBytes: number
): string | undefined {
  if ((limits.cpus ?? 0) <= hostCpus && limits.memoryBytes <= hostMemoryBytes) return undefined
  return `${limits.instanceType} has ${limits.cpus !== undefined ? `${limits.cpus} vCPUs and ` : ''}${formatBytes(limits.memoryBytes)}, but this runner has ${hostCpus} CPUs and ${formatBytes(hostMemoryBytes)}: the containers run with what the runner has, so a model that fits the runner but not the instance (or the reverse) is not told apart. Run on a larger runner to test ${limits.instanceType} as it is.`
}

export function resourceFacts(
  limits: ContainerLimits | undefined,
  peaks: ResourcePeaks,
  oomKilled: boolean
): ResourceUseFacts {
  return {
    ...(limits
      ? {
          instanceType: limits.instanceType,
          ...(limits.cpus !== undefined ? { cpus: limits.cpus } : {}),
          memoryBytes: limits.memoryBytes
        }
      : {}),
    ...(peaks.peakMemoryBytes !== undefined ? { peakMemoryBytes: peaks.peakMemoryBytes } : {}),
    ...(peaks.peakCpuPercent !== undefined ? { peakCpuPercent: peaks.peakCpuPercent } : {}),
    ...(oomKilled ? { oomKilled } : {})
  }
}

/** The larger of two runs' peaks (real-time and batch), for one figure per image in the report. */
export function mergeResourceFacts(a: ResourceUseFacts, b: ResourceUseFacts): ResourceUseFacts {
  const max = (x?: number, y?: number): number | undefined =>
    x === undefined ? y : y === undefined ? x : Math.max(x, y)
  const peakMemoryBytes = max(a.peakMemoryBytes, b.peakMemoryBytes)
  const peakCpuPercent = max(a.peakCpuPercent, b.peakCpuPercent)
  return {
    ...a,
    ...(peakMemoryBytes !== undefined ? { peakMemoryBytes } : {}),
    ...(peakCpuPercent !== undefined ? { peakCpuPercent } : {}),
    ...(a.oomKilled || b.oomKilled ? { oomKilled: true } : {})
  }
}

/** `run` says what the container was doing: "serving", "in the batch-transform run", "training". */
export function resourcesVerdict(
  run: string,
  use: ResourceUseFacts,
  hostMemoryBytes: number
): Verdict {
  const peak = use.peakMemoryBytes !== undefined ? formatBytes(use.peakMemoryBytes) : 'not measured'
  const of = use.memoryBytes
    ? `the ${formatBytes(use.memoryBytes)} of ${use.instanceType}`
    : `this runner's ${formatBytes(hostMemoryBytes)} (no \`instance-type\` given)`
  if (use.oomKilled) {
    return {
      ok: false,
      finding: {
        message: `The container was killed for running out of memory ${run} (State.OOMKilled): peak memory seen ${peak}, limit ${of}. On SageMaker the same container fails the same way, with the endpoint, transform or training job ending in an error.`,
        help: use.instanceType
          ? fitHelp(use.instanceType)
          : 'Make the model need less memory (load it once, fewer workers, a smaller batch), and pass `instance-type` to test with the memory of the smallest instance type you list.'
      }
    }
  }
  const cpu = use.peakCpuPercent !== undefined ? `, peak CPU ${use.peakCpuPercent.toFixed(0)}%` : ''
  if (
    use.memoryBytes &&
    use.peakMemoryBytes !== undefined &&
    use.peakMemoryBytes > MEMORY_WARN_SHARE * use.memoryBytes
  ) {
    return {
      ok: false,
      finding: {
        severity: 'warning',
        message: `Peak memory ${peak} ${run} is above ${MEMORY_WARN_SHARE * 100}% of ${of}${cpu}: a larger request or model version may not fit.`,
        help: `Recommend an instance type with more memory than ${use.instanceType}, or reduce the model's memory.`
      }
    }
  }
  return { ok: true, detail: `peak memory ${peak} of ${of}${cpu} ${run}` }
}

/** After a run: its facts, and instance-resources decided from them (`run` as in resourcesVerdict). */
export function recordResources(
  findings: Findings,
  container: Pick<Container, 'peaks' | 'oomKilled'>,
  limits: ContainerLimits | undefined,
  run: string
): ResourceUseFacts {
  const use = resourceFacts(limits, container.peaks(), container.oomKilled)
  findings.apply('instance-resources', resourcesVerdict(run, use, totalmem()))
  return use
}
