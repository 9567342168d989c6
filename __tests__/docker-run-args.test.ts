// The normalized docker-run-args are what the real engine runs the container with.
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  buildFixtures,
  dockerForTests,
  FIXTURE,
  leftoverContainers,
  smoke,
  workspace
} from './helpers/smoke.js'

const docker = await dockerForTests()
const d = docker ? describe : describe.skip

d('docker-run-args (real Docker)', () => {
  beforeAll(buildFixtures, 300000)
  afterEach(() => expect(leftoverContainers()).toEqual([]))

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
