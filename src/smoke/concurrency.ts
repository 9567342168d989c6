// Buyers send requests to an endpoint at once. After the one-at-a-time pass, the payloads that
// answered are sent `concurrency` at a time: every answer must succeed and equal the answer the same
// payload got alone, and a server that answers them one after another is shown with its figures.

import { fail, pass, warn, type Findings, type Verdict } from '../core/findings.js'
import { percentile } from '../core/stats.js'
import type { ConcurrencyFacts } from '../core/context.js'

/** One answer: a status and the start of its body, or why there was none. */
export type Answer =
  { status: number; ms: number; bodyStart: string; bytes: number } | { error: string; ms: number }

/** The payload each of `n` concurrent requests carries: the answered ones in turn. */
export function concurrentPlan<T>(answered: readonly T[], n: number): T[] {
  return answered.length === 0
    ? []
    : Array.from({ length: n }, (_, i) => answered[i % answered.length])
}

/** Sends every planned request at once; the answers in plan order, and the pass's wall time. */
export async function sendAll<T>(
  plan: readonly T[],
  send: (p: T) => Promise<Answer>
): Promise<{ answers: Answer[]; wallMs: number }> {
  const start = performance.now()
  const answers = await Promise.all(plan.map(send))
  return { answers, wallMs: Math.round(performance.now() - start) }
}

/** Latency below which "serialized" is noise rather than a queue (project choice). */
const SERIAL_MIN_MS = 50

export interface ConcurrentPass {
  mode: string
  where: string
  /** The payload names sent, in plan order. */
  plan: readonly string[]
  answers: readonly Answer[]
  wallMs: number
  /** Each payload's answer when sent alone. */
  sequential: ReadonlyMap<string, Answer>
}

const same = (a: Answer, b: Answer): boolean =>
  'status' in a &&
  'status' in b &&
  a.status === b.status &&
  a.bytes === b.bytes &&
  a.bodyStart === b.bodyStart

export function concurrencyFacts(pass: ConcurrentPass): ConcurrencyFacts {
  const seq = [...pass.sequential.values()].map(a => a.ms)
  const ms = pass.answers.map(a => a.ms)
  return {
    mode: pass.mode,
    concurrency: pass.plan.length,
    requests: pass.answers.length,
    sequentialP50Ms: percentile(seq, 50),
    sequentialP95Ms: percentile(seq, 95),
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    wallMs: pass.wallMs,
    failed: pass.answers.filter(a => !('status' in a) || a.status < 200 || a.status > 299).length,
    differing: pass.answers.filter(
      (a, i) => 'status' in a && a.status < 300 && !same(a, pass.sequential.get(pass.plan[i])!)
    ).length
  }
}

const shown = (a: Answer): string =>
  'error' in a ? a.error : `${a.status}, ${a.bytes} bytes: "${a.bodyStart.trim().slice(0, 200)}"`

/** `invocation`: every concurrent answer succeeded and equals the answer alone. */
export function concurrentAnswerVerdicts(pass: ConcurrentPass): Verdict[] {
  const n = pass.plan.length
  const out: Verdict[] = []
  const failed = pass.answers.flatMap((a, i) =>
    'status' in a && a.status >= 200 && a.status < 300 ? [] : [`  ${pass.plan[i]}: ${shown(a)}`]
  )
  if (failed.length) {
    out.push(
      fail({
        message: `${failed.length} of ${n} POST /invocations sent at once${pass.where} failed, though each payload answered 2xx alone:\n${failed.slice(0, 5).join('\n')}`,
        help: 'Buyers send requests to an endpoint at once: let the server take several (more workers, a request queue instead of refusing), and keep per-request state out of globals shared between requests.'
      })
    )
  }
  const differing = pass.answers.flatMap((a, i) => {
    const alone = pass.sequential.get(pass.plan[i])!
    return 'status' in a && a.status < 300 && !same(a, alone)
      ? [`  ${pass.plan[i]}: alone ${shown(alone)}; at once ${shown(a)}`]
      : []
  })
  if (differing.length) {
    out.push(
      fail({
        message: `${differing.length} of ${n} POST /invocations sent at once${pass.where} answered differently from the same payload sent alone:\n${differing.slice(0, 5).join('\n')}`,
        help: 'Answers that change when requests overlap mean requests share state: keep each request’s input, batch and output in the request (not in module globals or a shared buffer), and make inference deterministic.'
      })
    )
  }
  return out
}

/** `invocation-latency`: a warning when the concurrent answers queued one behind another. */
export function serializationVerdict(facts: ConcurrencyFacts, where: string): Verdict {
  const n = facts.concurrency
  const figures = `sent alone p50 ${facts.sequentialP50Ms} ms, p95 ${facts.sequentialP95Ms} ms; ${n} at once p50 ${facts.p50Ms} ms, p95 ${facts.p95Ms} ms`
  // one after another, the k-th of n waits k times as long: the median about n/2 times
  const serialized =
    n >= 2 &&
    facts.sequentialP50Ms >= SERIAL_MIN_MS &&
    facts.p50Ms >= 0.8 * (n / 2) * facts.sequentialP50Ms &&
    facts.p95Ms >= 0.8 * n * facts.sequentialP50Ms
  if (!serialized) return pass(`${figures}${where}`)
  return warn({
    message: `The server answered ${n} requests sent at once one after another${where}: ${figures}. An endpoint instance serves buyers' requests concurrently, so its latency grows with every request in the queue.`,
    help: 'Run as many workers (or model replicas, or a batching queue) as the instance has vCPUs or GPUs, e.g. gunicorn --workers, TorchServe default_workers_per_model, SAGEMAKER_MODEL_SERVER_WORKERS.'
  })
}

export interface ConcurrentRun {
  n: number
  /** Each payload's 2xx answer alone, in the order sent. */
  alone: ReadonlyMap<string, Answer>
  send: (payload: string) => Promise<Answer>
  mode: string
  where: string
  /** The run the findings name ("the real-time run"). */
  run: string
}

/** Sends `n` requests at once, records the `invocation` and `invocation-latency` verdicts, and
 * returns the figures for the report. */
export async function runConcurrentPass(
  findings: Findings,
  r: ConcurrentRun
): Promise<ConcurrencyFacts> {
  const plan = concurrentPlan([...r.alone.keys()], r.n)
  const { answers, wallMs } = await sendAll(plan, r.send)
  const pass: ConcurrentPass = {
    mode: r.mode,
    where: r.where,
    plan,
    answers,
    wallMs,
    sequential: r.alone
  }
  const facts = concurrencyFacts(pass)
  const inRun = (v: Verdict): Verdict =>
    v.ok ? v : { ok: false, finding: { ...v.finding, run: r.run } }
  findings.apply('invocation', concurrentAnswerVerdicts(pass).map(inRun))
  findings.apply('invocation-latency', inRun(serializationVerdict(facts, r.where)))
  return facts
}
