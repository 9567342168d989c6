// The preamble every suite against the real Docker engine shares: skipped without an engine (a
// failure under CI), the fixture images built first, and no container this process started left
// behind by any of its tests.
import { afterEach, beforeAll, describe, expect } from '@jest/globals'
import { buildFixtures, dockerForTests, leftoverContainers } from './smoke.js'

const docker = await dockerForTests()

/** A describe block for tests that run real containers; its own beforeAll hooks run after the
 * fixture images are built. */
export function dockerSuite(name: string, fn: () => void): void {
  ;(docker ? describe : describe.skip)(name, () => {
    beforeAll(buildFixtures, 300000)
    afterEach(() => expect(leftoverContainers()).toEqual([]))
    fn()
  })
}
