// The rules on what an image needs from the instance types the seller lists, decided from its
// config (platforms, environment): cuda-driver (the CUDA version against each GPU family's default
// NVIDIA driver) and instance-arch (architecture, Neuron runtime, mixed hardware). Pure functions;
// src/image/checks.ts gathers the facts and records the verdicts.

import { fail, pass, warn, type Verdict } from '../core/findings.js'
import type { InstanceType } from '../catalog/instance-types.js'
import { clip } from '../core/text.js'

const names = (types: readonly InstanceType[]): string => types.map(t => t.name).join(', ')

// ---- cuda-driver ----

interface Driver {
  driver: number
  cuda: [number, number]
}

/**
 * The NVIDIA driver SageMaker real-time and batch inference run by default on each GPU family (SageMaker
 * developer guide, inference-gpu-drivers). Batch lists only the 470 families; newer AMIs are chosen
 * with InferenceAmiVersion / TransformAmiVersion, which a buyer's endpoint does not inherit.
 */
export const INFERENCE_DRIVERS: Readonly<Record<string, Driver>> = {
  'ml.p2': { driver: 470, cuda: [11, 4] },
  'ml.p3': { driver: 470, cuda: [11, 4] },
  'ml.p4d': { driver: 470, cuda: [11, 4] },
  'ml.p4de': { driver: 470, cuda: [11, 4] },
  'ml.g4dn': { driver: 470, cuda: [11, 4] },
  'ml.g5': { driver: 470, cuda: [11, 4] },
  'ml.p5': { driver: 535, cuda: [12, 2] },
  'ml.g6': { driver: 535, cuda: [12, 2] },
  'ml.p5e': { driver: 550, cuda: [12, 4] },
  'ml.p5en': { driver: 550, cuda: [12, 4] }
}

export interface CudaRequirement {
  version: [number, number]
  /** Where it was read, for the message: `NVIDIA_REQUIRE_CUDA="cuda>=12.1 …"`. */
  from: string
  /** NVIDIA_REQUIRE_CUDA alternatives (space-separated, each comma-joined) without a cuda>= term. */
  alternatives: string[][]
  /** Only NVIDIA_REQUIRE_CUDA is checked before the container starts; CUDA_VERSION fails at the first CUDA call. */
  enforcedAtStart: boolean
}

const VERSION = /(\d+)\.(\d+)/

/** The CUDA version the image needs: NVIDIA_REQUIRE_CUDA (what the NVIDIA Container Toolkit enforces), else CUDA_VERSION. */
export function cudaRequirement(
  env: Readonly<Record<string, string>>
): CudaRequirement | undefined {
  const require = env.NVIDIA_REQUIRE_CUDA?.trim()
  if (require) {
    const clauses = require.split(/\s+/).map(c => c.split(','))
    const cuda = clauses.flat().map(term => /^cuda>=?(\d+)\.(\d+)/.exec(term))
    const first = cuda.find(Boolean)
    if (first) {
      return {
        version: [Number(first[1]), Number(first[2])],
        from: `NVIDIA_REQUIRE_CUDA="${clip(require, 100)}"`,
        alternatives: clauses.filter(c => !c.some(term => term.startsWith('cuda'))),
        enforcedAtStart: true
      }
    }
  }
  const m = env.CUDA_VERSION ? VERSION.exec(env.CUDA_VERSION) : null
  if (!m) return undefined
  return {
    version: [Number(m[1]), Number(m[2])],
    from: `CUDA_VERSION=${env.CUDA_VERSION}`,
    alternatives: [],
    enforcedAtStart: false
  }
}

/** Whether one comma-joined NVIDIA_REQUIRE_CUDA alternative holds for a driver (brands are datacenter GPUs). */
function alternativeHolds(terms: readonly string[], driver: number): boolean {
  return terms.every(term => {
    const m = /^driver(>=|<=|>|<|=)(\d+)/.exec(term)
    if (!m) return !term.startsWith('arch=') || term === 'arch=x86_64'
    const d = Number(m[2])
    return {
      '>=': driver >= d,
      '<=': driver <= d,
      '>': driver > d,
      '<': driver < d,
      '=': driver === d
    }[m[1]] as boolean
  })
}

