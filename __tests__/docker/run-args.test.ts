// The normalized docker-run-args are what the real engine runs the container with.
import { expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

dockerSuite('docker-run-args (real Docker)', () => {
  it('runs the container with every allowed form, attached short values included', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'a.csv'), '1\n')
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:ok`,
        payload: 'a.csv',
        batch: 'false',
        'docker-run-args':
          '-m512m -c512 --cpus 1 --memory-swap=-1 --shm-size 64m --ulimit nofile=1024:1024 -eGREETING=hi -e "NOTE=two words"'
      },
      { ws }
    )
    expect(run.messages('serve-start')).toBe('')
    expect(run.status('serve-start')).toBe('pass')
    expect(run.status('invocation')).toBe('pass')
  })
})
