// The registry checks on one ECR image, the way Marketplace will look at it: ownership, existence
// (DescribeImages), then in parallel the manifest, platform, config blob and scan findings.
// AWS calls and their failures live here; src/aws/registry-rules.ts decides each rule from the facts.

import type {
  DescribeImageScanFindingsCommandOutput,
  ECRClient,
  ImageDetail
} from '@aws-sdk/client-ecr'
import type { ImageFacts, RunContext } from '../core/context.js'
import { CONFIG_RULES, checkImageConfig, checkInstanceArch, envMap } from '../image/checks.js'
import type { EcrImageRef } from '../image/ref.js'
import {
  ACCEPTED_MEDIA_TYPES,
  MEDIA_TYPES,
  amd64Entry,
  entrypointVerdict,
  existsVerdict,
  largestLayers,
  manifestVerdict,
  notFoundVerdict,
  ownershipVerdict,
  parseManifest,
  platformName,
  platformVerdict,
  platformsOf,
  scanVerdict,
  sizeVerdict,
  withSteps,
  type HistoryEntry,
  type ParsedManifest,
  type ScanFacts
} from './registry-rules.js'
import { rulesInPhase, type RuleId } from '../catalog/rules.js'
import { imageFacts } from '../core/phase.js'
import { clientsFor } from './clients.js'
import { AwsCallError, awsCall, problemOf, settleAll, type AwsProblem } from './errors.js'

/** The seller accounts, or a promise of them (STS answers while DescribeImages runs). */
export type SellerAccounts = readonly string[] | Promise<readonly string[]>

