// The job summary: the verdict, the findings with their fixes, then the checks and the facts folded.
// Pure: it renders a Report to GitHub-flavoured Markdown/HTML. Everything from the report is
// untrusted (src/report/untrusted.ts) and sits inside one-line HTML elements, so Markdown never parses it.

import type {
  ConcurrencyFacts,
  LayerFact,
  PingUnderLoadFacts,
  ResourceUseFacts
} from '../core/context.js'
import type { Check, CheckStatus, Finding } from '../core/findings.js'
import { validationSection } from './validation-section.js'
import { comparisonSection } from './comparison-section.js'
import { modelServed, verdictWord, type Report } from './json.js'
import { rule } from '../catalog/rules.js'
import { codeBlock, forMarkdown } from './untrusted.js'
import { formatBytes } from '../core/text.js'

/** GitHub drops a step summary larger than 1 MiB; stay well below it. */
export const SUMMARY_LIMIT_BYTES = 900 * 1024
const MAX_MESSAGE_CHARS = 4000
const MAX_LOG_CHARS = 20000

const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' }

function clip(s: string, max: number): string {
  return s.length > max
    ? `${s.slice(0, max)}\n… (${s.length - max} more characters in the JSON report)`
    : s
}

/** A line of running text; our messages mark names and commands with backticks. */
function prose(line: string): string {
  return forMarkdown(line).replace(/`([^`]+)`/g, '<code>$1</code>')
}

/**
 * A message or detail as one line of HTML: running text in `<p>`, the log lines `quote()` indents
 * by four spaces in a code block, so a multi-line detail keeps its lines, even in a table cell.
 */
export function richText(text: string): string {
  const blocks: { quoted: boolean; lines: string[] }[] = []
  for (const line of text.split(/\r?\n/)) {
    const quoted = line.startsWith('    ')
    const last = blocks.at(-1)
    if (last?.quoted === quoted) last.lines.push(quoted ? line.slice(4) : line)
    else blocks.push({ quoted, lines: [quoted ? line.slice(4) : line] })
  }
  return blocks
    .map(b =>
      b.quoted ? codeBlock(b.lines.join('\n')) : `<p>${b.lines.map(prose).join('<br>')}</p>`
    )
    .join('')
}

/** A link we build from our own rule table: the URL is only attribute-escaped, never mangled. */
function link(url: string, text: string): string {
  return `<a href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">${forMarkdown(text)}</a>`
}

export function checksTable(checks: Check[]): string {
  const rows = checks.map(
    c =>
      `<tr><td>${ICON[c.status]} ${c.status}</td><td><code>${c.rule}</code></td><td>${richText(clip(c.detail, 600))}</td></tr>`
  )
  return `<table><tr><th>Status</th><th>Rule</th><th>Detail</th></tr>${rows.join('')}</table>`
}

export function findingBlock(f: Finding, maxChars: number): string {
  const icon = f.severity === 'error' ? '❌' : '⚠️'
  // the help ends with the rule's source, which becomes a real link
  const { source } = rule(f.rule)
  const cited = `Source: ${source.name} (${source.url})`
  const help = f.help.endsWith(cited) ? f.help.slice(0, -cited.length).trimEnd() : f.help
  return [
    `#### ${icon} <code>${f.rule}</code>: ${forMarkdown(f.title)}`,
    '',
    richText(clip(f.message, maxChars)),
    '',
    `<p><b>How to fix:</b> ${prose(clip(help, maxChars))}${help === f.help ? '' : ` Source: ${link(source.url, source.name)}.`}</p>`,
    ''
  ].join('\n')
}

/** The `image` input that was checked and the image the smoke test actually ran, when they differ. */
export function subjectLine(report: Report): string {
  const parts: string[] = []
  if (report.image?.uri) parts.push(`Image: <code>${forMarkdown(report.image.uri)}</code>`)
  const ran = report.smokeTest?.image ?? report.image?.local
  if (ran && ran !== report.image?.uri)
    parts.push(`smoke-tested as <code>${forMarkdown(ran)}</code>`)
  if (report.trainingImage)
    parts.push(`training image: <code>${forMarkdown(report.trainingImage.uri)}</code>`)
  return parts.length ? `<p>${parts.join('; ')}</p>` : ''
}

