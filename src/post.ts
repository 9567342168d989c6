// Post step: runs after the main step on every outcome, including a cancelled workflow, and removes
// any container the main step started but could not clean up.

import * as core from '@actions/core'
import { removeRunContainers } from './docker/cleanup.js'
import { RUN_STATE } from './docker/labels.js'

try {
  // the main step saved the id its containers carry (the runner may give post steps other variables)
  const removed = await removeRunContainers(process.env, core.getState(RUN_STATE) || undefined)
  if (removed) core.info(`Removed ${removed} container(s) left by the preflight.`)
} catch (err) {
  // No Docker engine means nothing was started: cleanup never fails the job.
  core.debug(`Cleanup: ${(err as Error).message}`)
}