const atLeast = (have: [number, number], need: [number, number]): boolean =>
  have[0] > need[0] || (have[0] === need[0] && have[1] >= need[1])

export function cudaDriverVerdicts(
  input: string,
  env: Readonly<Record<string, string>>,
  types: readonly InstanceType[]
): Verdict[] {
  const need = cudaRequirement(env)
  if (!need) return [pass(`${input} declares no CUDA version (CUDA_VERSION, NVIDIA_REQUIRE_CUDA)`)]
  const gpu = types.filter(t => t.accelerator === 'nvidia')
  const cuda = need.version.join('.')
  if (!gpu.length) {
    return [pass(`${input} needs CUDA ${cuda}; no NVIDIA GPU type declared (${names(types)})`)]
  }
  const verdicts: Verdict[] = []
  const undocumented: string[] = []
  const tooOld = new Map<string, { driver: Driver; types: InstanceType[] }>()
  for (const t of gpu) {
    const driver = INFERENCE_DRIVERS[t.family]
    if (!driver) undocumented.push(t.name)
    else if (!atLeast(driver.cuda, need.version)) {
      const key = `${driver.driver}`
      tooOld.set(key, { driver, types: [...(tooOld.get(key)?.types ?? []), t] })
    }
  }
  for (const { driver, types: affected } of tooOld.values()) {
    const has = `NVIDIA driver ${driver.driver} (CUDA ${driver.cuda.join('.')})`
    const newer = Object.entries(INFERENCE_DRIVERS)
      .filter(([, d]) => atLeast(d.cuda, need.version))
      .map(([family]) => `${family}.*`)
    const fixes = `Either build on a CUDA ${driver.cuda.join('.')} (or older) base image, or ship NVIDIA's CUDA forward-compatibility libraries (cuda-compat, /usr/local/cuda/compat on LD_LIBRARY_PATH) as SageMaker's GPU driver page describes; or list only instance types whose driver supports CUDA ${cuda}${newer.length ? ` (${newer.join(', ')})` : ''}.`
    const alternative = need.alternatives.find(a => alternativeHolds(a, driver.driver))
    if (need.enforcedAtStart && alternative) {
      verdicts.push(
        warn({
          message: `\`${input}\` needs CUDA ${cuda} (${need.from}); ${names(affected)} run ${has} by default. The container starts only through the forward-compatibility alternative "${alternative.join(',')}", so every CUDA call depends on the cuda-compat libraries in the image.`,
          help: `Check that /usr/local/cuda/compat is in the image and used at start, or ${fixes.charAt(0).toLowerCase()}${fixes.slice(1)}`,
          file: input
        })
      )
      continue
    }
    const failure = need.enforcedAtStart
      ? `the NVIDIA Container Toolkit refuses to start the container ("unsatisfied condition: cuda>=${cuda}"), which SageMaker reports as CannotStartContainerError`
      : need.version[0] > driver.cuda[0]
        ? 'the CUDA runtime fails at its first call ("CUDA driver version is insufficient for CUDA runtime version")'
        : undefined
    if (!failure) continue // same major version: CUDA minor version compatibility applies
    verdicts.push(
      fail({
        message: `\`${input}\` needs CUDA ${cuda} (${need.from}), but ${names(affected)} run ${has} by default for real-time and batch inference: ${failure}.`,
        help: fixes,
        file: input
      })
    )
  }
  if (verdicts.length) return verdicts
  return [
    pass(
      `${input} needs CUDA ${cuda}; the default driver of ${names(gpu.filter(t => !undocumented.includes(t.name))) || 'no declared type'} supports it${
        undocumented.length
          ? `; SageMaker's GPU driver page lists no driver for ${undocumented.join(', ')}`
          : ''
      }`
    )
  ]
}

/**
 * cuda-driver with `endpoint-type` serverless: a serverless endpoint runs on CPU only, so a listed
 * GPU or Neuron type cannot be had there (an error), and an image built for CUDA runs without a GPU
 * (a warning: frameworks such as PyTorch fall back to the CPU, an image that calls CUDA fails).
 */
export function serverlessGpuVerdict(
  input: string,
  env: Readonly<Record<string, string>>,
  types: readonly InstanceType[]
): Verdict {
  const accelerated = types.filter(t => t.accelerator !== 'none')
  const need = cudaRequirement(env)
  const source =
    'SageMaker developer guide, Serverless Inference, feature exclusions (GPUs are not supported): https://docs.aws.amazon.com/sagemaker/latest/dg/serverless-endpoints.html'
  if (accelerated.length) {
    return fail({
      message: `\`endpoint-type\` is serverless, but the declared instance types ${names(accelerated)} have GPUs or accelerators, and a serverless endpoint has none.`,
      help: `Test serverless with CPU instance types only, or use endpoint-type realtime (or async) for a model that needs an accelerator. Source: ${source}.`
    })
  }
  if (need) {
    return warn({
      message: `\`${input}\` is built for CUDA ${need.version.join('.')} (${need.from}), but a serverless endpoint has no GPU: the container runs on CPU only.`,
      help: `Make sure the model falls back to the CPU (the smoke test runs without a GPU, as serverless does), or list it for real-time or asynchronous endpoints on GPU instance types. Source: ${source}.`
    })
  }
  return pass(`${input} declares no CUDA version; a serverless endpoint runs on CPU`)
}

