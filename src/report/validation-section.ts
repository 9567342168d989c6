// The job summary's section on the replayed validation profiles: per profile, records and bytes in
// and out, and the first lines of what the model answered, so a reviewer sees the output itself.

import type { ValidationFact } from '../core/context.js'
import { formatBytes } from '../core/text.js'
import { codeBlock, forMarkdown } from './untrusted.js'

const MAX_OUTPUTS = 3

export function validationSection(facts: ValidationFact[]): string {
  const parts = ['### Validation replay', '']
  for (const f of facts) {
    parts.push(
      `<p><b>${forMarkdown(f.profile)}</b> (${f.kind}): ${f.status === 'pass' ? '✅ passed' : '❌ failed'}, ${f.records} record(s) and ${formatBytes(f.inputBytes)} in ${f.requests} request(s), ${formatBytes(f.outputBytes)} out, ${(f.durationMs / 1000).toFixed(1)} s. Outputs: <code>${forMarkdown(f.outputDir)}</code></p>`,
      ''
    )
    for (const o of f.outputs.slice(0, MAX_OUTPUTS)) {
      parts.push(
        `<details><summary>${forMarkdown(o.file.slice(f.outputDir.length + 1))} (${formatBytes(o.bytes)})</summary>\n\n${codeBlock(o.firstLines.join('\n').slice(0, 2000))}\n\n</details>\n`
      )
    }
    if (f.outputs.length > MAX_OUTPUTS) {
      parts.push(`… and ${f.outputs.length - MAX_OUTPUTS} more output file(s).`, '')
    }
  }
  return parts.join('\n')
}
