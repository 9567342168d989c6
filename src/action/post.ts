// Post step: runs after the main step on every outcome, including a cancelled workflow, and removes
// any container the main step started but could not clean up.

import * as core from '@actions/core'
import { removeRunContainers, removeRunSockets } from '../docker/cleanup.js'
import { RUN_STATE, runId } from '../docker/labels.js'

// the main step saved the id its containers carry (the runner may give post steps other variables)
const id = core.getState(RUN_STATE) || runId(process.env)
try {
  const removed = await removeRunContainers(process.env, id)
  if (removed) core.info(`Removed ${removed} container(s) left by the preflight.`)
} catch (err) {
  // No Docker engine means nothing was started: cleanup never fails the job.
  core.debug(`Cleanup: ${(err as Error).message}`)
}
try {
  await removeRunSockets(id)
} catch (err) {
  core.debug(`Cleanup of probe sockets: ${(err as Error).message}`)
}
