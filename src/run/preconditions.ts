// What the inputs name on this machine, checked while they are read and before any phase runs: the
// payload files and the local images. A typo there is an input error (CLI exit 2) at once, not a
// finding after the static and AWS checks have run.

import { engineAvailable } from '../docker/command.js'
import { inspectLocalImage } from '../docker/image-files.js'
import { InputError } from '../inputs/error.js'
import type { Inputs } from '../inputs/index.js'
import { resolvePayloads, type Payload } from '../smoke/payloads.js'

/** Checks the payload files and local images; returns the payload files, resolved once for the
 * whole run (the overall deadline counts them, the smoke test sends them). */
export async function checkPreconditions(
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal
): Promise<Payload[]> {
  const payloads = await samplePayloads(inputs)
  if (inputs.smokeTest === 'false') return payloads
  const local: [string, string][] = []
  if (inputs.localImage) local.push(['local-image', inputs.localImage])
  if (inputs.localTrainingImage) local.push(['local-training-image', inputs.localTrainingImage])
  if (local.length === 0) return payloads
  // without an engine the smoke phase skips (auto) or names smoke-test (true): its message says more
  if (!(await engineAvailable(env)).ok) return payloads
  for (const [input, image] of local) {
    const inspected = await inspectLocalImage(env, image, signal)
    if (!inspected.ok) {
      throw new InputError(
        input,
        `"${image}" is not an image on the local Docker engine: ${inspected.reason}. Build it in an earlier step (docker build -t NAME ., or docker/build-push-action with load: true) and pass the same name.`
      )
    }
  }
  return payloads
}

/** The files the `payload` lines match (a glob line may match hundreds); none without a smoke test.
 * An unusable line is an InputError naming `payload`. */
export async function samplePayloads(inputs: Inputs): Promise<Payload[]> {
  if (inputs.smokeTest === 'false') return []
  const { workspace, contentType, runnerTemp } = inputs
  return resolvePayloads(inputs.payloads, workspace, contentType, runnerTemp)
}
