// The rules decided from what an image declares (its config: platforms, environment, labels,
// ENTRYPOINT/CMD) and, on the local engine, a few of its files, against the instance types the
// seller lists: cuda-driver, instance-arch, toolkit-env, server-timeouts, and `serve`/`train` on
// PATH for entrypoint. Pure functions; src/image/checks.ts gathers the facts and records verdicts.

import { pass, type Verdict } from '../core/findings.js'
import type { InstanceType } from '../catalog/instance-types.js'
import { clip } from '../core/text.js'

/** What the image config says, from ECR's config blob or `docker image inspect`. */
export interface ImageConfigFacts {
  platforms: string[]
  env: Record<string, string>
  labels: Record<string, string>
  entrypoint?: string[]
  cmd?: string[]
}

/** `KEY=VALUE` lines of an image config's Env as a map (a later value wins, as in Docker). */
export function envMap(env: readonly string[] | null | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of env ?? []) {
    const eq = line.indexOf('=')
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return out
}

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
      verdicts.push({
        ok: false,
        finding: {
          severity: 'warning',
          message: `\`${input}\` needs CUDA ${cuda} (${need.from}); ${names(affected)} run ${has} by default. The container starts only through the forward-compatibility alternative "${alternative.join(',')}", so every CUDA call depends on the cuda-compat libraries in the image.`,
          help: `Check that /usr/local/cuda/compat is in the image and used at start, or ${fixes.charAt(0).toLowerCase()}${fixes.slice(1)}`,
          file: input
        }
      })
      continue
    }
    const failure = need.enforcedAtStart
      ? `the NVIDIA Container Toolkit refuses to start the container ("unsatisfied condition: cuda>=${cuda}"), which SageMaker reports as CannotStartContainerError`
      : need.version[0] > driver.cuda[0]
        ? 'the CUDA runtime fails at its first call ("CUDA driver version is insufficient for CUDA runtime version")'
        : undefined
    if (!failure) continue // same major version: CUDA minor version compatibility applies
    verdicts.push({
      ok: false,
      finding: {
        message: `\`${input}\` needs CUDA ${cuda} (${need.from}), but ${names(affected)} run ${has} by default for real-time and batch inference: ${failure}.`,
        help: fixes,
        file: input
      }
    })
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
    verdicts.push({
      ok: false,
      finding: {
        message: `\`${input}\` provides ${platforms.join(', ') || 'no platform'}, but ${names(wanting)} ${wanting.length > 1 ? 'are' : 'is'} ${arch === 'arm64' ? 'AWS Graviton (arm64)' : 'x86_64'}: the image cannot run there.`,
        help:
          arch === 'arm64'
            ? 'Build a multi-platform image (`docker buildx build --platform linux/amd64,linux/arm64`, pushed as a Docker manifest list) or drop the Graviton types; batch transform and training still need linux/amd64.'
            : 'Build for linux/amd64 (`docker buildx build --platform linux/amd64`).',
        file: input
      }
    })
  }
  const inferentia = types.filter(t => t.accelerator === 'neuron')
  if (inferentia.length && !neuron) {
    verdicts.push({
      ok: false,
      finding: {
        message: `\`${input}\` shows no AWS Neuron runtime (no NEURON_* variable, no neuron path on PATH or LD_LIBRARY_PATH, no /opt/aws/neuron), but ${names(inferentia)} run models only through Neuron.`,
        help: 'Build on an AWS Neuron deep learning container (or install the Neuron runtime and tools) and compile the model for Inferentia or Trainium, or list CPU or GPU types instead.',
        file: input
      }
    })
  }
  const kinds = new Set(types.map(t => t.accelerator))
  if (kinds.size > 1) {
    const label = { none: 'CPU', nvidia: 'NVIDIA GPU', neuron: 'Inferentia/Trainium' }
    verdicts.push({
      ok: false,
      finding: {
        severity: 'warning',
        message: `The declared instance types mix ${[...kinds].map(k => label[k]).join(', ')} hardware (${names(types)}); one image rarely serves all of them well.`,
        help: 'Publish one model package per hardware type (AWS sample notebooks do), each with an image built for it.',
        file: input
      }
    })
  }
  if (verdicts.length) return verdicts
  return [pass(`${input} (${platforms.join(', ')}) suits ${names(types)}`)]
}

