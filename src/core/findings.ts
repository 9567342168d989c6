// The findings model: what each check concluded, and the findings that explain a failure.
// `ignore` and `fail-on` are applied here and nowhere else.

import {
  RULES,
  rule,
  rulesInPhase,
  type Phase,
  type RuleId,
  type Severity
} from '../catalog/rules.js'

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip'
export type FailOn = 'error' | 'warning' | 'never'

export interface Finding {
  rule: RuleId
  severity: Severity
  title: string
  /** What was seen: numbers, names, the log lines that matter. */
  message: string
  /** How to fix it, ending with the rule's source. */
  help: string
  /** The input or file the finding is about, when there is one (annotations point at it). */
  file?: string
  /** The runs of the container it showed in ("the real-time run", "the batch-transform run"): one
   * cause seen in several runs is one finding naming each. */
  seenIn?: string[]
  /** The rule whose finding, listed before this one, may explain it (a nested model archive behind
   * a failed invocation): fix that one first. */
  cause?: RuleId
}

export interface Check {
  rule: RuleId
  status: CheckStatus
  durationMs: number
  detail: string
}

export interface FindingInput {
  message: string
  /** Overrides the rule's severity, for rules with two levels (vulnerabilities, payload-size). */
  severity?: Severity
  /** Specific advice put before the rule's general help. */
  help?: string
  title?: string
  file?: string
  /** The run of the container it showed in ("the real-time run"): the same finding from several
   * runs is one root cause, kept once and naming each run. */
  run?: string
  /** What differs from run to run (the log lines that show it), put after the message: the same
   * message in another run is the same finding, and keeps the first run's evidence. */
  evidence?: string
}

/**
 * What a pure rule function decides: a pass with its detail, or a finding. A rule that sees several
 * things returns a list (its findings, a pass beside warnings, or one pass); `Findings.apply`
 * records them, in order.
 */
export type Verdict = { ok: true; detail: string } | { ok: false; finding: FindingInput }

export const pass = (detail: string): Verdict => ({ ok: true, detail })
export const fail = (finding: FindingInput): Verdict => ({ ok: false, finding })
export const warn = (finding: FindingInput): Verdict => fail({ ...finding, severity: 'warning' })

/** A rule's errors and warnings as findings, or its pass when it has neither. */
export function findingsOrPass(
  errors: readonly string[],
  warnings: readonly string[],
  detail: string
): Verdict[] {
  const found = [
    ...errors.map(message => fail({ message })),
    ...warnings.map(message => warn({ message }))
  ]
  return found.length ? found : [pass(detail)]
}

const STATUS_RANK: Record<CheckStatus, number> = { skip: 0, pass: 1, warn: 2, fail: 3 }

/** Collects checks and findings as the phases run; one entry per rule, merged when a rule is seen twice. */
export class Findings {
  private readonly checks = new Map<RuleId, Check>()
  private readonly list: Finding[] = []
  /** Each finding's message as given and its evidence, from which `render` writes its message. */
  private readonly given = new Map<Finding, { message: string; evidence?: string }>()

  constructor(private readonly ignored: ReadonlySet<RuleId> = new Set()) {}

  pass(ruleId: RuleId, detail: string, durationMs = 0): void {
    this.record(ruleId, 'pass', detail, durationMs)
  }

  /** A skip never replaces a result already recorded, so it can be said of any rule not reached. */
  skip(ruleId: RuleId, reason: string): void {
    this.record(ruleId, 'skip', reason, 0)
  }

  skipAll(ruleIds: readonly RuleId[], reason: string): void {
    for (const id of ruleIds) this.skip(id, reason)
  }

  /** Every rule of a phase that is not run (or not reached), with the reason. */
  skipPhase(phase: Phase, reason: string): void {
    this.skipAll(rulesInPhase(phase), reason)
  }

  /**
   * Records a finding; the check becomes `fail` for an error and `warn` for a warning. One cause is
   * one finding: the same message of a rule from another run adds the run to it, and a finding a
   * recorded one may explain (the rule table's `explains`) is linked to it as its `cause`.
   */
  add(ruleId: RuleId, input: FindingInput, durationMs = 0): void {
    if (this.ignored.has(ruleId)) {
      this.record(ruleId, 'skip', 'ignored by the `ignore` input', durationMs)
      return
    }
    const r = rule(ruleId)
    const severity = input.severity ?? r.severity
    const same = this.list.find(
      f =>
        f.rule === ruleId && f.severity === severity && this.given.get(f)?.message === input.message
    )
    if (same) {
      // the same finding read twice (from ECR's config and from the pulled image) is one finding
      if (input.run && same.seenIn && !same.seenIn.includes(input.run)) {
        same.seenIn.push(input.run)
        this.render(same)
      }
      this.checks.get(ruleId)!.durationMs += durationMs
      return
    }
    const help = [input.help, r.help, `Source: ${r.source.name} (${r.source.url})`]
      .filter(Boolean)
      .join(' ')
    const finding: Finding = {
      rule: ruleId,
      severity,
      title: input.title ?? r.title,
      message: input.message,
      help,
      ...(input.file ? { file: input.file } : {}),
      ...(input.run ? { seenIn: [input.run] } : {})
    }
    this.list.push(finding)
    this.given.set(finding, { message: input.message, evidence: input.evidence })
    const cause = this.list.find(f => explains(f.rule, ruleId))
    if (cause) finding.cause = cause.rule
    finding.message = this.message(finding)
    this.record(ruleId, severity === 'error' ? 'fail' : 'warn', finding.message, durationMs)
    for (const effect of this.list) {
      if (!effect.cause && explains(ruleId, effect.rule)) {
        effect.cause = ruleId
        this.render(effect)
      }
    }
  }

