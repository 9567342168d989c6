// The comparison of a run with `baseline` (an earlier run's report): what changed in size, startup,
// latency, memory, findings and answers, and the `regression` rule on it. Pure: figures in, the
// report's `comparison` and the rule's verdicts out.

import type { RunFacts } from '../core/context.js'
import { fail, pass, type Finding, type Verdict } from '../core/findings.js'
import { formatBytes } from '../core/text.js'
import { REGRESSION_NOISE_FLOOR } from '../catalog/rules.js'
import type { Baseline, FindingFigures, InvocationFigures, RunFigures } from '../inputs/baseline.js'
import { percentile } from '../core/stats.js'

/** One figure in both runs; `changePercent` when both were measured and the baseline's is not 0. */
export interface Change {
  before?: number
  after?: number
  changePercent?: number
}

export interface LatencyChange extends Change {
  payload: string
  mode: 'realtime' | 'batch'
}

export interface AnswerSide {
  status?: number
  bytes?: number
  sha256?: string
  error?: string
}

export interface AnswerChange {
  payload: string
  mode: 'realtime' | 'batch'
  answer: 'same' | 'changed' | 'not compared'
  before?: AnswerSide
  after?: AnswerSide
  /** Where the kept starts of the answers first differ: the character offset and a few characters
   * of each from there (untrusted text). */
  firstDifference?: { at: number; before: string; after: string }
  /** Why an answer was not compared. */
  reason?: string
}

export interface Comparison {
  baseline: { file: string; toolVersion: string; startedAt?: string; subject?: string }
  thresholdPercent: number
  imageSizeBytes: Change
  startupSeconds: Change
  peakMemoryBytes: Change
  peakCpuPercent: Change
  /** Per payload and run, answered invocations only. */
  latencyMs: LatencyChange[]
  /** Over every answered real-time invocation, when both runs have several. */
  latencyPercentilesMs?: { p50: Change; p95: Change }
  answers: AnswerChange[]
  /** Findings by rule, severity and first line, numbers aside (a latency is not a new finding). */
  findings: { new: FindingFigures[]; fixed: FindingFigures[] }
}

/** What this run measured, in the shape a baseline report is read into. */
export function figuresOf(facts: RunFacts, findings: readonly Finding[]): RunFigures {
  const smoke = facts.smokeTest
  return {
    imageSizeBytes: facts.image?.sizeBytes,
    startupSeconds: smoke?.startupSeconds,
    peakMemoryBytes: smoke?.resources?.peakMemoryBytes,
    peakCpuPercent: smoke?.resources?.peakCpuPercent,
    invocations: smoke?.invocations ?? [],
    findings: [...findings]
  }
}

export function compare(baseline: Baseline, now: RunFigures, thresholdPercent: number): Comparison {
  const was = baseline.figures
  const latency = latencyChanges(was.invocations, now.invocations)
  const [before, after] = [was.invocations, now.invocations].map(realtimeLatencies)
  return {
    baseline: {
      file: baseline.file,
      toolVersion: baseline.toolVersion,
      ...(baseline.startedAt ? { startedAt: baseline.startedAt } : {}),
      ...(baseline.subject ? { subject: baseline.subject } : {})
    },
    thresholdPercent,
    imageSizeBytes: change(was.imageSizeBytes, now.imageSizeBytes),
    startupSeconds: change(was.startupSeconds, now.startupSeconds),
    peakMemoryBytes: change(was.peakMemoryBytes, now.peakMemoryBytes),
    peakCpuPercent: change(was.peakCpuPercent, now.peakCpuPercent),
    latencyMs: latency,
    ...(before.length > 1 && after.length > 1
      ? {
          latencyPercentilesMs: {
            p50: change(percentile(before, 50), percentile(after, 50)),
            p95: change(percentile(before, 95), percentile(after, 95))
          }
        }
      : {}),
    answers: answerChanges(baseline, now.invocations),
    findings: findingChanges(was.findings, now.findings)
  }
}

function change(before: number | undefined, after: number | undefined): Change {
  const percent =
    before !== undefined && after !== undefined && before > 0
      ? Math.round(((after - before) / before) * 100)
      : undefined
  return {
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(percent !== undefined ? { changePercent: percent } : {})
  }
}

const answered = (i: InvocationFigures): boolean => i.status !== undefined && !i.error

function realtimeLatencies(runs: InvocationFigures[]): number[] {
  return runs.filter(i => answered(i) && i.mode === 'realtime').map(i => i.latencyMs)
}
const key = (i: { payload: string; mode: string }): string => `${i.mode}\n${i.payload}`

/** Each payload of either run, in this run's order, then those only the baseline sent. */
function pairs(
  was: InvocationFigures[],
  now: InvocationFigures[]
): [InvocationFigures | undefined, InvocationFigures | undefined][] {
  const before = new Map(was.map(i => [key(i), i]))
  const after = new Map(now.map(i => [key(i), i]))
  return [
    ...now.map(i => [before.get(key(i)), i] as [InvocationFigures | undefined, InvocationFigures]),
    ...was
      .filter(i => !after.has(key(i)))
      .map(i => [i, undefined] as [InvocationFigures, undefined])
  ]
}

