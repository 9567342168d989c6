// The comparison with `baseline` at the top of the job summary and the pull-request comment: one
// line per change, a small table, the first bytes where answers differ, and Mermaid charts of
// latency and memory before and after where they say more than the table. Nothing without a
// baseline. Payload names and answers are untrusted (report/untrusted.ts).

import type { Comparison, Change } from './comparison.js'
import { baselineName, changeLines, changeText, MODE_NAME, moved } from './comparison.js'
import { REGRESSION_NOISE_FLOOR } from '../catalog/rules.js'
import { codeBlock, forMarkdown, forMermaid } from './untrusted.js'

/** Payloads shown in the table and charts; the JSON report has all of them (project choice). */
const MAX_ROWS = 20

export function comparisonSection(c: Comparison | undefined): string {
  if (!c) return ''
  const lines = changeLines(c)
  const opening = lines.length
    ? `<ul>${lines.map(l => `<li>${forMarkdown(l)}</li>`).join('')}</ul>`
    : '<p>No change beyond the run-to-run noise.</p>'
  return [
    '### Against the baseline',
    '',
    `<p>Compared with ${forMarkdown(baselineName(c))}${c.baseline.subject ? ` for <code>${forMarkdown(c.baseline.subject)}</code>` : ''}.</p>`,
    '',
    opening,
    '',
    table(c),
    '',
    differences(c),
    charts(c),
    ''
  ].join('\n')
}

function row(name: string, cells: string): string {
  return `<tr><th align="left">${forMarkdown(name)}</th>${cells}</tr>`
}

/** A figure's row; none for a figure neither run measured (a local image has no ECR size). */
function changeRow(name: string, ch: Change, unit: Parameters<typeof changeText>[1]): string {
  if (ch.before === undefined && ch.after === undefined) return ''
  return row(name, `<td>${forMarkdown(changeText(ch, unit))}</td>`)
}

function table(c: Comparison): string {
  const rows = [
    changeRow('Image size (compressed)', c.imageSizeBytes, 'bytes'),
    changeRow('Startup', c.startupSeconds, 'seconds'),
    changeRow('Peak memory', c.peakMemoryBytes, 'bytes'),
    changeRow('Peak CPU (one core = 100 %)', c.peakCpuPercent, 'percent'),
    ...(c.latencyPercentilesMs
      ? [
          changeRow('Latency p50 (real-time)', c.latencyPercentilesMs.p50, 'ms'),
          changeRow('Latency p95 (real-time)', c.latencyPercentilesMs.p95, 'ms')
        ]
      : []),
    ...c.latencyMs
      .slice(0, MAX_ROWS)
      .map(l => changeRow(`Latency: ${l.payload} (${MODE_NAME[l.mode]})`, l, 'ms')),
    ...c.answers
      .slice(0, MAX_ROWS)
      .map(a =>
        row(
          `Answer: ${a.payload} (${MODE_NAME[a.mode]})`,
          `<td>${forMarkdown(a.answer === 'not compared' ? `not compared: ${a.reason}` : a.answer)}</td>`
        )
      ),
    row('Findings', `<td>${c.findings.new.length} new, ${c.findings.fixed.length} fixed</td>`)
  ]
  const more = Math.max(c.latencyMs.length, c.answers.length) - MAX_ROWS
  return `<table><tr><th></th><th>Baseline → this run</th></tr>${rows.join('')}</table>${more > 0 ? `\n\n<p>… and ${more} more payload(s) in the JSON report.</p>` : ''}`
}

/** The first characters where each changed answer differs, before and after. */
function differences(c: Comparison): string {
  const shown = c.answers.filter(a => a.firstDifference).slice(0, MAX_ROWS)
  return shown
    .map(a => {
      const d = a.firstDifference!
      return `<details><summary>${forMarkdown(`Answer to ${a.payload} (${MODE_NAME[a.mode]}): first difference at character ${d.at}`)}</summary>\n\n<p>Baseline:</p>${codeBlock(d.before)}<p>This run:</p>${codeBlock(d.after)}\n\n</details>\n`
    })
    .join('\n')
}

/** A bar chart with a before and an after bar per label. */
function barChart(title: string, axis: string, bars: { label: string; ch: Change }[]): string {
  // the name is cut, never the side: two bars must not share a label
  const labels = bars.flatMap(b => [
    `${forMermaid(b.label, 32)} before`,
    `${forMermaid(b.label, 32)} after`
  ])
  const values = bars.flatMap(b => [b.ch.before!, b.ch.after!].map(v => Number(v.toFixed(1))))
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${labels.map(l => `"${l}"`).join(', ')}]`,
    `  y-axis "${axis}"`,
    `  bar [${values.join(', ')}]`,
    '```',
    ''
  ].join('\n')
}

/**
 * Charts where they help: latency when two or more payload runs were measured in both (one figure
 * reads better in the table), memory when it moved beyond the noise.
 */
function charts(c: Comparison): string {
  const both = (ch: Change): boolean => ch.before !== undefined && ch.after !== undefined
  const latency = c.latencyMs.filter(both).slice(0, MAX_ROWS / 2)
  const memory = c.peakMemoryBytes
  const out: string[] = []
  if (latency.length > 1) {
    out.push(
      barChart(
        'Latency per payload (ms), baseline and this run',
        'ms',
        latency.map(l => ({ label: `${l.payload} ${MODE_NAME[l.mode]}`, ch: l }))
      )
    )
  }
  if (moved(memory, REGRESSION_NOISE_FLOOR.memoryBytes)) {
    const mib = (n: number): number => n / 1024 ** 2
    out.push(
      barChart('Peak memory (MiB), baseline and this run', 'MiB', [
        { label: 'serve', ch: { before: mib(memory.before!), after: mib(memory.after!) } }
      ])
    )
  }
  return out.join('\n')
}
