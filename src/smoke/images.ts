// Getting the image onto the engine: a local image is used as is; an ECR image is pulled the way
// SageMaker pulls it, logged in with a token from ecr:GetAuthorizationToken when AWS credentials are
// at hand (in a temporary Docker config), else with whatever credentials the engine already has.

import { findCredentials } from '../aws/credentials.js'
import { ecrLogin, type RegistryLogin } from '../aws/ecr-login.js'
import { problemOf } from '../aws/errors.js'
import type { RunContext } from '../core/context.js'
import { docker, lastLines, loginTemporarily, type TemporaryLogin } from '../docker/command.js'
import type { EngineApi } from '../docker/engine-api.js'
import { filesUnder, inspectLocalImage, type LocalImageConfig } from '../docker/image-files.js'
import { checkLocalImage } from '../image/checks.js'
import { parseImageUri } from '../image/ref.js'
import { entrypointVerdict, optMlVerdict, platformVerdict } from '../aws/registry-rules.js'

/**
 * The image is on the engine, with its config (read once, for the contents checks too); or why not:
 * a finding, or (`skip`) a reason to skip the runs that needed it.
 */
export type Acquired =
  | { ok: true; config?: LocalImageConfig }
  | { ok: false; message: string; help?: string; skip?: boolean }

const PULL_TIMEOUT_MS = 30 * 60 * 1000

/** `local.inspected`: the inspection of this local image, when the caller started it earlier. */
export async function acquireImage(
  ctx: RunContext,
  image: string,
  local: { input: string; inspected?: ReturnType<typeof inspectLocalImage> } | undefined
): Promise<Acquired> {
  if (!local) {
    const pulled = await pull(ctx, image)
    if (!pulled.ok) return pulled
  }
  const inspected = await (local?.inspected ?? inspectLocalImage(ctx.env, image, ctx.signal))
  if (inspected.ok) return { ok: true, config: inspected.config }
  if (!local) return { ok: true } // pulled: the engine has it, only its config is unknown
  return {
    ok: false,
    message: `\`${local.input}\` "${image}" is not an image on the local Docker engine: ${inspected.reason}`,
    help: 'Build it in an earlier step (docker build -t NAME ., or docker/build-push-action with load: true) and pass the same name.'
  }
}

async function pull(ctx: RunContext, image: string): Promise<Acquired> {
  const auth = await registryAuth(ctx, image)
  try {
    ctx.log.info(`Pulling ${image} (${auth.how})`)
    const r = await docker(['pull', '--quiet', '--', image], {
      env: auth.login?.env ?? ctx.env,
      timeoutMs: PULL_TIMEOUT_MS,
      signal: ctx.signal
    })
    ctx.signal.throwIfAborted()
    if (r.code === 0) return { ok: true }
    const failure = pullFailure(image, r.stderr)
    if (auth.noCredentials && ctx.inputs.smokeTest === 'auto' && failure.denied) {
      return {
        ok: false,
        skip: true,
        message: `no AWS credentials to pull ${image} with, and the Docker engine is not logged in to its registry (as on pull requests from forks); add aws-actions/configure-aws-credentials, or pass \`local-image\``
      }
    }
    const notLoggedIn = auth.notLoggedIn
      ? ` (the preflight did not log in to ECR itself: ${auth.notLoggedIn})`
      : ''
    return { ok: false, message: `${failure.message}${notLoggedIn}`, help: failure.help }
  } finally {
    await auth.login?.dispose()
  }
}

/** How the pull authenticates: an ECR login of its own, or the engine's existing credentials. */
async function registryAuth(
  ctx: RunContext,
  image: string
): Promise<{ how: string; login?: TemporaryLogin; notLoggedIn?: string; noCredentials?: boolean }> {
  const parsed = parseImageUri(image)
  if (!parsed.ok) return { how: "with the Docker engine's credentials" }
  const fallback = (why: string): { how: string; notLoggedIn: string } => {
    ctx.log.info(
      `Not logging in to ${parsed.ref.host}: ${why}. Pulling with the Docker engine's existing credentials.`
    )
    return { how: "with the Docker engine's existing credentials", notLoggedIn: why }
  }
  if (!(await findCredentials())) {
    return { ...fallback('no AWS credentials were found'), noCredentials: true }
  }
  let token: RegistryLogin
  try {
    token = await ecrLogin(ctx, parsed.ref)
  } catch (err) {
    ctx.signal.throwIfAborted()
    return fallback(problemOf(err, 'ecr:GetAuthorizationToken', ctx.signal).message)
  }
  const session = await loginTemporarily(ctx.env, parsed.ref.host, token, ctx.signal)
  if (!session.ok) return fallback(`docker login failed: ${session.reason}`)
  return { how: 'logged in with ecr:GetAuthorizationToken', login: session.login }
}

/** What a failed `docker pull` means for the seller. */
export function pullFailure(
  image: string,
  stderr: string
): { message: string; help: string; denied?: boolean } {
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
      denied: true,
      help: 'Add aws-actions/configure-aws-credentials before this step with a role allowed ecr:GetAuthorizationToken, ecr:BatchGetImage and ecr:GetDownloadUrlForLayer on the repository: the preflight then logs in to ECR itself. Or pass `local-image`.'
    }
  }
  if (/not found|manifest unknown|does not exist/i.test(stderr)) {
    return { message, help: 'Check the repository, tag and digest; push the image first.' }
  }
  return {
    message,
    help: 'Check that the runner can reach the registry and that AWS credentials allowed to pull the image are configured (aws-actions/configure-aws-credentials), or pass `local-image`.'
  }
}

/**
 * The rules an image on the engine answers without running it: platform and ENTRYPOINT from its
 * config, the image rules (src/image/checks.ts), and files shipped under /opt/ml/model that the
 * given `model-data` would hide. For a `local-image` this is the only place they are
 * checked; for a pulled image it confirms what the registry checks read from ECR.
 */
export async function checkImageContents(
  ctx: RunContext,
  image: string,
  input: string,
  labels: string[],
  config: LocalImageConfig | undefined,
  api?: EngineApi
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
  await checkLocalImage(ctx, image, input, labels, config, api)
  // SageMaker mounts model data over /opt/ml/model only when the model has some
  if (!ctx.inputs.modelData || input.includes('training')) return
  try {
    const files = await filesUnder(ctx.env, image, '/opt/ml/model', labels, {
      volumes: config.volumes,
      signal: ctx.signal,
      api
    })
    ctx.findings.apply('entrypoint', optMlVerdict(input, files))
  } catch (err) {
    ctx.signal.throwIfAborted()
    ctx.log.warning(
      `Could not list the files ${image} ships under /opt/ml/model: ${(err as Error).message}`
    )
  }
}
