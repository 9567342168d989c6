// The job summary: a heading, one sentence, the checks table, the findings, the image facts.
// Pure: it renders a Report to GitHub-flavoured Markdown/HTML; user data is always HTML-escaped.

import type { Check, CheckStatus, Finding } from './findings.js'
import { validationSection } from './replay/summary.js'
import type { Report } from './report.js'

/** GitHub drops a step summary larger than 1 MiB; stay well below it. */
export const SUMMARY_LIMIT_BYTES = 900 * 1024
const MAX_MESSAGE_CHARS = 4000
const MAX_LOG_CHARS = 20000

const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' }

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`|\\*_[\]]/g, c => `&#${c.charCodeAt(0)};`)
}

function clip(s: string, max: number): string {
  return s.length > max
    ? `${s.slice(0, max)}\n… (${s.length - max} more characters in the JSON report)`
    : s
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${i === 0 ? v : v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`
}

export function checksTable(checks: Check[]): string {
  const rows = checks.map(
    c =>
      `<tr><td>${ICON[c.status]} ${c.status}</td><td><code>${c.rule}</code></td><td>${escapeHtml(clip(c.detail, 600))}</td></tr>`
  )
  return `<table><tr><th>Status</th><th>Rule</th><th>Detail</th></tr>${rows.join('')}</table>`
}

export function findingBlock(f: Finding, maxChars: number): string {
  const icon = f.severity === 'error' ? '❌' : '⚠️'
  return [
    `#### ${icon} <code>${f.rule}</code>: ${escapeHtml(f.title)}`,
    '',
    `> ${escapeHtml(clip(f.message, maxChars)).replace(/\n/g, '<br>')}`,
    '',
    `**How to fix:** ${escapeHtml(clip(f.help, maxChars))}`,
    ''
  ].join('\n')
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
  if (report.smokeTest?.probeMethod) rows.push(['Probe', report.smokeTest.probeMethod])
  if (report.training?.durationSeconds !== undefined) {
    rows.push([
      'Training',
      `${report.training.durationSeconds.toFixed(1)} s, exit ${report.training.exitCode ?? 'none'}`
    ])
  }
  if (!rows.length) return ''
  return `<table>${rows.map(([k, v]) => `<tr><th align="left">${k}</th><td><code>${escapeHtml(v)}</code></td></tr>`).join('')}</table>`
}

function details(title: string, body: string): string {
  return `<details><summary>${escapeHtml(title)}</summary>\n\n<pre><code>${escapeHtml(clip(body, MAX_LOG_CHARS))}</code></pre>\n\n</details>\n`
}

export function renderSummary(report: Report): string {
  const render = (maxChars: number, withLogs: boolean): string => {
    const verdict =
      report.result === 'pass'
        ? `✅ Passed: ${report.warnings} warning(s), no blocking findings.`
        : `❌ Failed: ${report.errors} error(s), ${report.warnings} warning(s).`
    const parts = [
      '## AWS Marketplace ML preflight',
      '',
      `${verdict} Checked against AWS Marketplace's publishing rules for SageMaker model packages and algorithms before submission.`,
      '',
      factsTable(report),
      '',
      '### Checks',
      '',
      checksTable(report.checks),
      ''
    ]
    if (report.findings.length) {
      parts.push('### Findings', '', ...report.findings.map(f => findingBlock(f, maxChars)))
    }
    if (report.validation?.length) parts.push(validationSection(report.validation))
    if (withLogs && report.smokeTest?.logExcerpt)
      parts.push(details('Container log (serve)', report.smokeTest.logExcerpt))
    if (withLogs && report.training?.logExcerpt)
      parts.push(details('Container log (train)', report.training.logExcerpt))
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
  return `${report.result === 'pass' ? '✅ Passed' : '❌ Failed'}: ${report.errors} error(s), ${report.warnings} warning(s).`
}
