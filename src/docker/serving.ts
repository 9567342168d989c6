// One serving session of an image, as SageMaker starts it for an endpoint or a transform job:
// `docker run --network none IMAGE serve`, the container's port reached by a probe, GET /ping polled
// until 200, then requests sent with a timeout and a bounded answer, and the container removed. The
// smoke test and the validation replay both serve through it.

import type { RunContext } from '../core/context.js'
import { withProgress } from '../core/progress.js'
import { unlessAborted, within } from '../core/timing.js'
import { PING_TIMEOUT_MS, SERVING_PORT } from '../catalog/sagemaker-limits.js'
import { Container, type ContainerLimits, type Mount } from './container.js'
import { runId } from './labels.js'
import {
  BodyTooLargeError,
  openExecProbe,
  openNsenterProbe,
  ProbeError,
  SMALL_ANSWER_BYTES,
  type HttpRequest,
  type HttpResponse,
  type Probe
} from './probe.js'
import { readListeners, type Listener } from './sockets.js'

export interface ServingSpec {
  image: string
  /** The container's variables: SageMaker's, and nothing else. */
  env: Record<string, string>
  /** /opt/ml/model, when there is model data. */
  mounts: Mount[]
  labels: string[]
  /** The image's VOLUMEs, when its config was read (else `docker run` is preceded by a read). */
  volumes?: string[]
  /** The vCPUs and memory of `instance-type`; unlimited without it. */
  limits?: ContainerLimits
  /** A private temporary directory (the forwarder's socket lives there). */
  tmp: string
  probe: 'auto' | 'exec'
  /** The port the server is told to use (SAGEMAKER_BIND_TO_PORT); 8080 without it. */
  port?: number
  /** The image was given SAGEMAKER_BIND_TO_PORT: a listener on 8080 instead ends the wait. */
  bindToPort?: boolean
  /** Runs once `docker run` is under way, while this process only waits for the container to start
   * (work done here does not delay noticing that the server answers). */
  whileStarting?: () => void
  /** Progress reported while /ping is awaited; none without it. */
  progress?: { what: string; everyMs?: number }
  /** Runs once the container is removed, also when starting failed (the smoke test records the
   * container's resource use then). */
  onClosed?: (container: Container) => void
}

/** POST /invocations with a file's bytes. */
interface Invocation {
  file: string
  bytes: number
  contentType?: string
  /** Headers sent after Content-Type and Content-Length (Accept, SageMaker's own). */
  headers?: Record<string, string>
  timeoutMs: number
  maxBodyBytes: number
  /** Writes the whole answer to this file (see HttpRequest). */
  saveBodyTo?: string
}

/** An answer, or why there was none; an abort is thrown instead. */
export type Timed =
  HttpResponse | { error: string; timedOut: boolean; tooLarge: boolean; ms: number }

export type Ready =
  | { kind: 'ready'; seconds: number }
  | { kind: 'exited' }
  | { kind: 'timeout'; last: string; lastStatus?: number }
  | { kind: 'ignores-port'; seconds: number }

export interface ServingSession {
  readonly container: Container
  readonly port: number
  /** Undefined when the container exited before it could be reached. */
  readonly probe: Probe | undefined
  readonly ready: Ready
  /** The container's listening sockets; undefined when they cannot be read. */
  listeners(): Promise<Listener[] | undefined>
  request(req: HttpRequest): Promise<Timed>
  invoke(invocation: Invocation): Promise<Timed>
  /** Stops the container (SIGTERM, then SIGKILL after `stopGraceMs`) when given, and removes it. */
  close(stopGraceMs?: number): Promise<void>
}

/**
 * Starts the container and waits until GET /ping answers 200 (or it exits, or ignores its port, or
 * the startup window runs out). A fault on the way (no probe reaches it, an abort) removes the
 * container before it is thrown.
 */
