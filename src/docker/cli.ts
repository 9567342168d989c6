// The docker CLI, run with a minimal environment: the CLI needs to find the engine and the
// registry credentials (ECR login writes ~/.docker/config.json), nothing else from the runner.

import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

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
