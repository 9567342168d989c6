// One serving run of the image, exactly as SageMaker starts it: `docker run --network none IMAGE
// serve`, /opt/ml/model read-only, no variables but SageMaker's. Real-time first, then batch
// transform (SAGEMAKER_BATCH=true), which is how Marketplace validates a model package. An image
// labelled accept-bind-to-port=true is given another port in SAGEMAKER_BIND_TO_PORT and probed
// there, as a multi-container endpoint or inference pipeline does. The steps of a run share one
// ServeRun (serve-run.ts): startup verdicts here, the payloads (invocations.ts), the large request
// (large-request.ts), then SIGTERM here.

import type { RunContext } from '../core/context.js'
import {
  BATCH_INVOCATION_MS,
  ENDPOINT_LIMITS,
  PING_TIMEOUT_MS,
  SERVING_PORT
} from '../catalog/sagemaker-limits.js'
import { SMALL_ANSWER_BYTES, type Probe } from '../docker/probe.js'
import { startServing, type Ready, type ServingSpec } from '../docker/serving.js'
import { loopbackOnly } from '../docker/sockets.js'
import { capitalize } from '../core/text.js'
import { askExecutionParameters, executionParametersVerdicts } from './execution-parameters.js'
import { concurrentPass, invocationVerdicts, sendPayloads } from './invocations.js'
import { growLikely, largeRequest } from './large-request.js'
import { likelyCause } from './log-signs.js'
import { scriptLineEndingsCause } from './entry-script.js'
import { modelMounts } from './model-archive.js'
import { recordResources } from './instance-resources.js'
import { PingMonitor, pingUnderLoadFacts, pingUnderLoadVerdict } from './ping-monitor.js'
import {
  fail,
  lastLines,
  networkCheck,
  type GrownRequests,
  type ServeMode,
  type ServeOutcome,
  type ServeRun,
  type ServeSetup
} from './serve-run.js'
import { BIND_TO_PORT_LABEL, BOUND_PORT } from './bind-to-port.js'

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
  const where = mode === 'batch' ? ' in the batch-transform run (SAGEMAKER_BATCH=true)' : ''
  const outcome: ServeOutcome = { started: false, invocations: [], logExcerpt: '' }
  const grown: GrownRequests = new Map()
  const session = await startServing(ctx, {
    ...servingSpec(setup, mode),
    // grown while the server starts
    ...(mode === 'realtime'
      ? { whileStarting: () => growLikely({ grown, setup, mode }, ctx.inputs.endpointType) }
      : {}),
    progress: { what: `Waiting for GET /ping to answer 200${where}`, everyMs: setup.progressMs },
    onClosed: container => {
      outcome.resources = recordResources(
        ctx.findings,
        container,
        setup.limits,
        mode === 'batch' ? 'in the batch-transform run' : 'while serving'
      )
    }
  })
  const r: ServeRun = {
    ctx,
    setup,
    mode,
    session,
    container: session.container,
    outcome,
    failed: new Set(),
    where,
    // findings name the run they showed in; one crash in both runs is one finding naming both
    run: mode === 'batch' ? 'the batch-transform run (SAGEMAKER_BATCH=true)' : endpointRun(ctx),
    timeoutMs: mode === 'batch' ? BATCH_INVOCATION_MS : ctx.inputs.invocationTimeoutSec * 1000,
    grown,
    alone: new Map()
  }
  try {
    outcome.probeMethod = session.probe?.method
    if (await startupVerdicts(r, session.ready)) await served(r, session.probe!)
    return outcome
  } finally {
    await r.pings?.stop()
    await session.close()
    outcome.exitCode = r.container.exitCode ?? undefined
    outcome.logExcerpt = r.container.log.excerpt()
  }
}

/** How findings name the endpoint run: "the real-time run", "the serverless endpoint run". */
function endpointRun(ctx: RunContext): string {
  const type = ctx.inputs.endpointType
  return type === 'realtime'
    ? 'the real-time run'
    : `the ${type === 'async' ? 'asynchronous' : 'serverless'} endpoint run`
}

/** The container SageMaker runs in this mode: SAGEMAKER_BATCH in batch, the port it is given. */
function servingSpec(setup: ServeSetup, mode: ServeMode): ServingSpec {
  const port = setup.bindToPort ? BOUND_PORT : SERVING_PORT
  return {
    image: setup.image,
    env: {
      ...(mode === 'batch' ? BATCH_ENV : {}),
      ...(setup.bindToPort ? { SAGEMAKER_BIND_TO_PORT: String(port) } : {})
    },
    mounts: modelMounts(setup.modelDir),
    labels: setup.labels,
    ...(setup.volumes ? { volumes: setup.volumes } : {}),
    ...(setup.limits ? { limits: setup.limits } : {}),
    tmp: setup.tmp,
    probe: setup.probe,
    port,
    ...(setup.bindToPort ? { bindToPort: true } : {})
  }
}

