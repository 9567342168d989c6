// The state one serving run of the smoke test shares between its steps (startup verdicts, payloads,
// the large request, SIGTERM), and the helpers each step words its findings with.

import { randomUUID } from 'node:crypto'
import type { InvocationFact, Payload, RunContext, SmokeTestFacts } from '../core/context.js'
import type { RuleId } from '../catalog/rules.js'
import { within } from '../core/timing.js'
import type { Container, ContainerLimits } from '../docker/container.js'
import type { ServingSession, Timed } from '../docker/serving.js'
import type { HttpResponse } from '../docker/probe.js'
import type { Answer } from './concurrency.js'
import { networkLines, quote } from './log-signs.js'
import type { PingMonitor } from './ping-monitor.js'
import { responseLimit } from './response-size.js'

export type ServeMode = 'realtime' | 'batch'

export interface ServeSetup {
  image: string
  /** /opt/ml/model; none when there is no model data (the image's own folder is served). */
  modelDir?: string
  payloads: Payload[]
  /** A private temporary directory (the forwarder's socket lives there). */
  tmp: string
  labels: string[]
  /** The image's VOLUMEs, from its config when it was read. */
  volumes?: string[]
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

/** A request-size-limit request, written to `file`. */
export interface GrownRequest {
  bytes: number
  records: number
  file: string
}

/** The requests grown for request-size-limit, by limit and sample, each written once. */
export type GrownRequests = Map<string, Promise<GrownRequest | undefined>>

export interface ServeRun {
  ctx: RunContext
  setup: ServeSetup
  mode: ServeMode
  session: ServingSession
  container: Container
  outcome: ServeOutcome
  /** The rules that failed in this run, so their pass is not also given. */
  failed: Set<RuleId>
  /** " in the batch-transform run (SAGEMAKER_BATCH=true)", or nothing in real time. */
  where: string
  /** The run findings name: one crash in both runs is one finding naming both. */
  run: string
  /** How long one invocation may take in this run. */
  timeoutMs: number
  grown: GrownRequests
  /** Each payload's 2xx answer when sent alone (the payloads that answered 2xx), which its
   * concurrent answers must equal. */
  alone: Map<string, Answer>
  /** What the container is busy with, for a /ping under load that fails; undefined when idle. */
  busyWith?: string
  /** Asks /ping while invocations run, once the container has started. */
  pings?: PingMonitor
}

/** How long a dropped invocation waits for docker to report that the container died. */
const EXIT_NOTICE_MS = 1000
/**
 * An invocation's own log lines arrive a moment after its answer (servers log once the answer is
 * out; docker relays the log): wait a little, then until the log is quiet, before quoting it.
 */
const LOG_SETTLE_MIN_MS = 500
const LOG_QUIET_MS = 250
const LOG_SETTLE_MAX_MS = 1500

/** `evidence` (the log lines) differs from run to run: one message in both runs is one finding. */
export function fail(
  r: ServeRun,
  rule: RuleId,
  message: string,
  help?: string,
  evidence?: string
): void {
  r.failed.add(rule)
  r.ctx.findings.add(rule, { message, help, run: r.run, evidence })
}

export function logTail(r: ServeRun, n = 15): string {
  return quote(r.container.log.lines(n))
}

export function lastLines(r: ServeRun): string {
  return `Last log lines:\n${logTail(r)}`
}

export function latestLine(r: ServeRun): string | undefined {
  return r.container.log.lines(1)[0]
}

export function networkCheck(r: ServeRun): void {
  const lines = networkLines(r.container.log.lines(300))
  if (lines.length === 0) return
  fail(
    r,
    'network-dependency',
    `The container reached for the network and failed (it runs with --network none, as under SageMaker network isolation). Log lines:\n${quote(lines)}`
  )
}

/** " The container exited with code N." once docker reports it died, after a dropped request. */
export async function exitNote(r: ServeRun): Promise<string> {
  return (await r.container.exitsWithin(EXIT_NOTICE_MS))
    ? ` The container exited with code ${r.container.exitCode}.`
    : ''
}

/** POST /invocations with a file, as SageMaker sends it in this run. */
export function invoke(
  r: ServeRun,
  contentType: string,
  bytes: number,
  file: string
): Promise<Timed> {
  const { accept } = r.ctx.inputs
  return r.session.invoke({
    file,
    bytes,
    contentType,
    headers: {
      ...(accept ? { Accept: accept } : {}),
      ...(r.mode === 'realtime' ? sageMakerHeaders() : {})
    },
    timeoutMs: r.timeoutMs,
    maxBodyBytes: responseLimit(r.mode, r.ctx.inputs.endpointType)
  })
}

/** The headers SageMaker adds to a real-time invocation: a server that refuses unknown headers
 * fails here as it would behind an endpoint (InvokeEndpoint: CustomAttributes, InferenceId). */
function sageMakerHeaders(): Record<string, string> {
  return {
    'X-Amzn-SageMaker-Custom-Attributes': 'preflight=true',
    'X-Amzn-SageMaker-Inference-Id': randomUUID()
  }
}

/** Sends `request` with `busyWith` naming it for the /ping monitor meanwhile. */
export async function whileBusy<T>(r: ServeRun, what: string, request: Promise<T>): Promise<T> {
  r.busyWith = what
  try {
    return await request
  } finally {
    r.busyWith = undefined
  }
}

/** Waits until no log line has arrived for a moment (bounded), so a finding quotes its own request's. */
export async function logSettled(container: Container): Promise<void> {
  const deadline = performance.now() + LOG_SETTLE_MAX_MS
  let seen = container.log.received
  await within(container.exited, LOG_SETTLE_MIN_MS)
  while (container.log.received !== seen && performance.now() < deadline) {
    seen = container.log.received
    await within(container.exited, LOG_QUIET_MS)
  }
}

/** How much of an answer the report keeps to show where it changed against a baseline: the digest
 * compares the whole answer, this start shows the difference in most (project choice). */
const ANSWER_START_CHARS = 256

/** An answer's size, digest and first characters, for a later run's comparison (`baseline`). */
export function answerOf(
  res: Pick<HttpResponse, 'bodyStart' | 'bytes' | 'sha256'>
): Pick<InvocationFact, 'answerBytes' | 'answerSha256' | 'answerStart'> {
  // whole characters: a cut through a surrogate pair would not survive JSON
  const start = Array.from(res.bodyStart.slice(0, ANSWER_START_CHARS + 1))
    .slice(0, ANSWER_START_CHARS)
    .join('')
  return { answerBytes: res.bytes, answerSha256: res.sha256, answerStart: start }
}

export function fact(
  p: Payload,
  mode: ServeMode,
  r: Omit<InvocationFact, 'payload' | 'contentType' | 'bytes' | 'mode'>
): InvocationFact {
  return { payload: p.name, contentType: p.contentType, bytes: p.bytes, mode, ...r }
}
