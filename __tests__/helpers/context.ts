// A RunContext for unit tests: inputs from a plain object (no payload files resolved), a logger
// that records warnings.

import { tmpdir } from 'node:os'
import type { Logger, RunContext } from '../../src/core/context.js'
import { Findings } from '../../src/core/findings.js'
import { readInputs } from '../../src/inputs/index.js'

export function testContext(
  values: Record<string, string>,
  signal: AbortSignal = new AbortController().signal
): RunContext & { warnings: string[] } {
  const warnings: string[] = []
  const log: Logger = {
    info: () => undefined,
    warning: m => void warnings.push(m),
    debug: () => undefined,
    group: (_name, fn) => fn()
  }
  // the tests' temporary directory stands in for RUNNER_TEMP, where model data may come from
  const inputs = readInputs(name => values[name] ?? '', { ...process.env, RUNNER_TEMP: tmpdir() })
  return {
    inputs,
    findings: new Findings(new Set(inputs.ignore)),
    facts: { resources: [] },
    payloads: [],
    log,
    signal,
    env: {},
    warnings
  }
}
