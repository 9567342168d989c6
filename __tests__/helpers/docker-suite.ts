// The preamble every suite against the real Docker engine shares: skipped without an engine (a
// failure under CI), the fixture images built first, and no container this process started left
// behind by any of its tests.
import { afterEach, beforeAll, describe, expect } from '@jest/globals'
import { removeRunLeftovers } from '../../src/docker/cleanup.js'
import { recordRunId } from './container-runs.js'
import { buildFixtures, buildSampleFixtures, dockerForTests, leftoverContainers } from './smoke.js'

const docker = await dockerForTests()
if (docker) recordRunId(process.env)

/** A describe block for tests that run real containers; its own beforeAll hooks run after the
 * fixture images are built. `sample` also builds the scikit_bring_your_own look-alikes (skipped
 * where debootstrap cannot run, except under CI). */
export function dockerSuite(
  name: string,
  fn: () => void,
  options: { sample?: boolean } = {}
): void {
  const run = docker && (!options.sample || buildSampleFixtures())
  ;(run ? describe : describe.skip)(name, () => {
    beforeAll(buildFixtures, 300000)
    afterEach(async () => {
      const left = leftoverContainers()
      // a test that timed out still has its container: gone before the next test looks for its own
      if (left.length) await removeRunLeftovers(process.env)
      expect(left).toEqual([])
    }, 90000)
    fn()
  })
}
