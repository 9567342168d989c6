/* global AbortSignal, performance */
// Benchmark: the smoke test (real-time serve, one payload) against a hand-written
// `docker run --network none` + curl-in-the-namespace loop on the same image, alternating.
// Run with `npm run bench:smoke` (builds lib/ first). Needs root (nsenter) and the fixture images.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Findings } from '../lib/src/findings.js'
import { readInputs } from '../lib/src/inputs.js'
import { runSmokeTests } from '../lib/src/smoke/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const image = process.env.BENCH_IMAGE ?? 'marketplace-ml-preflight-fixture:ok'
const rounds = Number(process.env.BENCH_ROUNDS ?? 9)
const ws = mkdtempSync(path.join(tmpdir(), 'preflight-bench-'))
writeFileSync(path.join(ws, 'sample.csv'), '1,2,3\n4,5,6\n')
execFileSync('bash', [path.join(here, '..', '__tests__', 'fixtures', 'images', 'build.sh')])

const quiet = { info() {}, warning() {}, debug() {}, group: async (_n, fn) => fn() }
async function smoke() {
  const values = { 'local-image': image, payload: 'sample.csv', batch: 'false' }
  const inputs = readInputs(n => values[n] ?? '', { GITHUB_WORKSPACE: ws })
  const findings = new Findings()
  const ctx = {
    inputs,
    findings,
    facts: { resources: [] },
    log: quiet,
    env: process.env,
    signal: AbortSignal.timeout(120000)
  }
  await runSmokeTests(ctx, {})
  const bad = findings.allChecks().filter(c => c.status !== 'pass' && c.status !== 'skip')
  if (bad.length) throw new Error(`smoke test did not pass: ${JSON.stringify(bad)}`)
}
function manual() {
  execFileSync('bash', [path.join(here, 'manual-smoke.sh'), image, path.join(ws, 'sample.csv')])
}
async function time(fn) {
  const start = performance.now()
  await fn()
  return performance.now() - start
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

await smoke() // warm-up: page cache, image layers
manual()
const a = []
const b = []
for (let i = 0; i < rounds; i++) {
  if (i % 2 === 0) {
    a.push(await time(smoke))
    b.push(await time(manual))
  } else {
    b.push(await time(manual))
    a.push(await time(smoke))
  }
}
const fmt = xs => xs.map(x => x.toFixed(0)).join(' ')
console.log(`image ${image}, ${rounds} rounds, alternating`)
console.log(`smoke test   (ms): ${fmt(a)}  median ${median(a).toFixed(0)}`)
console.log(`manual loop  (ms): ${fmt(b)}  median ${median(b).toFixed(0)}`)
console.log(`ratio of medians: ${(median(a) / median(b)).toFixed(2)}x (goal <= 1.10x)`)
