// One serving run of the image, exactly as SageMaker starts it: `docker run --network none IMAGE
// serve`, /opt/ml/model read-only, no variables but SageMaker's. Real-time first, then batch
// transform (SAGEMAKER_BATCH=true), which is how Marketplace validates a model package. An image
// labelled accept-bind-to-port=true is given another port in SAGEMAKER_BIND_TO_PORT and probed
// there, as a multi-container endpoint or inference pipeline does.

import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { InvocationFact, RunContext, SmokeTestFacts } from '../core/context.js'
import type { RuleId } from '../catalog/rules.js'
import {
  BATCH_INVOCATION_MS,
  DEFAULT_BATCH_PAYLOAD_MB,
  LIMITS,
  PING_TIMEOUT_MS,
  REALTIME_REQUEST_BYTES,
  SERVING_PORT
} from '../catalog/sagemaker-limits.js'
import { Container, type ContainerLimits, type RunSpec } from '../docker/container.js'
import { runId } from '../docker/labels.js'
import {
  BodyTooLargeError,
  openExecProbe,
  openNsenterProbe,
  ProbeError,
  SMALL_ANSWER_BYTES,
  type Probe
} from '../docker/probe.js'
import { loopbackOnly, readListeners, type Listener } from '../docker/sockets.js'
import { withProgress } from '../core/progress.js'
import { capitalize, MiB } from '../core/text.js'
import { unlessAborted, within } from '../core/timing.js'
import { askExecutionParameters, executionParametersVerdicts } from './execution-parameters.js'
import { likelyCause, networkLines, quote } from './log-signs.js'
import { modelMounts } from './model-archive.js'
import { batchPayloadFindings, mib, type Payload } from './payloads.js'
import { recordResources } from './instance-resources.js'
import {
  batchLimitBytes,
  BODY_LIMIT_HELP,
  describeLargeRequest,
  grownBody,
  isLineOriented,
  requestSizeVerdict
} from './request-size.js'
import { oversizedAnswer, responseLimit } from './response-size.js'
import { PingMonitor, pingUnderLoadFacts, pingUnderLoadVerdict } from './ping-monitor.js'
import { runConcurrentPass, type Answer } from './concurrency.js'
import { randomUUID } from 'node:crypto'
import { BIND_TO_PORT_LABEL, BOUND_PORT } from './bind-to-port.js'

export type ServeMode = 'realtime' | 'batch'

export interface ServeSetup {
  image: string
  /** /opt/ml/model; none when there is no model data (the image's own folder is served). */
  modelDir?: string
  payloads: Payload[]
  /** A private temporary directory (the forwarder's socket lives there). */
  tmp: string
  labels: string[]
  /** The vCPUs and memory of `instance-type`; unlimited without it. */
  limits?: ContainerLimits
  stopGraceMs: number
  /** Why this run does not judge SIGTERM (the rule is ignored, or the real-time run judged it):
   * the container is then killed at once instead of waiting out the grace period. */
  sigtermJudged?: string
  probe: 'auto' | 'exec'
  /** Payloads the batch run does not send: they already outlasted `invocation-timeout` in real time,
   * and waiting up to the batch ceiling (10 minutes each) would stall the run. */
  skipInBatch?: ReadonlySet<string>
  /** How often to report progress while waiting on the container (tests shorten it). */
  progressMs?: number
  /** SAGEMAKER_BIND_TO_PORT is given: the image accepts it and the endpoint runs several containers. */
  bindToPort?: boolean
  /** Why the container is expected on its port (src/smoke/bind-to-port.ts), for the findings. */
  portReason?: string
}

/** One serving run: the facts the report keeps, and whether /ping ever answered 200. */
export type ServeOutcome = Omit<SmokeTestFacts, 'image' | 'logExcerpt'> & {
  started: boolean
  logExcerpt: string
}

/** How long a dropped invocation waits for docker to report that the container died. */
const EXIT_NOTICE_MS = 1000
/**
 * /ping polling: every 100 ms for the first seconds (a quick start is measured closely), then less
 * often, so a slow start does not fill the log with polls. SageMaker does not document its own
 * cadence; 1 s keeps the startup time measured to the second.
 */
