// Cold start of the bundled action under Node 24 against a bare `node -e ''`, alternating runs.
// Goal: the action adds at most 150 ms. Run: npm run bench (or node bench/cold-start.mjs [runs]).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, printTable } from './stats.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const node24 = execFileSync('bash', [path.join(root, 'scripts/node24.sh')], {
  encoding: 'utf8'
}).trim()
const runs = Number(process.argv[2] ?? 15)
const work = mkdtempSync(path.join(tmpdir(), 'preflight-cold-'))

const env = {
  PATH: process.env.PATH,
  HOME: work,
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: path.join(work, 'out'),
  GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
  AWS_EC2_METADATA_DISABLED: 'true',
  INPUT_IMAGE: `111122223333.dkr.ecr.us-east-2.amazonaws.com/model@sha256:${'a'.repeat(64)}`,
  'INPUT_AWS-CHECKS': 'false',
  'INPUT_SMOKE-TEST': 'false'
}

function time(args) {
  writeFileSync(env.GITHUB_OUTPUT, '') // the runner creates both files before a step starts
  writeFileSync(env.GITHUB_STEP_SUMMARY, '')
  const start = process.hrtime.bigint()
  const r = spawnSync(node24, args, { env, stdio: 'ignore' })
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

const bare = []
const action = []
time(['-e', '']) // warm the page cache for both
time([path.join(root, 'dist/index.js')])
for (let i = 0; i < runs; i++) {
  bare.push(time(['-e', '']))
  action.push(time([path.join(root, 'dist/index.js')]))
}
rmSync(work, { recursive: true, force: true })

const added = median(action) - median(bare)
printTable('Cold start under Node 24 (median of ' + runs + ' alternating runs)', [
  ['node -e ""', `${median(bare).toFixed(0)} ms`],
  ['node dist/index.js (static checks only)', `${median(action).toFixed(0)} ms`],
  ['added by the action', `${added.toFixed(0)} ms (goal ≤ 150 ms)`]
])
export const result = { bareMs: median(bare), actionMs: median(action), addedMs: added }
