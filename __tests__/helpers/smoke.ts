// Runs the smoke-test phase against the real Docker engine with fixture images
// (__tests__/fixtures/images/build.sh), and checks that nothing is left behind.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Logger, RunContext, RunFacts } from '../../src/core/context.js'
import { engineAvailable } from '../../src/docker/command.js'
import { LABEL, runId } from '../../src/docker/labels.js'
import { Findings } from '../../src/core/findings.js'
import { readInputs } from '../../src/inputs/index.js'
import { samplePayloads } from '../../src/run/preconditions.js'
import { runSmokeTests, type SmokeOptions } from '../../src/smoke/index.js'

export const FIXTURE = 'marketplace-ml-preflight-fixture'
const here = path.dirname(fileURLToPath(import.meta.url))

/** Whether docker tests can run; under CI a missing engine is a failure, not a skip. */
export async function dockerForTests(): Promise<boolean> {
  const engine = await engineAvailable(process.env, 10000)
  if (engine.ok) return true
  if (process.env.CI === 'true') throw new Error(`CI needs a Docker engine: ${engine.reason}`)
  console.warn(`Skipping Docker smoke tests: ${engine.reason}`)
  return false
}

export function buildFixtures(): void {
  execFileSync('bash', [path.join(here, '..', 'fixtures', 'images', 'build.sh')], {
    stdio: 'inherit',
    timeout: 300000
  })
}

/** Builds the scikit_bring_your_own look-alikes (fixtures/sbyo/build.sh), whose Debian root
 * filesystem needs debootstrap as root. False (a skip) where it cannot run, except under CI. */
export function buildSampleFixtures(): boolean {
  try {
    execFileSync('bash', [path.join(here, '..', 'fixtures', 'sbyo', 'build.sh')], {
      stdio: 'inherit',
      timeout: 600000
    })
    return true
  } catch (err) {
    if ((err as { status?: number }).status !== 3 || process.env.CI === 'true') throw err
    console.warn('Skipping the scikit_bring_your_own look-alike tests: debootstrap cannot run here')
    return false
  }
}

export function workspace(): string {
  return mkdtempSync(path.join(tmpdir(), 'preflight-smoke-ws-'))
}

/** model/model.pkl in `ws`: the pickled model the scikit_bring_your_own look-alikes load at /ping. */
export function writeSbyoModel(ws: string): void {
  mkdirSync(path.join(ws, 'model'))
  execFileSync('python3', [
    '-c',
    "import pickle,sys; pickle.dump({'threshold': 5.0}, open(sys.argv[1], 'wb'))",
    path.join(ws, 'model', 'model.pkl')
  ])
}

export interface SmokeRun {
  findings: Findings
  facts: RunFacts
  status(rule: string): string | undefined
  detail(rule: string): string
  messages(rule: string): string
  seconds: number
}

export async function smoke(
  values: Record<string, string>,
  options: SmokeOptions & {
    env?: NodeJS.ProcessEnv
    signal?: AbortSignal
    ws?: string
    log?: Logger
    /** Receives every line the run logs (default: dropped). */
    logLine?: (line: string) => void
  } = {}
): Promise<SmokeRun> {
  const ws = options.ws ?? workspace()
  // a short startup window keeps a failing case from waiting out SageMaker's 8 minutes
  const all: Record<string, string> = { 'startup-timeout': '20', ...values }
  const inputs = readInputs(name => all[name] ?? '', { GITHUB_WORKSPACE: ws })
  const findings = new Findings(new Set(inputs.ignore))
  const facts: RunFacts = { resources: [] }
  const ctx: RunContext = {
    inputs,
    findings,
    facts,
    payloads: await samplePayloads(inputs),
    env: options.env ?? process.env,
    signal: options.signal ?? AbortSignal.timeout(120000),
    log: options.log ?? {
      info: line => options.logLine?.(line),
      warning: line => options.logLine?.(line),
      debug: line => options.logLine?.(line),
      group: async (_name, fn) => fn()
    }
  }
  const start = performance.now()
  await runSmokeTests(ctx, {}, { stopGraceMs: 2000, trainStopGraceMs: 2000, ...options })
  const check = (rule: string) => findings.allChecks().find(c => c.rule === rule)
  return {
    findings,
    facts,
    status: rule => check(rule)?.status,
    detail: rule => check(rule)?.detail ?? '',
    messages: rule =>
      findings
        .allFindings()
        .filter(f => f.rule === rule)
        .map(f => f.message)
        .join('\n'),
    seconds: (performance.now() - start) / 1000
  }
}

/** Containers this test process started and did not remove. */
export function leftoverContainers(): string[] {
  const out = execFileSync(
    'docker',
    ['ps', '-aq', '--filter', `label=${LABEL}.run=${runId(process.env)}`],
    { encoding: 'utf8' }
  )
  return out.split('\n').filter(Boolean)
}
