// Serving while SageMaker keeps probing (issue 26), with real Docker and the load-* fixture images:
// GET /ping every second while invocations run, and the payloads sent `concurrency` at a time.
import { expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

function withPayload(): string {
  const ws = workspace()
  writeFileSync(path.join(ws, 'a.csv'), '1,2,3\n')
  return ws
}

dockerSuite('serving under load (real Docker)', () => {
  it('fails ping when one worker busy with a 5 s inference keeps /ping waiting, and shows the queue', async () => {
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:load-workers-1`,
        payload: 'a.csv',
        batch: 'false',
        concurrency: '2'
      },
      { ws: withPayload() }
    )
    expect(run.status('serve-start')).toBe('pass')
    expect(run.status('ping')).toBe('fail')
    const ping = run.messages('ping')
    expect(ping).toMatch(/did not answer 200 within 2 s/)
    expect(ping).toContain('while POST /invocations with a.csv')
    const finding = run.findings.allFindings().find(f => f.rule === 'ping')
    expect(finding?.help).toContain('more workers')
    const [under] = run.facts.smokeTest?.pingUnderLoad ?? []
    expect(under.failures.length).toBeGreaterThan(0)
    // two requests at once on one worker: the second waits for the first
    expect(run.status('invocation-latency')).toBe('warn')
    expect(run.messages('invocation-latency')).toContain('one after another')
    const [c] = run.facts.smokeTest?.concurrency ?? []
    expect(c).toMatchObject({ concurrency: 2, failed: 0, differing: 0 })
    expect(c.p95Ms).toBeGreaterThanOrEqual(9000)
  }, 90000)

  it('passes ping under load with four workers and fewer requests at once', async () => {
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:load-workers-4`,
        payload: 'a.csv',
        batch: 'false',
        concurrency: '2'
      },
      { ws: withPayload() }
    )
    expect(run.status('ping')).toBe('pass')
    expect(run.status('invocation')).toBe('pass')
    expect(run.status('invocation-latency')).toBe('pass')
    const [under] = run.facts.smokeTest?.pingUnderLoad ?? []
    expect(under.pings).toBeGreaterThanOrEqual(6)
    expect(under.failures).toEqual([])
    const [c] = run.facts.smokeTest?.concurrency ?? []
    expect(c).toMatchObject({ concurrency: 2, requests: 2, failed: 0, differing: 0 })
    expect(c.p95Ms).toBeLessThan(9000)
  }, 90000)

  it('reports concurrent answers that differ from the answer alone', async () => {
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:load-varies`,
        payload: 'a.csv',
        batch: 'false',
        concurrency: '3'
      },
      { ws: withPayload() }
    )
    expect(run.status('invocation')).toBe('fail')
    const message = run.messages('invocation')
    expect(message).toContain('answered differently from the same payload sent alone')
    expect(message).toContain('alone 200, 13 bytes: "{"score":0.5}"')
    expect(run.facts.smokeTest?.concurrency?.[0].differing).toBeGreaterThan(0)
  }, 90000)
})
