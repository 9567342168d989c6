// Annotations for the run's findings. GitHub shows at most 10 error and 10 warning annotations per
// step, so the most important come first and the rest are pointed to the summary.

import type { Finding } from '../core/findings.js'
import type { FindingLocator } from '../report/locations.js'

export const MAX_ANNOTATIONS_PER_LEVEL = 10

export interface Annotation {
  level: 'error' | 'warning'
  title: string
  message: string
  /** The workflow file and the line that set the input the finding is about, when known. */
  file?: string
  startLine?: number
}

export function annotationsFor(findings: Finding[], locator?: FindingLocator): Annotation[] {
  const out: Annotation[] = []
  for (const level of ['error', 'warning'] as const) {
    const ofLevel = findings.filter(f => f.severity === level)
    const shown =
      ofLevel.length > MAX_ANNOTATIONS_PER_LEVEL
        ? ofLevel.slice(0, MAX_ANNOTATIONS_PER_LEVEL - 1)
        : ofLevel
    for (const f of shown) {
      const line = locator?.workflow ? locator.lineOf?.(f) : undefined
      out.push({
        level,
        title: `${f.rule}: ${f.title}`,
        message: `${f.message}\n${f.help}`,
        ...(line ? { file: locator?.uri, startLine: line } : {})
      })
    }
    const rest = ofLevel.length - shown.length
    if (rest > 0) {
      out.push({
        level,
        title: `${rest} more ${level}s`,
        message: `${rest} more ${level} findings (${[...new Set(ofLevel.slice(shown.length).map(f => f.rule))].join(', ')}): see the job summary or the JSON report.`
      })
    }
  }
  return out
}
