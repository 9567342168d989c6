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

/** In the findings' order (a root cause before what it explains), at most 10 per level. */
export function annotationsFor(findings: Finding[], locator?: FindingLocator): Annotation[] {
  // per level, past ten: the first nine, and one annotation pointing to the rest
  const rest = (['error', 'warning'] as const).map(level => {
    const ofLevel = findings.filter(f => f.severity === level)
    return {
      level,
      left:
        ofLevel.length > MAX_ANNOTATIONS_PER_LEVEL
          ? ofLevel.slice(MAX_ANNOTATIONS_PER_LEVEL - 1)
          : []
    }
  })
  const left = new Set(rest.flatMap(r => r.left))
  const out = findings
    .filter(f => !left.has(f))
    .map((f): Annotation => {
      const line = locator?.workflow ? locator.lineOf?.(f) : undefined
      return {
        level: f.severity,
        title: `${f.rule}: ${f.title}`,
        message: `${f.message}\n${f.help}`,
        ...(line ? { file: locator?.uri, startLine: line } : {})
      }
    })
  for (const { level, left } of rest.filter(r => r.left.length)) {
    out.push({
      level,
      title: `${left.length} more ${level}s`,
      message: `${left.length} more ${level} findings (${[...new Set(left.map(f => f.rule))].join(', ')}): see the job summary or the JSON report.`
    })
  }
  return out
}
