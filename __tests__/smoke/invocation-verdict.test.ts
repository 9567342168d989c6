// Verdicts a run must not get wrong (issue 18 item 7), against the real engine and fixture images.
import { expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { resultOf } from '../../src/core/findings.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

dockerSuite('invocation verdict (real Docker)', () => {
  it('fails invocation when every payload times out, even with invocation-latency ignored', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'a.csv'), '1\n')
    writeFileSync(path.join(ws, 'b.csv'), '2\n')
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:slow`,
        payload: '*.csv',
        'invocation-timeout': '1',
        ignore: 'invocation-latency',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('invocation-latency')).toBe('skip')
    expect(run.status('invocation')).toBe('fail')
    expect(run.messages('invocation')).toContain(
      'None of the 2 payload(s) got a 2xx answer from POST /invocations: 2 timed out (see invocation-latency).'
    )
    expect(resultOf(run.findings.counts(), 'error')).toBe('fail')
  })

  it('fails invocation when no payload could be sent', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'huge.bin'), Buffer.alloc(26 * 1024 * 1024))
    const run = await smoke(
      { 'local-image': `${FIXTURE}:ok`, payload: 'huge.bin', batch: 'false' },
      { ws }
    )
    expect(run.status('invocation')).toBe('fail')
    expect(run.messages('invocation')).toContain('1 not sent: too large (see payload-size)')
  })

  it('still passes invocation when one payload answered', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'a.csv'), '1\n')
    const run = await smoke(
      { 'local-image': `${FIXTURE}:ok`, payload: 'a.csv', batch: 'false' },
      { ws }
    )
    expect(run.status('invocation')).toBe('pass')
    expect(run.detail('invocation')).toBe('1 payload(s) answered 2xx')
  })

  it('diagnoses a 502/504 from the front server as a server timeout', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'a.csv'), '1\n')
    const run = await smoke(
      { 'local-image': `${FIXTURE}:gateway-timeout`, payload: 'a.csv', batch: 'false' },
      { ws }
    )
    expect(run.status('invocation')).toBe('fail')
    expect(run.status('server-timeouts')).toBe('warn')
    expect(run.messages('server-timeouts')).toContain(
      "the front server gave up on the model server behind it (a worker timeout, such as gunicorn's --timeout"
    )
    expect(run.messages('invocation')).toContain('WORKER TIMEOUT')
  })
})
