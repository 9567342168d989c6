// The registry checks on one ECR image, the way Marketplace will look at it: ownership, existence
// (DescribeImages), then in parallel the manifest, platform, config blob and scan findings. This
// module records the results and what a failed call means; src/aws/ecr-facts.ts makes the calls and
// src/aws/registry-rules.ts decides each rule from the facts.

import type { ImageDetail } from '@aws-sdk/client-ecr'
import type { ImageFacts, RunContext } from '../core/context.js'
import { CONFIG_RULES, checkImageConfig, checkInstanceArch, envMap } from '../image/checks.js'
import type { EcrImageRef } from '../image/ref.js'
import {
  MEDIA_TYPES,
  amd64Entry,
  entrypointVerdict,
  existsVerdict,
  largestLayers,
  manifestVerdict,
  notFoundVerdict,
  ownershipVerdict,
  platformName,
  platformVerdict,
  platformsOf,
  scanVerdict,
  sizeVerdict,
  withSteps,
  type HistoryEntry,
  type ParsedManifest
} from './registry-rules.js'
import { rulesInPhase, type RuleId } from '../catalog/rules.js'
import { imageFacts } from '../core/phase.js'
import { ecrReader, type EcrReader } from './ecr-facts.js'
import { AwsCallError, problemOf, settleAll, type AwsProblem } from './errors.js'

/** The seller accounts, or a promise of them (STS answers while DescribeImages runs). */
export type SellerAccounts = readonly string[] | Promise<readonly string[]>

/**
 * Runs every registry rule on one image and records the results under `input` (the input or the
 * resource the image came from, named in every message). Returns what was learned; `digest` is the
 * digest the checks resolved. Throws AwsCallError only when AWS rejected the credentials.
 */
export async function checkRegistryImage(
  ctx: RunContext,
  ref: EcrImageRef,
  input: string,
  sellerAccountIds: SellerAccounts
): Promise<ImageFacts> {
  const facts: ImageFacts = imageFacts(ref)
  await ctx.findings.timed(rulesInPhase('registry'), () =>
    settleAll([
      checkOwnership(ctx, ref, input, sellerAccountIds),
      inspectImage(ctx, ref, input, facts)
    ])
  )
  return facts
}

async function checkOwnership(
  ctx: RunContext,
  ref: EcrImageRef,
  input: string,
  sellerAccountIds: SellerAccounts
): Promise<void> {
  try {
    const ids = await sellerAccountIds
    if (ids.length === 0) {
      ctx.findings.skip('ecr-ownership', 'no seller account known: pass `seller-account-id`')
      return
    }
    const source = ctx.facts.sellerAccountSource ?? 'input'
    ctx.findings.apply('ecr-ownership', ownershipVerdict(input, ref.registryId, ids, source))
  } catch (err) {
    onProblem(ctx, input, ['ecr-ownership'], problemOf(err, 'sts:GetCallerIdentity', ctx.signal))
  }
}

/** One image under inspection: its calls, the input its results go under, what is learned. */
interface Inspection {
  ctx: RunContext
  read: EcrReader
  input: string
  facts: ImageFacts
}

/** What the scan is read for: the image's digest (a list's linux/amd64 image), or why it is not. */
type ScanTarget = { digest: string } | { skip: string }

