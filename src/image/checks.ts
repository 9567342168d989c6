// Gathers what src/image/hardware-rules.ts and startup-rules.ts judge: the image config (from ECR's
// config blob in the registry checks, or from the local engine in the smoke test), a few files read
// out of a created, never started container, and the model data on disk. The same finding seen from
// ECR and from the pulled image is recorded once (src/core/findings.ts), so both callers can run
// every check they have facts for.

import { createReadStream, existsSync } from 'node:fs'
import path from 'node:path'
import { createGunzip } from 'node:zlib'
import type { RunContext } from '../core/context.js'
import type { EngineApi } from '../docker/engine-api.js'
import {
  readImageFiles,
  TarNames,
  type ImageFile,
  type LocalImageConfig
} from '../docker/image-files.js'
import {
  cudaDriverVerdicts,
  instanceArchVerdicts,
  neuronInEnv,
  serverlessGpuVerdict
} from './hardware-rules.js'
import {
  commandOnPathVerdict,
  envTimeouts,
  gunicornArgTimeouts,
  gunicornWithoutTimeout,
  lineEndingsVerdict,
  gunicornFileTimeouts,
  nginxTimeouts,
  propertiesTimeouts,
  serverTimeoutsVerdict,
  toolkitEnvVerdicts,
  withServerDefaults,
  type StartedServer,
  type ServerTimeout,
  type ToolkitFiles
} from './startup-rules.js'
import { containerUserVerdict } from './container-user.js'
import { findInstanceType, type InstanceType } from '../catalog/instance-types.js'
import type { RuleId } from '../catalog/rules.js'

