// While the preflight waits on a container (startup, training, a slow invocation), a line every few
// seconds through the run's Logger: what it waits for, the time spent against the limit, and the
// container's latest log line. Container output is untrusted: it is shown only through `printable`.

import type { Logger } from './context.js'

export const PROGRESS_EVERY_MS = 10000

export interface TickerOptions {
  /** What is being waited for, e.g. "Waiting for GET /ping to answer 200". */
  what: string
  limitSeconds: number
  /** Seconds spent so far (a container counts from `docker run`, not from when the wait began). */
  elapsedSeconds: () => number
  /** The container's latest log line, if any. */
  latestLine: () => string | undefined
  everyMs?: number
}

/** Runs `wait`, reporting progress every `everyMs` until it settles. */
export async function withProgress<T>(
  log: Logger,
  options: TickerOptions,
  wait: Promise<T>
): Promise<T> {
  const show = (line: string | undefined): void => {
    if (log.status) log.status(line)
    else if (line !== undefined) log.info(line)
  }
  const timer = setInterval(() => {
    const latest = options.latestLine()
    show(
      `${options.what}: ${seconds(options.elapsedSeconds())} of ${seconds(options.limitSeconds)}; ${
        latest ? `latest log line: ${printable(latest)}` : 'no log output yet'
      }`
    )
  }, options.everyMs ?? PROGRESS_EVERY_MS)
  timer.unref()
  try {
    return await wait
  } finally {
    clearInterval(timer)
    show(undefined)
  }
}

function seconds(s: number): string {
  return `${Math.floor(s)} s`
}

// CSI (colours, cursor moves) and OSC (titles, hyperlinks) sequences, then any other control character
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b./g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * A container's log line made safe to print in a log or a terminal: no escape sequences or control
 * characters, cut to `width`. Callers print it after a prefix of their own, so that a line such as
 * `::error::…` never starts a line of GitHub's log, where it would be a workflow command.
 */
export function printable(line: string, width = 200): string {
  const text = line.replace(ESCAPES, '').replace(/\t/g, ' ').replace(CONTROL, '').trim()
  return text.length > width ? `${text.slice(0, width)}…` : text
}

/** The lines streamed from one container before the rest is left to the report's excerpt. */
export const MAX_STREAMED_LINES = 2000

/** Passes a container's log lines to the log as they come: escaped, prefixed, at most `max`. */
export function streamLines(
  log: Logger,
  prefix: string,
  max = MAX_STREAMED_LINES
): (line: string) => void {
  let count = 0
  return line => {
    const text = printable(line, 500)
    if (!text) return
    count++
    if (count <= max) log.info(`${prefix} | ${text}`)
    else if (count === max + 1) {
      log.info(
        `${prefix} | … more than ${max} lines: the rest is not shown here (the report keeps the last ones)`
      )
    }
  }
}
