// Issue 22, hole 2: every answer the action reads from the container is read within what SageMaker
// passes on of it. A container that answers 200 and writes on without end ends the request at the
// limit, promptly, in bounded memory, with a finding that names the limit; no container is left.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Container } from '../../src/docker/container.js'
import { BodyTooLargeError, type Probe } from '../../src/docker/probe.js'
import { askExecutionParameters } from '../../src/smoke/execution-parameters.js'
import { requestSizeVerdict } from '../../src/smoke/request-size.js'
import { waitReady } from '../../src/docker/serving.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { peakRssGrowth } from '../helpers/memory.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const MiB = 1024 * 1024
const ENDLESS = `${FIXTURE}:endless-body`

describe('answers past their limit', () => {
  it('fails a grown request whose answer passes what SageMaker returns, naming the limit', () => {
    const verdict = requestSizeVerdict(
      'A 6.0 MiB POST /invocations',
      {
        status: 200,
        error: 'answered 200 with a body of more than 6,291,456 bytes; reading stopped there',
        tooLarge: true
      },
      'realtime'
    )
    expect(verdict).toMatchObject({
      ok: false,
      finding: {
        message: expect.stringContaining(
          'A 6.0 MiB POST /invocations answered 200 with a body of more than 6,291,456 bytes; reading stopped there. InvokeEndpoint returns at most 6 MiB'
        ),
        help: expect.stringContaining('InvokeEndpoint (response Body: maximum length 6291456)')
      }
    })
    expect(verdict).not.toHaveProperty('finding.severity') // an error, as the rule is
  })

  // a probe whose every answer is 200 with a body past the request's limit
  const overflowing: Probe = {
    method: 'fake',
    close: async () => undefined,
    request: async req => {
      expect(req.maxBodyBytes).toBe(64 * 1024)
      throw new BodyTooLargeError(200, req.maxBodyBytes, 5)
    }
  }

  it('reports an /execution-parameters answer past 64 KiB as what it is, not as no answer', async () => {
    expect(await askExecutionParameters(overflowing, new AbortController().signal)).toEqual({
      kind: 'fault',
      message: 'answered 200 with a body of more than 65,536 bytes; reading stopped there'
    })
  })

  it('takes a /ping 200 past 64 KiB as up: the status is all the wait needs', async () => {
    const container = {
      running: true,
      exited: new Promise<null>(() => undefined),
      secondsSinceStart: () => 1
    } as unknown as Container
    const ready = await waitReady(container, overflowing, 5000, new AbortController().signal)
    expect(ready).toEqual({ kind: 'ready', seconds: 1 })
  })
})

dockerSuite('an answer without end (real Docker)', () => {
  const serveEndless = (values: Record<string, string>, probe: 'auto' | 'exec' = 'auto') => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'rows.csv'), '1,2\n')
    return peakRssGrowth(() =>
      smoke({ 'local-image': ENDLESS, payload: 'rows.csv', ...values }, { ws, probe })
    )
  }

  it('stops at 6 MiB in real time and 100 MB in batch, each a payload-size finding naming the limit', async () => {
    const { result: run, grew } = await serveEndless({})
    expect(run.status('payload-size')).toBe('fail')
    // no sample was answered within the limit, so invocation fails too
    expect(run.status('invocation')).toBe('fail')
    const [realtime, batch] = run.findings.allFindings().filter(f => f.rule === 'payload-size')
    expect(realtime.message).toMatch(
      /^In the real-time run: POST \/invocations with rows\.csv \(text\/csv\) answered 200 with a body of more than 6,291,456 bytes; reading stopped there\. InvokeEndpoint returns at most 6 MiB \(6,291,456 bytes\) of an answer, so SageMaker cannot pass this one to the buyer\./
    )
    expect(realtime.help).toContain('end the body (a Content-Length, or the last chunk)')
    expect(batch.message).toContain(
      'answered 200 with a body of more than 104,857,600 bytes; reading stopped there. A transform job sends at most 100 MB in one request'
    )
    expect(run.facts.smokeTest?.invocations.map(i => [i.mode, i.timedOut ?? false])).toEqual([
      ['realtime', false],
      ['batch', false]
    ])
    // not the 60 s invocation timeout, nor the batch run's 600 s
    expect(run.seconds).toBeLessThan(60)
    expect(grew).toBeLessThan(200 * MiB)
  }, 120000)

  it('stops the docker exec probe at the same limit', async () => {
    const { result: run, grew } = await serveEndless({ batch: 'false' }, 'exec')
    expect(run.facts.smokeTest?.probeMethod).toBe('docker exec (wget)')
    expect(run.messages('payload-size')).toContain(
      'answered 200 with a body of more than 6,291,456 bytes; reading stopped there. InvokeEndpoint returns at most 6 MiB'
    )
    expect(run.seconds).toBeLessThan(60)
    expect(grew).toBeLessThan(200 * MiB)
  }, 120000)
})
