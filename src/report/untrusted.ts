// Untrusted text, rendered for each place it is shown. A finding's message mixes our words with what
// the container printed or answered, files it left, image metadata and AWS error text, so every sink
// treats whole messages, details and facts as untrusted; our own text loses nothing by it. The JSON
// report keeps the raw text: it is data.

import { randomBytes } from 'node:crypto'

/** C0 and C1 controls and DEL, except tab and newline; plus bidi overrides, which reorder what is shown. */
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

function visible(c: string): string {
  const code = c.charCodeAt(0)
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * For a terminal: escape sequences and control characters are shown (`\x1b[2K`), never sent, so a
 * container cannot move the cursor, clear a line or print a green PASSED over a failure.
 */
export function forTerminal(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROLS, visible)
}

/**
 * The Actions runner reads `::command::` at the start of a trimmed line and the legacy `##[command]`
 * anywhere in a line (actions/runner ActionCommandManager), and splits lines at CR as well as LF.
 * Text that could hold either is printed between `::stop-commands::<token>` and `::<token>::`, with
 * a fresh token the text cannot guess: the runner shows it as is and processes none of it.
 */
export function forRunnerLog(text: string, token = randomBytes(16).toString('hex')): string {
  if (!/::|##\[/.test(text)) return text
  return `::stop-commands::${token}\n${text}\n::${token}::`
}

/**
 * `@org/team`, `#123`, `repo#123` and `GH-123` in untrusted text must not notify anyone or link an
 * issue: a zero-width joiner breaks each. An `@` inside a word (`repo@sha256:…`) is no mention and
 * stays as it is, so digests and e-mail addresses still copy.
 */
function noMentions(text: string): string {
  return text
    .replace(/(^|[^\w])@(?=\w)/g, '$1@\u200d')
    .replace(/#(?=\d)/g, '#\u200d')
    .replace(/\b(GH)-(?=\d)/gi, '$1\u200d-')
}

/**
 * For GitHub-flavoured Markdown (job summary, pull-request comment): HTML-escaped, controls shown,
 * mentions and issue references broken by a zero-width joiner. Callers place it inside HTML elements
 * that start and end on one line, so Markdown never parses it: no link, image or autolink forms.
 * Newlines become `nl` (`<br>` in running text, `&#10;` inside `<pre>`), so no blank line can end
 * the HTML block early.
 */
export function forMarkdown(text: string, nl = '<br>'): string {
  return noMentions(forTerminal(text))
    .replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
    .replace(/\n/g, nl)
}

/** Untrusted text as a code block: `<pre><code>` on one line, however many lines it has. */
export function codeBlock(text: string): string {
  return `<pre><code>${forMarkdown(text, '&#10;')}</code></pre>`
}

/** For SARIF: plain text without control characters, mentions neutralised (code scanning renders Markdown). */
export function forSarif(text: string): string {
  return noMentions(text.replace(/\r\n?/g, '\n').replace(CONTROLS, ''))
}

/**
 * For Markdown pasted where we do not know the renderer (the listing's usage information): a code
 * span, which no Markdown renders as a link, mention or HTML; on one line, controls shown, fenced
 * by more backticks than the text has in a row. Not for table cells (a `|` would split the cell).
 */
export function markdownCode(text: string): string {
  const line = forTerminal(text).replace(/\s*\n\s*/g, ' ')
  const fence = '`'.repeat(longestBacktickRun(line) + 1)
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** Untrusted text as a fenced code block, closed by a fence longer than any backtick run in it. */
export function markdownCodeBlock(text: string): string {
  const body = forTerminal(text).replace(/\n+$/, '')
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1))
  return `${fence}\n${body}\n${fence}`
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
}

/**
 * For a label in a Mermaid chart (a fenced code block GitHub renders): ASCII letters, digits, space and
 * `. _ - /` only, everything else `_`, so no quote ends the label, no backtick ends the fence and no
 * directive, HTML or link reaches the renderer; cut to `max` characters.
 */
export function forMermaid(text: string, max = 40): string {
  const safe = text.replace(/[^A-Za-z0-9 ._/-]/g, '_')
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe
}