/** What the image config says, from ECR's config blob or `docker image inspect`. */
export interface ImageConfigFacts {
  platforms: string[]
  env: Record<string, string>
  labels: Record<string, string>
  entrypoint?: string[]
  cmd?: string[]
  /** The config's User (empty or absent: root). */
  user?: string
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

/**
 * The instance types the seller declares: `instance-type`, else every Supported…InstanceTypes of the
 * CreateModelPackage / CreateAlgorithm request given (types the table does not know are left out).
 */
export function declaredInstanceTypes(ctx: Pick<RunContext, 'inputs'>): InstanceType[] {
  const { instanceType, modelPackageRequest, algorithmRequest } = ctx.inputs
  const names = instanceType ? [instanceType] : []
  if (!instanceType) {
    for (const file of [modelPackageRequest, algorithmRequest]) {
      const { InferenceSpecification: inference, TrainingSpecification: training } =
        (file?.request ?? {}) as Record<string, Record<string, unknown> | undefined>
      for (const list of [
        inference?.SupportedRealtimeInferenceInstanceTypes,
        inference?.SupportedTransformInstanceTypes,
        training?.SupportedTrainingInstanceTypes
      ]) {
        if (Array.isArray(list)) names.push(...list.filter(n => typeof n === 'string'))
      }
    }
  }
  const types = names.map(findInstanceType).filter((t): t is InstanceType => t !== undefined)
  return [...new Map(types.map(t => [t.name, t])).values()]
}

/** The smallest declared type (memory, then vCPUs): what the containers are run as. */
export function smallestDeclaredType(ctx: Pick<RunContext, 'inputs'>): InstanceType | undefined {
  return declaredInstanceTypes(ctx).sort(
    (a, b) => a.memoryGiB - b.memoryGiB || a.vcpus - b.vcpus
  )[0]
}

const isTraining = (input: string): boolean => input.includes('training')

/** The rules checkImageConfig decides, skipped together when the image config cannot be read. */
export const CONFIG_RULES: readonly RuleId[] = [
  'cuda-driver',
  'instance-arch',
  'toolkit-env',
  'server-timeouts',
  'container-user'
]

/** Why server-timeouts is not judged when only a training image is given. */
export const SERVER_TIMEOUTS_NEED_SERVING_IMAGE =
  "it reads the serving stack's command line and files from the inference image, and `local-training-image` is checked as a training image: pass `local-image` (or `image`) to judge it"

const NO_TYPES =
  'no `instance-type` given: pass the ml.* type you list to check the image against it'

/** instance-arch on the inference image; also called with the platforms of a manifest list alone. */
export function checkInstanceArch(
  ctx: RunContext,
  input: string,
  platforms: readonly string[],
  neuron: boolean
): void {
  const types = declaredInstanceTypes(ctx)
  if (!types.length) ctx.findings.skip('instance-arch', NO_TYPES)
  else ctx.findings.apply('instance-arch', instanceArchVerdicts(input, platforms, types, neuron))
}

/** What the local engine adds to the config: files read from the image and the model data. */
interface LocalEvidence {
  toolkit: ToolkitFiles
  neuronFiles: boolean
  timeouts: ServerTimeout[]
  /** Servers its files start without a timeout option: they run with their defaults. */
  started: StartedServer[]
}

/**
 * The config rules on one image: cuda-driver and instance-arch for the inference image against the
 * declared instance types, toolkit-env and server-timeouts from its environment and ENTRYPOINT.
 */
export function checkImageConfig(
  ctx: RunContext,
  input: string,
  config: ImageConfigFacts,
  local?: LocalEvidence
): void {
  const training = isTraining(input)
  ctx.findings.apply('container-user', containerUserVerdict(input, config.user, training))
  if (!training) {
    checkInstanceArch(ctx, input, config.platforms, neuronInEnv(config.env) || !!local?.neuronFiles)
    const types = declaredInstanceTypes(ctx)
    if (ctx.inputs.endpointType === 'serverless') {
      ctx.findings.apply('cuda-driver', serverlessGpuVerdict(input, config.env, types))
    } else if (!types.length) ctx.findings.skip('cuda-driver', NO_TYPES)
    else ctx.findings.apply('cuda-driver', cudaDriverVerdicts(input, config.env, types))
    const entrypoint = config.entrypoint?.join(' ') ?? ''
    const timeouts = withServerDefaults(
      [
        ...envTimeouts(config.env),
        ...(/gunicorn/.test(entrypoint)
          ? gunicornArgTimeouts(config.entrypoint!, 'the ENTRYPOINT')
          : []),
        ...(local?.timeouts ?? [])
      ],
      [
        ...(gunicornWithoutTimeout(entrypoint)
          ? [{ server: 'gunicorn' as const, where: 'the ENTRYPOINT' }]
          : []),
        ...(local?.started ?? [])
      ]
    )
    if (local || timeouts.length) {
      ctx.findings.apply('server-timeouts', serverTimeoutsVerdict(input, timeouts))
    } else {
      ctx.findings.skip(
        'server-timeouts',
        "the serving stack's configuration files are read from the image on the Docker engine (smoke test)"
      )
    }
  }
  ctx.findings.apply(
    'toolkit-env',
    toolkitEnvVerdicts(input, config.env, local?.toolkit ?? {}, {
      training,
      hyperparameters: ctx.inputs.hyperparameters
    })
  )
}

/** Where SageMaker's default PATH puts commands when the image sets none (Docker's default). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

/** Programs that read the script they are given (ENTRYPOINT ["python3", "serve.py"]). */
const INTERPRETERS = /^(python[\d.]*|node|nodejs|bash|sh|dash|ash|java|R|Rscript|perl|ruby)$/

/** The image's PATH directories (absolute ones: the engine resolves nothing else). */
function pathDirs(env: Record<string, string>): string[] {
  return (env.PATH ?? DEFAULT_PATH).split(':').filter(d => d.startsWith('/'))
}

/**
 * Where `docker run IMAGE serve|train` finds the program it starts: the exec-form ENTRYPOINT's
 * first word, or with none the command itself, looked up on the image's PATH unless absolute.
 * Empty for a name relative to the working directory.
 */
export function entryProgramPaths(
  config: Pick<LocalImageConfig, 'entrypoint' | 'env'>,
  command: 'serve' | 'train'
): string[] {
  const program = config.entrypoint?.length ? config.entrypoint[0] : command
  // an interpreter runs its script itself: the kernel reads no shebang, so a CRLF cannot stop the
  // start, and reading the interpreter's binary would only slow the run
  if (config.entrypoint?.length && INTERPRETERS.test(path.posix.basename(program))) return []
  if (program.startsWith('/')) return [program]
  if (program.includes('/')) return []
  return pathDirs(envMap(config.env)).map(d => path.posix.join(d, program))
}

/** Config files of the usual serving stacks, at the places AWS's samples and containers use. */
const SERVER_CONFIGS = [
  '/opt/program/gunicorn.conf.py',
  '/opt/program/nginx.conf',
  '/etc/nginx/nginx.conf',
  '/home/model-server/config.properties',
  '/etc/sagemaker-mms.properties'
]
const CONFIG_FLAGS = /^(?:-c|--config|--ts-config|--mms-config)$/
const NEURON_MARKER = '/opt/aws/neuron/bin/neuron-ls'

/**
 * The image on the local engine: its config rules, plus what only its files show: `serve`/`train` on
 * PATH (entrypoint), SAGEMAKER_PROGRAM's script, the Neuron tools, and server timeouts in config files.
 */
export async function checkLocalImage(
  ctx: RunContext,
  image: string,
  input: string,
  labels: string[],
  raw: LocalImageConfig,
  api?: EngineApi
): Promise<void> {
  const env = envMap(raw.env)
  const config: ImageConfigFacts = {
    platforms: [raw.platform],
    env,
    labels: raw.labels ?? {},
    ...(raw.entrypoint ? { entrypoint: raw.entrypoint } : {}),
    ...(raw.cmd ? { cmd: raw.cmd } : {}),
    ...(raw.user ? { user: raw.user } : {})
  }
  const training = isTraining(input)
  const command = training ? 'train' : 'serve'
  const entryPaths = entryProgramPaths(raw, command)
  const commandPaths = raw.entrypoint?.length ? [] : entryPaths
  const program = env.SAGEMAKER_PROGRAM ?? ctx.inputs.hyperparameters.sagemaker_program
  const programDirs = [
    ...(env.SAGEMAKER_SUBMIT_DIRECTORY?.startsWith('/') ? [env.SAGEMAKER_SUBMIT_DIRECTORY] : []),
    '/opt/ml/code',
    ...(training ? [] : ['/opt/ml/model/code'])
  ]
  const programPaths = program ? programDirs.map(d => path.posix.join(d, program)) : []
  const args = raw.entrypoint ?? []
  const configArgs = args.filter((_arg, i) => i > 0 && CONFIG_FLAGS.test(args[i - 1]))
  const scripts = args.filter(a => a.startsWith('/') && a !== args[0])
  const wantsNeuron =
    !training &&
    declaredInstanceTypes(ctx).some(t => t.accelerator === 'neuron') &&
    !neuronInEnv(env)
  const serverPaths = training ? [] : [...SERVER_CONFIGS, ...configArgs, ...scripts]

  let files: Map<string, ImageFile | undefined>
  try {
    files = await readImageFiles(
      ctx.env,
      image,
      [...entryPaths, ...programPaths, ...serverPaths, ...(wantsNeuron ? [NEURON_MARKER] : [])],
      labels,
      { volumes: raw.volumes, signal: ctx.signal, api }
    )
  } catch (err) {
    ctx.signal.throwIfAborted()
    ctx.log.warning(`Could not read files from ${image}: ${(err as Error).message}`)
    checkImageConfig(ctx, input, config)
    return
  }

  const entry = entryPaths.map(p => files.get(p)).find(f => f !== undefined)
  if (commandPaths.length) {
    ctx.findings.apply('entrypoint', commandOnPathVerdict(input, command, pathDirs(env), entry))
  }
  if (entry) {
    const started = raw.entrypoint?.length ? 'ENTRYPOINT' : command
    ctx.findings.apply('entrypoint', lineEndingsVerdict(input, started, entry))
  }
  const servedBy = commandPaths.length ? entry : undefined
  const texts = [...serverPaths.map(p => files.get(p)), ...(training ? [] : [servedBy])].filter(
    (f): f is ImageFile => f !== undefined
  )
  const modelData = training ? undefined : await modelDataFiles(ctx.inputs.modelData, program)
  const inImage = programPaths.find(p => files.get(p))
  const toolkit: ToolkitFiles = {
    ...(program
      ? {
          program: inImage ?? modelData?.program ?? false,
          programSearched: [...programDirs, ...(modelData ? ['code/ in `model-data`'] : [])]
        }
      : {}),
    ...(modelData?.requirements ? { requirements: modelData.requirements } : {})
  }
  // a script in the model data SageMaker gets but this run was not given cannot be judged missing
  if (toolkit.program === false && !training && !ctx.inputs.modelData) delete toolkit.program
  checkImageConfig(ctx, input, config, {
    toolkit,
    neuronFiles: files.get(NEURON_MARKER) !== undefined,
    timeouts: serverTimeouts(texts, env),
    started: startedServers(texts)
  })
}

/** The servers these files start or configure with no timeout of their own. */
function startedServers(texts: readonly ImageFile[]): StartedServer[] {
  return texts.flatMap((f): StartedServer[] => {
    const text = f.content.toString('utf8')
    // an nginx config names gunicorn's socket: it starts nginx, not gunicorn
    if (/\bproxy_pass\b/.test(text)) {
      return /proxy_read_timeout/.test(text) ? [] : [{ server: 'nginx', where: f.path }]
    }
    if (gunicornWithoutTimeout(text)) return [{ server: 'gunicorn', where: f.path }]
    if (f.path.endsWith('.properties') && !/default_response_timeout/.test(text)) {
      return [{ server: /mms/i.test(f.path) ? 'MMS' : 'TorchServe', where: f.path }]
    }
    return []
  })
}

function serverTimeouts(texts: readonly ImageFile[], env: Record<string, string>): ServerTimeout[] {
  const out: ServerTimeout[] = []
  for (const f of texts) {
    const text = f.content.toString('utf8')
    out.push(...gunicornFileTimeouts(text, f.path), ...nginxTimeouts(text, f.path))
    if (f.path.endsWith('.properties')) {
      out.push(...propertiesTimeouts(text, f.path, /mms/i.test(f.path) ? 'MMS' : 'TorchServe'))
    }
    // AWS's scikit_bring_your_own sample passes MODEL_SERVER_TIMEOUT to gunicorn --timeout
    if (
      /gunicorn/.test(text) &&
      /MODEL_SERVER_TIMEOUT/.test(text) &&
      /^\d+$/.test(env.MODEL_SERVER_TIMEOUT ?? '')
    ) {
      out.push({
        server: 'gunicorn',
        setting: `--timeout from MODEL_SERVER_TIMEOUT=${env.MODEL_SERVER_TIMEOUT}`,
        seconds: Number(env.MODEL_SERVER_TIMEOUT),
        where: f.path
      })
    }
  }
  return out
}

/** The toolkit's files in `model-data`: code/requirements.txt and the program's script. */
async function modelDataFiles(
  modelData: string | undefined,
  program: string | undefined
): Promise<{ requirements?: string; program?: string } | undefined> {
  if (!modelData) return undefined
  const wanted = ['code/requirements.txt', ...(program ? [`code/${program}`] : [])]
  let present: string[]
  if (/\.(tar\.gz|tgz)$/.test(modelData)) {
    const names = await archiveNames(modelData)
    present = wanted.filter(w => names.some(n => n.replace(/^\.\//, '') === w))
  } else present = wanted.filter(w => existsSync(path.join(modelData, w)))
  const base = path.basename(modelData)
  return {
    ...(present.includes(wanted[0]) ? { requirements: `${base}: ${wanted[0]}` } : {}),
    ...(program && present.includes(`code/${program}`)
      ? { program: `${base}: code/${program}` }
      : {})
  }
}

/** Entry names of a model.tar.gz (headers only; a broken archive reads as what was read before). */
function archiveNames(file: string, max = 100000): Promise<string[]> {
  return new Promise(resolve => {
    const names = new TarNames(max)
    const input = createReadStream(file)
    const gunzip = createGunzip()
    const done = (): void => {
      input.destroy()
      gunzip.destroy()
      resolve(names.files)
    }
    gunzip.on('data', (chunk: Buffer) => {
      if (names.push(chunk)) done()
    })
    gunzip.on('end', done)
    gunzip.on('error', done)
    input.on('error', done)
    input.pipe(gunzip)
  })
}
