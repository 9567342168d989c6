// The run ids this test run labels containers with (src/docker/labels.ts), each recorded as a file in
// the run's temporary directory: the global teardown (__tests__/global/teardown.js) removes every
// container, volume and network still carrying one, such as the container of a test that timed out
// before its own clean-up ran.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { LABEL, runId } from '../../src/docker/labels.js'

/** Records the run id of containers started with `env`: this process's own, or a runner's. */
export function recordRunId(env: NodeJS.ProcessEnv): void {
  const dir = process.env.PREFLIGHT_TEST_RUN_IDS
  const id = runId(env)
  // the file holds the whole label, so the teardown needs no copy of its name
  if (dir) writeFileSync(path.join(dir, id), `${LABEL}.run=${id}`)
}
