// Shared by the benchmarks: medians, the machine line, and the shape of a section of BENCHMARKS.md.
import { execFileSync } from 'node:child_process'
import { cpus, totalmem } from 'node:os'
import type { Payload, RunContext } from '../src/core/context.js'
import { Findings } from '../src/core/findings.js'
import type { Inputs } from '../src/inputs/index.js'

export interface Section {
  title: string
  /** What is measured and how, for the reader of BENCHMARKS.md. */
  method: string
  /** Header row first. */
  table: string[][]
  /** The figure against its goal. */
  verdict: string
}

/** The variables a runner gives a step: its temp directory and the output and summary files. */
export function stepEnv(work: string): {
  PATH?: string
  HOME: string
  RUNNER_TEMP: string
  GITHUB_OUTPUT: string
  GITHUB_STEP_SUMMARY: string
} {
  return {
    PATH: process.env.PATH,
    HOME: work,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: `${work}/out`,
    GITHUB_STEP_SUMMARY: `${work}/summary`
  }
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`
}

export async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

export function machine(): string {
  let dockerVersion = 'no Docker engine'
  try {
    dockerVersion = `Docker engine ${execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' }).trim()}`
  } catch {
    // the AWS and cold-start benchmarks do not need one
  }
  const cpu = cpus()
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, ${process.platform}, Node ${process.version}, ${dockerVersion}`
}

/** A section as Markdown (for BENCHMARKS.md) or as aligned text (for the terminal). */
export function markdown(section: Section): string {
  const [head, ...rows] = section.table
  return [
    `## ${section.title}`,
    '',
    section.method,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
    '',
    `**${section.verdict}**`,
    ''
  ].join('\n')
}

export function text(section: Section): string {
  const widths = section.table[0].map((_, i) => Math.max(...section.table.map(r => r[i].length)))
  const lines = section.table.map(r => `  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`)
  return [`\n${section.title}`, ...lines, `  → ${section.verdict}`].join('\n')
}

/** A run context that logs nothing, for a benchmarked phase (five minutes at most). */
export function quietContext(
  inputs: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  payloads: Payload[] = []
): RunContext {
  return {
    inputs,
    findings: new Findings(),
    facts: { resources: [] },
    payloads,
    log: { info() {}, warning() {}, debug() {}, group: (_n, fn) => fn() },
    env,
    signal: AbortSignal.timeout(300000)
  }
}
