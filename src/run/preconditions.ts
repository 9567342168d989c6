// What the inputs name on this machine, checked while they are read and before any phase runs: the
// payload files, the local images, and an engine to run them (and the requests' replays) on. A typo
// or a missing engine is an input error (CLI exit 2) at once, not a finding after the static and
// AWS checks have run, and never a pass with nothing run.

import { engineAvailable } from '../docker/command.js'
import { inspectLocalImage } from '../docker/image-files.js'
import { InputError } from '../inputs/error.js'
import type { Inputs } from '../inputs/index.js'
import { resolvePayloads } from '../smoke/payloads.js'
import type { Payload } from '../core/context.js'

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
  const replayed = [inputs.modelPackageRequest, inputs.algorithmRequest].find(r => r)?.input
  const needs = local[0]?.[0] ?? replayed
  if (!needs) return payloads
  // a run asked to test something on this machine cannot pass without running it; with nothing
  // local asked for, the smoke phase skips (auto) or names smoke-test (true)
  const engine = await engineAvailable(env)
  if (!engine.ok) {
    throw new InputError(
      needs,
      `needs a Docker engine to run the container, and none answered: ${engine.reason}. Start Docker (or set DOCKER_HOST to a running engine), run on a runner with Docker (ubuntu-latest), or set smoke-test: false to run the static checks alone.`
    )
  }
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
