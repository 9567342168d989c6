import { describe, expect, it } from '@jest/globals'
import { entryProgramPaths } from '../../src/image/checks.js'

describe('the program `docker run IMAGE serve` starts', () => {
  const env = ['PATH=/usr/local/bin:/usr/bin']

  it('is looked up on the PATH when there is no ENTRYPOINT, or taken as written', () => {
    expect(entryProgramPaths({ env }, 'serve')).toEqual(['/usr/local/bin/serve', '/usr/bin/serve'])
    expect(entryProgramPaths({ env, entrypoint: ['/opt/program/entry.sh'] }, 'train')).toEqual([
      '/opt/program/entry.sh'
    ])
    expect(entryProgramPaths({ env, entrypoint: ['run.sh'] }, 'serve')).toEqual([
      '/usr/local/bin/run.sh',
      '/usr/bin/run.sh'
    ])
  })

  it('is not read when the ENTRYPOINT names an interpreter, which reads its script itself', () => {
    for (const interpreter of ['python3', 'python3.11', 'node', '/usr/bin/bash', 'Rscript']) {
      expect(
        entryProgramPaths({ env, entrypoint: [interpreter, '/srv/serve.py'] }, 'serve')
      ).toEqual([])
    }
  })
})
