// The smoke test against what a seller would script by hand (`docker run --network none` plus a
// curl loop inside the container's network namespace, bench/manual-smoke.sh) on the same image, in
// the same run, alternating; and how its cost grows with the number and size of payloads.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../src/inputs/index.js'
import { samplePayloads } from '../src/run/preconditions.js'
import { runSmokeTests } from '../src/smoke/index.js'
import { median, ms, quietContext, timed, type Section } from './stats.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const IMAGE = process.env.BENCH_IMAGE ?? 'marketplace-ml-preflight-fixture:ok'

export function buildFixtures(): void {
  execFileSync('bash', [path.join(root, '__tests__/fixtures/images/build.sh')], { stdio: 'ignore' })
}

/** One real-time smoke test (no batch run); throws when a check failed (warnings, such as a payload
 * over the 6 MiB InvokeEndpoint cap, are what the payload benchmark expects). */
async function smoke(ws: string, payload: string): Promise<void> {
  const values: Record<string, string> = { 'local-image': IMAGE, payload, batch: 'false' }
  const inputs = readInputs(n => values[n] ?? '', { GITHUB_WORKSPACE: ws })
  const ctx = quietContext(inputs, process.env, await samplePayloads(inputs))
  const { findings } = ctx
  await runSmokeTests(ctx, {})
  const bad = findings.allChecks().filter(c => c.status === 'fail')
  if (bad.length) throw new Error(`the smoke test did not pass: ${JSON.stringify(bad)}`)
}

function manual(payloadFile: string): void {
  execFileSync('bash', [path.join(root, 'bench/manual-smoke.sh'), IMAGE, payloadFile])
}

export async function benchSmoke(rounds: number): Promise<Section> {
  const ws = mkdtempSync(path.join(tmpdir(), 'preflight-bench-'))
  writeFileSync(path.join(ws, 'sample.csv'), '1,2,3\n4,5,6\n')
  const sample = path.join(ws, 'sample.csv')
  await smoke(ws, 'sample.csv') // warm-up: page cache, image layers
  manual(sample)
  const ours: number[] = []
  const theirs: number[] = []
  for (let i = 0; i < rounds; i++) {
    // alternate which goes first, so neither always inherits a warm or busy machine
    const pair = [
      async () => ours.push(await timed(() => smoke(ws, 'sample.csv'))),
      async () => theirs.push(await timed(() => manual(sample)))
    ]
    if (i % 2) pair.reverse()
    for (const run of pair) await run()
  }
  const ratio = median(ours) / median(theirs)
  return {
    title: 'Smoke test against a hand-written docker run + curl loop',
    method: `One real-time smoke test (\`runSmokeTests\` with \`local-image\` ${IMAGE}, one CSV payload, \`batch: false\`: engine check, image inspection and the files it reads, \`docker run --network none … serve\`, /ping polling, the socket table, one POST /invocations, the same payload sent 4 at a time (\`concurrency\`'s default without \`instance-type\`) while /ping is asked every second, the 6 MiB request-size-limit request, memory and CPU from the container's cgroup, SIGTERM stop, removal) against \`bench/manual-smoke.sh\` (\`docker run -d --network none\`, \`nsenter … curl\` /ping every 100 ms, one curl POST, \`docker stop\`, \`docker rm\`), ${rounds} rounds alternating, after one warm-up of each.`,
    table: [
      ['run', 'median', 'all rounds (ms)'],
      ['preflight smoke test', ms(median(ours)), ours.map(x => x.toFixed(0)).join(' ')],
      ['hand-written loop', ms(median(theirs)), theirs.map(x => x.toFixed(0)).join(' ')]
    ],
    verdict: `ratio of medians ${ratio.toFixed(2)}x (goal ≤ 1.10x) — ${ratio <= 1.1 ? 'met' : 'NOT met'}`
  }
}

export async function benchPayloads(quick: boolean): Promise<Section> {
  const ws = mkdtempSync(path.join(tmpdir(), 'preflight-bench-payloads-'))
  const rounds = quick ? 1 : 3
  const table = [['payloads', 'size each', 'smoke test (median)', 'Δ against 1 × 1 KiB']]
  const cases: [number, number][] = quick
    ? [
        [1, 1024],
        [5, 1024]
      ]
    : [
        [1, 1024],
        [5, 1024],
        [20, 1024],
        [1, 1024 ** 2],
        [1, 6 * 1024 ** 2],
        [1, 20 * 1024 ** 2]
      ]
  let base = 0
  const deltas: number[] = []
  for (const [count, size] of cases) {
    const dir = `p${count}-${size}`
    execFileSync('mkdir', ['-p', path.join(ws, dir)])
    for (let i = 0; i < count; i++)
      writeFileSync(path.join(ws, dir, `${i}.csv`), Buffer.alloc(size, '1,'))
    const runs: number[] = []
    for (let r = 0; r < rounds; r++) runs.push(await timed(() => smoke(ws, `${dir}/*.csv`)))
    const m = median(runs)
    if (!base) base = m
    deltas.push(m - base)
    table.push([
      String(count),
      size >= 1024 ** 2 ? `${size / 1024 ** 2} MiB` : `${size / 1024} KiB`,
      ms(m),
      count === 1 && size === 1024 ? '—' : `${m - base >= 0 ? '+' : ''}${(m - base).toFixed(0)} ms`
    ])
  }
  return {
    title: 'Smoke-test cost by payload count and size',
    method: `The same real-time smoke test with more and larger CSV payloads (median of ${rounds}); the first row is the fixed cost of starting, probing and stopping the container.`,
    table,
    verdict: `against one 1 KiB payload: 20 payloads ${signed(deltas[2])}, 20 MiB ${signed(deltas[5])}; starting and stopping the container dominate, and each payload is one request over the forwarder already open`
  }
}

function signed(delta: number | undefined): string {
  return delta === undefined ? '—' : `${delta >= 0 ? '+' : ''}${ms(delta)}`
}
