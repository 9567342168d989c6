// The rules on how an image starts and serves, decided from its config (environment, ENTRYPOINT)
// and, on the local engine, a few of its files: toolkit-env (the SageMaker toolkits' settings),
// server-timeouts (the serving stack's own timeouts) and `serve`/`train` on PATH for entrypoint.
// Pure functions; src/image/checks.ts gathers the facts and records the verdicts.

import { fail, pass, type Verdict } from '../core/findings.js'
import { clip } from '../core/text.js'
import { REALTIME_INVOCATION_SECONDS } from '../catalog/sagemaker-limits.js'

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
  const problem = (message: string, help: string, severity?: 'warning'): void =>
    void out.push(fail({ message, help, file: input, ...(severity ? { severity } : {}) }))
  const program = env.SAGEMAKER_PROGRAM ?? context.hyperparameters?.sagemaker_program
  if (context.training && env.SAGEMAKER_TRAINING_MODULE && !program) {
    problem(
      `\`${input}\` uses the SageMaker training toolkit (SAGEMAKER_TRAINING_MODULE=${env.SAGEMAKER_TRAINING_MODULE}) but sets no SAGEMAKER_PROGRAM, so \`train\` has no script to run.`,
      'Copy your script to /opt/ml/code and set `ENV SAGEMAKER_PROGRAM train.py` in the Dockerfile: buyers of an algorithm cannot set it for you.'
    )
  }
  if (program && files.program === false) {
    problem(
      `\`${input}\` sets SAGEMAKER_PROGRAM=${program}, but no such script is in ${files.programSearched?.join(', ') ?? '/opt/ml/code'}.`,
      'Copy the script into the image (`COPY train.py /opt/ml/code/`), or fix the name in SAGEMAKER_PROGRAM.'
    )
  }
  if (!context.training && /^true$/i.test(env.SAGEMAKER_MULTI_MODEL ?? '')) {
    problem(
      `\`${input}\` sets SAGEMAKER_MULTI_MODEL=true: the server starts without loading a model and waits for a multi-model load call that a Marketplace model package never makes.`,
      'Remove SAGEMAKER_MULTI_MODEL from the image: a Marketplace model package serves the one model in /opt/ml/model.'
    )
  }
  const submit =
    env.SAGEMAKER_SUBMIT_DIRECTORY ?? context.hyperparameters?.sagemaker_submit_directory
  if (submit && /^s3:\/\//i.test(submit)) {
    problem(
      `\`${input}\` sets SAGEMAKER_SUBMIT_DIRECTORY=${submit}: the toolkit downloads the code from S3 at start, which fails under network isolation.`,
      'Bake the code into the image (/opt/ml/code) and point SAGEMAKER_SUBMIT_DIRECTORY there, or leave it unset.'
    )
  }
  if (files.requirements) {
    problem(
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
    problem(
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
  /** Not set anywhere: the server's default (SERVER_DEFAULT_SECONDS). */
  defaulted?: true
}

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

/**
 * Each server's timeout when none is given: gunicorn's --timeout 30 s (gunicorn settings), nginx's
 * proxy_read_timeout 60 s (ngx_http_proxy_module), TorchServe's and MMS's default_response_timeout
 * 120 s (their configuration docs). Only gunicorn's is below SageMaker's 60 s.
 */
export const SERVER_DEFAULT_SECONDS: Record<ServerTimeout['server'], number> = {
  gunicorn: 30,
  nginx: 60,
  TorchServe: 120,
  MMS: 120
}

/** A server the image starts, and where that was read. */
export interface StartedServer {
  server: ServerTimeout['server']
  where: string
}

/** gunicorn started (ENTRYPOINT, a script, a config file) with no timeout option anywhere near. */
export function gunicornWithoutTimeout(text: string): boolean {
  return /\bgunicorn\b/.test(text) && !/--timeout|\btimeout\s*=|(?:^|[\s'"])-t\b/m.test(text)
}

/** A server started without its timeout option runs with its default: added for each that set none. */
export function withServerDefaults(
  timeouts: readonly ServerTimeout[],
  started: readonly StartedServer[]
): ServerTimeout[] {
  const out = [...timeouts]
  for (const s of started) {
    if (out.some(t => t.server === s.server)) continue
    const seconds = SERVER_DEFAULT_SECONDS[s.server]
    out.push({
      server: s.server,
      setting: `default of ${seconds} s`,
      seconds,
      where: s.where,
      defaulted: true
    })
  }
  return out
}

export function serverTimeoutsVerdict(input: string, timeouts: readonly ServerTimeout[]): Verdict {
  const short = timeouts.filter(t => t.seconds < REALTIME_INVOCATION_SECONDS)
  if (!short.length) {
    return pass(
      timeouts.length
        ? `${input}: ${timeouts.map(t => `${t.server} ${t.setting}${t.defaulted ? ', none set' : ''} (${t.where})`).join(', ')}, none below ${REALTIME_INVOCATION_SECONDS} s`
        : `${input}: no gunicorn, nginx, TorchServe or MMS timeout found in its command line, environment or configuration files`
    )
  }
  return fail({
    message: `\`${input}\` ${short.map(described).join('; ')}: a request that takes longer is cut off by the server (a 502 or 504 from the front server, or a killed worker), although SageMaker allows a real-time invocation ${REALTIME_INVOCATION_SECONDS} seconds.`,
    help: `Raise the timeout to at least ${REALTIME_INVOCATION_SECONDS} seconds (gunicorn --timeout, ${SERVER_DEFAULT_SECONDS.gunicorn} s when not given; nginx proxy_read_timeout, TorchServe/MMS default_response_timeout), and more for batch transform, which waits up to its InvocationsTimeoutInSeconds.`,
    file: input
  })
}

function described(t: ServerTimeout): string {
  return t.defaulted
    ? `starts ${t.server} without a timeout option in ${t.where}, so it runs with ${t.server}'s default of ${t.seconds} s`
    : `sets ${t.server} ${t.setting} in ${t.where}`
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
  return fail({
    severity: 'error',
    title: `\`${command}\` cannot be run`,
    message: found
      ? `\`${input}\` has no ENTRYPOINT, so SageMaker runs \`${command}\` as the command, but ${found.path} is not executable (mode ${(found.mode & 0o777).toString(8)}): the container fails with "permission denied".`
      : `\`${input}\` has no ENTRYPOINT, so SageMaker runs \`${command}\` as the command, but there is no \`${command}\` in its PATH (${pathDirs.join(':') || 'empty'}): the container fails with "executable file not found in $PATH".`,
    help: found
      ? `Make it executable in the Dockerfile (\`RUN chmod +x ${found.path}\`).`
      : `Add an executable \`${command}\` script to a PATH directory (e.g. \`COPY serve /usr/local/bin/serve\` and \`RUN chmod +x /usr/local/bin/serve\`), or set an exec-form ENTRYPOINT that handles the \`${command}\` argument.`,
    file: input
  })
}

/**
 * A script whose first line ends in a carriage return: its interpreter is not found. `started`: what
 * runs it, the `serve`/`train` command on PATH or the image's ENTRYPOINT.
 */
export function lineEndingsVerdict(
  input: string,
  started: 'serve' | 'train' | 'ENTRYPOINT',
  script: { path: string; content: Buffer }
): Verdict {
  const first = script.content.subarray(0, 256).toString('latin1').split('\n')[0]
  if (!first.startsWith('#!') || !first.endsWith('\r')) {
    return pass(`${input}: the first line of ${script.path} ends without a carriage return`)
  }
  return fail({
    severity: 'warning',
    title: `\`${started}\` was saved with Windows line endings`,
    message: `\`${input}\`'s \`${started}\` (${script.path}) was saved with Windows line endings: its first line ends in a carriage return (\\r), so the kernel looks for an interpreter whose name ends in \\r and the container fails with "no such file or directory" before any of your code runs.`,
    help: `Convert it to Unix line endings before building (\`dos2unix ${script.path.split('/').pop()}\`, or \`RUN sed -i 's/\\r$//' ${script.path}\` in the Dockerfile); \`* text eol=lf\` in .gitattributes keeps Git on Windows from converting it again.`,
    file: input
  })
}