const POLL_MS = 100
const POLL_MAX_MS = 1000
const POLL_FAST_FOR_MS = 3000
/**
 * An invocation's own log lines arrive a moment after its answer (servers log once the answer is
 * out; docker relays the log): wait a little, then until the log is quiet, before quoting it.
 */
const LOG_SETTLE_MIN_MS = 500
const LOG_QUIET_MS = 250
const LOG_SETTLE_MAX_MS = 1500
/** A /ping attempt cut shorter than this by the startup deadline proves nothing, so none is made. */
const MIN_ATTEMPT_MS = 100
// where BATCH_INVOCATION_MS was exported before it moved to the catalog
export { BATCH_INVOCATION_MS }
// What a transform job that sets no batch values of its own passes: SAGEMAKER_BATCH alone. The
// developer guide (batch code): SAGEMAKER_MAX_PAYLOAD_IN_MB, _BATCH_STRATEGY and
// _MAX_CONCURRENT_TRANSFORMS "come from the API call made by the user. If the user doesn't set
// values for them, they aren't passed", so a server must not need them.
export const BATCH_ENV = { SAGEMAKER_BATCH: 'true' }

export async function serve(
  ctx: RunContext,
  setup: ServeSetup,
  mode: ServeMode
): Promise<ServeOutcome> {
  const { findings, inputs, signal } = ctx
  const where = mode === 'batch' ? ' in the batch-transform run (SAGEMAKER_BATCH=true)' : ''
  // findings name the run they showed in; one crash in both runs is one finding naming both
  const run =
    mode === 'batch' ? 'the batch-transform run (SAGEMAKER_BATCH=true)' : 'the real-time run'
  const port = setup.bindToPort ? BOUND_PORT : SERVING_PORT
  const spec: RunSpec = {
    image: setup.image,
    command: 'serve',
    env: {
      ...(mode === 'batch' ? BATCH_ENV : {}),
      ...(setup.bindToPort ? { SAGEMAKER_BIND_TO_PORT: String(port) } : {})
    },
    mounts: modelMounts(setup.modelDir),
    extraArgs: inputs.dockerRunArgs,
    labels: setup.labels,
    ...(setup.limits ? { limits: setup.limits } : {})
  }
  const container = await Container.start(spec, ctx.env)
  const outcome: ServeOutcome = { started: false, invocations: [], logExcerpt: '' }
  let probe: Probe | undefined
  const failed = new Set<string>()
  const fail = (rule: RuleId, message: string, help?: string): void => {
    failed.add(rule)
    findings.add(rule, { message, help, run })
  }
  const logTail = (n = 15): string => quote(container.log.lines(n))
  const answered = new Set<string>()
  /** Each payload's 2xx answer when sent alone, which its concurrent answers must equal. */
  const alone = new Map<string, Answer>()
  /** What the container is busy with, for a /ping under load that fails; undefined when idle. */
  let busyWith: string | undefined
  let pings: PingMonitor | undefined
  const timeoutMs = mode === 'batch' ? BATCH_INVOCATION_MS : inputs.invocationTimeoutSec * 1000
  /** POST /invocations with a file, as SageMaker sends it in this run. */
  const invoke = (contentType: string, bytes: number, file: string): Promise<Timed> =>
    timedRequest(
      probe!,
      {
        method: 'POST',
        path: '/invocations',
        headers: {
          'Content-Type': contentType,
          'Content-Length': String(bytes),
          ...(inputs.accept ? { Accept: inputs.accept } : {}),
          ...(mode === 'realtime' ? sageMakerHeaders() : {})
        },
        bodyFile: file,
        timeoutMs,
        maxBodyBytes: responseLimit(mode)
      },
      signal
    )

  /** The request grown from a sample to `limit`, written to a file once; undefined when the sample
   * already reaches the limit. */
  const grown = new Map<string, Promise<GrownRequest | undefined>>()
  const grow = (sample: Payload, limit: number): Promise<GrownRequest | undefined> => {
    const key = `${limit} ${sample.name}`
    let g = grown.get(key)
    if (!g) {
      const file = path.join(setup.tmp, `large-request-${mode}-${grown.size}`)
      g = readFile(sample.file).then(async data => {
        const body = grownBody(data, limit)
        if (!body) return undefined
        await writeFile(file, body.body)
        return { bytes: body.body.length, records: body.records, file }
      })
      grown.set(key, g)
    }
    return g
  }

  /** request-size-limit: one request grown from a passing line-oriented sample to SageMaker's limit. */
  const largeRequest = async (): Promise<void> => {
    const sample = setup.payloads.find(p => answered.has(p.name) && isLineOriented(p.contentType))
    if (!sample || !container.running) {
      if (setup.payloads.length > 0) {
        findings.skip(
          'request-size-limit',
          `no sample payload of a line-oriented type (text/csv, application/jsonlines, text/plain) answered 2xx${where}, so no larger request could be grown from its records`
        )
      }
      return
    }
    const limit =
      mode === 'batch' ? batchLimitBytes(outcome.executionParameters) : REALTIME_REQUEST_BYTES
    const limitName =
      mode === 'batch'
        ? `the batch limit, MaxPayloadInMB ${limit / MiB}`
        : 'the real-time limit of InvokeEndpoint'
    const large = await grow(sample, limit)
    if (!large) {
      findings.pass(
        'request-size-limit',
        `${sample.name} (${mib(sample.bytes)}) already reaches ${limitName}${where}`
      )
      return
    }
    const what = `${describeLargeRequest(large.bytes, large.records, sample.contentType, sample.name, limitName)}${where}`
    busyWith = `POST /invocations with the ${mib(large.bytes)} request-size-limit request`
    const r = await invoke(sample.contentType, large.bytes, large.file).finally(() => {
      busyWith = undefined
      return rm(large.file, { force: true })
    })
    ;(outcome.largeRequests ??= []).push({
      mode,
      payload: sample.name,
      bytes: large.bytes,
      records: large.records,
      latencyMs: r.ms,
      ...('error' in r ? { error: r.error } : { status: r.status })
    })
    const verdict = requestSizeVerdict(
      what,
      'error' in r ? r : { status: r.status, bodyStart: r.bodyStart },
      mode
    )
    if (!verdict.ok) {
      const exited = (await container.exitsWithin(EXIT_NOTICE_MS))
        ? ` The container exited with code ${container.exitCode}.`
        : ''
      verdict.finding.message += `${exited} Last log lines:\n${logTail()}`
    }
    findings.apply('request-size-limit', verdict)
  }
  const latestLine = (): string | undefined => container.log.lines(1)[0]

  const networkCheck = (): void => {
    const lines = networkLines(container.log.lines(300))
    if (lines.length === 0) return
    fail(
      'network-dependency',
      `The container reached for the network and failed (it runs with --network none, as under SageMaker network isolation). Log lines:\n${quote(lines)}`
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
    return `${capitalize(what)} ${after} s after \`docker run --network none ${setup.image} serve\`, before GET /ping answered 200.${likelyCause(container.log.lines(300))} Last log lines:\n${logTail()}`
  }

  try {
    const pid = await container.pid(signal)
    if (pid !== undefined) probe = await openProbe(ctx, setup, container, pid, port)
    const listeners = (): Promise<Listener[] | undefined> =>
      pid === undefined ? Promise.resolve(undefined) : readListeners(pid, container.name, ctx.env)
    if (probe && mode === 'realtime') {
      // grown while the server starts, from the sample it is likeliest grown from (the first
      // line-oriented one sent); a sample that cannot be read fails when the request is sent
      const likely = setup.payloads.find(
        p => isLineOriented(p.contentType) && p.bytes <= LIMITS.realtimeBytes
      )
      if (likely) grow(likely, REALTIME_REQUEST_BYTES).catch(() => undefined)
    }
    const ready = probe
      ? await withProgress(
          ctx.log,
          {
            what: `Waiting for GET /ping to answer 200${where}`,
            limitSeconds: inputs.startupTimeoutSec,
            elapsedSeconds: () => container.secondsSinceStart(),
            latestLine,
            everyMs: setup.progressMs
          },
          waitReady(container, probe, inputs.startupTimeoutSec * 1000, signal, {
            port,
            ...(setup.bindToPort ? { listeners } : {})
          })
        )
      : ({ kind: 'exited' } as const)
    outcome.probeMethod = probe?.method

    if (ready.kind === 'exited') {
      fail('serve-start', exitedMessage())
      networkCheck()
      return outcome
    }
    if (ready.kind === 'ignores-port') {
      fail(
        'serve-start',
        `The image is labelled ${BIND_TO_PORT_LABEL}=true, but given SAGEMAKER_BIND_TO_PORT=${port}${where} it listens on 8080 and not on ${port} (seen ${ready.seconds.toFixed(1)} s after start). Port ${port} is expected because ${setup.portReason}; SageMaker sends /ping there, and the endpoint fails its health check. Last log lines:\n${logTail()}`,
        `Read the port from SAGEMAKER_BIND_TO_PORT (8080 when unset) in the server's start script, or remove the label.`
      )
      return outcome
    }
    if (ready.kind === 'timeout') {
      const silent = ready.lastStatus === undefined
      fail(
        'serve-start',
        `GET /ping did not answer 200 within ${inputs.startupTimeoutSec} s (last attempt: ${ready.last}).${setup.portReason ? ` Port ${port} is expected because ${setup.portReason}.` : ''}${likelyCause(container.log.lines(300))} Last log lines:\n${logTail()}`,
        silent
          ? `Listen on 0.0.0.0:${port} (or [::]:${port}): SageMaker sends every request to port ${port}${setup.bindToPort ? ' (SAGEMAKER_BIND_TO_PORT)' : ''}, from outside the container.`
          : undefined
      )
      if (!silent) {
        fail(
          'ping',
          `GET /ping answered ${ready.lastStatus}; SageMaker needs 200 (the body may be empty).`
        )
      }
      networkCheck()
      return outcome
    }

    outcome.started = true
    outcome.startupSeconds = round(ready.seconds, 2)
    // the socket table is read while /ping is asked again: reading it cannot change the answer
    const [listening, ping] = await Promise.all([
      listeners(),
      timedRequest(
        probe!,
        {
          method: 'GET',
          path: '/ping',
          timeoutMs: PING_TIMEOUT_MS,
          maxBodyBytes: SMALL_ANSWER_BYTES
        },
        signal
      )
    ])
    const loopback = loopbackOnly(listening ?? [], port)
    if (loopback) {
      // the probe reaches loopback from inside; SageMaker's health check never does
      fail(
        'serve-start',
        `GET /ping answered 200 after ${outcome.startupSeconds} s${where}, but only on ${loopback.join(' and ')}: the server listens on loopback only. The preflight asks from inside the container; SageMaker's health check and requests come from outside it, so they never reach the server and the endpoint fails its health check.`,
        `Bind the server to 0.0.0.0:${port} (or [::]:${port}), e.g. \`listen ${port};\` in nginx, \`--bind 0.0.0.0:${port}\` for gunicorn, \`host="0.0.0.0"\` for Flask or uvicorn.`
      )
    } else {
      findings.pass(
        'serve-start',
        `answered GET /ping 200 after ${outcome.startupSeconds} s${where}${setup.portReason ? ` on ${setup.bindToPort ? `SAGEMAKER_BIND_TO_PORT=${port}` : port}: ${setup.portReason}` : ''}`
      )
    }

    if ('error' in ping) {
      fail(
        'ping',
        ping.tooLarge
          ? `Once started, GET /ping ${ping.error}. SageMaker's health check needs only the status: answer 200 with an empty body.`
          : `GET /ping did not answer within ${PING_TIMEOUT_MS / 1000} s once started: ${ping.error}.`
      )
    } else if (ping.status !== 200) {
      fail('ping', `GET /ping answered ${ping.status} once started; SageMaker needs 200.`)
    } else {
      outcome.pingMs = ping.ms
    }

    if (mode === 'batch') {
      outcome.executionParameters = await executionParameters(ctx, probe!)
    }
    // SageMaker keeps asking /ping once traffic flows; so does the preflight while invocations run
    pings = new PingMonitor(probe!, () => busyWith)

    let limit = LIMITS.realtimeBytes
    if (mode === 'batch') {
      // a transform job with SplitType None sends each object whole, and refuses one over MaxPayloadInMB
      const maxMb =
        (outcome.executionParameters as { MaxPayloadInMB?: number } | undefined)?.MaxPayloadInMB ??
        DEFAULT_BATCH_PAYLOAD_MB
      const answered = outcome.executionParameters !== undefined
      for (const finding of batchPayloadFindings(setup.payloads, maxMb, answered)) {
        findings.add('payload-size', finding)
      }
      limit = maxMb > 0 ? Math.min(LIMITS.batchBytes, maxMb * MiB) : LIMITS.batchBytes
    }
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
      const sent = performance.now()
      busyWith = `POST /invocations with ${p.name}`
      const r = await withProgress(
        ctx.log,
        {
          what: `Waiting for POST /invocations with ${p.name}${where}`,
          limitSeconds: timeoutMs / 1000,
          elapsedSeconds: () => (performance.now() - sent) / 1000,
          latestLine,
          everyMs: setup.progressMs
        },
        invoke(p.contentType, p.bytes, p.file)
      ).finally(() => (busyWith = undefined))
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
            `POST /invocations with ${p.name} did not answer within ${timeoutMs / 1000} s.`
          )
        } else if (r.tooLarge) {
          const f = oversizedAnswer(
            `POST /invocations with ${p.name} (${p.contentType})`,
            r.error,
            mode
          )
          fail('invocation', f.message, f.help)
        } else {
          const exited = (await container.exitsWithin(EXIT_NOTICE_MS))
            ? ` The container exited with code ${container.exitCode}.`
            : ''
          await logSettled(container)
          fail(
            'invocation',
            `POST /invocations with ${p.name} (${p.contentType}) got no answer: ${r.error}.${exited} Last log lines:\n${logTail()}`
          )
          networkCheck()
        }
        continue
      }
      outcome.invocations.push(fact(p, mode, { latencyMs: r.ms, status: r.status, ...answerOf(r) }))
      if (r.status < 200 || r.status > 299) {
        const body = r.bodyStart.trim().slice(0, 500)
        await logSettled(container)
        fail(
          'invocation',
          `POST /invocations with ${p.name} (${p.contentType}) answered ${r.status}.${body ? ` Response body: "${body}"` : ''} Last log lines:\n${logTail()}`,
          r.status === 413 ? BODY_LIMIT_HELP : undefined
        )
        if (r.status === 502 || r.status === 504) {
          // the front server (nginx) answered for a model server that died or gave up on the request
          findings.add('server-timeouts', {
            severity: 'warning',
            run,
            message: `POST /invocations with ${p.name} answered ${r.status} after ${(r.ms / 1000).toFixed(1)} s: the front server gave up on the model server behind it (a worker timeout, such as gunicorn's --timeout, or nginx's proxy_read_timeout), or that server crashed.`
          })
        }
        networkCheck()
      } else {
        answered.add(p.name)
        alone.set(p.name, r)
      }
    }
    if (mode === 'realtime' && inputs.concurrency > 1 && alone.size > 0 && container.running) {
      busyWith = `${inputs.concurrency} POST /invocations sent at once`
      const byName = new Map(setup.payloads.map(p => [p.name, p]))
      const facts = await runConcurrentPass(ctx.findings, {
        n: inputs.concurrency,
        alone,
        send: name => {
          const p = byName.get(name)!
          return invoke(p.contentType, p.bytes, p.file)
        },
        mode,
        where,
        run
      }).finally(() => (busyWith = undefined))
      outcome.concurrency = [facts]
    }
    await largeRequest()
    const samples = await pings.stop()
    outcome.pingUnderLoad = [pingUnderLoadFacts(samples, mode)]
    const underLoad = pingUnderLoadVerdict(samples, where)
    if (underLoad && !underLoad.ok) fail('ping', underLoad.finding.message, underLoad.finding.help)
    else if (underLoad) findings.pass('ping', underLoad.detail)
    if (setup.payloads.length > 0) {
      const n = outcome.invocations.filter(i => i.status !== undefined && i.status < 300).length
      const max = Math.max(0, ...outcome.invocations.map(i => i.latencyMs))
      // a server that never answers has not shown it can serve, whatever else is ignored
      if (n === 0 && !failed.has('invocation')) {
        fail(
          'invocation',
          `None of the ${setup.payloads.length} payload(s) got a 2xx answer from POST /invocations${where}: ${unanswered(outcome.invocations)}. Last log lines:\n${logTail()}`,
          'Marketplace validation sends the sample requests and needs answers: make /invocations answer each sample within `invocation-timeout` (load the model at startup, keep samples small).'
        )
      }
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
    } else if (setup.sigtermJudged) {
      await container.stop(0)
      findings.skip('sigterm', setup.sigtermJudged)
    } else {
      const stop = await container.stop(setup.stopGraceMs)
      outcome.stopSeconds = round(stop.seconds, 2)
      if (stop.killed) {
        findings.add('sigterm', {
          message: `The container was still running ${setup.stopGraceMs / 1000} s after SIGTERM and had to be killed (SIGKILL).`,
          run
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
    await pings?.stop()
    // the forwarder ends on its own once told; removing the container need not wait for it
    await Promise.all([probe?.close(), container.remove()])
    outcome.logExcerpt = container.log.excerpt()
    outcome.resources = recordResources(
      findings,
      container,
      setup.limits,
      mode === 'batch' ? 'in the batch-transform run' : 'while serving'
    )
  }
}

/** Waits until no log line has arrived for a moment (bounded), so a finding quotes its own request's. */
async function logSettled(container: Container): Promise<void> {
  const deadline = performance.now() + LOG_SETTLE_MAX_MS
  let seen = container.log.received
  await within(container.exited, LOG_SETTLE_MIN_MS)
  while (container.log.received !== seen && performance.now() < deadline) {
    seen = container.log.received
    await within(container.exited, LOG_QUIET_MS)
  }
}

export async function openProbe(
  ctx: RunContext,
  setup: Pick<ServeSetup, 'probe' | 'tmp'>,
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

type Ready =
  | { kind: 'ready'; seconds: number }
  | { kind: 'exited' }
  | { kind: 'timeout'; last: string; lastStatus?: number }
  | { kind: 'ignores-port'; seconds: number }

export interface WaitOptions {
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

/** A request-size-limit request, written to `file`. */
interface GrownRequest {
  bytes: number
  records: number
  file: string
}

/** The headers SageMaker adds to a real-time invocation: a server that refuses unknown headers
 * fails here as it would behind an endpoint (InvokeEndpoint: CustomAttributes, InferenceId). */
function sageMakerHeaders(): Record<string, string> {
  return {
    'X-Amzn-SageMaker-Custom-Attributes': 'preflight=true',
    'X-Amzn-SageMaker-Inference-Id': randomUUID()
  }
}

type Timed =
  | { status: number; ms: number; bodyStart: string; bytes: number; sha256: string }
  | { error: string; timedOut: boolean; tooLarge: boolean; ms: number }

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
    return {
      error: e.message,
      timedOut: e.timedOut ?? false,
      tooLarge: e instanceof BodyTooLargeError,
      ms: e.ms ?? 0
    }
  }
}

async function executionParameters(ctx: RunContext, probe: Probe): Promise<unknown> {
  const answer = await askExecutionParameters(probe, ctx.signal)
  ctx.findings.apply('execution-parameters', executionParametersVerdicts(answer))
  return answer.kind === 'answered' ? answer.parameters.value : undefined
}

/** How much of an answer the report keeps to show where it changed against a baseline: the digest
 * compares the whole answer, this start shows the difference in most (project choice). */
const ANSWER_START_CHARS = 256

function answerOf(r: {
  bodyStart: string
  bytes: number
  sha256: string
}): Pick<InvocationFact, 'answerBytes' | 'answerSha256' | 'answerStart'> {
  // whole characters: a cut through a surrogate pair would not survive JSON
  const start = Array.from(r.bodyStart.slice(0, ANSWER_START_CHARS + 1))
    .slice(0, ANSWER_START_CHARS)
    .join('')
  return { answerBytes: r.bytes, answerSha256: r.sha256, answerStart: start }
}

function fact(
  p: Payload,
  mode: ServeMode,
  r: Omit<InvocationFact, 'payload' | 'contentType' | 'bytes' | 'mode'>
): InvocationFact {
  return { payload: p.name, contentType: p.contentType, bytes: p.bytes, mode, ...r }
}

/** Why no payload answered 2xx, counted by cause: "2 timed out (see invocation-latency); 1 not sent: too large". */
function unanswered(invocations: InvocationFact[]): string {
  const causes = new Map<string, number>()
  for (const i of invocations) {
    const cause = i.timedOut
      ? 'timed out (see invocation-latency)'
      : (i.error ?? `answered ${i.status}`)
    causes.set(cause, (causes.get(cause) ?? 0) + 1)
  }
  return [...causes].map(([cause, n]) => `${n} ${cause}`).join('; ')
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits))
}
