// One serving run of the image, exactly as SageMaker starts it: `docker run --network none IMAGE
// serve`, /opt/ml/model read-only, no variables but SageMaker's. Real-time first, then batch
// transform (SAGEMAKER_BATCH=true), which is how Marketplace validates a model package.

import type { InvocationFact, RunContext, SmokeTestFacts } from '../context.js'
import { Container, type RunSpec } from '../docker/container.js'
import { runId } from '../docker/labels.js'
import { openExecProbe, openNsenterProbe, ProbeError, type Probe } from '../docker/probe.js'
import { capitalize } from '../static-checks.js'
import { unlessAborted, within } from '../timing.js'
import { checkExecutionParameters } from './execution-parameters.js'
import { networkLines, quote } from './log-signs.js'
import { LIMITS, type Payload } from './payloads.js'

export type ServeMode = 'realtime' | 'batch'

export interface ServeSetup {
  image: string
  modelDir: string
  payloads: Payload[]
  /** A private temporary directory (the forwarder's socket lives there). */
  tmp: string
  labels: string[]
  stopGraceMs: number
  probe: 'auto' | 'exec'
  /** Payloads the batch run does not send: they already outlasted `invocation-timeout` in real time,
   * and waiting up to the batch ceiling (an hour each) would stall the run. */
  skipInBatch?: ReadonlySet<string>
}

/** One serving run: the facts the report keeps, and whether /ping ever answered 200. */
export type ServeOutcome = Omit<SmokeTestFacts, 'image' | 'logExcerpt'> & {
  started: boolean
  logExcerpt: string
}

const PING_TIMEOUT_MS = 2000
/** How long a dropped invocation waits for docker to report that the container died. */
const EXIT_NOTICE_MS = 1000
const POLL_MS = 100
/** A /ping attempt cut shorter than this by the startup deadline proves nothing, so none is made. */
const MIN_ATTEMPT_MS = 100
const BATCH_INVOCATION_MS = 3600 * 1000
// what a transform job sets when it gives no values of its own (SageMaker's defaults)
const BATCH_ENV = {
  SAGEMAKER_BATCH: 'true',
  SAGEMAKER_MAX_PAYLOAD_IN_MB: '6',
  SAGEMAKER_BATCH_STRATEGY: 'MULTI_RECORD',
  SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: '1'
}

