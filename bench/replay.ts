// The validation replay against the same transform job scripted by hand (bench/manual-transform.sh:
// split, docker run, a curl per request, concatenate), on the same image and input, alternating.

import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readInputs } from '../src/inputs/index.js'
import { runValidationReplay } from '../src/replay/index.js'
import { median, ms, quietContext, timed, type Section } from './stats.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const IMAGE = process.env.BENCH_IMAGE ?? 'marketplace-ml-preflight-fixture:ok'
const INPUT = 's3://bench-validation/input/'
const MAX_PAYLOAD_MB = 1

function request(): unknown {
  return {
    ModelPackageName: 'bench',
    CertifyForMarketplace: true,
    InferenceSpecification: {
      Containers: [{ Image: '111122223333.dkr.ecr.us-east-2.amazonaws.com/bench:1' }],
      SupportedTransformInstanceTypes: ['ml.m5.large'],
      SupportedContentTypes: ['text/csv'],
      SupportedResponseMIMETypes: ['text/csv']
    },
    ValidationSpecification: {
      ValidationRole: 'arn:aws:iam::111122223333:role/validation',
      ValidationProfiles: [
        {
          ProfileName: 'bench',
          TransformJobDefinition: {
            MaxPayloadInMB: MAX_PAYLOAD_MB,
            BatchStrategy: 'MultiRecord',
            TransformInput: {
              DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: INPUT } },
              ContentType: 'text/csv',
              SplitType: 'Line'
            },
            TransformOutput: {
              S3OutputPath: 's3://bench-validation/output/',
              Accept: 'text/csv',
              AssembleWith: 'Line'
            },
            TransformResources: { InstanceType: 'ml.m5.large', InstanceCount: 1 }
          }
        }
      ]
    }
  }
}

async function replay(ws: string): Promise<void> {
  const values: Record<string, string> = {
    'model-package-request': 'request.json',
    'local-image': IMAGE,
    'validation-data': `${INPUT}=./input`
  }
  const inputs = readInputs(n => values[n] ?? '', { GITHUB_WORKSPACE: ws, RUNNER_TEMP: ws })
  const ctx = quietContext(inputs, { ...process.env, RUNNER_TEMP: ws })
  const { findings } = ctx
  await runValidationReplay(ctx, {})
  if (findings.status('validation-replay') !== 'pass') {
    throw new Error(`the replay did not pass: ${JSON.stringify(findings.allChecks())}`)
  }
}

export async function benchReplay(rounds: number): Promise<Section> {
  const ws = mkdtempSync(path.join(tmpdir(), 'preflight-bench-replay-'))
  mkdirSync(path.join(ws, 'input'))
  const line = `${'7,'.repeat(50)}0\n`
  const input = path.join(ws, 'input', 'rows.csv')
  writeFileSync(input, line.repeat(Math.ceil((3.5 * 1024 * 1024) / line.length)))
  writeFileSync(path.join(ws, 'request.json'), JSON.stringify(request()))
  const manual = (): void => {
    execFileSync('bash', [
      path.join(root, 'bench/manual-transform.sh'),
      IMAGE,
      input,
      String(MAX_PAYLOAD_MB * 1024 * 1024),
      path.join(ws, 'manual.out')
    ])
  }
  await replay(ws) // warm-up
  manual()
  const ours: number[] = []
  const theirs: number[] = []
  for (let i = 0; i < rounds; i++) {
    const pair = [
      async () => ours.push(await timed(() => replay(ws))),
      async () => theirs.push(await timed(manual))
    ]
    if (i % 2) pair.reverse()
    for (const run of pair) await run()
  }
  const ratio = median(ours) / median(theirs)
  return {
    title: 'Validation replay against the same transform job by hand',
    method: `\`runValidationReplay\` on a CreateModelPackage request whose profile sends a 3.5 MiB CSV input (Line split, MultiRecord, MaxPayloadInMB ${MAX_PAYLOAD_MB}: 4 requests) to ${IMAGE}, with the outputs assembled into rows.csv.out, against \`bench/manual-transform.sh\` (\`split -C\`, \`docker run -d --network none\`, \`nsenter … curl\` /ping every 100 ms, one curl POST per part, \`docker stop\`), ${rounds} rounds alternating, after one warm-up of each.`,
    table: [
      ['run', 'median', 'all rounds (ms)'],
      ['validation replay', ms(median(ours)), ours.map(x => x.toFixed(0)).join(' ')],
      ['by hand', ms(median(theirs)), theirs.map(x => x.toFixed(0)).join(' ')]
    ],
    verdict: `ratio of medians ${ratio.toFixed(2)}x (goal ≤ 1.25x: the replay also checks every answer and stops the container with SIGTERM's grace) — ${ratio <= 1.25 ? 'met' : 'NOT met'}`
  }
}
