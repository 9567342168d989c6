// What the inputs name on this machine is checked before any phase runs (CLI exit 2), and Ctrl-C
// ends the CLI with 130 once the container is removed. Real Docker, fidelity-* fixture images.
import { expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli, EXIT } from '../src/cli/main.js'
import { dockerSuite } from './helpers/docker-suite.js'
import { FIXTURE, workspace } from './helpers/smoke.js'

async function run(flags: Record<string, string>, during?: () => void) {
  let stdout = ''
  let stderr = ''
  const cwd = workspace()
  writeFileSync(path.join(cwd, 'sample.csv'), '1\n')
  const start = performance.now()
  const pending = cli(
    Object.entries({ 'aws-checks': 'false', batch: 'false', ...flags }).map(
      ([k, v]) => `--${k}=${v}`
    ),
    process.env,
    { stdout: t => (stdout += t), stderr: t => (stderr += t), cwd }
  )
  during?.()
  const code = await pending
  return { code, stdout, stderr, seconds: (performance.now() - start) / 1000 }
}

dockerSuite('preconditions and cancellation (real Docker)', () => {
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
