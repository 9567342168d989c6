// What the inputs name on this machine is checked before any phase runs (CLI exit 2), and Ctrl-C
// ends the CLI with 130 once the container is removed. Real Docker, fidelity-* fixture images.
import { expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli, EXIT } from '../../src/cli/main.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, workspace } from '../helpers/smoke.js'

const NO_ENGINE = { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' }

async function run(
  flags: Record<string, string>,
  during?: () => void,
  env: NodeJS.ProcessEnv = process.env
) {
  let stdout = ''
  let stderr = ''
  const cwd = workspace()
  writeFileSync(path.join(cwd, 'sample.csv'), '1\n')
  const start = performance.now()
  const pending = cli(
    Object.entries({ 'aws-checks': 'false', batch: 'false', ...flags }).map(
      ([k, v]) => `--${k}=${v}`
    ),
    env,
    { stdout: t => (stdout += t), stderr: t => (stderr += t), cwd }
  )
  during?.()
  const code = await pending
  return { code, stdout, stderr, seconds: (performance.now() - start) / 1000 }
}

dockerSuite('preconditions and cancellation (real Docker)', () => {
  it.each(['local-image', 'local-training-image'])(
    'makes no Docker engine an input error naming %s, never a pass',
    async input => {
      const r = await run(
        {
          [input]: `${FIXTURE}:ok`,
          ...(input === 'local-training-image' ? { 'training-data': 'training=./sample.csv' } : {})
        },
        undefined,
        NO_ENGINE
      )
      expect(r.code).toBe(EXIT.usage)
      expect(r.stderr).toContain(`error: --${input} needs a Docker engine to run the container`)
      expect(r.stderr).toContain('/nonexistent/docker.sock')
      expect(r.stdout).toBe('')
    }
  )

  it('says the container was not run when no engine answers and nothing local was asked for', async () => {
    const r = await run(
      { image: `111122223333.dkr.ecr.us-east-2.amazonaws.com/m@sha256:${'a'.repeat(64)}` },
      undefined,
      NO_ENGINE
    )
    expect(r.stdout).toContain('PASSED WITHOUT RUNNING THE CONTAINER')
    expect(r.stdout).not.toMatch(/: PASSED,/)
  })

  it.each(['local-image', 'local-training-image'])(
    'makes a %s the engine does not have an input error before any phase',
    async input => {
      const r = await run({
        [input]: `${FIXTURE}:fidelity-absent`,
        ...(input === 'local-training-image' ? { 'training-data': 'training=./sample.csv' } : {})
      })
      expect(r.code).toBe(EXIT.usage)
      expect(r.stderr).toContain(
        `error: --${input} "${FIXTURE}:fidelity-absent" is not an image on the local Docker engine`
      )
      expect(r.stdout).toBe('') // no report: no phase ran
    }
  )

  it('makes a payload glob that matches nothing an input error before any phase', async () => {
    const r = await run({ 'local-image': `${FIXTURE}:ok`, payload: 'samples/*.json' })
    expect(r.code).toBe(EXIT.usage)
    expect(r.stderr).toContain('error: --payload has "samples/*.json", which matches no file')
    expect(r.stdout).toBe('')
  })

  it('exits 130 on Ctrl-C, after removing the container', async () => {
    const r = await run({ 'local-image': `${FIXTURE}:wrong-port`, 'startup-timeout': '120' }, () =>
      setTimeout(() => process.emit('SIGINT', 'SIGINT'), 3000)
    )
    expect(r.code).toBe(EXIT.cancelled)
    expect(r.stderr).toContain('error: the run was cancelled (SIGINT)')
    expect(r.seconds).toBeLessThan(30)
  })
})