export async function serve(
  ctx: RunContext,
  setup: ServeSetup,
  mode: ServeMode
): Promise<ServeOutcome> {
  const { findings, inputs, signal } = ctx
  const where = mode === 'batch' ? ' in the batch-transform run (SAGEMAKER_BATCH=true)' : ''
  const spec: RunSpec = {
    image: setup.image,
    command: 'serve',
    env: mode === 'batch' ? BATCH_ENV : {},
    mounts: [{ source: setup.modelDir, target: '/opt/ml/model', readOnly: true }],
    extraArgs: inputs.dockerRunArgs,
    labels: setup.labels
  }
  const container = new Container(spec, ctx.env)
  const outcome: ServeOutcome = { started: false, invocations: [], logExcerpt: '' }
  let probe: Probe | undefined
  const failed = new Set<string>()
  const fail = (rule: string, message: string, help?: string): void => {
    failed.add(rule)
    findings.add(rule, { message, help })
  }
  const logTail = (n = 15): string => quote(container.log.lines(n))

  const networkCheck = (): void => {
    const lines = networkLines(container.log.lines(300))
    if (lines.length === 0) return
    fail(
      'network-dependency',
      `The container reached for the network${where} and failed (it runs with --network none, as under SageMaker network isolation). Log lines:\n${quote(lines)}`
    )
  }
  const exitedMessage = (): string => {
    const code = container.exitCode
    const after = container.secondsSinceStart().toFixed(1)
    const what =
      code === 125
        ? 'docker could not create the container (exit 125)'
        : code === 126 || code === 127
          ? `the entrypoint could not be run (exit ${code})`
          : `the container exited with code ${code}`
    return `${capitalize(what)} ${after} s after \`docker run --network none ${setup.image} serve\`${where}, before GET /ping answered 200. Last log lines:\n${logTail()}`
  }

  try {
    const pid = await container.pid(signal)
    if (pid !== undefined) probe = await openProbe(ctx, setup, container, pid)
    const ready = probe
      ? await waitReady(container, probe, inputs.startupTimeoutSec * 1000, signal)
      : ({ kind: 'exited' } as const)
    outcome.probeMethod = probe?.method

    if (ready.kind === 'exited') {
      fail('serve-start', exitedMessage())
      networkCheck()
      return outcome
    }
    if (ready.kind === 'timeout') {
      const silent = ready.lastStatus === undefined
      fail(
        'serve-start',
        `GET /ping did not answer 200 within ${inputs.startupTimeoutSec} s${where} (last attempt: ${ready.last}). Last log lines:\n${logTail()}`,
        silent
          ? 'Listen on 0.0.0.0:8080 (or 127.0.0.1:8080): SageMaker sends every request to port 8080.'
          : undefined
      )
      if (!silent) {
        fail(
          'ping',
          `GET /ping answered ${ready.lastStatus}${where}; SageMaker needs 200 (the body may be empty).`
        )
      }
      networkCheck()
      return outcome
    }

    outcome.started = true
    outcome.startupSeconds = round(ready.seconds, 2)
    findings.pass('serve-start', `answered GET /ping 200 after ${outcome.startupSeconds} s${where}`)

    const ping = await timedRequest(
      probe!,
      {
        method: 'GET',
        path: '/ping',
        timeoutMs: PING_TIMEOUT_MS
      },
      signal
    )
    if ('error' in ping) {
      fail('ping', `GET /ping did not answer within 2 s once started${where}: ${ping.error}.`)
    } else if (ping.status !== 200) {
      fail('ping', `GET /ping answered ${ping.status}${where} once started; SageMaker needs 200.`)
    } else {
      outcome.pingMs = ping.ms
    }

    if (mode === 'batch') {
      outcome.executionParameters = await executionParameters(ctx, probe!)
    }

    const limit = mode === 'batch' ? LIMITS.batchBytes : LIMITS.realtimeBytes
    const timeoutMs = mode === 'batch' ? BATCH_INVOCATION_MS : inputs.invocationTimeoutSec * 1000
    for (const p of setup.payloads) {
      signal.throwIfAborted()
      if (!container.running) {
        outcome.invocations.push(
          fact(p, mode, { latencyMs: 0, error: 'not sent: the container had exited' })
        )
        continue
      }
      if (mode === 'batch' && setup.skipInBatch?.has(p.name)) {
        outcome.invocations.push(
          fact(p, mode, {
            latencyMs: 0,
            error: `not sent: it did not answer within invocation-timeout (${inputs.invocationTimeoutSec} s) in the real-time run; raise invocation-timeout (up to 3600) to measure its batch latency`
          })
        )
        continue
      }
      if (p.bytes > limit) {
        outcome.invocations.push(
          fact(p, mode, { latencyMs: 0, error: 'not sent: too large (see payload-size)' })
        )
        continue
      }
      const r = await timedRequest(
        probe!,
        {
          method: 'POST',
          path: '/invocations',
          headers: {
            'Content-Type': p.contentType,
            'Content-Length': String(p.bytes),
            ...(inputs.accept ? { Accept: inputs.accept } : {})
          },
          bodyFile: p.file,
          timeoutMs
        },
        signal
      )
      if ('error' in r) {
        outcome.invocations.push(
          fact(p, mode, {
            latencyMs: r.ms,
            error: r.error,
            ...(r.timedOut ? { timedOut: true } : {})
          })
        )
        if (r.timedOut) {
          fail(
            'invocation-latency',
            `POST /invocations with ${p.name} did not answer within ${timeoutMs / 1000} s${where}.`
          )
        } else {
          const exited = (await container.exitsWithin(EXIT_NOTICE_MS))
            ? ` The container exited with code ${container.exitCode}.`
            : ''
          fail(
            'invocation',
            `POST /invocations with ${p.name} (${p.contentType}) got no answer${where}: ${r.error}.${exited} Last log lines:\n${logTail()}`
          )
          networkCheck()
        }
        continue
      }
      outcome.invocations.push(fact(p, mode, { latencyMs: r.ms, status: r.status }))
      if (r.status < 200 || r.status > 299) {
        const body = r.bodyStart.trim().slice(0, 500)
        fail(
          'invocation',
          `POST /invocations with ${p.name} (${p.contentType}) answered ${r.status}${where}.${body ? ` Response body: "${body}"` : ''} Last log lines:\n${logTail()}`
        )
        networkCheck()
      }
    }
    if (setup.payloads.length > 0) {
      const n = outcome.invocations.filter(i => i.status !== undefined && i.status < 300).length
      const max = Math.max(0, ...outcome.invocations.map(i => i.latencyMs))
      if (!failed.has('invocation')) {
        findings.pass('invocation', `${n} payload(s) answered 2xx${where}`)
      }
      if (!failed.has('invocation-latency')) {
        findings.pass('invocation-latency', `slowest invocation ${max} ms${where}`)
      }
    }
    if (!failed.has('ping') && outcome.pingMs !== undefined) {
      findings.pass('ping', `GET /ping answered 200 in ${outcome.pingMs} ms${where}`)
    }

    if (!container.running) {
      findings.skip(
        'sigterm',
        `the container exited with code ${container.exitCode} before it could be stopped${where}`
      )
    } else {
      const stop = await container.stop(setup.stopGraceMs)
      outcome.stopSeconds = round(stop.seconds, 2)
      if (stop.killed) {
        findings.add('sigterm', {
          message: `The container was still running ${setup.stopGraceMs / 1000} s after SIGTERM${where} and had to be killed (SIGKILL).`
        })
      } else {
        findings.pass('sigterm', `exited ${outcome.stopSeconds} s after SIGTERM${where}`)
      }
    }
    if (!failed.has('network-dependency')) {
      findings.pass('network-dependency', `served with --network none${where}`)
    }
    return outcome
  } finally {
    outcome.exitCode = container.exitCode ?? undefined
    await probe?.close()
    await container.remove()
    outcome.logExcerpt = container.log.excerpt()
  }
}

