// npm run bench: every benchmark in one run, printed as tables and written to BENCHMARKS.md.
// BENCH_QUICK=1 runs a short version (CI checks that the benchmarks run, not their figures);
// BENCH_OUT names another file to write; arguments pick benchmarks (aws, process, smoke, cold-start,
// payloads, replay).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { benchAws } from './aws-latency.js'
import { benchColdStart } from './cold-start.js'
import { benchProcessAws } from './process-aws.js'
import { benchReplay } from './replay.js'
import { benchPayloads, benchSmoke, buildFixtures } from './smoke.js'
import { machine, markdown, text, type Section } from './stats.js'

const quick = process.env.BENCH_QUICK === '1'
const picked = process.argv.slice(2)
const want = (name: string): boolean => picked.length === 0 || picked.includes(name)

const sections: Section[] = []
const add = (s: Section): void => {
  sections.push(s)
  console.log(text(s))
}

const host = machine()
console.log(`Machine: ${host}${quick ? ' (quick run)' : ''}`)
// the benchmarks' temporary files all go under one directory, removed at the end
const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-bench-'))
process.env.TMPDIR = tmp
try {
  if (want('smoke') || want('payloads') || want('replay')) buildFixtures()
  if (want('smoke')) add(await benchSmoke(quick ? 3 : 41))
  if (want('aws')) add(await benchAws(quick))
  if (want('process')) add(await benchProcessAws(quick ? 3 : 11))
  if (want('cold-start')) add(benchColdStart(quick ? 5 : 21))
  if (want('payloads')) add(await benchPayloads(quick))
  if (want('replay')) add(await benchReplay(quick ? 3 : 11))
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

const out = process.env.BENCH_OUT ?? 'BENCHMARKS.md'
writeFileSync(
  out,
  [
    '# Benchmarks',
    '',
    `Machine: ${host}. Command: \`npm run bench\`${quick ? ' (BENCH_QUICK=1)' : ''}, written by \`bench/index.ts\` on ${new Date().toISOString().slice(0, 10)}.`,
    '',
    ...sections.map(markdown)
  ].join('\n')
)
console.log(`\nWrote ${out}`)