/** Everything after /ping first answered 200: the payloads, the large request, the verdicts. */
async function served(r: ServeRun, probe: Probe): Promise<void> {
  const { ctx, outcome, where } = r
  await pingVerdicts(r)
  if (r.mode === 'batch') outcome.executionParameters = await executionParameters(ctx, probe)
  // SageMaker keeps asking /ping once traffic flows; so does the preflight while invocations run
  const pings = (r.pings = new PingMonitor(probe, () => r.busyWith))
  await sendPayloads(r)
  await concurrentPass(r)
  await largeRequest(r)
  const samples = await pings.stop()
  outcome.pingUnderLoad = [pingUnderLoadFacts(samples, r.mode)]
  const underLoad = pingUnderLoadVerdict(samples, where)
  if (underLoad && !underLoad.ok) fail(r, 'ping', underLoad.finding.message, underLoad.finding.help)
  else if (underLoad) ctx.findings.pass('ping', underLoad.detail)
  invocationVerdicts(r)
  if (!r.failed.has('ping') && outcome.pingMs !== undefined) {
    ctx.findings.pass('ping', `GET /ping answered 200 in ${outcome.pingMs} ms${where}`)
  }
  await sigterm(r)
  if (!r.failed.has('network-dependency')) {
    ctx.findings.pass('network-dependency', `served with --network none${where}`)
  }
}

/** serve-start (and ping, network-dependency) when /ping never answered 200; false then. */
async function startupVerdicts(r: ServeRun, ready: Ready): Promise<boolean> {
  const { setup, where } = r
  const { port } = r.session
  if (ready.kind === 'exited') {
    const scriptCause = await scriptLineEndingsCause(r.ctx, setup.image, setup.labels, 'serve')
    fail(r, 'serve-start', exitedMessage(r, scriptCause))
    networkCheck(r)
    return false
  }
  if (ready.kind === 'ignores-port') {
    fail(
      r,
      'serve-start',
      `The image is labelled ${BIND_TO_PORT_LABEL}=true, but given SAGEMAKER_BIND_TO_PORT=${port}${where} it listens on 8080 and not on ${port} (seen ${ready.seconds.toFixed(1)} s after start). Port ${port} is expected because ${setup.portReason}; SageMaker sends /ping there, and the endpoint fails its health check. ${lastLines(r)}`,
      `Read the port from SAGEMAKER_BIND_TO_PORT (8080 when unset) in the server's start script, or remove the label.`
    )
    return false
  }
  if (ready.kind === 'timeout') {
    startupTimeout(r, ready)
    return false
  }
  r.outcome.started = true
  r.outcome.startupSeconds = round(ready.seconds, 2)
  return true
}

/** `scriptCause`: what the image's own entry script shows (it outranks the log's signs). */
function exitedMessage(r: ServeRun, scriptCause: string): string {
  const { container } = r
  const code = container.exitCode
  const after = container.secondsSinceStart().toFixed(1)
  const what =
    code === 125
      ? 'docker could not create the container (exit 125)'
      : code === 126 || code === 127
        ? `the entrypoint could not be run (exit ${code})`
        : `the container exited with code ${code}`
  return `${capitalize(what)} ${after} s after \`docker run --network none ${r.setup.image} serve\`, before GET /ping answered 200.${scriptCause || likelyCause(container.log.lines(300))} ${lastLines(r)}`
}

/** GET /ping never answered 200 within `startup-timeout`: silent, or answering another status. */
function startupTimeout(r: ServeRun, ready: Extract<Ready, { kind: 'timeout' }>): void {
  const { setup } = r
  const { port } = r.session
  const silent = ready.lastStatus === undefined
  fail(
    r,
    'serve-start',
    `GET /ping did not answer 200 within ${r.ctx.inputs.startupTimeoutSec} s${startupLimit(r)} (last attempt: ${ready.last}).${setup.portReason ? ` Port ${port} is expected because ${setup.portReason}.` : ''}${likelyCause(r.container.log.lines(300))} ${lastLines(r)}`,
    silent
      ? `Listen on 0.0.0.0:${port} (or [::]:${port}): SageMaker sends every request to port ${port}${setup.bindToPort ? ' (SAGEMAKER_BIND_TO_PORT)' : ''}, from outside the container.`
      : undefined
  )
  if (!silent) {
    fail(
      r,
      'ping',
      `GET /ping answered ${ready.lastStatus}; SageMaker needs 200 (the body may be empty).`
    )
  }
  networkCheck(r)
}

