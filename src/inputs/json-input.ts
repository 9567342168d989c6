// JSON an input gives or names (hyperparameters, request files), parsed with an error that says
// where the text breaks, never what is there: V8's message can quote the text (`Unexpected token
// 'r', "root:$6$…" is not valid JSON`), and a file named by mistake may hold a credential.

import { InputError } from './error.js'

/** `text` parsed, or an InputError "Input `input` WHAT at line L, column C: REASON". */
export function parseJsonInput(input: string, what: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (err) {
    const message = (err as Error).message
    // the parser's fixed phrase ("Expected ',' or '}' after property value"); a quoting one is not
    const reason = message.includes('"')
      ? 'Unexpected character'
      : message.replace(/ (in JSON )?at position \d+.*$/, '')
    throw new InputError(input, `${what} at ${lineColumn(text, breakAt(text))}: ${reason}`)
  }
}

/**
 * The offset of the first character no JSON text can go on from, found by halving: V8 gives no
 * position for an unexpected token, and one that falls at the end means the prefix may go on.
 */
function breakAt(text: string): number {
  // text.slice(0, fits) may still become JSON, text.slice(0, fails) cannot (one past the end: the
  // whole text may fail only for ending early)
  let fits = 0
  let fails = text.length + 1
  while (fails - fits > 1) {
    const mid = (fits + fails) >>> 1
    if (mayGoOn(text.slice(0, mid))) fits = mid
    else fails = mid
  }
  return fits
}

function mayGoOn(prefix: string): boolean {
  try {
    JSON.parse(prefix)
    return true
  } catch (err) {
    const message = (err as Error).message
    const at = / at position (\d+)/.exec(message)?.[1]
    return message === 'Unexpected end of JSON input' || Number(at) === prefix.length
  }
}

/** "line 3, column 5" (both from 1) for an offset into the text. */
function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}
