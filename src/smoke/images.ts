// Getting the image onto the engine: a local image is used as is; an ECR image is pulled the way
// SageMaker pulls it (the seller logs in first, e.g. with aws-actions/amazon-ecr-login).

import type { RunContext } from '../context.js'
import { docker, lastLines } from '../docker/cli.js'
import { filesUnder, inspectLocalImage, type LocalImageConfig } from '../docker/image-files.js'
import { checkLocalImage } from '../image-checks.js'
import { entrypointVerdict, optMlVerdict, platformVerdict } from '../registry-rules.js'

/** The image is on the engine, with its config (read once, for the contents checks too). */
export type Acquired =
  { ok: true; config?: LocalImageConfig } | { ok: false; message: string; help?: string }

const PULL_TIMEOUT_MS = 30 * 60 * 1000

export async function acquireImage(
  ctx: RunContext,
  image: string,
  local: { input: string } | undefined
): Promise<Acquired> {
  if (!local) {
    ctx.log.info(`Pulling ${image}`)
    const r = await docker(['pull', '--quiet', '--', image], {
      env: ctx.env,
      timeoutMs: PULL_TIMEOUT_MS,
      signal: ctx.signal
    })
    ctx.signal.throwIfAborted()
    if (r.code !== 0) return { ok: false, ...pullFailure(image, r.stderr) }
  }
  const inspected = await inspectLocalImage(ctx.env, image, ctx.signal)
  if (inspected.ok) return { ok: true, config: inspected.config }
  if (!local) return { ok: true } // pulled: the engine has it, only its config is unknown
  return {
    ok: false,
    message: `\`${local.input}\` "${image}" is not an image on the local Docker engine: ${inspected.reason}`,
    help: 'Build it in an earlier step (docker build -t NAME ., or docker/build-push-action with load: true) and pass the same name.'
  }
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

/**
 * The rules an image on the engine answers without running it: platform and ENTRYPOINT from its
 * config, the image rules (src/image-checks.ts), and files shipped under /opt/ml/model that the
 * given `model-data` would hide. For a `local-image` this is the only place they are
 * checked; for a pulled image it confirms what the registry checks read from ECR.
 */
export async function checkImageContents(
  ctx: RunContext,
  image: string,
  input: string,
  labels: string[],
  config: LocalImageConfig | undefined
): Promise<void> {
  if (!config) return
  const key = input.includes('training') ? 'trainingImage' : 'image'
  const facts = ctx.facts[key] ?? { uri: image }
  ctx.facts[key] = {
    ...facts,
    ...(input.startsWith('local-') ? { local: image } : {}),
    platforms: facts.platforms ?? [config.platform],
    ...(config.entrypoint ? { entrypoint: config.entrypoint } : {}),
    ...(config.cmd ? { cmd: config.cmd } : {})
  }
  ctx.findings.apply('platform', platformVerdict(input, [config.platform]))
  ctx.findings.apply('entrypoint', entrypointVerdict(input, config.entrypoint, config.cmd))
  await checkLocalImage(ctx, image, input, labels, config)
  // SageMaker mounts model data over /opt/ml/model only when the model has some
  if (!ctx.inputs.modelData || input.includes('training')) return
  try {
    const files = await filesUnder(ctx.env, image, '/opt/ml/model', labels, ctx.signal)
    ctx.findings.apply('entrypoint', optMlVerdict(input, files))
  } catch (err) {
    ctx.signal.throwIfAborted()
    ctx.log.warning(
      `Could not list the files ${image} ships under /opt/ml/model: ${(err as Error).message}`
    )
  }
}
