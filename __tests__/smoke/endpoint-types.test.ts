// endpoint-type on real Docker: a payload over the type's limit is payload-size, an invocation past
// its time invocation-latency, and serverless-memory the container's memory limit (instance-resources
// when the model does not fit). The limits as pure functions: endpoint-limits.test.ts.
import { expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { LABEL, runId } from '../../src/docker/labels.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const MiB = 1024 * 1024

/** The memory limit of the first serving container the run creates: read from `docker events` as it is
 * created (polling `docker ps` missed a container that lived less than a poll). */
async function runningMemoryLimit<T>(
  start: () => Promise<T>
): Promise<{ memory: number | undefined; run: T }> {
  const events = spawn('docker', [
    'events',
    '--filter',
    `label=${LABEL}.run=${runId(process.env)}`,
    '--filter',
    'event=create',
    '--format',
    '{{.ID}} {{.Actor.Attributes.name}}'
  ])
  try {
    // the listener is up before the run creates anything
    await new Promise(resolve => setTimeout(resolve, 300))
    const until = start()
    const created = new Promise<string | undefined>(resolve => {
      let text = ''
      events.stdout.on('data', (b: Buffer) => {
        text += b.toString()
        const serving = text.split('\n').find(line => line.includes('-serve-'))
        if (serving) resolve(serving.split(' ')[0])
      })
      void until.finally(() => resolve(undefined))
    })
    const id = await created
    const limit = id
      ? execFileSync('docker', ['inspect', '-f', '{{.HostConfig.Memory}}', id], {
          encoding: 'utf8'
        })
      : undefined
    return { memory: limit === undefined ? undefined : Number(limit.trim()), run: await until }
  } finally {
    events.kill()
  }
}

dockerSuite('endpoint-type (real Docker)', () => {
  const withPayload = (name: string, bytes: number): string => {
    const ws = workspace()
    // CSV rows, so a real server reads a plausible body
    writeFileSync(path.join(ws, name), Buffer.alloc(bytes, '1,2\n'))
    return ws
  }

  it('fails a 27 MB payload real-time and passes it async', async () => {
    const ws = withPayload('big.csv', 27 * MiB)
    const values = { 'local-image': `${FIXTURE}:ok`, payload: 'big.csv', batch: 'false' }
    const realtime = await smoke(values, { ws })
    expect(realtime.status('payload-size')).toBe('fail')
    expect(realtime.messages('payload-size')).toContain(
      'a real-time endpoint takes a request of at most 25.0 MiB'
    )
    expect(realtime.facts.smokeTest?.invocations[0].error).toBe(
      'not sent: too large (see payload-size)'
    )
    expect(realtime.facts.smokeTest?.endpointType).toBe('realtime')

    const async = await smoke({ ...values, 'endpoint-type': 'async' }, { ws })
    expect(async.status('payload-size')).toBe('pass')
    expect(async.status('invocation')).toBe('pass')
    expect(async.facts.smokeTest?.endpointType).toBe('async')
    expect(async.facts.smokeTest?.invocations[0]).toMatchObject({ bytes: 27 * MiB, status: 200 })
  }, 240000)

  /** One serverless run of the fixture `mode` (with rows.csv when `payload` is given), batch off. */
  const serverless = (mode: string, values: Record<string, string>, payload?: number) =>
    smoke(
      {
        'local-image': `${FIXTURE}:${mode}`,
        batch: 'false',
        'endpoint-type': 'serverless',
        ...(payload !== undefined ? { payload: 'rows.csv' } : {}),
        ...values
      },
      payload !== undefined ? { ws: withPayload('rows.csv', payload) } : {}
    )

  it('fails a 5 MB payload serverless, and gives the container serverless-memory', async () => {
    const { memory, run: r } = await runningMemoryLimit(() =>
      serverless('ok', { 'serverless-memory': '3072' }, 5 * MiB)
    )
    expect(memory).toBe(3072 * MiB)
    expect(r.status('payload-size')).toBe('fail')
    expect(r.messages('payload-size')).toContain(
      'a serverless endpoint takes a request of at most 4.0 MiB'
    )
    expect(r.facts.smokeTest?.resources).toMatchObject({
      instanceType: 'a serverless endpoint of 3072 MB',
      memoryBytes: 3072 * MiB
    })
  }, 120000)

  it('names the serverless limit when an invocation outlasts invocation-timeout', async () => {
    const r = await serverless('slow', { concurrency: '1', 'invocation-timeout': '2' }, 4)
    expect(r.status('invocation-latency')).toBe('fail')
    expect(r.messages('invocation-latency')).toContain(
      'did not answer within 2 s (invocation-timeout; a serverless endpoint allows at most 60 s'
    )
  }, 120000)

  it('stops reading an answer at 4 MB serverless: payload-size', async () => {
    const r = await serverless('endless-body', {}, 4)
    expect(r.status('payload-size')).toBe('fail')
    expect(r.messages('payload-size')).toContain(
      'answered 200 with a body of more than 4,194,304 bytes; reading stopped there. A serverless endpoint passes on at most 4.0 MiB of an answer'
    )
  }, 120000)

  it('names the serverless 3 minutes when /ping never answers', async () => {
    const r = await serverless('wrong-port', { 'startup-timeout': '3' })
    expect(r.status('serve-start')).toBe('fail')
    expect(r.messages('serve-start')).toContain(
      'In the serverless endpoint run: GET /ping did not answer 200 within 3 s; a serverless endpoint must answer within 180 s (SageMaker developer guide, Invoke a serverless endpoint'
    )
  }, 120000)

  it('finds a model that needs more than the serverless memory instance-resources', async () => {
    const r = await serverless('oom', { 'serverless-memory': '1024', 'startup-timeout': '120' })
    expect(r.status('instance-resources')).toBe('fail')
    expect(r.messages('instance-resources')).toContain(
      'killed for running out of memory while serving'
    )
    expect(r.messages('instance-resources')).toContain(
      '1.0 GiB of a serverless endpoint of 1024 MB'
    )
    expect(r.facts.smokeTest?.resources?.oomKilled).toBe(true)
  }, 180000)
})