/** The config blob is small (ENTRYPOINT, CMD, labels, history); refuse anything absurd. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024

interface ImageConfig {
  os?: string
  architecture?: string
  variant?: string
  config?: {
    Entrypoint?: string[] | null
    Cmd?: string[] | null
    Env?: string[] | null
    Labels?: Record<string, string>
  }
  history?: HistoryEntry[]
}

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

async function inspectImage(
  ctx: RunContext,
  ref: EcrImageRef,
  input: string,
  facts: ImageFacts
): Promise<void> {
  const ecr = await clientsFor(ctx).ecr(ref.region, { fips: ref.fips, dualStack: ref.dualStack })
  const repo = { registryId: ref.registryId, repositoryName: ref.repository }
  const send = <T>(action: string, fn: (abortSignal: AbortSignal) => Promise<T>): Promise<T> =>
    awsCall(action, ctx.signal, () => fn(ctx.signal))
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
  const early = ref.digest ? getManifest(ecr, repo, ref.digest, undefined, send) : undefined
  early?.catch(() => undefined)

  let detail: ImageDetail
  try {
    detail = await describeImage(ecr, ref, repo, send)
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

  const where = { ...ref, digest }
  const isList =
    detail.imageManifestMediaType === MEDIA_TYPES.dockerList ||
    detail.imageManifestMediaType === MEDIA_TYPES.ociIndex
  // A list's scan is on its linux/amd64 image; a single manifest's scan starts right away.
  let scanTarget: (t: { digest: string } | { skip: string }) => void = () => undefined
  const scanDigest = isList
    ? new Promise<{ digest: string } | { skip: string }>(r => (scanTarget = r))
    : Promise.resolve({ digest })

  const manifest = async (): Promise<void> => {
    let image: ParsedManifest | undefined
    try {
      const top = await (early ??
        getManifest(ecr, repo, digest, detail.imageManifestMediaType, send))
      facts.manifestMediaType = top.mediaType
      image = top
      let childType: string | undefined
      if (top.entries) {
        facts.platforms = platformsOf(top.entries)
        ctx.findings.apply('platform', platformVerdict(input, facts.platforms))
        const child = amd64Entry(top.entries)
        scanTarget(child ? { digest: child.digest } : { skip: `${input} has no linux/amd64 image` })
        if (child) {
          image = await getManifest(ecr, repo, child.digest, child.mediaType, send)
          childType = image.mediaType
        } else image = undefined
      }
      ctx.findings.apply('manifest-type', manifestVerdict(input, top, childType))
    } catch (err) {
      scanTarget({ skip: `${input}: the manifest list could not be read` })
      onProblem(
        ctx,
        input,
        ['manifest-type', 'platform', 'entrypoint', ...CONFIG_RULES],
        problemOf(err, 'ecr:BatchGetImage', ctx.signal)
      )
      image = undefined
    }
    // image-size waits for the config blob, whose history names the step that made each layer
    const decideSize = (history?: HistoryEntry[]): void => {
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

    if (!image?.config) {
      decideSize()
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
      return
    }
    const rules: RuleId[] = [
      ...(facts.platforms ? [] : ['platform' as const]),
      'entrypoint',
      ...CONFIG_RULES
    ]
    let history: HistoryEntry[] | undefined
    try {
      const config = await getConfig(ecr, repo, image.config.digest, ctx.signal, send)
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
        ...(cmd ? { cmd } : {})
      })
    } catch (err) {
      onProblem(ctx, input, rules, problemOf(err, 'ecr:GetDownloadUrlForLayer', ctx.signal))
    } finally {
      decideSize(history)
    }
  }

  const scan = async (): Promise<void> => {
    const target = await scanDigest
    if ('skip' in target) {
      ctx.findings.skip('vulnerabilities', target.skip)
      return
    }
    try {
      const findings = await getScan(ecr, repo, target.digest, send)
      ctx.findings.apply('vulnerabilities', scanVerdict(input, { ...where, ...target }, findings))
    } catch (err) {
      onProblem(
        ctx,
        input,
        ['vulnerabilities'],
        problemOf(err, 'ecr:DescribeImageScanFindings', ctx.signal)
      )
    }
  }

  await settleAll([manifest(), scan()])
}

type Send = <T>(action: string, fn: (abortSignal: AbortSignal) => Promise<T>) => Promise<T>
type Repo = { registryId: string; repositoryName: string }

async function describeImage(
  ecr: ECRClient,
  ref: EcrImageRef,
  repo: Repo,
  send: Send
): Promise<ImageDetail> {
  const { DescribeImagesCommand } = await import('@aws-sdk/client-ecr')
  const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' }
  const out = await send('ecr:DescribeImages', abortSignal =>
    ecr.send(new DescribeImagesCommand({ ...repo, imageIds: [imageId] }), { abortSignal })
  )
  const detail = out.imageDetails?.[0]
  if (!detail) throw notFound('ecr:DescribeImages')
  return detail
}

async function getManifest(
  ecr: ECRClient,
  repo: Repo,
  digest: string,
  mediaType: string | undefined,
  send: Send
): Promise<ParsedManifest> {
  const { BatchGetImageCommand } = await import('@aws-sdk/client-ecr')
  const out = await send('ecr:BatchGetImage', abortSignal =>
    ecr.send(
      new BatchGetImageCommand({
        ...repo,
        imageIds: [{ imageDigest: digest }],
        acceptedMediaTypes: [...ACCEPTED_MEDIA_TYPES]
      }),
      { abortSignal }
    )
  )
  const image = out.images?.[0]
  if (!image?.imageManifest) {
    const failure = out.failures?.[0]
    throw new AwsCallError({
      kind: 'other',
      code: failure?.failureCode ?? 'ImageNotFound',
      action: 'ecr:BatchGetImage',
      message: `ecr:BatchGetImage returned no manifest for ${digest}${
        failure ? ` (${failure.failureCode}: ${failure.failureReason})` : ''
      }`
    })
  }
  return parseManifest(image.imageManifest, image.imageManifestMediaType ?? mediaType)
}

async function getConfig(
  ecr: ECRClient,
  repo: Repo,
  configDigest: string,
  signal: AbortSignal,
  send: Send
): Promise<ImageConfig> {
  const { GetDownloadUrlForLayerCommand } = await import('@aws-sdk/client-ecr')
  const urlCall = send('ecr:GetDownloadUrlForLayer', abortSignal =>
    ecr.send(new GetDownloadUrlForLayerCommand({ ...repo, layerDigest: configDigest }), {
      abortSignal
    })
  )
  // Node compiles its fetch implementation on first use (some 25 ms on a 2-core runner): do that on
  // an empty data: URL, with no network, while the URL request is in flight rather than after it.
  fetch('data:,').catch(() => undefined)
  const out = await urlCall
  const fail = (why: string): AwsCallError =>
    new AwsCallError({
      kind: 'other',
      code: 'ConfigBlob',
      action: 'ecr:GetDownloadUrlForLayer',
      message: `could not read the image config ${configDigest}: ${why}`
    })
  if (!out.downloadUrl) throw fail('ECR returned no download URL')
  let response: Response
  try {
    response = await fetch(out.downloadUrl, { signal })
  } catch (err) {
    if (signal.aborted) throw err
    throw fail(`the download failed (${(err as Error).message})`)
  }
  if (!response.ok) throw fail(`the download URL answered HTTP ${response.status}`)
  const text = await readCapped(response, MAX_CONFIG_BYTES)
  if (text === undefined) throw fail(`it is larger than ${MAX_CONFIG_BYTES} bytes`)
  try {
    return JSON.parse(text) as ImageConfig
  } catch {
    throw fail('it is not JSON')
  }
}

/** The body as text, or undefined once it passes maxBytes: a blob is read no further than the cap. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength
    if (size > maxBytes) return undefined // leaving the loop cancels the stream
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** When ECR gives no severity totals, findings are counted over at most this many pages. */
const MAX_SCAN_PAGES = 10

