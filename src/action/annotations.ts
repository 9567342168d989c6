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
  const out: Annotation[] = []
  const levels = ['error', 'warning'] as const
  const room = new Map(
    levels.map(level => {
      const n = findings.filter(f => f.severity === level).length
      return [level, n > MAX_ANNOTATIONS_PER_LEVEL ? MAX_ANNOTATIONS_PER_LEVEL - 1 : n]
    })
  )
  const rest = new Map<Finding['severity'], Finding[]>(levels.map(level => [level, []]))
  for (const f of findings) {
    const level = f.severity
    if (room.get(level)! === 0) {
      rest.get(level)!.push(f)
      continue
    }
    room.set(level, room.get(level)! - 1)
    const line = locator?.workflow ? locator.lineOf?.(f) : undefined
    out.push({
      level,
      title: `${f.rule}: ${f.title}`,
      message: `${f.message}\n${f.help}`,
      ...(line ? { file: locator?.uri, startLine: line } : {})
    })
  }
  for (const [level, left] of rest) {
    if (left.length === 0) continue
    out.push({
      level,
      title: `${left.length} more ${level}s`,
      message: `${left.length} more ${level} findings (${[...new Set(left.map(f => f.rule))].join(', ')}): see the job summary or the JSON report.`
    })
  }
  return out
}