// ---- toolkit-env ----

/** Facts about the SageMaker toolkits' settings that need files: the image's, or the model data's. */
export interface ToolkitFiles {
  /** Where SAGEMAKER_PROGRAM's script was found; false when looked for and absent; undefined when not looked. */
  program?: string | false
  /** Where the program was looked for, for the message. */
  programSearched?: string[]
  /** `code/requirements.txt` found in the model data (a path in `model-data`). */
  requirements?: string
}

export interface ToolkitContext {
  /** The training image (training toolkit) rather than the inference image. */
  training: boolean
  /** Hyperparameters given to training, where sagemaker_program may be set instead. */
  hyperparameters?: Readonly<Record<string, string>>
}

const LOCAL_HOSTS = /^(?:https?:\/\/)(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?:[:/]|$)/

/** The SageMaker training or inference toolkit's own variables mark an image that uses it. */
export function usesToolkit(env: Readonly<Record<string, string>>): boolean {
  return ['SAGEMAKER_TRAINING_MODULE', 'SAGEMAKER_SERVING_MODULE', 'SAGEMAKER_PROGRAM'].some(
    k => env[k]
  )
}

export function toolkitEnvVerdicts(
  input: string,
  env: Readonly<Record<string, string>>,
  files: ToolkitFiles,
  context: ToolkitContext
): Verdict[] {
  const out: Verdict[] = []
  const fail = (message: string, help: string, severity?: 'warning'): void =>
    void out.push({
      ok: false,
      finding: { message, help, file: input, ...(severity ? { severity } : {}) }
    })
  const program = env.SAGEMAKER_PROGRAM ?? context.hyperparameters?.sagemaker_program
  if (context.training && env.SAGEMAKER_TRAINING_MODULE && !program) {
    fail(
      `\`${input}\` uses the SageMaker training toolkit (SAGEMAKER_TRAINING_MODULE=${env.SAGEMAKER_TRAINING_MODULE}) but sets no SAGEMAKER_PROGRAM, so \`train\` has no script to run.`,
      'Copy your script to /opt/ml/code and set `ENV SAGEMAKER_PROGRAM train.py` in the Dockerfile: buyers of an algorithm cannot set it for you.'
    )
  }
  if (program && files.program === false) {
    fail(
      `\`${input}\` sets SAGEMAKER_PROGRAM=${program}, but no such script is in ${files.programSearched?.join(', ') ?? '/opt/ml/code'}.`,
      'Copy the script into the image (`COPY train.py /opt/ml/code/`), or fix the name in SAGEMAKER_PROGRAM.'
    )
  }
  if (!context.training && /^true$/i.test(env.SAGEMAKER_MULTI_MODEL ?? '')) {
    fail(
      `\`${input}\` sets SAGEMAKER_MULTI_MODEL=true: the server starts without loading a model and waits for a multi-model load call that a Marketplace model package never makes.`,
      'Remove SAGEMAKER_MULTI_MODEL from the image: a Marketplace model package serves the one model in /opt/ml/model.'
    )
  }
  const submit =
    env.SAGEMAKER_SUBMIT_DIRECTORY ?? context.hyperparameters?.sagemaker_submit_directory
  if (submit && /^s3:\/\//i.test(submit)) {
    fail(
      `\`${input}\` sets SAGEMAKER_SUBMIT_DIRECTORY=${submit}: the toolkit downloads the code from S3 at start, which fails under network isolation.`,
      'Bake the code into the image (/opt/ml/code) and point SAGEMAKER_SUBMIT_DIRECTORY there, or leave it unset.'
    )
  }
  if (files.requirements) {
    fail(
      `The model data has ${files.requirements}: the SageMaker inference toolkit runs \`pip install -r\` on it at start, which fails under network isolation${usesToolkit(env) ? '' : ' (if your server uses the toolkit)'}.`,
      'Install the packages in the image (`RUN pip install -r requirements.txt` in the Dockerfile) and leave requirements.txt out of model.tar.gz.',
      usesToolkit(env) ? undefined : 'warning'
    )
  }
  const remote = Object.entries(env).filter(
    ([k, v]) =>
      /^(?:s3|https?):\/\//i.test(v) && !LOCAL_HOSTS.test(v) && k !== 'SAGEMAKER_SUBMIT_DIRECTORY'
  )
  if (remote.length) {
    fail(
      `\`${input}\` has environment values that point off the machine: ${remote
        .slice(0, 5)
        .map(([k, v]) => `${k}=${clip(v, 80)}`)
        .join(
          ', '
        )}${remote.length > 5 ? ', …' : ''}. Anything the container fetches from them at start fails under network isolation.`,
      'Bake what these locations hold into the image or the model data, and read it from a local path.',
      'warning'
    )
  }
  if (out.length) return out
  const settings = ['SAGEMAKER_PROGRAM', 'SAGEMAKER_SUBMIT_DIRECTORY', 'SAGEMAKER_MULTI_MODEL']
    .filter(k => env[k])
    .map(k => `${k}=${env[k]}`)
  return [
    pass(
      `${input}: ${settings.length ? settings.join(', ') : 'no SageMaker toolkit settings'}${
        typeof files.program === 'string' ? ` (script at ${files.program})` : ''
      }; nothing downloaded at start`
    )
  ]
}

