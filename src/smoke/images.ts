// Getting the image onto the engine: a local image is used as is; an ECR image is pulled the way
// SageMaker pulls it (the seller logs in first, e.g. with aws-actions/amazon-ecr-login).

import type { RunContext } from '../context.js'
import { docker, lastLines } from '../docker/cli.js'

export type Acquired = { ok: true } | { ok: false; message: string; help?: string }

const PULL_TIMEOUT_MS = 30 * 60 * 1000

export async function acquireImage(
  ctx: RunContext,
  image: string,
  local: { input: string } | undefined
): Promise<Acquired> {
  if (local) {
    const r = await docker(['image', 'inspect', '--format', '{{.Id}}', '--', image], {
      env: ctx.env,
      timeoutMs: 30000,
      signal: ctx.signal
    })
    if (r.code === 0) return { ok: true }
    return {
      ok: false,
      message: `\`${local.input}\` "${image}" is not an image on the local Docker engine: ${lastLines(r.stderr, 1)}`,
      help: 'Build it in an earlier step (docker build -t NAME ., or docker/build-push-action with load: true) and pass the same name.'
    }
  }
  ctx.log.info(`Pulling ${image}`)
  const r = await docker(['pull', '--quiet', '--', image], {
    env: ctx.env,
    timeoutMs: PULL_TIMEOUT_MS,
    signal: ctx.signal
  })
  ctx.signal.throwIfAborted()
  if (r.code === 0) return { ok: true }
  return { ok: false, ...pullFailure(image, r.stderr) }
}

/** What a failed `docker pull` means for the seller. */
export function pullFailure(image: string, stderr: string): { message: string; help: string } {
  const why = lastLines(stderr, 3) || 'docker pull failed'
  const message = `\`docker pull ${image}\` failed: ${why}`
  if (/no space left on device/i.test(stderr)) {
    return {
      message,
      help: 'The runner ran out of disk: GitHub-hosted runners have about 14 GB free. Free space first (remove unused toolchains, `docker system prune -af`), use a larger runner, or shrink the image.'
    }
  }
  if (
    /no basic auth credentials|unauthorized|denied|authorization token has expired|403/i.test(
      stderr
    )
  ) {
    return {
      message,
      help: 'Log in to Amazon ECR before this step (aws-actions/configure-aws-credentials, then aws-actions/amazon-ecr-login) with a role allowed ecr:BatchGetImage and ecr:GetDownloadUrlForLayer, or pass `local-image`.'
    }
  }
  if (/not found|manifest unknown|does not exist/i.test(stderr)) {
    return { message, help: 'Check the repository, tag and digest; push the image first.' }
  }
  return {
    message,
    help: 'Check that the runner can reach the registry and that you are logged in (aws-actions/amazon-ecr-login), or pass `local-image`.'
  }
}
