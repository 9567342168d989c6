// Issue 25: training on several hosts (one container per host on the run's own --internal
// network), a spot interruption replayed from /opt/ml/checkpoints (checkpoint-resume), and the
// 3600 s that managed spot gives a Marketplace algorithm (spot-training).
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { LABEL, runId } from '../../src/docker/labels.js'
import { InputError } from '../../src/inputs/error.js'
import { readInputs } from '../../src/inputs/index.js'
import { profileHosts } from '../../src/replay/training.js'
import { createRequest, spotRun, spotTraining } from '../../src/request/rules.js'
import { resumeVerdict, type ResumeRuns } from '../../src/smoke/checkpoints.js'
import { deal, planHosts } from '../../src/smoke/hosts.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const temp = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `preflight-${prefix}-`))

describe('channels on several hosts', () => {
  it('deals ShardedByS3Key objects round-robin in key order', () => {
    const keys = ['a', 'b', 'c', 'd', 'e']
    expect([0, 1].map(i => deal(keys, i, 2))).toEqual([
      ['a', 'c', 'e'],
      ['b', 'd']
    ])
    expect(deal(['a'], 2, 3)).toEqual([])
  })

  it('gives every host a FullyReplicated channel whole and its share of a sharded one', async () => {
    const data = temp('channel')
    mkdirSync(path.join(data, 'part'))
    for (const f of ['1.csv', '2.csv', 'part/3.csv']) writeFileSync(path.join(data, f), f)
    const into = temp('shards')
    const plans = await planHosts(
      [
        { channel: 'training', path: data, distribution: 'ShardedByS3Key' },
        { channel: 'validation', path: data }
      ],
      2,
      into
    )
    expect(plans.map(p => p.name)).toEqual(['algo-1', 'algo-2'])
    expect(plans[1].hosts).toEqual(['algo-1', 'algo-2'])
    const files = (dir: string): string[] =>
      (readdirSync(dir, { recursive: true }) as string[]).filter(f => f.endsWith('.csv')).sort()
    expect(files(plans[0].channels[0].path)).toEqual(['1.csv', 'part/3.csv'])
    expect(files(plans[1].channels[0].path)).toEqual(['2.csv'])
    expect(plans.map(p => p.channels[1].path)).toEqual([data, data])
  })

  it('trains a profile on its InstanceCount only when the algorithm supports distributed training', () => {
    const job = { ResourceConfig: { InstanceCount: 3 } } as never
    expect(profileHosts(job, true)).toBe(3)
    expect(profileHosts(job, false)).toBe(1)
    expect(profileHosts({} as never, true)).toBe(1)
  })

  it('reads training-instance-count and checkpoint-resume', () => {
    const read = (values: Record<string, string>) =>
      readInputs(name => ({ 'local-image': 'demo:1', ...values })[name] ?? '', {
        GITHUB_WORKSPACE: tmpdir()
      })
    expect(read({})).toMatchObject({ trainingInstanceCount: 1, checkpointResume: false })
    expect(read({ 'training-instance-count': '3', 'checkpoint-resume': 'true' })).toMatchObject({
      trainingInstanceCount: 3,
      checkpointResume: true
    })
    for (const bad of ['0', '2.5', '9', 'two']) {
      expect(() => read({ 'training-instance-count': bad })).toThrow(InputError)
      expect(() => read({ 'training-instance-count': bad })).toThrow(
        `Input \`training-instance-count\` is "${bad}"; expected a whole number from 1 to 8`
      )
    }
  })
})

describe('spot-training and checkpoint-resume verdicts', () => {
  it('warns of a profile allowed to run past 3600 s, and of a run that took longer', () => {
    const req = createRequest('algorithm', {
      ValidationSpecification: {
        ValidationProfiles: [
          {
            ProfileName: 'long',
            TrainingJobDefinition: { StoppingCondition: { MaxRuntimeInSeconds: 7200 } }
          },
          {
            ProfileName: 'short',
            TrainingJobDefinition: { StoppingCondition: { MaxRuntimeInSeconds: 3600 } }
          }
        ]
      }
    })
    const [long, short] = spotTraining(req)
    expect(long.ok || long.finding).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(
        /"long" sets StoppingCondition.MaxRuntimeInSeconds to 7200 s.*managed spot training are stopped at 3600 s/
      )
    })
    expect(short).toEqual({ ok: true, detail: expect.stringContaining('at most 3600 s') })
    expect(spotRun(3600.5).ok).toBe(false)
    expect(spotRun(12).ok).toBe(true)
  })

  const runs: ResumeRuns = {
    fullSeconds: 10,
    interruptedAfter: 5.2,
    checkpointed: true,
    restartSeconds: 5.5,
    restartExit: 0,
    log: '    step 8'
  }

  it('passes a restart that finished sooner, with both times', () => {
    expect(resumeVerdict(runs)).toEqual({
      ok: true,
      detail: 'resumed from /opt/ml/checkpoints: full run 10 s, restarted run 5.5 s'
    })
  })

  it('warns when the restart took as long as a full run or nothing was checkpointed', () => {
    for (const r of [
      { ...runs, restartSeconds: 9.8 },
      { ...runs, checkpointed: false }
    ]) {
      const v = resumeVerdict(r)
      expect(v.ok || v.finding.severity).toBe('warning')
    }
  })

  it('is an error when the restarted job fails', () => {
    const v = resumeVerdict({ ...runs, restartExit: 1 })
    expect(v.ok || v.finding).toMatchObject({
      message: expect.stringContaining('exited with code 1 after 5.5 s')
    })
    expect(v.ok || v.finding.severity).toBeUndefined() // the rule's own: error
  })
})