export function factsTable(report: Report): string {
  const rows: [string, string][] = []
  const img = report.image
  if (img) {
    rows.push(['Image', img.uri])
    if (img.local) rows.push(['Local image tested', img.local])
    if (img.digest) rows.push(['Digest', img.digest])
    if (img.sizeBytes !== undefined) rows.push(['Compressed size', formatBytes(img.sizeBytes)])
    if (img.manifestMediaType) rows.push(['Manifest', img.manifestMediaType])
    if (img.platforms?.length) rows.push(['Platforms', img.platforms.join(', ')])
  }
  if (report.trainingImage) rows.push(['Training image', report.trainingImage.uri])
  if (report.region)
    rows.push(['Publishing Region', `${report.region.region} (${report.region.source})`])
  if (report.smokeTest?.startupSeconds !== undefined) {
    rows.push(['Startup', `${report.smokeTest.startupSeconds.toFixed(1)} s`])
  }
  const model = modelServed(report)
  if (model) rows.push(['Model served', model])
  const channels = report.training?.channels
  if (channels?.length) rows.push(['Training channels', channels.join('; ')])
  if (report.smokeTest?.probeMethod) rows.push(['Probe', report.smokeTest.probeMethod])
  if (report.smokeTest?.endpointType) rows.push(['Endpoint type', report.smokeTest.endpointType])
  for (const p of report.smokeTest?.pingUnderLoad ?? []) {
    rows.push([`Ping under load (${p.mode})`, pingUnderLoadText(p)])
  }
  for (const c of report.smokeTest?.concurrency ?? []) {
    rows.push([`Concurrency (${c.mode})`, concurrencyText(c)])
  }
  if (report.training?.durationSeconds !== undefined) {
    rows.push([
      'Training',
      `${report.training.durationSeconds.toFixed(1)} s, exit ${report.training.exitCode ?? 'none'}`
    ])
  }
  for (const [what, use] of [
    ['Resources (serve)', report.smokeTest?.resources],
    ['Resources (train)', report.training?.resources]
  ] as const) {
    if (use) rows.push([what, resourcesText(use)])
  }
  if (!rows.length) return ''
  return `<table>${rows.map(([k, v]) => `<tr><th align="left">${k}</th><td><code>${forMarkdown(v)}</code></td></tr>`).join('')}</table>`
}

/** "12 pings, p50 3 ms, slowest 2000 ms, 3 not 200 within 2 s". */
export function pingUnderLoadText(p: PingUnderLoadFacts): string {
  if (p.pings === 0) return 'no invocation ran long enough to be pinged'
  const failed = p.failed ? `, ${p.failed} not 200 within 2 s` : ''
  return `${p.pings} pings, p50 ${p.p50Ms} ms, slowest ${p.maxMs} ms${failed}`
}

/** "4 at once: p50 310 ms, p95 620 ms (alone: p50 300 ms, p95 300 ms); 0 failed, 0 differing". */
export function concurrencyText(c: ConcurrencyFacts): string {
  return `${c.concurrency} at once: p50 ${c.p50Ms} ms, p95 ${c.p95Ms} ms (alone: p50 ${c.sequentialP50Ms} ms, p95 ${c.sequentialP95Ms} ms); ${c.failed} failed, ${c.differing} differing`
}

/** "ml.c5.large (2 vCPU, 4.0 GiB): peak 312 MiB memory, 85% CPU", to pick instance types from. */
export function resourcesText(use: ResourceUseFacts): string {
  const instance = use.instanceType
    ? `${use.instanceType} (${use.cpus !== undefined ? `${use.cpus} vCPU, ` : ''}${formatBytes(use.memoryBytes ?? 0)})`
    : "the runner's CPUs and memory"
  const peaks = [
    use.peakMemoryBytes !== undefined ? `peak ${formatBytes(use.peakMemoryBytes)} memory` : '',
    use.peakCpuPercent !== undefined ? `${use.peakCpuPercent.toFixed(0)}% CPU` : '',
    use.oomKilled ? 'OOM-killed' : ''
  ].filter(Boolean)
  return `${instance}: ${peaks.join(', ') || 'not measured'}`
}