// ---- instance-arch ----

const ARCH_PLATFORM = { x86_64: 'linux/amd64', arm64: 'linux/arm64' } as const

/** Signs of the AWS Neuron runtime in an image's environment (Neuron SDK paths and variables). */
export function neuronInEnv(env: Readonly<Record<string, string>>): boolean {
  return Object.entries(env).some(
    ([k, v]) =>
      k.startsWith('NEURON_') || ((k === 'PATH' || k === 'LD_LIBRARY_PATH') && /neuron/i.test(v))
  )
}

export function instanceArchVerdicts(
  input: string,
  platforms: readonly string[],
  types: readonly InstanceType[],
  neuron: boolean
): Verdict[] {
  const verdicts: Verdict[] = []
  for (const arch of ['arm64', 'x86_64'] as const) {
    const wanting = types.filter(t => t.architecture === arch)
    const platform = ARCH_PLATFORM[arch]
    if (!wanting.length || platforms.includes(platform)) continue
    verdicts.push(
      fail({
        message: `\`${input}\` provides ${platforms.join(', ') || 'no platform'}, but ${names(wanting)} ${wanting.length > 1 ? 'are' : 'is'} ${arch === 'arm64' ? 'AWS Graviton (arm64)' : 'x86_64'}: the image cannot run there.`,
        help:
          arch === 'arm64'
            ? 'Build a multi-platform image (`docker buildx build --platform linux/amd64,linux/arm64`, pushed as a Docker manifest list) or drop the Graviton types; batch transform and training still need linux/amd64.'
            : 'Build for linux/amd64 (`docker buildx build --platform linux/amd64`).',
        file: input
      })
    )
  }
  const inferentia = types.filter(t => t.accelerator === 'neuron')
  if (inferentia.length && !neuron) {
    verdicts.push(
      fail({
        message: `\`${input}\` shows no AWS Neuron runtime (no NEURON_* variable, no neuron path on PATH or LD_LIBRARY_PATH, no /opt/aws/neuron), but ${names(inferentia)} run models only through Neuron.`,
        help: 'Build on an AWS Neuron deep learning container (or install the Neuron runtime and tools) and compile the model for Inferentia or Trainium, or list CPU or GPU types instead.',
        file: input
      })
    )
  }
  const kinds = new Set(types.map(t => t.accelerator))
  if (kinds.size > 1) {
    const label = { none: 'CPU', nvidia: 'NVIDIA GPU', neuron: 'Inferentia/Trainium' }
    verdicts.push(
      warn({
        message: `The declared instance types mix ${[...kinds].map(k => label[k]).join(', ')} hardware (${names(types)}); one image rarely serves all of them well.`,
        help: 'Publish one model package per hardware type (AWS sample notebooks do), each with an image built for it.',
        file: input
      })
    )
  }
  if (verdicts.length) return verdicts
  return [pass(`${input} (${platforms.join(', ')}) suits ${names(types)}`)]
}