// ---- server-timeouts ----

/** One timeout the serving stack sets, and where it was read. */
export interface ServerTimeout {
  server: 'gunicorn' | 'nginx' | 'TorchServe' | 'MMS'
  setting: string
  seconds: number
  where: string
}

/** SageMaker allows a real-time invocation 60 seconds; the server must not give up sooner. */
export const REALTIME_INVOCATION_SECONDS = 60

/** gunicorn's `--timeout N` / `-t N` on a command line or in GUNICORN_CMD_ARGS. */
export function gunicornArgTimeouts(args: readonly string[], where: string): ServerTimeout[] {
  const out: ServerTimeout[] = []
  args.forEach((arg, i) => {
    const m = /^--timeout(?:=(\d+))?$/.exec(arg) ?? /^-t(\d+)?$/.exec(arg)
    const value = m ? (m[1] ?? args[i + 1]) : undefined
    if (value && /^\d+$/.test(value)) {
      out.push({ server: 'gunicorn', setting: `--timeout ${value}`, seconds: Number(value), where })
    }
  })
  return out
}

/** `timeout = N` in a gunicorn.conf.py, or `--timeout N` in a script that starts gunicorn. */
export function gunicornFileTimeouts(text: string, where: string): ServerTimeout[] {
  const out: ServerTimeout[] = []
  for (const m of text.matchAll(/^\s*timeout\s*=\s*(\d+)\s*(?:#.*)?$/gm)) {
    out.push({ server: 'gunicorn', setting: `timeout = ${m[1]}`, seconds: Number(m[1]), where })
  }
  if (/gunicorn/.test(text)) {
    for (const m of text.matchAll(/['"]?--timeout['"]?\s*[=,]?\s*['"]?(\d+)\b/g)) {
      out.push({ server: 'gunicorn', setting: `--timeout ${m[1]}`, seconds: Number(m[1]), where })
    }
  }
  return out
}

const NGINX_UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, ms: 0.001 }

/** nginx `proxy_read_timeout` (seconds by default; ms, s, m, h units). */
export function nginxTimeouts(text: string, where: string): ServerTimeout[] {
  const out: ServerTimeout[] = []
  for (const m of text.matchAll(/^\s*proxy_read_timeout\s+(\d+)(ms|s|m|h)?\s*;/gm)) {
    const seconds = Number(m[1]) * NGINX_UNITS[m[2] ?? '']
    out.push({
      server: 'nginx',
      setting: `proxy_read_timeout ${m[1]}${m[2] ?? ''}`,
      seconds,
      where
    })
  }
  return out
}

/** TorchServe / MMS `default_response_timeout` (seconds) in config.properties. */
export function propertiesTimeouts(
  text: string,
  where: string,
  server: 'TorchServe' | 'MMS'
): ServerTimeout[] {
  return [...text.matchAll(/^\s*default_response_timeout\s*[=:]\s*(\d+)\s*$/gm)].map(m => ({
    server,
    setting: `default_response_timeout=${m[1]}`,
    seconds: Number(m[1]),
    where
  }))
}

/** The same settings given as environment variables (TorchServe and MMS read TS_* / MMS_* keys). */
export function envTimeouts(env: Readonly<Record<string, string>>): ServerTimeout[] {
  const out = gunicornArgTimeouts((env.GUNICORN_CMD_ARGS ?? '').split(/\s+/), 'GUNICORN_CMD_ARGS')
  for (const [key, server] of [
    ['TS_DEFAULT_RESPONSE_TIMEOUT', 'TorchServe'],
    ['MMS_DEFAULT_RESPONSE_TIMEOUT', 'MMS']
  ] as const) {
    if (/^\d+$/.test(env[key] ?? '')) {
      out.push({
        server,
        setting: `${key}=${env[key]}`,
        seconds: Number(env[key]),
        where: 'the image environment'
      })
    }
  }
  return out
}

export function serverTimeoutsVerdict(input: string, timeouts: readonly ServerTimeout[]): Verdict {
  const short = timeouts.filter(t => t.seconds < REALTIME_INVOCATION_SECONDS)
  if (!short.length) {
    return pass(
      timeouts.length
        ? `${input}: ${timeouts.map(t => `${t.server} ${t.setting} (${t.where})`).join(', ')}, none below ${REALTIME_INVOCATION_SECONDS} s`
        : `${input}: no gunicorn, nginx, TorchServe or MMS timeout found in its command line, environment or configuration files`
    )
  }
  return {
    ok: false,
    finding: {
      message: `\`${input}\` sets ${short.map(t => `${t.server} ${t.setting} in ${t.where}`).join('; ')}: a request that takes longer is cut off by the server (a 502 or 504 from the front server, or a killed worker), although SageMaker allows a real-time invocation ${REALTIME_INVOCATION_SECONDS} seconds.`,
      help: `Raise the timeout to at least ${REALTIME_INVOCATION_SECONDS} seconds (gunicorn --timeout, nginx proxy_read_timeout, TorchServe/MMS default_response_timeout), and more for batch transform, which waits up to its InvocationsTimeoutInSeconds.`,
      file: input
    }
  }
}

// ---- serve / train on PATH (entrypoint) ----

export interface FoundCommand {
  path: string
  mode: number
}

/**
 * With no ENTRYPOINT, SageMaker's `docker run IMAGE serve` runs `serve` as the command: it must be an
 * executable on the image's PATH. `found` is what the PATH lookup found (undefined: nothing).
 */
export function commandOnPathVerdict(
  input: string,
  command: 'serve' | 'train',
  pathDirs: readonly string[],
  found: FoundCommand | undefined
): Verdict {
  if (found && found.mode & 0o111) {
    return pass(
      `${input}: \`${command}\` is ${found.path} (mode ${(found.mode & 0o777).toString(8)})`
    )
  }
  return {
    ok: false,
    finding: {
      severity: 'error',
      title: `\`${command}\` cannot be run`,
      message: found
        ? `\`${input}\` has no ENTRYPOINT, so SageMaker runs \`${command}\` as the command, but ${found.path} is not executable (mode ${(found.mode & 0o777).toString(8)}): the container fails with "permission denied".`
        : `\`${input}\` has no ENTRYPOINT, so SageMaker runs \`${command}\` as the command, but there is no \`${command}\` in its PATH (${pathDirs.join(':') || 'empty'}): the container fails with "executable file not found in $PATH".`,
      help: found
        ? `Make it executable in the Dockerfile (\`RUN chmod +x ${found.path}\`).`
        : `Add an executable \`${command}\` script to a PATH directory (e.g. \`COPY serve /usr/local/bin/serve\` and \`RUN chmod +x /usr/local/bin/serve\`), or set an exec-form ENTRYPOINT that handles the \`${command}\` argument.`,
      file: input
    }
  }
}