function latencyChanges(was: InvocationFigures[], now: InvocationFigures[]): LatencyChange[] {
  return pairs(was, now).map(([b, a]) => ({
    payload: (a ?? b)!.payload,
    mode: (a ?? b)!.mode,
    ...change(
      b && answered(b) ? b.latencyMs : undefined,
      a && answered(a) ? a.latencyMs : undefined
    )
  }))
}

/** Characters of each answer shown from where they first differ, with a little before it. */
const DIFFERENCE_CHARS = 48
const DIFFERENCE_LEAD = 16

function answerChanges(baseline: Baseline, now: InvocationFigures[]): AnswerChange[] {
  return pairs(baseline.figures.invocations, now).map(([b, a]) => ({
    payload: (a ?? b)!.payload,
    mode: (a ?? b)!.mode,
    ...answerVerdict(b, a, baseline.toolVersion),
    ...(b ? { before: side(b) } : {}),
    ...(a ? { after: side(a) } : {})
  }))
}

/** Whether one payload's answers differ: by status, then by digest (the whole body). */
function answerVerdict(
  b: InvocationFigures | undefined,
  a: InvocationFigures | undefined,
  baselineVersion: string
): Pick<AnswerChange, 'answer' | 'reason' | 'firstDifference'> {
  const notCompared = 'not compared'
  if (!b) return { answer: notCompared, reason: 'not sent in the baseline run' }
  if (!a) return { answer: notCompared, reason: 'not sent in this run' }
  if (!answered(b) && !answered(a))
    return { answer: notCompared, reason: 'no answer in either run' }
  if (b.status !== a.status || answered(b) !== answered(a)) return { answer: 'changed' }
  if (b.answerSha256 === undefined || a.answerSha256 === undefined) {
    return {
      answer: notCompared,
      reason: `the baseline report (written by ${baselineVersion}) records no answer digest; the status is the same`
    }
  }
  if (b.answerSha256 === a.answerSha256) return { answer: 'same' }
  const at = firstDifference(b.answerStart ?? '', a.answerStart ?? '')
  return { answer: 'changed', ...(at !== undefined ? { firstDifference: at } : {}) }
}

function side(i: InvocationFigures): AnswerSide {
  return {
    ...(i.status !== undefined ? { status: i.status } : {}),
    ...(i.answerBytes !== undefined ? { bytes: i.answerBytes } : {}),
    ...(i.answerSha256 !== undefined ? { sha256: i.answerSha256 } : {}),
    ...(i.error !== undefined ? { error: i.error } : {})
  }
}

/** Where two kept answer starts first differ; undefined when one is a prefix of the other and
 * of the same length (the difference lies past what the reports keep). */
export function firstDifference(
  before: string,
  after: string
): AnswerChange['firstDifference'] | undefined {
  const [b, a] = [Array.from(before), Array.from(after)]
  let at = 0
  while (at < b.length && at < a.length && b[at] === a[at]) at++
  if (at === b.length && at === a.length) return undefined
  const from = Math.max(0, at - DIFFERENCE_LEAD)
  const cut = (s: string[]): string => s.slice(from, at + DIFFERENCE_CHARS).join('')
  return { at, before: cut(b), after: cut(a) }
}

/** A finding's identity across runs: its rule, severity and first line with numbers and digests
 * blanked, so "answered in 41 ms" and "answered in 57 ms" are the same finding. */
function identity(f: FindingFigures): string {
  const first = f.message.split('\n')[0]
  return [f.rule, f.severity, first.replace(/[0-9a-f]{12,}|\d+(\.\d+)?/gi, '#')].join('\n')
}

function findingChanges(was: FindingFigures[], now: FindingFigures[]): Comparison['findings'] {
  // the rule that judges the comparison is no part of it
  const judged = (list: FindingFigures[]): Map<string, FindingFigures> =>
    new Map(list.filter(f => f.rule !== 'regression').map(f => [identity(f), f]))
  const [before, after] = [judged(was), judged(now)]
  const brief = (f: FindingFigures): FindingFigures => ({
    rule: f.rule,
    severity: f.severity,
    title: f.title,
    message: f.message
  })
  return {
    new: [...after].filter(([id]) => !before.has(id)).map(([, f]) => brief(f)),
    fixed: [...before].filter(([id]) => !after.has(id)).map(([, f]) => brief(f))
  }
}

/** A figure for people: seconds, milliseconds, bytes or percent of a core. */
type Unit = 'seconds' | 'ms' | 'bytes' | 'percent'

function amount(n: number, unit: Unit): string {
  if (unit === 'seconds') return `${n.toFixed(1)} s`
  if (unit === 'ms') return `${Math.round(n)} ms`
  if (unit === 'bytes') return formatBytes(n)
  return `${Math.round(n)} %`
}