async function getScan(ecr: ECRClient, repo: Repo, digest: string, send: Send): Promise<ScanFacts> {
  const { DescribeImageScanFindingsCommand } = await import('@aws-sdk/client-ecr')
  const page = (nextToken?: string): Promise<DescribeImageScanFindingsCommandOutput> =>
    send('ecr:DescribeImageScanFindings', abortSignal =>
      ecr.send(
        new DescribeImageScanFindingsCommand({
          ...repo,
          imageId: { imageDigest: digest },
          maxResults: 100,
          ...(nextToken ? { nextToken } : {})
        }),
        { abortSignal }
      )
    )
  const pages: DescribeImageScanFindingsCommandOutput[] = []
  try {
    pages.push(await page())
  } catch (err) {
    if (err instanceof AwsCallError && err.problem.code === 'ScanNotFoundException') {
      return { status: 'NOT_FOUND', counts: {}, examples: [], enhanced: false }
    }
    throw err
  }
  if (!hasTotals(pages[0])) {
    let token = pages[0].nextToken
    while (token && pages.length < MAX_SCAN_PAGES) {
      const next = await page(token)
      pages.push(next)
      token = next.nextToken
    }
  }
  return scanFacts(pages)
}

function hasTotals(out: DescribeImageScanFindingsCommandOutput): boolean {
  return Object.keys(out.imageScanFindings?.findingSeverityCounts ?? {}).length > 0
}

/**
 * Severity counts (ECR's totals, or the findings counted page by page when it gives none) and a
 * few serious examples.
 */
function scanFacts(pages: DescribeImageScanFindingsCommandOutput[]): ScanFacts {
  const [first] = pages
  const found = pages.map(p => p.imageScanFindings)
  const basic = found
    .flatMap(f => f?.findings ?? [])
    .map(x => ({
      severity: x.severity ?? 'UNDEFINED',
      name: `${x.name ?? 'finding'}${pkg(x.attributes)}`
    }))
  const enhanced = found
    .flatMap(f => f?.enhancedFindings ?? [])
    .map(x => ({
      severity: x.severity ?? 'UNDEFINED',
      name: `${x.packageVulnerabilityDetails?.vulnerabilityId ?? x.title ?? 'finding'}${
        x.packageVulnerabilityDetails?.vulnerablePackages?.[0]?.name
          ? ` in ${x.packageVulnerabilityDetails.vulnerablePackages[0].name}`
          : ''
      }`
    }))
  const all = [...basic, ...enhanced]
  const totals = hasTotals(first)
  let counts = { ...(first.imageScanFindings?.findingSeverityCounts ?? {}) } as Record<
    string,
    number
  >
  if (!totals) {
    counts = {}
    for (const x of all) counts[x.severity] = (counts[x.severity] ?? 0) + 1
  }
  const rank = (s: string): number => (s === 'CRITICAL' ? 0 : s === 'HIGH' ? 1 : 2)
  const examples = all
    .filter(x => rank(x.severity) < 2)
    .sort((a, b) => rank(a.severity) - rank(b.severity))
    .slice(0, 3)
    .map(x => `${x.name} (${x.severity})`)
  const status = first.imageScanStatus?.status ?? 'COMPLETE'
  return {
    status,
    ...(first.imageScanStatus?.description
      ? { description: first.imageScanStatus.description }
      : {}),
    counts,
    ...(!totals && pages.at(-1)?.nextToken ? { countsAtLeast: true } : {}),
    examples,
    enhanced: status === 'ACTIVE' || enhanced.length > 0
  }
}

function pkg(attributes: { key?: string; value?: string }[] | undefined): string {
  const name = attributes?.find(a => a.key === 'package_name')?.value
  return name ? ` in ${name}` : ''
}

function notFound(action: string): AwsCallError {
  return new AwsCallError({
    kind: 'not-found',
    code: 'ImageNotFoundException',
    action,
    message: `${action}: ImageNotFoundException`
  })
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
