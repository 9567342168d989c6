// Files `npm run generate` writes (scripts/generate/) are checked here, never rewritten: a difference
// fails with the command that fixes it.
import { expect } from '@jest/globals'

/** expect(actual).toEqual(expected), failing with "run npm run generate" and the difference. */
export function expectGenerated(what: string, actual: unknown, expected: unknown): void {
  try {
    expect(actual).toEqual(expected)
  } catch (err) {
    throw new Error(`${what} is out of date: run npm run generate\n\n${(err as Error).message}`)
  }
}