export async function startServing(ctx: RunContext, spec: ServingSpec): Promise<ServingSession> {
  const port = spec.port ?? SERVING_PORT
  const container = await Container.start(
    {
      image: spec.image,
      command: 'serve',
      env: spec.env,
      mounts: spec.mounts,
      extraArgs: ctx.inputs.dockerRunArgs,
      labels: spec.labels,
      ...(spec.volumes ? { volumes: spec.volumes } : {}),
      ...(spec.limits ? { limits: spec.limits } : {})
    },
    ctx.env
  )
  const session = new Session(ctx, spec, container, port)
  try {
    await session.start()
    return session
  } catch (err) {
    await session.close()
    throw err
  }
}

class Session implements ServingSession {
  probe: Probe | undefined
  ready: Ready = { kind: 'exited' }
  private pid: number | undefined

  constructor(
    private readonly ctx: RunContext,
    private readonly spec: ServingSpec,
    readonly container: Container,
    readonly port: number
  ) {}

  async start(): Promise<void> {
    const pid = this.container.pid(this.ctx.signal)
    this.spec.whileStarting?.()
    this.pid = await pid
    if (this.pid === undefined) return
    this.probe = await openProbe(this.ctx, this.spec, this.container, this.pid, this.port)
    if (!this.probe) return
    this.ready = await this.awaitReady(this.probe)
  }

  private awaitReady(probe: Probe): Promise<Ready> {
    const { ctx, spec, container } = this
    const wait = waitReady(container, probe, ctx.inputs.startupTimeoutSec * 1000, ctx.signal, {
      port: this.port,
      ...(spec.bindToPort ? { listeners: () => this.listeners() } : {})
    })
    if (!spec.progress) return wait
    return withProgress(
      ctx.log,
      {
        what: spec.progress.what,
        limitSeconds: ctx.inputs.startupTimeoutSec,
        elapsedSeconds: () => container.secondsSinceStart(),
        latestLine: () => container.log.lines(1)[0],
        everyMs: spec.progress.everyMs
      },
      wait
    )
  }

  listeners(): Promise<Listener[] | undefined> {
    return this.pid === undefined
      ? Promise.resolve(undefined)
      : readListeners(this.pid, this.container.name, this.ctx.env)
  }

  request(req: HttpRequest): Promise<Timed> {
    if (!this.probe) throw new Error('the container was never reached')
    return timedRequest(this.probe, req, this.ctx.signal)
  }

  invoke(i: Invocation): Promise<Timed> {
    return this.request({
      method: 'POST',
      path: '/invocations',
      headers: {
        ...(i.contentType ? { 'Content-Type': i.contentType } : {}),
        'Content-Length': String(i.bytes),
        ...i.headers
      },
      bodyFile: i.file,
      timeoutMs: i.timeoutMs,
      maxBodyBytes: i.maxBodyBytes,
      ...(i.saveBodyTo ? { saveBodyTo: i.saveBodyTo } : {})
    })
  }

  async close(stopGraceMs?: number): Promise<void> {
    if (stopGraceMs !== undefined && this.container.running) {
      await this.container.stop(stopGraceMs)
    }
    // the forwarder ends on its own once told; removing the container need not wait for it
    await Promise.all([this.probe?.close(), this.container.remove()])
    this.spec.onClosed?.(this.container)
  }
}

/**
 * /ping polling: every 100 ms for the first seconds (a quick start is measured closely), then less
 * often, so a slow start does not fill the log with polls. SageMaker does not document its own
 * cadence; 1 s keeps the startup time measured to the second.
 */
const POLL_MS = 100
const POLL_MAX_MS = 1000
const POLL_FAST_FOR_MS = 3000
/** A /ping attempt cut shorter than this by the startup deadline proves nothing, so none is made. */
const MIN_ATTEMPT_MS = 100

async function openProbe(
  ctx: RunContext,
  setup: Pick<ServingSpec, 'probe' | 'tmp'>,
  container: Container,
  pid: number,
  port: number
): Promise<Probe | undefined> {
  let nsenter: string | undefined
  if (setup.probe === 'auto') {
    try {
      return await openNsenterProbe(pid, setup.tmp, runId(ctx.env), port)
    } catch (err) {
      nsenter = (err as Error).message
      ctx.log.info(`Probing with docker exec: ${nsenter}`)
    }
  }
  try {
    return await openExecProbe(container.name, ctx.env, port)
  } catch (err) {
    if (!container.running) return undefined
    throw new UnreachableError(
      `the container's port ${port} could not be reached: ${nsenter ? `nsenter into its network namespace failed (${nsenter}), and ` : ''}${(err as Error).message}. Run on a runner where the step may use nsenter (root or passwordless sudo, as on GitHub-hosted runners), or add curl, python3 or wget to the image`
    )
  }
}

