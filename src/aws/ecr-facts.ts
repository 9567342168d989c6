// What the registry checks read from ECR: DescribeImages, the manifest (and a list's linux/amd64
// manifest), the config blob and the scan findings, each call under the run's signal with its
// failure mapped to an AwsProblem. src/aws/ecr.ts records what they return; registry-rules.ts
// judges it.

import type {
  DescribeImageScanFindingsCommandOutput,
  ECRClient,
  ImageDetail
} from '@aws-sdk/client-ecr'
import type { RunContext } from '../core/context.js'
import type { EcrImageRef } from '../image/ref.js'
import {
  ACCEPTED_MEDIA_TYPES,
  parseManifest,
  type HistoryEntry,
  type ParsedManifest,
  type ScanFacts
} from './registry-rules.js'
import { clientsFor } from './clients.js'
import { AwsCallError, awsCall } from './errors.js'

/** The config blob is small (ENTRYPOINT, CMD, labels, history); refuse anything absurd. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024

export interface ImageConfig {
  os?: string
  architecture?: string
  variant?: string
  config?: {
    Entrypoint?: string[] | null
    Cmd?: string[] | null
    Env?: string[] | null
    Labels?: Record<string, string>
    User?: string | null
  }
  history?: HistoryEntry[]
}

type Send = <T>(action: string, fn: (abortSignal: AbortSignal) => Promise<T>) => Promise<T>
type Repo = { registryId: string; repositoryName: string }

/** The ECR calls on one image's repository. */
export interface EcrReader {
  describeImage(): Promise<ImageDetail>
  manifest(digest: string, mediaType?: string): Promise<ParsedManifest>
  config(configDigest: string): Promise<ImageConfig>
  scan(digest: string): Promise<ScanFacts>
}

export async function ecrReader(ctx: RunContext, ref: EcrImageRef): Promise<EcrReader> {
  const ecr = await clientsFor(ctx).ecr(ref.region, { fips: ref.fips, dualStack: ref.dualStack })
  const repo = { registryId: ref.registryId, repositoryName: ref.repository }
  const send: Send = (action, fn) => awsCall(action, ctx.signal, () => fn(ctx.signal))
  return {
    describeImage: () => describeImage(ecr, ref, repo, send),
    manifest: (digest, mediaType) => getManifest(ecr, repo, digest, mediaType, send),
    config: configDigest => getConfig(ecr, repo, configDigest, ctx.signal, send),
    scan: digest => getScan(ecr, repo, digest, send)
  }
}

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
