// Post step: runs after the main step on every outcome, including a cancelled workflow, and removes
// any container, volume or network the main step created but could not clean up.

import * as core from '@actions/core'
import { removeRunLeftovers, removeRunSockets } from '../docker/cleanup.js'
import { RUN_STATE, runId } from '../docker/labels.js'

// the main step saved the id its containers carry (the runner may give post steps other variables)
const id = core.getState(RUN_STATE) || runId(process.env)
const { counts, errors } = await removeRunLeftovers(process.env, id)
const removed = Object.entries(counts)
  .filter(([, n]) => n > 0)
  .map(([kind, n]) => `${n} ${kind}(s)`)
if (removed.length) core.info(`Removed ${removed.join(', ')} left by the preflight.`)
// No Docker engine means nothing was started: cleanup never fails the job.
for (const error of errors) core.debug(`Cleanup: ${error}`)
try {
  await removeRunSockets(id)
} catch (err) {
  core.debug(`Cleanup of probe sockets: ${(err as Error).message}`)
}