/** Neither probe could reach the container: a limit of the machine, not a finding on the image. */
export class UnreachableError extends Error {
  name = 'UnreachableError'
}

interface WaitOptions {
  port: number
  /** Given when the image accepts SAGEMAKER_BIND_TO_PORT: a listener on 8080 instead ends the wait. */
  listeners?: () => Promise<Listener[] | undefined>
}

/** Polls GET /ping until 200; notices an exited container at once. */
export async function waitReady(
  container: Container,
  probe: Probe,
  timeoutMs: number,
  signal: AbortSignal,
  options: WaitOptions = { port: SERVING_PORT }
): Promise<Ready> {
  const start = performance.now()
  const deadline = start + timeoutMs - container.secondsSinceStart() * 1000
  let last = `nothing answered on port ${options.port}`
  let lastStatus: number | undefined
  let tried = false
  const exited = container.exited.then(() => 'exited' as const)
  while (performance.now() < deadline) {
    signal.throwIfAborted()
    if (!container.running) return { kind: 'exited' }
    const remaining = deadline - performance.now()
    if (remaining < MIN_ATTEMPT_MS) break
    const attempt = Math.min(PING_TIMEOUT_MS, remaining)
    const r = await Promise.race([
      probe
        .request({
          method: 'GET',
          path: '/ping',
          timeoutMs: attempt,
          maxBodyBytes: SMALL_ANSWER_BYTES
        })
        // the status is all the wait needs: a body past the limit is for the ping check once started
        .catch(e => (e instanceof BodyTooLargeError ? { status: e.status } : (e as Error))),
      exited
    ])
    if (r === 'exited') return { kind: 'exited' }
    if (r instanceof Error) {
      // a deadline-shortened attempt that timed out says less than the full attempt before it
      const cutShort = r instanceof ProbeError && r.timedOut && attempt < PING_TIMEOUT_MS
      if (!cutShort || !tried) {
        last = r.message
        lastStatus = undefined
      }
    } else if (r.status === 200) {
      return { kind: 'ready', seconds: container.secondsSinceStart() }
    } else {
      last = `answered ${r.status}`
      lastStatus = r.status
    }
    tried = true
    if (options.listeners && (await ignoresPort(options.listeners, options.port))) {
      return { kind: 'ignores-port', seconds: container.secondsSinceStart() }
    }
    await within(exited, pollDelay(performance.now() - start), signal)
  }
  return container.running ? { kind: 'timeout', last, lastStatus } : { kind: 'exited' }
}

/** Whether the server listens on 8080 and not on the port it was given. */
async function ignoresPort(
  listeners: () => Promise<Listener[] | undefined>,
  port: number
): Promise<boolean> {
  const open = new Set((await listeners())?.map(l => l.port))
  return open.has(SERVING_PORT) && !open.has(port)
}

/** The pause after a /ping attempt `elapsedMs` into the wait. */
export function pollDelay(elapsedMs: number): number {
  if (elapsedMs < POLL_FAST_FOR_MS) return POLL_MS
  return Math.min(POLL_MAX_MS, POLL_MS * 2 ** Math.ceil((elapsedMs - POLL_FAST_FOR_MS) / 1000))
}

async function timedRequest(probe: Probe, req: HttpRequest, signal: AbortSignal): Promise<Timed> {
  try {
    return await unlessAborted(probe.request(req), signal)
  } catch (err) {
    if (signal.aborted) throw err
    const e = err as ProbeError
    return {
      error: e.message,
      timedOut: e.timedOut ?? false,
      tooLarge: e instanceof BodyTooLargeError,
      ms: e.ms ?? 0
    }
  }
}
