// The command-line tool: the action's inputs as --flags, the same engine, a terminal report, the
// same JSON report (and SARIF, job summary and pull-request comment when asked), and an exit status.

import { appendFile } from 'node:fs/promises'
import { ACTION_INPUTS, type ActionInput } from '../inputs/action-inputs.js'
import { InputError } from '../inputs/error.js'
import { readInputs } from '../inputs/index.js'
import { CancelledError, preflightUntilCancelled, publishFiles } from '../run/publish.js'
import { Secrets } from '../report/secrets.js'
import { renderTerminalReport, styleFor, terminalLogger } from './terminal.js'
import { forTerminal } from '../report/untrusted.js'
import { VERSION } from '../core/version.js'

export const NAME = 'marketplace-ml-preflight'

/** Ctrl-C ends with 130 (128 + SIGINT), SIGTERM with 143, after cleanup. */
export const EXIT = { pass: 0, findings: 1, usage: 2, error: 3, cancelled: 130 } as const

export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
  /** Whether stdout is a terminal (colour). */
  isTTY?: boolean
  /** The width of stderr when it is a terminal: progress is then one status line redrawn in place. */
  stderrColumns?: number
  /** Where relative paths resolve and the report goes by default; process.cwd() when omitted. */
  cwd?: string
}

/** Where the CLI differs from the action: a report next to you, and the token from the environment. */
const CLI_DEFAULTS: Record<string, { value: (env: NodeJS.ProcessEnv) => string; shown: string }> = {
  'report-file': {
    value: () => 'marketplace-preflight.json',
    shown: './marketplace-preflight.json'
  },
  'github-token': { value: env => env.GITHUB_TOKEN ?? '', shown: '$GITHUB_TOKEN' }
}

/** Flags that may be given several times; the values are joined the way the action's input takes them. */
const REPEATABLE: Record<string, string> = {
  payload: '\n',
  'training-data': '\n',
  'validation-data': '\n',
  ignore: '\n',
  'seller-account-id': '\n',
  'docker-run-args': ' '
}

const SWITCH_VALUE = /^(true|false|auto|yes|no|1|0)$/i

class UsageError extends Error {}

const BY_NAME = new Map(ACTION_INPUTS.map(i => [i.name, i]))

/** true/false/auto inputs may be given bare: `--smoke-test` means `--smoke-test true`. */
function isSwitch(input: ActionInput): boolean {
  return input.default === 'true' || input.default === 'false' || input.default === 'auto'
}

type Parsed = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; values: Map<string, string> }

export function parseArgs(argv: string[]): Parsed {
  const values = new Map<string, string>()
  const set = (name: string, value: string): void => {
    const previous = values.get(name)
    if (previous === undefined) values.set(name, value)
    else if (name in REPEATABLE) values.set(name, `${previous}${REPEATABLE[name]}${value}`)
    else
      throw new UsageError(`--${name} is given twice ("${previous}" and "${value}"); give it once`)
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') return { kind: 'help' }
    if (arg === '--version' || arg === '-V') return { kind: 'version' }
    const m = /^--([^=]+)(?:=([\s\S]*))?$/.exec(arg)
    if (!m) {
      throw new UsageError(
        `unexpected argument "${arg}"; every value follows its flag, e.g. --image ${arg} or --payload ${arg}`
      )
    }
    const input = BY_NAME.get(m[1])
    if (!input) throw new UsageError(`unknown flag --${m[1]}${suggest(m[1])}`)
    if (m[2] !== undefined) {
      set(input.name, m[2])
      continue
    }
    const next = argv[i + 1]
    if (isSwitch(input)) {
      if (next !== undefined && SWITCH_VALUE.test(next)) set(input.name, argv[++i])
      else set(input.name, 'true')
      continue
    }
    if (next === undefined || next.startsWith('--')) {
      throw new UsageError(`--${input.name} needs a value: ${input.description}`)
    }
    set(input.name, argv[++i])
    // An unquoted glob (--payload samples/*.json) arrives as several words: take them all.
    if (input.name === 'payload') {
      while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) set('payload', argv[++i])
    }
  }
  return { kind: 'run', values }
}

/** The closest flag name, for a typo. */
function suggest(name: string): string {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of BY_NAME.keys()) {
    const d = distance(name, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best ? ` (did you mean --${best}?)` : `; run ${NAME} --help for the list`
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]
}