  /**
   * Records what a rule function decided, in order. `file` is the input the findings are about, for
   * rules that judge a value without knowing where it came from (a request or a resource).
   */
  apply(ruleId: RuleId, verdicts: Verdict | readonly Verdict[], file?: string): void {
    for (const v of Array.isArray(verdicts) ? verdicts : [verdicts]) {
      if (v.ok) this.pass(ruleId, v.detail)
      else this.add(ruleId, file ? { file, ...v.finding } : v.finding)
    }
  }

  /** Times `fn` and adds the duration to the checks it records. */
  async timed<T>(ruleIds: readonly RuleId[], fn: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await fn()
    } finally {
      const ms = Math.round(performance.now() - start)
      for (const id of ruleIds) {
        const check = this.checks.get(id)
        if (check) check.durationMs += ms
      }
    }
  }

  /** Drops what was recorded for a rule, so a better-informed check can replace it (a live API
   * confirming what the embedded table decided). */
  forget(ruleId: RuleId): void {
    this.checks.delete(ruleId)
    for (let i = this.list.length - 1; i >= 0; i--) {
      if (this.list[i].rule === ruleId) this.given.delete(this.list.splice(i, 1)[0])
    }
    for (const effect of this.list) {
      if (effect.cause === ruleId) {
        delete effect.cause
        this.render(effect)
      }
    }
  }

  status(ruleId: RuleId): CheckStatus | undefined {
    return this.checks.get(ruleId)?.status
  }

  /** Checks in rule-table order. */
  allChecks(): Check[] {
    return RULES.map(r => this.checks.get(r.id)).filter((c): c is Check => c !== undefined)
  }

  /**
   * Findings, most important first: errors before warnings, then rule-table order; a finding's
   * cause comes just before the first finding it may explain, so the root cause is read first.
   */
  allFindings(): Finding[] {
    const order = new Map(RULES.map((r, i) => [r.id, i]))
    const sorted = [...this.list].sort(
      (a, b) =>
        severityRank(b.severity) - severityRank(a.severity) ||
        (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0)
    )
    const out = new Set<Finding>()
    const place = (f: Finding): void => {
      if (out.has(f)) return
      if (f.cause) sorted.filter(c => c.rule === f.cause && !c.cause).forEach(place)
      out.add(f)
    }
    sorted.forEach(place)
    return [...out]
  }

  counts(): { errors: number; warnings: number } {
    return {
      errors: this.list.filter(f => f.severity === 'error').length,
      warnings: this.list.filter(f => f.severity === 'warning').length
    }
  }

  /** The message of a finding: its cause, the runs it showed in, what was seen, the evidence. */
  private message(f: Finding): string {
    const { message, evidence } = this.given.get(f)!
    const cause = f.cause
      ? `This may follow from the \`${f.cause}\` ${this.list.find(c => c.rule === f.cause)?.severity ?? 'finding'} listed before it: fix that one first. `
      : ''
    const runs = f.seenIn ? `In ${f.seenIn.join(' and ')}: ` : ''
    return `${cause}${runs}${message}${evidence ? ` ${evidence}` : ''}`
  }

  /** Writes a finding's message again (a run or a cause added), and its check's detail with it. */
  private render(f: Finding): void {
    const before = f.message
    f.message = this.message(f)
    const check = this.checks.get(f.rule)!
    check.detail = check.detail.split(before).join(f.message)
  }

  private record(ruleId: RuleId, status: CheckStatus, detail: string, durationMs: number): void {
    rule(ruleId) // unknown ids are programming errors: fail loudly in tests
    if (this.ignored.has(ruleId)) {
      status = 'skip'
      detail = 'ignored by the `ignore` input'
    }
    const existing = this.checks.get(ruleId)
    if (!existing) {
      this.checks.set(ruleId, { rule: ruleId, status, durationMs, detail })
      return
    }
    existing.durationMs += durationMs
    if (existing.detail === detail) return
    if (STATUS_RANK[status] > STATUS_RANK[existing.status]) {
      // the worse outcome leads; a skip never hides a result
      existing.detail = existing.status === 'skip' ? detail : `${detail}; ${existing.detail}`
      existing.status = status
    } else if (status !== 'skip' && !existing.detail.includes(detail)) {
      existing.detail = `${existing.detail}; ${detail}`
    }
  }
}

/** Whether a finding of `cause` may explain one of `effect` (the rule table's `explains`). */
function explains(cause: RuleId, effect: RuleId): boolean {
  return cause !== effect && (rule(cause).explains?.includes(effect) ?? false)
}

function severityRank(s: Severity): number {
  return s === 'error' ? 2 : 1
}

/** `fail-on` decides the step's result from the findings left after `ignore`. */
export function resultOf(
  counts: { errors: number; warnings: number },
  failOn: FailOn
): 'pass' | 'fail' {
  if (failOn === 'never') return 'pass'
  if (counts.errors > 0) return 'fail'
  if (failOn === 'warning' && counts.warnings > 0) return 'fail'
  return 'pass'
}
