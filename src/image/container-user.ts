// container-user: the image config's USER. SageMaker runs a training container as root and hands
// it /opt/ml owned by root (mode 0755), so a training image that switches to another user cannot
// write /opt/ml/model or /opt/ml/output there, however well it ran locally. Serving is different:
// AWS's own Marketplace model-package sample serves as USER 1000 from a read-only model.

import { fail, pass, type Verdict } from '../core/findings.js'
import { shown } from '../inputs/error.js'

/** The USER when it is not root (empty, `root`, `0`, with any group); undefined for root. */
export function nonRootUser(user: string | undefined): string | undefined {
  const name = (user ?? '').split(':')[0].trim()
  return name === '' || name === 'root' || name === '0' ? undefined : (user ?? '').trim()
}

export function containerUserVerdict(
  input: string,
  user: string | undefined,
  training: boolean
): Verdict {
  const other = nonRootUser(user)
  if (!other) return pass(`${input} runs as root${user ? ` (USER ${shown(user)})` : ''}`)
  if (!training) {
    return pass(
      `${input} serves as USER ${shown(other)} (serving needs only to read /opt/ml/model)`
    )
  }
  return fail({
    message: `\`${input}\` sets USER ${shown(other)}: SageMaker runs the training container with /opt/ml owned by root (mode 0755), so \`train\` as that user cannot write /opt/ml/model, /opt/ml/output or /opt/ml/checkpoints. It may work on your machine and in local mode, and fail as a training job.`,
    help: 'Train as root: drop the USER instruction from the training image (or end the Dockerfile with USER root). Keep a non-root user for the inference image if you like.',
    file: input
  })
}

/** What the train-exit finding adds when training failed as a non-root USER. */
export function rootExplanation(user: string | undefined): string {
  const other = nonRootUser(user)
  return other
    ? ` The image runs as USER ${shown(other)}, and SageMaker expects a training container to run as root: /opt/ml is root's (mode 0755), here as on SageMaker, so that user cannot write the model or the failure file (see container-user).`
    : ''
}
