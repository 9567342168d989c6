// The one error an input can cause. Kept apart from the input parsing so the modules that read input
// files (paths, request files, validation data) can raise it without importing the parser back.

/** A value the run cannot use. The message names the input and what was expected. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    detail: string
  ) {
    super(`Input \`${input}\` ${detail}`)
    this.name = 'InputError'
  }
}

/** A value quoted in an error: at most `max` characters, so a huge or secret-bearing input is never
 * echoed in full (a file's content never is). */
export function shown(value: string, max = 80): string {
  const quoted = JSON.stringify(value.length > max ? value.slice(0, max) : value)
  return value.length > max ? `${quoted}… (${value.length} characters)` : quoted
}