async function inspectImage(
  ctx: RunContext,
  ref: EcrImageRef,
  input: string,
  facts: ImageFacts
): Promise<void> {
  const read = await ecrReader(ctx, ref)
  const after: RuleId[] = [
    'image-size',
    'manifest-type',
    'platform',
    'entrypoint',
    'vulnerabilities',
    ...CONFIG_RULES
  ]

  // A pinned reference names the manifest already: fetch it alongside DescribeImages, one round trip
  // off the longest chain of dependent calls. It is read only once the image is known to exist.
  const early = ref.digest ? read.manifest(ref.digest) : undefined
  early?.catch(() => undefined)

  let detail: ImageDetail
  try {
    detail = await read.describeImage()
  } catch (err) {
    const problem = problemOf(err, 'ecr:DescribeImages', ctx.signal)
    if (problem.kind === 'not-found') {
      ctx.findings.apply('image-exists', notFoundVerdict(input, ref, problem.code))
      ctx.findings.skipAll(after, `${input} was not found in ECR`)
      return
    }
    onProblem(ctx, input, ['image-exists', ...after], problem)
    return
  }
  const digest = detail.imageDigest ?? ref.digest ?? ''
  facts.digest = digest
  if (detail.imageSizeInBytes !== undefined) facts.sizeBytes = detail.imageSizeInBytes
  if (detail.imageManifestMediaType) facts.manifestMediaType = detail.imageManifestMediaType
  ctx.findings.apply('image-exists', existsVerdict(input, digest, detail.imageTags ?? []))

  const isList =
    detail.imageManifestMediaType === MEDIA_TYPES.dockerList ||
    detail.imageManifestMediaType === MEDIA_TYPES.ociIndex
  // A list's scan is on its linux/amd64 image; a single manifest's scan starts right away.
  let scanTarget: (t: ScanTarget) => void = () => undefined
  const scanDigest = isList
    ? new Promise<ScanTarget>(r => (scanTarget = r))
    : Promise.resolve({ digest })
  const top = (): Promise<ParsedManifest> =>
    early ?? read.manifest(digest, detail.imageManifestMediaType)

  const image: Inspection = { ctx, read, input, facts }
  await settleAll([checkManifest(image, top, scanTarget), checkScan(image, ref, scanDigest)])
}

/** The manifest, then the config blob it names, then image-size from both. */
async function checkManifest(
  job: Inspection,
  top: () => Promise<ParsedManifest>,
  scanTarget: (t: ScanTarget) => void
): Promise<void> {
  const { ctx, input, facts } = job
  const image = await readManifest(job, top, scanTarget)
  if (image?.config) return checkConfig(job, image, image.config.digest)
  decideSize(job, image)
  if (image) {
    ctx.findings.skipAll(
      ['platform', 'entrypoint', ...CONFIG_RULES],
      `${input} has no image config blob`
    )
  } else if (facts.platforms) {
    // the platforms alone decide instance-arch (the Neuron runtime is unknown here: not claimed)
    if (!input.includes('training')) checkInstanceArch(ctx, input, facts.platforms, true)
    ctx.findings.skipAll(['entrypoint', ...CONFIG_RULES], `${input} has no linux/amd64 image`)
  }
}

/**
 * manifest-type, and platform from a manifest list. Returns the image's own manifest (a list's
 * linux/amd64 one), or undefined when there is none or it could not be read.
 */
async function readManifest(
  job: Inspection,
  top: () => Promise<ParsedManifest>,
  scanTarget: (t: ScanTarget) => void
): Promise<ParsedManifest | undefined> {
  const { ctx, read, input, facts } = job
  try {
    const manifest = await top()
    facts.manifestMediaType = manifest.mediaType
    let image: ParsedManifest | undefined = manifest
    let childType: string | undefined
    if (manifest.entries) {
      facts.platforms = platformsOf(manifest.entries)
      ctx.findings.apply('platform', platformVerdict(input, facts.platforms))
      const child = amd64Entry(manifest.entries)
      scanTarget(child ? { digest: child.digest } : { skip: `${input} has no linux/amd64 image` })
      if (child) {
        image = await read.manifest(child.digest, child.mediaType)
        childType = image.mediaType
      } else image = undefined
    }
    ctx.findings.apply('manifest-type', manifestVerdict(input, manifest, childType))
    return image
  } catch (err) {
    scanTarget({ skip: `${input}: the manifest list could not be read` })
    onProblem(
      ctx,
      input,
      ['manifest-type', 'platform', 'entrypoint', ...CONFIG_RULES],
      problemOf(err, 'ecr:BatchGetImage', ctx.signal)
    )
    return undefined
  }
}

