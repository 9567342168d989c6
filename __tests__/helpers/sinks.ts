// How each sink reads what we print: the Actions runner's workflow-command parser and GitHub's
// Markdown renderer, plus the fixture text that tries every trick on them (issue 12).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { marked } from 'marked'

const here = path.dirname(fileURLToPath(import.meta.url))

/** What the sinks-tricks fixture image prints before it exits. */
export const TRICKS = readFileSync(
  path.join(here, '..', 'fixtures', 'images', 'sinks-tricks.txt'),
  'utf8'
)

/** The commands the runner knows (actions/runner ActionCommandManager and its extensions). */
const COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'set-env',
  'add-path',
  'stop-commands'
])

export interface RunnerCommand {
  command: string
  data: string
}

export interface RunnerLog {
  /** Every command the runner would process, in order (stop-commands pairs included). */
  commands: RunnerCommand[]
  /** The lines the runner would show in the log. */
  shown: string[]
}

/**
 * Reads stdout as actions/runner does: lines split at CR or LF; `::cmd::` after trimming leading
 * whitespace (TryParseV2), else `##[cmd]` anywhere in the line (TryParse); while stopped by
 * `::stop-commands::TOKEN`, nothing but `::TOKEN::` is processed.
 */
export function parseRunnerLog(stdout: string): RunnerLog {
  const commands: RunnerCommand[] = []
  const shown: string[] = []
  let stopToken: string | undefined
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const parsed = parseLine(line, stopToken)
    if (!parsed) {
      shown.push(line)
      continue
    }
    if (stopToken !== undefined) {
      if (parsed.command !== stopToken) {
        shown.push(line)
        continue
      }
      stopToken = undefined
    } else if (parsed.command === 'stop-commands') {
      stopToken = parsed.data
    }
    commands.push(parsed)
  }
  return { commands, shown }
}

function parseLine(line: string, stopToken?: string): RunnerCommand | undefined {
  const known = (name: string): boolean => COMMANDS.has(name) || name === stopToken
  const v2 = line.trimStart()
  if (v2.startsWith('::')) {
    const end = v2.indexOf('::', 2)
    if (end >= 0) {
      const name = v2.slice(2, end).split(' ')[0]
      if (known(name)) return { command: name, data: v2.slice(end + 2) }
    }
  }
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const rb = line.indexOf(']', prefix)
  if (rb < 0) return undefined
  const name = line.slice(prefix + 3, rb).split(' ')[0]
  return known(name) ? { command: name, data: line.slice(rb + 1) } : undefined
}

/** GitHub-flavoured Markdown to HTML, as a PR comment or job summary is shown. */
export function renderGfm(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false })
}

/** Every href and src of the elements in rendered HTML (escaped text is not an element). */
export function urlsIn(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap(tag =>
    [...tag[0].matchAll(/\s(?:href|src)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
      m => m[2] ?? m[3] ?? m[4]
    )
  )
}

/** The text a reader sees (tags dropped, entities decoded): where a mention or issue ref would notify. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** A mention (`@org/team`) or issue reference (`#123`) that GitHub would act on. */
export const NOTIFIES = /(^|[^\w])@[A-Za-z0-9]|#\d|GH-\d/i
