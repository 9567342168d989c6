// One container run against the real engine: what it asks the engine, and how often.
import { expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Container } from '../../src/docker/container.js'
import { labelArgs } from '../../src/docker/labels.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE } from '../helpers/smoke.js'

dockerSuite('Container (real Docker)', () => {
  it('asks the engine for its PID once, however many callers ask, and stops with SIGTERM', async () => {
    // a docker in front of the real one that notes each command it is given
    const shim = mkdtempSync(path.join(tmpdir(), 'preflight-docker-shim-'))
    const real = execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim()
    writeFileSync(
      path.join(shim, 'docker'),
      `#!/bin/sh\necho "$1" >>"${shim}/calls"\nexec "${real}" "$@"\n`,
      { mode: 0o755 }
    )
    const calls = (command: string): number =>
      readFileSync(path.join(shim, 'calls'), 'utf8')
        .split('\n')
        .filter(c => c === command).length
    const inspects = (): number => calls('inspect')
    const env = { ...process.env, PATH: `${shim}:${process.env.PATH}` }
    const spec = { env: {}, mounts: [], extraArgs: [], labels: labelArgs(process.env) }
    const container = new Container({ image: `${FIXTURE}:ok`, command: 'serve', ...spec }, env)
    const signal = new AbortController().signal
    try {
      // training asks twice at once: one polling loop serves both
      expect(container.pid(signal)).toBe(container.pid(signal))
      const pid = await container.pid(signal)
      expect(pid).toBeGreaterThan(0)
      const asked = inspects()
      expect(await container.pid(signal)).toBe(pid)
      expect(inspects()).toBe(asked)
      // SIGTERM goes through the attached docker run, which passes it on: no `docker kill` (once the
      // server listens: node as PID 1 ignores SIGTERM until its handler is installed)
      while (container.running && !container.log.text().includes('listening')) {
        await container.exitsWithin(50)
      }
      const stop = await container.stop(10000)
      expect(stop.killed).toBe(false)
      expect(container.exitCode).toBe(0)
      expect(container.log.text()).toContain('SIGTERM received')
      expect(calls('kill')).toBe(0)
    } finally {
      await container.stop(5000)
      await container.remove()
    }
  }, 60000)

  it("times a stop by the container's own exit, seen before docker reports it, and keeps its code", async () => {
    const spec = { env: {}, mounts: [], extraArgs: [], labels: labelArgs(process.env) }
    const container = new Container(
      { image: `${FIXTURE}:ok`, command: 'serve', ...spec },
      process.env
    )
    try {
      await container.pid(new AbortController().signal)
      while (container.running && !container.log.text().includes('listening')) {
        await container.exitsWithin(50)
      }
      const stop = await container.stop(10000, true)
      expect(stop.killed).toBe(false)
      // docker run reports the exit some 80 ms after the process left, and its code still counts
      await container.remove()
      expect(container.exitCode).toBe(0)
      expect(container.log.text()).toContain('SIGTERM received')
    } finally {
      await container.remove()
    }
  }, 60000)
})
