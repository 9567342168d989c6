// How long the AWS phase takes when every AWS call costs `latency`: it should follow the longest
// chain of dependent calls (about 4: DescribeImages → BatchGetImage → GetDownloadUrlForLayer → the
// config blob), not the number of calls. Run: npm run bench:aws

import { mkdtempSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { startFakeAws, useEnv } from '../__tests__/helpers/fake-aws.js'
import { FakeRegistry, uri } from '../__tests__/helpers/fake-ecr.js'
import type { Logger } from '../src/context.js'
import { preflight } from '../src/engine.js'
import { readInputs } from '../src/inputs.js'

async function awsPhaseMs(latencyMs: number): Promise<{ ms: number; calls: number }> {
  const registry = new FakeRegistry()
  const image = registry.addImage()
  const fake = await startFakeAws(registry.handlers(), { latencyMs })
  const restore = useEnv(fake.env)
  let ms = 0
  const log: Logger = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    group: async (name, fn) => {
      const start = performance.now()
      try {
        return await fn()
      } finally {
        if (name === 'AWS checks') ms = performance.now() - start
      }
    }
  }
  const values: Record<string, string> = {
    image: uri(image),
    'smoke-test': 'false',
    'report-file': path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'report.json')
  }
  try {
    const report = await preflight(
      readInputs(name => values[name] ?? ''),
      { log }
    )
    if (report.result !== 'pass')
      throw new Error(`the bench image failed: ${JSON.stringify(report.findings)}`)
    return { ms, calls: fake.requests.length }
  } finally {
    restore()
    await fake.close()
  }
}

await awsPhaseMs(0) // load the SDK once, as a warm action would have
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`)
console.log('latency per call | calls | AWS phase | in latencies | sequential would be')
for (const latency of [50, 100, 200]) {
  // One at a time: each run points the SDK's process-wide endpoint variables at its own fake.
  const runs = []
  for (let i = 0; i < 3; i++) runs.push(await awsPhaseMs(latency))
  const ms = Math.min(...runs.map(r => r.ms))
  const calls = runs[0].calls
  console.log(
    `${latency} ms | ${calls} | ${ms.toFixed(0)} ms | ${(ms / latency).toFixed(2)} | ${calls * latency} ms`
  )
}