export function helpText(): string {
  const flags = ACTION_INPUTS.map(input => {
    const cli = CLI_DEFAULTS[input.name]
    const description = cli
      ? input.description.replace(/\s*\(default[^)]*\)/, '')
      : input.description
    const shown = cli?.shown ?? input.default
    const value = isSwitch(input) ? '[VALUE]' : 'VALUE'
    const notes = [
      shown !== undefined ? `default: ${shown}` : '',
      input.name in REPEATABLE ? 'repeatable' : ''
    ].filter(Boolean)
    return `  --${input.name} ${value}\n      ${description}${notes.length ? ` (${notes.join('; ')})` : ''}`
  })
  return `Usage: ${NAME} [--flag VALUE | --flag=VALUE]...

Checks a SageMaker model or algorithm container against AWS Marketplace's publishing rules before you
submit it: the same checks as the GitHub Action, from your terminal.

Examples:
  ${NAME} --image 111122223333.dkr.ecr.us-east-2.amazonaws.com/my-model@sha256:…
  ${NAME} --local-image my-model:dev --model-data ./model --payload samples/*.json --aws-checks false

Flags (the action's inputs):
${flags.join('\n')}
  --help, -h
      Show this help
  --version, -V
      Print the version

AWS credentials come from the usual places (environment, ~/.aws, AWS_PROFILE, SSO). Set NO_COLOR to
turn colour off and RUNNER_DEBUG=1 for debug lines.

Exit status: ${EXIT.pass} passed; ${EXIT.findings} findings at or above --fail-on; ${EXIT.usage} an unusable flag or input; ${EXIT.error} stopped by an unexpected error; ${EXIT.cancelled} cancelled with Ctrl-C (after cleanup).
`
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv, io: CliIO): Promise<number> {
  const err = styleFor(io.isTTY, env)
  let secrets = Secrets.from(env)
  const fail = (message: string, code: number): number => {
    io.stderr(`${err.red('error:')} ${forTerminal(secrets.redact(message))}\n`)
    return code
  }
  let parsed: Parsed
  try {
    parsed = parseArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message, EXIT.usage)
    throw e
  }
  if (parsed.kind === 'help') {
    io.stdout(helpText())
    return EXIT.pass
  }
  if (parsed.kind === 'version') {
    io.stdout(`${NAME} ${VERSION}\n`)
    return EXIT.pass
  }

  const { values } = parsed
  const lookup = (name: string): string => values.get(name) ?? CLI_DEFAULTS[name]?.value(env) ?? ''
  const cwd = io.cwd ?? process.cwd()
  const live = io.stderrColumns ? { write: io.stderr, columns: io.stderrColumns } : undefined
  secrets = Secrets.from(env, [lookup('github-token')])
  const log = secrets.logger(
    terminalLogger(line => io.stderr(`${line}\n`), err, env.RUNNER_DEBUG === '1', live)
  )
  try {
    // Relative paths are relative to where you run the command, even inside a GitHub job.
    const inputs = readInputs(lookup, { ...env, GITHUB_WORKSPACE: cwd })
    const report = secrets.redact(await preflightUntilCancelled(inputs, log, env))
    await publishFiles(report, inputs, log, env)
    // Inside a GitHub job the CLI can write the job summary too.
    if (inputs.summary && env.GITHUB_STEP_SUMMARY) {
      const { renderSummary } = await import('../report/summary.js')
      await appendFile(env.GITHUB_STEP_SUMMARY, renderSummary(report))
    }
    io.stdout(
      renderTerminalReport(
        report,
        styleFor(io.isTTY, env),
        inputs.reportFile,
        inputs.listingEvidence
      )
    )
    return report.result === 'pass' ? EXIT.pass : EXIT.findings
  } catch (e) {
    if (e instanceof InputError) {
      return fail(e.message.replace(`Input \`${e.input}\``, `--${e.input}`), EXIT.usage)
    }
    if (e instanceof CancelledError) {
      return fail(`${e.message}; its containers and temporary files were removed`, e.exitCode)
    }
    // Not `instanceof Error`: errors from Node's own modules may come from another realm.
    const error = e as { message?: unknown; stack?: string }
    if (env.RUNNER_DEBUG === '1' && error.stack) log.debug(error.stack)
    const message = typeof error?.message === 'string' ? error.message : String(e)
    return fail(`${NAME} stopped: ${message}`, EXIT.error)
  }
}
