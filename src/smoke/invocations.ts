// The sample payloads of one serving run, each sent as SageMaker sends it (POST /invocations with
// its Content-Type), then `concurrency` at a time, and the invocation, invocation-latency and
// server-timeouts verdicts on them.

import type { InvocationFact, Payload, SampleFact } from '../core/context.js'
import { DEFAULT_BATCH_PAYLOAD_MB, ENDPOINT_LIMITS, LIMITS } from '../catalog/sagemaker-limits.js'
import { withProgress } from '../core/progress.js'
import { MiB } from '../core/text.js'
import type { Timed } from '../docker/serving.js'
import { runConcurrentPass } from './concurrency.js'
import { firstBytes } from './model-archive.js'
import { batchPayloadFindings } from './payloads.js'
import { BODY_LIMIT_HELP } from './request-size.js'
import { oversizedAnswer } from './response-size.js'
import {
  exitNote,
  answerOf,
  fact,
  fail,
  invoke,
  latestLine,
  logSettled,
  lastLines,
  networkCheck,
  whileBusy,
  type ServeMode,
  type ServeRun
} from './serve-run.js'

/** Sends each payload the run may send, in turn; one that cannot be sent is recorded with why. */
export async function sendPayloads(r: ServeRun): Promise<void> {
  const { mode, outcome, setup } = r
  const limit =
    mode === 'batch'
      ? batchPayloadLimit(r)
      : ENDPOINT_LIMITS[r.ctx.inputs.endpointType].requestBytes
  for (const p of setup.payloads) {
    r.ctx.signal.throwIfAborted()
    const notSent = !r.container.running
      ? 'not sent: the container had exited'
      : mode === 'batch' && setup.skipInBatch?.has(p.name)
        ? `not sent: it did not answer within invocation-timeout (${r.ctx.inputs.invocationTimeoutSec} s) in the real-time run; raise invocation-timeout (up to 3600) to measure its batch latency`
        : p.bytes > limit
          ? 'not sent: too large (see payload-size)'
          : undefined
    if (notSent) {
      outcome.invocations.push(fact(p, mode, { latencyMs: 0, error: notSent }))
      continue
    }
    const res = await sendPayload(r, p)
    if ('error' in res) await noAnswer(r, p, res)
    else await answered(r, p, res)
  }
}

/** The batch run's limit per object, after payload-size judges each against it: a transform job
 * with SplitType None sends each object whole, and refuses one over MaxPayloadInMB. */
function batchPayloadLimit(r: ServeRun): number {
  const params = r.outcome.executionParameters as { MaxPayloadInMB?: number } | undefined
  const maxMb = params?.MaxPayloadInMB ?? DEFAULT_BATCH_PAYLOAD_MB
  const answered = r.outcome.executionParameters !== undefined
  for (const finding of batchPayloadFindings(r.setup.payloads, maxMb, answered)) {
    r.ctx.findings.add('payload-size', finding)
  }
  return maxMb > 0 ? Math.min(LIMITS.batchBytes, maxMb * MiB) : LIMITS.batchBytes
}

/** POST /invocations with one payload, its progress reported while the answer is awaited. */
function sendPayload(r: ServeRun, p: Payload): Promise<Timed> {
  const sent = performance.now()
  return withProgress(
    r.ctx.log,
    {
      what: `Waiting for POST /invocations with ${p.name}${r.where}`,
      limitSeconds: r.timeoutMs / 1000,
      elapsedSeconds: () => (performance.now() - sent) / 1000,
      latestLine: () => latestLine(r),
      everyMs: r.setup.progressMs
    },
    whileBusy(r, `POST /invocations with ${p.name}`, invoke(r, p.contentType, p.bytes, p.file))
  )
}

async function noAnswer(
  r: ServeRun,
  p: Payload,
  res: Extract<Timed, { error: string }>
): Promise<void> {
  r.outcome.invocations.push(
    fact(p, r.mode, {
      latencyMs: res.ms,
      error: res.error,
      ...(res.timedOut ? { timedOut: true } : {})
    })
  )
  if (res.timedOut) {
    fail(
      r,
      'invocation-latency',
      `POST /invocations with ${p.name} did not answer within ${r.timeoutMs / 1000} s${latencyLimit(r)}.`
    )
  } else if (res.tooLarge) {
    const f = oversizedAnswer(
      `POST /invocations with ${p.name} (${p.contentType})`,
      res.error,
      r.mode,
      r.ctx.inputs.endpointType
    )
    // an answer past what the run's endpoint type (or batch) passes on is a size, not a server, fault
    fail(r, 'payload-size', f.message, f.help)
  } else {
    const exited = await exitNote(r)
    await logSettled(r.container)
    fail(
      r,
      'invocation',
      `POST /invocations with ${p.name} (${p.contentType}) got no answer: ${res.error}.${exited}`,
      undefined,
      lastLines(r)
    )
    networkCheck(r)
  }
}