export async function openProbe(
  ctx: RunContext,
  setup: Pick<ServeSetup, 'probe' | 'tmp'>,
  container: Container,
  pid: number
): Promise<Probe | undefined> {
  let nsenter: string | undefined
  if (setup.probe === 'auto') {
    try {
      return await openNsenterProbe(pid, setup.tmp, runId(ctx.env))
    } catch (err) {
      nsenter = (err as Error).message
      ctx.log.info(`Probing with docker exec: ${nsenter}`)
    }
  }
  try {
    return await openExecProbe(container.name, ctx.env)
  } catch (err) {
    if (!container.running) return undefined
    throw new UnreachableError(
      `the container's port 8080 could not be reached: ${nsenter ? `nsenter into its network namespace failed (${nsenter}), and ` : ''}${(err as Error).message}. Run on a runner where the step may use nsenter (root or passwordless sudo, as on GitHub-hosted runners), or add curl, python3 or wget to the image`
    )
  }
}

/** Neither probe could reach the container: a limit of the machine, not a finding on the image. */
export class UnreachableError extends Error {
  name = 'UnreachableError'
}

type Ready =
  | { kind: 'ready'; seconds: number }
  | { kind: 'exited' }
  | { kind: 'timeout'; last: string; lastStatus?: number }

/** Polls GET /ping until 200; notices an exited container at once. */
export async function waitReady(
  container: Container,
  probe: Probe,
  timeoutMs: number,
  signal: AbortSignal
): Promise<Ready> {
  const deadline = performance.now() + timeoutMs - container.secondsSinceStart() * 1000
  let last = 'nothing answered on port 8080'
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
      probe.request({ method: 'GET', path: '/ping', timeoutMs: attempt }).catch(e => e as Error),
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
    await within(exited, POLL_MS, signal)
  }
  return container.running ? { kind: 'timeout', last, lastStatus } : { kind: 'exited' }
}

type Timed =
  | { status: number; ms: number; bodyStart: string }
  | { error: string; timedOut: boolean; ms: number }

async function timedRequest(
  probe: Probe,
  req: Parameters<Probe['request']>[0],
  signal: AbortSignal
): Promise<Timed> {
  try {
    return await unlessAborted(probe.request(req), signal)
  } catch (err) {
    if (signal.aborted) throw err
    const e = err as ProbeError
    return { error: e.message, timedOut: e.timedOut ?? false, ms: e.ms ?? 0 }
  }
}

async function executionParameters(ctx: RunContext, probe: Probe): Promise<unknown> {
  const { findings } = ctx
  const r = await timedRequest(
    probe,
    {
      method: 'GET',
      path: '/execution-parameters',
      timeoutMs: 10000
    },
    ctx.signal
  )
  if ('error' in r) {
    findings.add('execution-parameters', {
      message: `GET /execution-parameters got no answer: ${r.error}.`
    })
    return undefined
  }
  if (r.status === 404) {
    findings.pass('execution-parameters', 'answered 404: the transform job defaults apply')
    return undefined
  }
  if (r.status !== 200) {
    findings.add('execution-parameters', {
      message: `GET /execution-parameters answered ${r.status}; expected 200 with JSON, or 404.`
    })
    return undefined
  }
  const verdict = checkExecutionParameters(r.bodyStart)
  for (const e of verdict.errors)
    findings.add('execution-parameters', { message: `GET /execution-parameters: ${e}.` })
  for (const w of verdict.warnings) {
    findings.add('execution-parameters', {
      severity: 'warning',
      message: `GET /execution-parameters: ${w}.`
    })
  }
  if (verdict.errors.length === 0 && verdict.warnings.length === 0) {
    findings.pass('execution-parameters', `answered ${JSON.stringify(verdict.value)}`)
  }
  return verdict.value
}

function fact(
  p: Payload,
  mode: ServeMode,
  r: { latencyMs: number; status?: number; error?: string; timedOut?: boolean }
): InvocationFact {
  return { payload: p.name, contentType: p.contentType, bytes: p.bytes, mode, ...r }
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits))
}