/** "4.1 s → 7.9 s (+93 %)"; "—" for a side not measured. */
export function changeText(c: Change, unit: Unit): string {
  const side = (n: number | undefined): string => (n === undefined ? '—' : amount(n, unit))
  const percent =
    c.changePercent === undefined ? '' : ` (${c.changePercent >= 0 ? '+' : ''}${c.changePercent} %)`
  return `${side(c.before)} → ${side(c.after)}${percent}`
}

export const MODE_NAME = { realtime: 'real-time', batch: 'batch' } as const

function latencyName(l: { payload: string; mode: 'realtime' | 'batch' }): string {
  return `latency of ${l.payload} (${MODE_NAME[l.mode]})`
}

/** A figure measured in both runs that moved by more than `floor` (either way). */
export function moved(c: Change, floor: number): boolean {
  return c.before !== undefined && c.after !== undefined && Math.abs(c.after - c.before) > floor
}

/** A figure that grew by more than the threshold and by more than its noise floor. */
function grew(c: Change, floor: number, thresholdPercent: number): boolean {
  if (c.before === undefined || c.after === undefined || c.after - c.before <= floor) return false
  return c.before === 0 || ((c.after - c.before) / c.before) * 100 > thresholdPercent
}

interface Figure {
  name: string
  change: Change
  unit: Unit
  /** The run-to-run noise below which a difference is not a change. */
  floor: number
}

/** The figures `regression` judges, each with its noise floor (catalog/rules.ts). */
function judgedFigures(c: Comparison): Figure[] {
  const floor = REGRESSION_NOISE_FLOOR
  return [
    { name: 'image size', change: c.imageSizeBytes, unit: 'bytes', floor: 0 },
    { name: 'startup', change: c.startupSeconds, unit: 'seconds', floor: floor.startupMs / 1000 },
    { name: 'peak memory', change: c.peakMemoryBytes, unit: 'bytes', floor: floor.memoryBytes },
    ...c.latencyMs.map(l => ({
      name: latencyName(l),
      change: l as Change,
      unit: 'ms' as const,
      floor: floor.latencyMs
    }))
  ]
}

/** `regression`: startup, latency or memory grew past the threshold and the noise, or the image
 * grew past the threshold. */
export function regressionVerdicts(c: Comparison): Verdict[] {
  const figures = judgedFigures(c)
  const compared = figures.filter(
    f => f.change.before !== undefined && f.change.after !== undefined
  )
  const since = `the baseline (${baselineName(c)})`
  if (!compared.length) {
    return [
      pass(
        `nothing measured in both this run and ${since}: neither image size, startup, memory nor a latency`
      )
    ]
  }
  const grown = compared.filter(f => grew(f.change, f.floor, c.thresholdPercent))
  if (!grown.length) {
    return [
      pass(
        `${compared.length} figure(s) within ${c.thresholdPercent} % (or the run-to-run noise) of ${since}`
      )
    ]
  }
  return [
    fail({
      message: `Against ${since}, grown by more than ${c.thresholdPercent} %: ${grown.map(f => `${f.name} ${changeText(f.change, f.unit)}`).join('; ')}.`
    })
  ]
}

/** "the report of 2026-12-04 14:03 UTC, marketplace-ml-preflight 0.1.0". */
export function baselineName(c: Comparison): string {
  const when = c.baseline.startedAt
    ? ` of ${c.baseline.startedAt.slice(0, 16).replace('T', ' ')} UTC`
    : ''
  return `the report${when}, marketplace-ml-preflight ${c.baseline.toolVersion}`
}

/** One line per change beyond the noise, for the top of the summary, comment and terminal report
 * (plain text with payload names: each sink escapes it). Empty when nothing changed. */
export function changeLines(c: Comparison): string[] {
  const lines = judgedFigures(c)
    .filter(f => moved(f.change, f.floor))
    .map(f => `${f.name} ${changeText(f.change, f.unit)}`)
  for (const a of c.answers.filter(a => a.answer === 'changed')) {
    lines.push(`answer to ${a.payload} (${MODE_NAME[a.mode]}) changed${answerHow(a)}`)
  }
  const { new: added, fixed } = c.findings
  if (added.length) lines.push(`${added.length} new finding(s): ${ruleList(added)}`)
  if (fixed.length) lines.push(`${fixed.length} finding(s) fixed: ${ruleList(fixed)}`)
  return lines
}

function ruleList(findings: FindingFigures[]): string {
  return [...new Set(findings.map(f => f.rule))].join(', ')
}

/** ": status 200 → 500", ": 120 B → 96 B", or nothing when only the content differs. */
function answerHow(a: AnswerChange): string {
  const [b, n] = [a.before!, a.after!]
  if (b.status !== n.status || (b.error ?? '') !== (n.error ?? '')) {
    const state = (s: AnswerSide): string => (s.error ? 'no answer' : `status ${s.status}`)
    return `: ${state(b)} → ${state(n)}`
  }
  if (b.bytes !== undefined && n.bytes !== undefined && b.bytes !== n.bytes) {
    return `: ${formatBytes(b.bytes)} → ${formatBytes(n.bytes)}`
  }
  return ''
}