/** The config blob: platform (unless a list gave it), entrypoint and the config rules; then image-size. */
async function checkConfig(
  job: Inspection,
  image: ParsedManifest,
  configDigest: string
): Promise<void> {
  const { ctx, read, input, facts } = job
  const rules: RuleId[] = [
    ...(facts.platforms ? [] : ['platform' as const]),
    'entrypoint',
    ...CONFIG_RULES
  ]
  let history: HistoryEntry[] | undefined
  try {
    const config = await read.config(configDigest)
    history = config.history
    if (!facts.platforms) {
      facts.platforms = [platformName(config.os, config.architecture, config.variant)]
      ctx.findings.apply('platform', platformVerdict(input, facts.platforms))
    }
    const entrypoint = config.config?.Entrypoint ?? undefined
    const cmd = config.config?.Cmd ?? undefined
    if (entrypoint) facts.entrypoint = entrypoint
    if (cmd) facts.cmd = cmd
    if (config.config?.Labels && Object.keys(config.config.Labels).length) {
      facts.labels = config.config.Labels
    }
    ctx.findings.apply('entrypoint', entrypointVerdict(input, entrypoint, cmd))
    checkImageConfig(ctx, input, {
      platforms: facts.platforms,
      env: envMap(config.config?.Env),
      labels: config.config?.Labels ?? {},
      ...(entrypoint ? { entrypoint } : {}),
      ...(cmd ? { cmd } : {}),
      ...(config.config?.User ? { user: config.config.User } : {})
    })
  } catch (err) {
    onProblem(ctx, input, rules, problemOf(err, 'ecr:GetDownloadUrlForLayer', ctx.signal))
  } finally {
    decideSize(job, image, history)
  }
}

/** image-size waits for the config blob, whose history names the step that made each layer. */
function decideSize(job: Inspection, image?: ParsedManifest, history?: HistoryEntry[]): void {
  const { ctx, input, facts } = job
  const layers = withSteps(image?.layers ?? [], history)
  if (layers.length) facts.largestLayers = largestLayers(layers)
  if (facts.sizeBytes === undefined) {
    ctx.findings.skip('image-size', `ECR reported no size for ${input}`)
    return
  }
  ctx.findings.apply(
    'image-size',
    sizeVerdict(input, facts.sizeBytes, layers, ctx.inputs.maxImageSizeBytes)
  )
}

async function checkScan(
  job: Inspection,
  ref: EcrImageRef,
  scanDigest: Promise<ScanTarget>
): Promise<void> {
  const { ctx, read, input } = job
  const target = await scanDigest
  if ('skip' in target) {
    ctx.findings.skip('vulnerabilities', target.skip)
    return
  }
  try {
    const findings = await read.scan(target.digest)
    ctx.findings.apply('vulnerabilities', scanVerdict(input, { ...ref, ...target }, findings))
  } catch (err) {
    onProblem(
      ctx,
      input,
      ['vulnerabilities'],
      problemOf(err, 'ecr:DescribeImageScanFindings', ctx.signal)
    )
  }
}

/**
 * What a failed call means for the rules it feeds. Denied access fails the first rule (the seller
 * must grant the action to get an answer) and skips the rest; credentials end the phase (thrown);
 * anything else, including the deadline, skips the rules with the reason.
 */
export function onProblem(
  ctx: RunContext,
  input: string,
  rules: readonly RuleId[],
  problem: AwsProblem
): void {
  if (problem.kind === 'credentials') throw new AwsCallError(problem)
  const [first, ...rest] = rules
  if (problem.kind === 'access-denied') {
    ctx.findings.add(first, {
      title: `Cannot check: AWS denied ${problem.action}`,
      message: `${input}: ${problem.message}`,
      file: input
    })
    ctx.findings.skipAll(rest, `needs ${problem.action}, which AWS denied`)
    return
  }
  if (problem.kind !== 'aborted') ctx.log.warning(`${input}: ${problem.message}`)
  ctx.findings.skipAll(rules, `${input}: ${problem.message}`)
}