/** Networks carrying this test process's run label. */
const leftoverNetworks = (): string[] =>
  execFileSync(
    'docker',
    ['network', 'ls', '-q', '--filter', `label=${LABEL}.run=${runId(process.env)}`],
    { encoding: 'utf8' }
  )
    .split('\n')
    .filter(Boolean)

/** No container (dockerSuite checks), network or /opt/ml folder is left by a run. */
function expectNothingLeft(ws: string, temp: string): void {
  expect(leftoverNetworks()).toEqual([])
  expect(readdirSync(temp).filter(n => n.startsWith('marketplace-ml-preflight-'))).toEqual([])
  expect(readdirSync(ws)).toEqual(['data'])
}

dockerSuite('training on several hosts and after a spot interruption (real Docker)', () => {
  const train = async (
    image: string,
    values: Record<string, string>,
    signal: AbortSignal = AbortSignal.timeout(120000)
  ) => {
    const ws = workspace()
    const runnerTemp = temp('runner')
    mkdirSync(path.join(ws, 'data'))
    for (const f of ['a.csv', 'b.csv', 'c.csv']) writeFileSync(path.join(ws, 'data', f), '1,0\n')
    try {
      return await smoke(
        {
          'local-training-image': `${FIXTURE}:${image}`,
          'training-data': 'training=./data',
          'training-timeout': '60',
          batch: 'false',
          ...values
        },
        { ws, signal, env: { ...process.env, RUNNER_TEMP: runnerTemp } }
      )
    } finally {
      expectNothingLeft(ws, runnerTemp)
    }
  }

  it('passes two hosts that meet on a port, each with its own resourceconfig.json', async () => {
    const run = await train('hosts-train', { 'training-instance-count': '2' })
    expect(run.status('train-exit')).toBe('pass')
    expect(run.detail('train-exit')).toMatch(/^exited 0 on each of 2 hosts after/)
    const log = run.facts.training?.logExcerpt ?? ''
    expect(log).toContain('[algo-1] host algo-1 of algo-1 algo-2 on eth0')
    expect(log).toContain('[algo-2] host algo-2 of algo-1 algo-2 on eth0')
    expect(log).toContain('[algo-2] algo-2 met algo-1')
    expect(log).toContain('[algo-2] algo-2 has 3 training file(s)') // FullyReplicated
  }, 120000)

  it('fails naming the host that cannot reach its peer', async () => {
    const run = await train('hosts-train', {
      'training-instance-count': '2',
      hyperparameters: '{"listen": false}'
    })
    expect(run.status('train-exit')).toBe('fail')
    expect(run.messages('train-exit')).toMatch(
      /Host algo-2 exited with code 1\. It could not reach its peers.*\n[\s\S]*\[algo-2\] algo-2 cannot reach algo-1:7777/
    )
    expect(run.status('train-model-output')).toBe('skip')
  }, 120000)

  it('removes the hosts and their network when the run is cancelled', async () => {
    // algo-2 tries to reach algo-1, which does not listen, for about 5 s before it gives up
    const cancelled = train(
      'hosts-train',
      { 'training-instance-count': '2', hyperparameters: '{"listen": false}' },
      AbortSignal.timeout(2500)
    )
    await expect(cancelled).rejects.toThrow()
  }, 120000)

  it('one host runs alone with --network none, as before', async () => {
    const run = await train('hosts-train', {})
    expect(run.status('train-exit')).toBe('pass')
    expect(run.facts.training?.logExcerpt).toContain('host algo-1 of algo-1 on eth0')
  }, 120000)

  it('passes a trainer that resumes from /opt/ml/checkpoints after SIGTERM', async () => {
    const run = await train('checkpoint-resume', { 'checkpoint-resume': 'true' })
    expect(run.status('train-exit')).toBe('pass')
    expect(run.messages('checkpoint-resume')).toBe('')
    expect(run.status('checkpoint-resume')).toBe('pass')
    expect(run.detail('checkpoint-resume')).toMatch(
      /^resumed from \/opt\/ml\/checkpoints: full run [\d.]+ s, restarted run [\d.]+ s$/
    )
    expect(run.status('spot-training')).toBe('pass')
  }, 120000)

  it('warns of a trainer that starts over after the interruption', async () => {
    const run = await train('checkpoint-restart', { 'checkpoint-resume': 'true' })
    expect(run.status('checkpoint-resume')).toBe('warn')
    expect(run.messages('checkpoint-resume')).toMatch(
      /stopped with SIGTERM after [\d.]+ s.*as long as a full run: it did not resume/
    )
  }, 120000)
})