async function answered(
  r: ServeRun,
  p: Payload,
  res: Extract<Timed, { status: number }>
): Promise<void> {
  r.outcome.invocations.push(
    fact(p, r.mode, { latencyMs: res.ms, status: res.status, ...answerOf(res) })
  )
  if (res.status >= 200 && res.status <= 299) {
    r.alone.set(p.name, res)
    r.outcome.samples ??= [await sampleFact(p, r.mode, res, r.ctx.inputs.accept)]
    return
  }
  const body = res.bodyStart.trim().slice(0, 500)
  await logSettled(r.container)
  fail(
    r,
    'invocation',
    `POST /invocations with ${p.name} (${p.contentType}) answered ${res.status}.${body ? ` Response body: "${body}"` : ''}`,
    res.status === 413 ? BODY_LIMIT_HELP : undefined,
    lastLines(r)
  )
  if (res.status === 502 || res.status === 504) {
    // the front server (nginx) answered for a model server that died or gave up on the request
    r.ctx.findings.add('server-timeouts', {
      severity: 'warning',
      run: r.run,
      message: `POST /invocations with ${p.name} answered ${res.status} after ${(res.ms / 1000).toFixed(1)} s: the front server gave up on the model server behind it (a worker timeout, such as gunicorn's --timeout, or nginx's proxy_read_timeout), or that server crashed.`
    })
  }
  networkCheck(r)
}

/** In real time, the answered payloads sent `concurrency` at a time (concurrency.ts judges them). */
export async function concurrentPass(r: ServeRun): Promise<void> {
  const n = r.ctx.inputs.concurrency
  if (r.mode !== 'realtime' || n <= 1 || r.alone.size === 0 || !r.container.running) return
  const byName = new Map(r.setup.payloads.map(p => [p.name, p]))
  const facts = await whileBusy(
    r,
    `${n} POST /invocations sent at once`,
    runConcurrentPass(r.ctx.findings, {
      n,
      alone: r.alone,
      send: name => {
        const p = byName.get(name)!
        return invoke(r, p.contentType, p.bytes, p.file)
      },
      mode: r.mode,
      where: r.where,
      run: r.run
    })
  )
  r.outcome.concurrency = [facts]
}

/** " (invocation-timeout; a serverless endpoint allows 60 s)": what the timeout stands for. */
function latencyLimit(r: ServeRun): string {
  const type = r.ctx.inputs.endpointType
  if (r.mode === 'batch' || type === 'realtime') return ''
  const limits = ENDPOINT_LIMITS[type]
  return ` (invocation-timeout; ${limits.name} allows at most ${limits.maxInvocationSeconds} s: ${limits.source})`
}

/** invocation and invocation-latency passes, or the failure when no payload answered 2xx. */
export function invocationVerdicts(r: ServeRun): void {
  const { findings } = r.ctx
  const { invocations } = r.outcome
  const count = r.setup.payloads.length
  if (count === 0) return
  const n = invocations.filter(i => i.status !== undefined && i.status < 300).length
  const max = Math.max(0, ...invocations.map(i => i.latencyMs))
  // a server that never answers has not shown it can serve, whatever else is ignored
  if (n === 0 && !r.failed.has('invocation')) {
    fail(
      r,
      'invocation',
      `None of the ${count} payload(s) got a 2xx answer from POST /invocations${r.where}: ${unanswered(invocations)}.`,
      'Marketplace validation sends the sample requests and needs answers: make /invocations answer each sample within `invocation-timeout` (load the model at startup, keep samples small).',
      lastLines(r)
    )
  }
  if (!r.failed.has('invocation')) {
    findings.pass('invocation', `${n} payload(s) answered 2xx${r.where}`)
  }
  if (!r.failed.has('invocation-latency')) {
    findings.pass('invocation-latency', `slowest invocation ${max} ms${r.where}`)
  }
}

/** How much of a sample request and of its answer the report keeps (listing evidence shows less). */
export const SAMPLE_BYTES = 2048

/** The first payload a run answered 2xx: the start of the request and of the answer, as text. */
async function sampleFact(
  p: Payload,
  mode: ServeMode,
  r: { status: number; ms: number; bodyStart: string; bytes: number },
  accept: string | undefined
): Promise<SampleFact> {
  const request = textStart(await firstBytes(p.file, SAMPLE_BYTES))
  const answer = textStart(Buffer.from(r.bodyStart.slice(0, SAMPLE_BYTES), 'utf8'))
  return {
    mode,
    payload: p.name,
    contentType: p.contentType,
    ...(accept ? { accept } : {}),
    ...(request !== undefined ? { request } : {}),
    requestBytes: p.bytes,
    status: r.status,
    ...(answer !== undefined ? { answer } : {}),
    answerBytes: r.bytes,
    latencyMs: r.ms
  }
}

/** The bytes as text, a character cut at the end dropped; undefined for binary data (an image,
 * RecordIO: invalid UTF-8 or control characters other than tab and line ends). */
export function textStart(bytes: Buffer): string | undefined {
  let text: string
  try {
    // streaming: a multi-byte character cut at the end waits for bytes that never come
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
  } catch {
    return undefined
  }
  // eslint-disable-next-line no-control-regex -- control characters mark binary data
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text) ? undefined : text
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