/** " (a serverless endpoint allows 180 s: …)" when the endpoint type bounds startup-timeout. */
function startupLimit(r: ServeRun): string {
  const limits = ENDPOINT_LIMITS[r.ctx.inputs.endpointType]
  return limits.maxStartupSeconds
    ? `; ${limits.name} must answer within ${limits.maxStartupSeconds} s (${limits.source})`
    : ''
}

/** serve-start once started (the listener must not be loopback only), and GET /ping asked again. */
async function pingVerdicts(r: ServeRun): Promise<void> {
  const { outcome, where, setup } = r
  const { session } = r
  const { port } = session
  // the socket table is read while /ping is asked again: reading it cannot change the answer
  const [listening, ping] = await Promise.all([
    session.listeners(),
    session.request({
      method: 'GET',
      path: '/ping',
      timeoutMs: PING_TIMEOUT_MS,
      maxBodyBytes: SMALL_ANSWER_BYTES
    })
  ])
  const loopback = loopbackOnly(listening ?? [], port)
  if (loopback) {
    // the probe reaches loopback from inside; SageMaker's health check never does
    fail(
      r,
      'serve-start',
      `GET /ping answered 200 after ${outcome.startupSeconds} s${where}, but only on ${loopback.join(' and ')}: the server listens on loopback only. The preflight asks from inside the container; SageMaker's health check and requests come from outside it, so they never reach the server and the endpoint fails its health check.`,
      `Bind the server to 0.0.0.0:${port} (or [::]:${port}), e.g. \`listen ${port};\` in nginx, \`--bind 0.0.0.0:${port}\` for gunicorn, \`host="0.0.0.0"\` for Flask or uvicorn.`
    )
  } else {
    r.ctx.findings.pass(
      'serve-start',
      `answered GET /ping 200 after ${outcome.startupSeconds} s${where}${setup.portReason ? ` on ${setup.bindToPort ? `SAGEMAKER_BIND_TO_PORT=${port}` : port}: ${setup.portReason}` : ''}`
    )
  }
  if ('error' in ping) {
    fail(
      r,
      'ping',
      ping.tooLarge
        ? `Once started, GET /ping ${ping.error}. SageMaker's health check needs only the status: answer 200 with an empty body.`
        : `GET /ping did not answer within ${PING_TIMEOUT_MS / 1000} s once started: ${ping.error}.`
    )
  } else if (ping.status !== 200) {
    fail(r, 'ping', `GET /ping answered ${ping.status} once started; SageMaker needs 200.`)
  } else {
    outcome.pingMs = ping.ms
  }
}

/** sigterm: the container must exit within the grace SageMaker gives it after SIGTERM; judged
 * once per image, and not at all when ignored (the container is then killed at once). */
async function sigterm(r: ServeRun): Promise<void> {
  const { container, setup, where, outcome } = r
  const { findings } = r.ctx
  if (!container.running) {
    findings.skip(
      'sigterm',
      `the container exited with code ${container.exitCode} before it could be stopped${where}`
    )
  } else if (setup.sigtermJudged) {
    await container.stop(0)
    findings.skip('sigterm', setup.sigtermJudged)
  } else {
    // the container's own exit times its stop: docker reports it a moment later
    const stop = await container.stop(setup.stopGraceMs, true)
    outcome.stopSeconds = round(stop.seconds, 2)
    if (stop.killed) {
      findings.add('sigterm', {
        message: `The container was still running ${setup.stopGraceMs / 1000} s after SIGTERM and had to be killed (SIGKILL).`,
        run: r.run
      })
    } else {
      findings.pass('sigterm', `exited ${outcome.stopSeconds} s after SIGTERM${where}`)
    }
  }
}

async function executionParameters(ctx: RunContext, probe: Probe): Promise<unknown> {
  const answer = await askExecutionParameters(probe, ctx.signal)
  ctx.findings.apply('execution-parameters', executionParametersVerdicts(answer))
  return answer.kind === 'answered' ? answer.parameters.value : undefined
}

function round(n: number, digits: number): number {
  return Number(n.toFixed(digits))
}
