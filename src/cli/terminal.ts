// The CLI's face: a progress logger for the phases and a readable report for a terminal.
// Colour only when the stream is a TTY and NO_COLOR is unset (https://no-color.org).

import type { Logger } from '../core/context.js'
import type { CheckStatus } from '../core/findings.js'
import { modelServed, verdictWord, type Report } from '../report/json.js'
import { formatBytes } from '../core/text.js'
import { forTerminal } from '../report/untrusted.js'
import { baselineName, changeLines } from '../report/comparison.js'

export interface Style {
  bold(s: string): string
  dim(s: string): string
  red(s: string): string
  yellow(s: string): string
  green(s: string): string
}

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`

const COLOUR: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39)
}
const PLAIN: Style = { bold: s => s, dim: s => s, red: s => s, yellow: s => s, green: s => s }

export function styleFor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): Style {
  return isTTY && !env.NO_COLOR && env.TERM !== 'dumb' ? COLOUR : PLAIN
}

const MARK: Record<CheckStatus, (st: Style) => string> = {
  pass: st => st.green('✔ pass'),
  fail: st => st.red('✖ FAIL'),
  warn: st => st.yellow('! warn'),
  skip: st => st.dim('- skip')
}

/** A terminal to redraw a status line on: raw output (no newline added) and its width. */
export interface LiveTerminal {
  write(text: string): void
  columns: number
}

/**
 * Progress for a terminal: a header per phase, what happens in it, the phase's time. The checks are
 * printed once, in the report at the end; their progress lines are debug output here. Waits show as
 * one status line redrawn in place on a `live` terminal, as plain lines otherwise. Every message may
 * quote the container, so it is shown with its control characters visible.
 */
export function terminalLogger(
  writeLine: (line: string) => void,
  st: Style,
  verbose: boolean,
  live?: LiveTerminal
): Logger {
  // The engine logs each decided check as "<pass|FAIL|warn|skip> <rule>: <detail>".
  const check = /^(pass|FAIL|warn|skip) [a-z-]+: /
  let statusShown = false
  const clearStatus = (): void => {
    if (statusShown) live?.write('\r\u001b[2K')
    statusShown = false
  }
  const write = (line: string): void => {
    clearStatus()
    writeLine(line)
  }
  const debug = (m: string): void => {
    if (verbose) write(st.dim(`  debug: ${forTerminal(m)}`))
  }
  return {
    status: line => {
      if (!live) {
        if (line !== undefined) write(st.dim(`  ${forTerminal(line)}`))
        return
      }
      clearStatus()
      if (line === undefined) return
      // one row only: a wrapped line could not be cleared with \r
      live.write(st.dim(firstLine(`  ${line}`, Math.max(20, live.columns - 2))))
      statusShown = true
    },
    info: m => (check.test(m) ? debug(m) : write(`  ${forTerminal(m)}`)),
    warning: m => write(`  ${st.yellow('warning:')} ${forTerminal(m)}`),
    debug,
    group: async (name, fn) => {
      write(st.bold(`▸ ${name}`))
      const start = performance.now()
      try {
        return await fn()
      } finally {
        write(st.dim(`  (${((performance.now() - start) / 1000).toFixed(1)} s)`))
      }
    }
  }
}

function firstLine(s: string, max = 160): string {
  const line = forTerminal(s).split('\n')[0]
  return line.length > max ? `${line.slice(0, max)}…` : line
}

function indent(s: string, pad: string): string {
  return forTerminal(s)
    .split('\n')
    .map(l => pad + l)
    .join('\n')
}

/** The report for a terminal: verdict, facts, every check, then each finding with its fix. */
export function renderTerminalReport(
  report: Report,
  st: Style,
  reportFile?: string,
  listingEvidence?: string
): string {
  const out: string[] = []
  const word = st.bold(verdictWord(report).toUpperCase())
  const verdict =
    report.result === 'fail'
      ? st.red(word)
      : report.containerNotRun
        ? st.yellow(word)
        : st.green(word)
  out.push(
    '',
    `${st.bold('AWS Marketplace ML preflight')}: ${verdict}, ${report.errors} error(s), ${report.warnings} warning(s)`
  )

  const facts: [string, string][] = []
  if (report.image) facts.push(['Image', report.image.uri])
  if (report.image?.local) facts.push(['Local image tested', report.image.local])
  if (report.image?.digest) facts.push(['Digest', report.image.digest])
  if (report.image?.sizeBytes !== undefined)
    facts.push(['Compressed size', formatBytes(report.image.sizeBytes)])
  if (report.trainingImage) facts.push(['Training image', report.trainingImage.uri])
  if (report.region) facts.push(['Publishing Region', report.region.region])
  const model = modelServed(report)
  if (model) facts.push(['Model served', model])
  const channels = report.training?.channels
  if (channels?.length) facts.push(['Training channels', channels.join('; ')])
  if (report.smokeTest?.startupSeconds !== undefined)
    facts.push(['Startup', `${report.smokeTest.startupSeconds.toFixed(1)} s`])
  if (report.training?.durationSeconds !== undefined)
    facts.push(['Training', `${report.training.durationSeconds.toFixed(1)} s`])
  if (facts.length) {
    const width = Math.max(...facts.map(([k]) => k.length))
    out.push('', ...facts.map(([k, v]) => `  ${st.dim(k.padEnd(width))}  ${forTerminal(v)}`))
  }

  if (report.comparison) {
    const lines = changeLines(report.comparison)
    out.push(
      '',
      `${st.bold('Against the baseline')} ${st.dim(forTerminal(baselineName(report.comparison)))}`,
      ...(lines.length ? lines : ['no change beyond the run-to-run noise']).map(
        l => `  ${forTerminal(l)}`
      )
    )
  }

  out.push('', st.bold('Checks'))
  const ruleWidth = Math.max(0, ...report.checks.map(c => c.rule.length))
  for (const c of report.checks) {
    out.push(`  ${MARK[c.status](st)}  ${c.rule.padEnd(ruleWidth)}  ${st.dim(firstLine(c.detail))}`)
  }

  if (report.findings.length) {
    out.push('', st.bold('Findings'))
    for (const f of report.findings) {
      const head = f.severity === 'error' ? st.red('✖ error') : st.yellow('! warning')
      out.push(
        '',
        `${head} ${st.bold(f.rule)}: ${f.title}`,
        indent(f.message, '    '),
        `    ${st.bold('How to fix:')} ${indent(f.help, '    ').slice(4)}`
      )
    }
  }
  if (reportFile) out.push('', `${st.dim('Report:')} ${reportFile}`)
  if (listingEvidence) out.push(`${st.dim('Listing evidence:')} ${listingEvidence}`)
  out.push('')
  return out.join('\n')
}

/**
 * @actions/glob (the payload patterns) logs through @actions/core, which prints `::debug::` workflow
 * commands on stdout: a GitHub runner hides them, a terminal or a redirected report would not. Outside
 * a runner they are dropped from `stream`; the CLI's own output goes through the writer returned.
 */
export function dropWorkflowDebug(
  stream: { write: NodeJS.WriteStream['write'] },
  env: NodeJS.ProcessEnv
): (text: string) => boolean {
  const write = stream.write.bind(stream) as (text: string, ...rest: never[]) => boolean
  if (env.GITHUB_ACTIONS !== 'true') {
    stream.write = ((chunk: unknown, ...rest: never[]) =>
      typeof chunk === 'string' && chunk.startsWith('::debug::')
        ? true
        : write(chunk as string, ...rest)) as NodeJS.WriteStream['write']
  }
  return text => write(text)
}