const BAR_CHARS = 20

/** The largest layers by the Dockerfile step that made them, as a bar table (image-size's fix). */
export function layersTable(layers: readonly LayerFact[] | undefined): string {
  if (!layers?.length) return ''
  const largest = Math.max(...layers.map(l => l.sizeBytes), 1)
  const rows = layers.map(l => {
    const bar = '█'.repeat(Math.max(1, Math.round((l.sizeBytes / largest) * BAR_CHARS)))
    const step = l.step ?? l.digest.slice(0, 19)
    return `<tr><td><code>${forMarkdown(step)}</code></td><td align="right">${formatBytes(l.sizeBytes)}</td><td>${bar}</td></tr>`
  })
  return `<details><summary>Largest layers</summary>\n\n<table><tr><th>Dockerfile step</th><th>Compressed</th><th></th></tr>${rows.join('')}</table>\n\n</details>\n`
}

function logBlock(title: string, body: string): string {
  return `<details><summary>${title}</summary>\n\n${codeBlock(clip(body, MAX_LOG_CHARS))}\n\n</details>\n`
}

export function renderSummary(report: Report): string {
  const render = (maxChars: number, withLogs: boolean): string => {
    const parts = [
      '## AWS Marketplace ML preflight',
      '',
      subjectLine(report),
      '',
      `**${shortVerdict(report)}** Checked against AWS Marketplace's publishing rules for SageMaker model packages and algorithms before submission.`,
      '',
      comparisonSection(report.comparison)
    ]
    if (report.findings.length) {
      parts.push('### What to fix', '', ...report.findings.map(f => findingBlock(f, maxChars)))
    }
    if (report.validation?.length) parts.push(validationSection(report.validation))
    parts.push(
      `<details><summary>All ${report.checks.length} checks</summary>\n\n${checksTable(report.checks)}\n\n</details>\n`,
      factsTable(report),
      layersTable(report.image?.largestLayers),
      ''
    )
    // a log goes with the findings it explains (serving, batch, training), not a registry finding
    const phases = new Set(report.findings.map(f => rule(f.rule).phase))
    if (withLogs && report.smokeTest?.logExcerpt && (phases.has('serve') || phases.has('batch')))
      parts.push(logBlock('Container log (serve)', report.smokeTest.logExcerpt))
    if (withLogs && report.training?.logExcerpt && phases.has('training'))
      parts.push(logBlock('Container log (train)', report.training.logExcerpt))
    return parts.join('\n')
  }
  // Shrink in steps until the summary fits; the full text stays in the JSON report.
  return firstThatFits(
    [
      () => render(MAX_MESSAGE_CHARS, true),
      () => render(1000, true),
      () => render(300, false),
      () => render(200, false)
    ],
    text => Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES,
    () =>
      `## AWS Marketplace ML preflight\n\n${shortVerdict(report)} The details are too long for a job summary; see the JSON report.\n`
  )
}

/** The first rendering that fits, from the fullest to the most compact; else the fallback. */
export function firstThatFits(
  renderings: (() => string)[],
  fits: (text: string) => boolean,
  fallback: () => string
): string {
  for (const render of renderings) {
    const text = render()
    if (fits(text)) return text
  }
  return fallback()
}

export function shortVerdict(report: Report): string {
  const mark = report.result === 'fail' ? '❌' : report.containerNotRun ? '⚠️' : '✅'
  const why = report.containerNotRun ? ` (${report.containerNotRun})` : ''
  return `${mark} ${verdictWord(report)}${why}: ${report.errors} error(s), ${report.warnings} warning(s).`
}
