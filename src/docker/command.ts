// The docker CLI, run with a minimal environment: the CLI needs to find the engine and the
// registry credentials (ECR login writes ~/.docker/config.json), nothing else from the runner.
// child_process, not @actions/exec: every docker call here needs a timeout, SIGKILL and an AbortSignal.

import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const CLI_ENV = [
  'PATH',
  'HOME',
  'DOCKER_HOST',
  'DOCKER_CONFIG',
  'DOCKER_CONTEXT',
  'DOCKER_CERT_PATH',
  'DOCKER_TLS_VERIFY',
  'XDG_RUNTIME_DIR'
]

export function cliEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const name of CLI_ENV) if (env[name] !== undefined) out[name] = env[name]
  return out
}

export interface DockerResult {
  code: number
  stdout: string
  stderr: string
}

export interface DockerOptions {
  env: NodeJS.ProcessEnv
  timeoutMs: number
  signal?: AbortSignal
  input?: string
}

/** Runs `docker ARGS` to completion; never throws for a non-zero exit (the caller decides). */
export function docker(args: string[], options: DockerOptions): Promise<DockerResult> {
  return new Promise(resolve => {
    const child = execFile(
      'docker',
      args,
      {
        env: cliEnv(options.env),
        timeout: options.timeoutMs,
        signal: options.signal,
        maxBuffer: 8 * 1024 * 1024,
        killSignal: 'SIGKILL'
      },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null
        let code = 0
        if (e) code = typeof e.code === 'number' ? e.code : -1
        const reason =
          e && code === -1 ? `${stderr}${stderr ? '\n' : ''}${e.message}`.trim() : stderr
        resolve({ code, stdout, stderr: reason })
      }
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

/** Starts `docker ARGS` as a long-running process (attached `docker run`, `docker wait`…). */
export function spawnDocker(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: SpawnOptions = {}
): ChildProcess {
  return spawn('docker', args, { ...options, env: cliEnv(env) })
}

/** Whether a Docker engine answers, within a short timeout. */
export async function engineAvailable(
  env: NodeJS.ProcessEnv,
  timeoutMs = 10000
): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  const r = await docker(['version', '--format', '{{.Server.Version}}'], { env, timeoutMs })
  if (r.code === 0 && r.stdout.trim()) return { ok: true, version: r.stdout.trim() }
  const why = lastLines(r.stderr, 2) || `docker exited with ${r.code}`
  return { ok: false, reason: `\`docker version\` did not reach an engine: ${why}` }
}

export function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join('\n').trim()
}

/** A registry login that lives in a private Docker config directory until `dispose()`. */
export interface TemporaryLogin {
  /** The environment to pull with: DOCKER_CONFIG is the temporary directory. */
  env: NodeJS.ProcessEnv
  dispose(): Promise<void>
}

/**
 * `docker login` into a temporary DOCKER_CONFIG (mode 0700, removed by `dispose()`, and at once when
 * the login fails), never the user's ~/.docker/config.json. The password goes on stdin only.
 */
export async function loginTemporarily(
  env: NodeJS.ProcessEnv,
  registry: string,
  login: { username: string; password: string },
  signal?: AbortSignal
): Promise<{ ok: true; login: TemporaryLogin } | { ok: false; reason: string }> {
  const engine = await engineHost(env, signal)
  const dir = await mkdtemp(
    path.join(env.RUNNER_TEMP || tmpdir(), 'marketplace-ml-preflight-docker-')
  )
  const dispose = (): Promise<void> => rm(dir, { recursive: true, force: true })
  // the engine the user's config points at (a context lives in that config) stays the one used
  const loginEnv: NodeJS.ProcessEnv = { ...env, DOCKER_CONFIG: dir, DOCKER_CONTEXT: undefined }
  if (engine) loginEnv.DOCKER_HOST = engine
  try {
    const r = await docker(['login', '--username', login.username, '--password-stdin', registry], {
      env: loginEnv,
      timeoutMs: 60000,
      signal,
      input: login.password
    })
    if (r.code === 0) return { ok: true, login: { env: loginEnv, dispose } }
    await dispose()
    const why = lastLines(r.stderr, 2).split(login.password).join('***')
    return { ok: false, reason: why || `docker login exited with ${r.code}` }
  } catch (err) {
    await dispose()
    throw err
  }
}

/** The engine endpoint of the current Docker context, when DOCKER_HOST does not name it already. */
async function engineHost(
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal
): Promise<string | undefined> {
  if (env.DOCKER_HOST) return env.DOCKER_HOST
  const r = await docker(['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}'], {
    env,
    timeoutMs: 10000,
    signal
  })
  const host = r.stdout.trim()
  return r.code === 0 && host ? host : undefined
}
