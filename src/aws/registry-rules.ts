// The registry rules, decided from facts gathered from ECR: pure functions, no AWS calls. Each returns
// a verdict that src/aws/ecr.ts records; messages say what was seen, the rule table says how to fix.

import { fail, pass, type Verdict } from '../core/findings.js'
import type { LayerFact } from '../core/context.js'
import { formatBytes } from '../core/text.js'

export const MEDIA_TYPES = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
  dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
} as const

/** Every manifest type, so BatchGetImage returns the stored manifest rather than a conversion. */
export const ACCEPTED_MEDIA_TYPES = Object.values(MEDIA_TYPES)

export const AMD64 = 'linux/amd64'

// ---- ownership ----

export function ownershipVerdict(
  input: string,
  registryId: string,
  sellerAccountIds: readonly string[],
  source: 'input' | 'sts:GetCallerIdentity'
): Verdict {
  const from =
    source === 'input' ? '`seller-account-id`' : 'the caller account, sts:GetCallerIdentity'
  if (sellerAccountIds.includes(registryId)) {
    return pass(`${input} is in registry account ${registryId}, a seller account (from ${from})`)
  }
  return fail({
    message: `\`${input}\` is in the registry of account ${registryId}, but the seller account${
      sellerAccountIds.length > 1 ? 's are' : ' is'
    } ${sellerAccountIds.join(', ')} (from ${from}).`,
    help:
      source === 'input'
        ? `Push the image to ${sellerAccountIds[0]}.dkr.ecr.REGION.amazonaws.com, or add ${registryId} to \`seller-account-id\` if it is your seller account.`
        : `Push the image to the seller account's registry, or pass \`seller-account-id\` if these credentials belong to a different account than the one that publishes.`,
    file: input
  })
}

// ---- existence ----

export function existsVerdict(input: string, digest: string, tags: readonly string[]): Verdict {
  return pass(
    `${input} exists as ${digest}${tags.length ? ` (tags: ${tags.slice(0, 5).join(', ')})` : ''}`
  )
}

export function notFoundVerdict(
  input: string,
  where: { registryId: string; region: string; repository: string; tag?: string; digest?: string },
  code: string
): Verdict {
  const what = where.digest ? `the digest ${where.digest}` : `the tag "${where.tag ?? 'latest'}"`
  const message =
    code === 'RepositoryNotFoundException'
      ? `\`${input}\`: the repository "${where.repository}" does not exist in account ${where.registryId}, ${where.region} (RepositoryNotFoundException).`
      : `\`${input}\`: ${what} is not in the repository "${where.repository}" (account ${where.registryId}, ${where.region}) (ImageNotFoundException).`
  return fail({ message, file: input })
}

// ---- size ----

/** The `count` largest layers, largest first. */
export function largestLayers(layers: readonly LayerFact[], count = 3): LayerFact[] {
  return [...layers].sort((a, b) => b.sizeBytes - a.sizeBytes).slice(0, count)
}

export interface HistoryEntry {
  created_by?: string
  empty_layer?: boolean
}

const STEP_CHARS = 100

/**
 * Names each layer by the Dockerfile step that made it: the config's history lists every step in
 * order, and each step without `empty_layer` made the next layer. When the counts disagree (history
 * squashed or rewritten) the layers stay unnamed rather than named wrongly.
 */
export function withSteps(
  layers: readonly LayerFact[],
  history: readonly HistoryEntry[] | undefined
): LayerFact[] {
  const steps = (history ?? []).filter(h => !h.empty_layer).map(h => stepName(h.created_by))
  if (steps.length !== layers.length) return [...layers]
  return layers.map((l, i) => (steps[i] ? { ...l, step: steps[i] } : l))
}

/** `RUN pip install torch`, from the shell wrapper the legacy builder and BuildKit record. */
export function stepName(createdBy: string | undefined): string | undefined {
  if (!createdBy) return undefined
  const step = createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '') // legacy builder: COPY, ADD, ENV …
    .replace(/^\/bin\/sh -c /, 'RUN ') // legacy builder: RUN
    .replace(/^RUN \|\d+(?: \S+=\S*)* \/bin\/sh -c /, 'RUN ') // BuildKit with build args
    .replace(/^RUN \/bin\/sh -c /, 'RUN ')
    .replace(/\s*# buildkit$/, '')
    .replace(/\s+/g, ' ')
    .trim()
  return step.length > STEP_CHARS ? `${step.slice(0, STEP_CHARS)}…` : step
}

export function sizeVerdict(
  input: string,
  sizeBytes: number,
  layers: readonly LayerFact[],
  maxBytes: number
): Verdict {
  const top = largestLayers(layers)
  const layerText = top.length
    ? `; largest layers: ${top.map(l => `${l.step ? `\`${l.step}\`` : shortDigest(l.digest)} ${formatBytes(l.sizeBytes)}`).join(', ')}`
    : ''
  const size = `${formatBytes(sizeBytes)} compressed (${sizeBytes} bytes)`
  if (sizeBytes <= maxBytes) {
    return pass(
      `${input} is ${size}, within \`max-image-size\` ${formatBytes(maxBytes)}${layerText}`
    )
  }
  return fail({
    message: `\`${input}\` is ${size}, above \`max-image-size\` ${formatBytes(maxBytes)}${layerText}. GitHub-hosted runners have about 14 GB of free disk, and every endpoint, batch and training start pulls the whole image.`,
    file: input
  })
}

// ---- manifests ----

export interface PlatformEntry {
  digest: string
  mediaType?: string
  platform: string
  /** BuildKit attestation manifests (provenance, SBOM) in an index: not runnable images. */
  attestation: boolean
  sizeBytes?: number
}

export interface ParsedManifest {
  mediaType: string
  /** Children of a manifest list or index. */
  entries?: PlatformEntry[]
  /** A single image manifest's config blob and layers. */
  config?: { digest: string; mediaType?: string }
  layers?: LayerFact[]
}

interface RawManifest {
  schemaVersion?: number
  mediaType?: string
  config?: { digest?: string; mediaType?: string }
  layers?: { digest?: string; size?: number }[]
  manifests?: {
    digest?: string
    mediaType?: string
    size?: number
    platform?: { os?: string; architecture?: string; variant?: string }
    annotations?: Record<string, string>
  }[]
}

/** Parses a manifest as BatchGetImage returns it; `mediaType` is ECR's, used when the JSON has none. */
export function parseManifest(json: string, mediaType?: string): ParsedManifest {
  const raw = JSON.parse(json) as RawManifest
  const type =
    mediaType ||
    raw.mediaType ||
    (raw.schemaVersion === 1
      ? MEDIA_TYPES.dockerSchema1
      : raw.manifests
        ? MEDIA_TYPES.ociIndex
        : MEDIA_TYPES.ociManifest)
  if (raw.manifests) {
    return {
      mediaType: type,
      entries: raw.manifests.map(m => ({
        digest: m.digest ?? '',
        mediaType: m.mediaType,
        platform: platformName(m.platform?.os, m.platform?.architecture, m.platform?.variant),
        attestation: m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
        ...(m.size !== undefined ? { sizeBytes: m.size } : {})
      }))
    }
  }
  return {
    mediaType: type,
    ...(raw.config?.digest
      ? { config: { digest: raw.config.digest, mediaType: raw.config.mediaType } }
      : {}),
    layers: (raw.layers ?? []).map(l => ({ digest: l.digest ?? '', sizeBytes: l.size ?? 0 }))
  }
}

export function platformName(os?: string, architecture?: string, variant?: string): string {
  return [os || 'unknown', architecture || 'unknown', variant].filter(Boolean).join('/')
}

/** The runnable platforms of a list or index (attestations left out). */
export function platformsOf(entries: readonly PlatformEntry[]): string[] {
  return [...new Set(entries.filter(e => !e.attestation).map(e => e.platform))]
}

/** The linux/amd64 child of a list or index, if it has one. */
export function amd64Entry(entries: readonly PlatformEntry[]): PlatformEntry | undefined {
  return entries.find(e => !e.attestation && e.platform === AMD64)
}

const PROVENANCE_FIX =
  'BuildKit (docker buildx, docker/build-push-action) adds a provenance attestation by default, which turns the push into an OCI image index; build with `--provenance=false` (docker/build-push-action: `provenance: false`), or `docker buildx build --provenance=false --sbom=false --output type=docker`, then push again.'

/** `childMediaType` is the media type of the linux/amd64 manifest inside a list or index. */
export function manifestVerdict(
  input: string,
  manifest: ParsedManifest,
  childMediaType?: string
): Verdict {
  const type = manifest.mediaType
  const attestations = manifest.entries?.filter(e => e.attestation).length ?? 0
  if (type === MEDIA_TYPES.ociIndex) {
    return fail({
      message: `\`${input}\` is an OCI image index (${type})${
        attestations
          ? ` holding ${attestations} attestation manifest${attestations > 1 ? 's' : ''} (vnd.docker.reference.type=attestation-manifest): BuildKit's provenance attestation`
          : ''
      }; SageMaker rejects it at CreateModel with "Unsupported manifest media type".`,
      help: PROVENANCE_FIX,
      file: input
    })
  }
  if (type === MEDIA_TYPES.ociManifest) {
    return fail({
      message: `\`${input}\` is an OCI image manifest (${type}); SageMaker rejects it at CreateModel with "Unsupported manifest media type ${type}".`,
      help: `${PROVENANCE_FIX} With BuildKit also leave \`oci-mediatypes\` off; with podman or buildah push with \`--format docker\`.`,
      file: input
    })
  }
  if (type === MEDIA_TYPES.dockerSchema1 || type === MEDIA_TYPES.dockerSchema1Signed) {
    return fail({
      message: `\`${input}\` has a Docker image manifest schema 1 (${type}), which is deprecated and not accepted.`,
      help: 'Rebuild and push the image with a current Docker (it pushes Docker v2 schema 2).',
      file: input
    })
  }
  if (type === MEDIA_TYPES.dockerList) {
    if (childMediaType && childMediaType !== MEDIA_TYPES.dockerManifest) {
      return manifestVerdict(input, { mediaType: childMediaType }, undefined)
    }
    return pass(
      `${input} is a Docker manifest list; its linux/amd64 image is a Docker v2 schema 2 manifest`
    )
  }
  if (type === MEDIA_TYPES.dockerManifest) {
    return pass(`${input} is a Docker v2 schema 2 manifest`)
  }
  return fail({
    message: `\`${input}\` has the manifest media type "${type}", which is not a container image SageMaker can run.`,
    file: input
  })
}

export function platformVerdict(input: string, platforms: readonly string[]): Verdict {
  if (platforms.includes(AMD64)) {
    return pass(`${input} provides ${AMD64} (platforms: ${platforms.join(', ')})`)
  }
  return fail({
    message: `\`${input}\` provides ${platforms.length ? platforms.join(', ') : 'no platform'}, not ${AMD64}.`,
    file: input
  })
}

// ---- entrypoint ----

const SHELLS = /^(?:\/usr)?(?:\/bin\/)?(?:sh|bash|dash|ash|zsh)$/
const TINI = /(?:^|\/)(?:tini|tini-static|docker-init)$/

export function entrypointVerdict(
  input: string,
  entrypoint: readonly string[] | undefined,
  cmd: readonly string[] | undefined
): Verdict {
  const shown = (v: readonly string[] | undefined): string =>
    v && v.length ? JSON.stringify(v) : 'none'
  const ep = entrypoint ?? []
  if (ep.length >= 2 && SHELLS.test(ep[0]) && ep[1] === '-c') {
    return fail({
      message: `\`${input}\` has the shell-form ENTRYPOINT ${shown(ep)}: the shell is PID 1, so SIGTERM does not reach your server, and SageMaker's \`serve\`/\`train\` argument becomes the shell's $0 instead of reaching your program.`,
      help: 'Write the ENTRYPOINT as a JSON array, or make the script it runs start your server with `exec`.',
      file: input
    })
  }
  if (ep.length && TINI.test(ep[0])) {
    return fail({
      message: `\`${input}\` uses ${ep[0]} as its ENTRYPOINT (${shown(ep)}); SageMaker documents that tini gets confused by the \`serve\` and \`train\` arguments.`,
      help: 'Make your server or a script that execs it the ENTRYPOINT instead.',
      file: input
    })
  }
  return pass(
    `${input}: ENTRYPOINT ${shown(ep)}, CMD ${shown(cmd)} (SageMaker runs it with \`serve\` or \`train\` in place of CMD)`
  )
}

/**
 * Files the image ships under /opt/ml/model, when model data is given: SageMaker mounts the model
 * data there, hiding them. Without model data nothing is mounted (AWS's own model-package sample
 * bakes its model in), so the caller asks only when `model-data` is given.
 */
export function optMlVerdict(input: string, files: readonly string[]): Verdict {
  if (!files.length) return pass(`${input} ships no files under /opt/ml/model`)
  return fail({
    message: `\`${input}\` ships files under /opt/ml/model (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}), and \`model-data\` is given: SageMaker mounts the model data at /opt/ml/model, so these files are hidden at run time.`,
    help: 'Either bake the model into the image and publish without model data (no ModelDataUrl), or ship it only in model.tar.gz; keep code elsewhere (e.g. /opt/program).',
    file: input
  })
}

// ---- scan findings ----

export interface ScanFacts {
  /** ECR's scan status, or 'NOT_FOUND' for ScanNotFoundException. */
  status: string
  description?: string
  counts: Record<string, number>
  /** The counts cover only the pages read: ECR gave no totals and more findings remain. */
  countsAtLeast?: boolean
  /** A few CRITICAL/HIGH findings to name (CVE id and package). */
  examples: string[]
  enhanced: boolean
}

/**
 * The scan statuses that are neither a result nor a scan still running: what each means for the
 * scan Marketplace runs on submission, and what to do. ACTIVE (enhanced scanning with Amazon
 * Inspector, monitoring continuously) and COMPLETE carry findings and are judged by their counts.
 */
const SCAN_STATUS_MEANING: Record<string, { seen: string; fix: string }> = {
  UNSUPPORTED_IMAGE: {
    seen: "Amazon Inspector's enhanced scanning does not support this image's operating system or packages, so ECR has no findings; Marketplace's own scan at submission is then the first to look at them.",
    fix: 'Build on a base image Inspector supports (a current Amazon Linux, Ubuntu or Debian), or scan the image yourself before submitting.'
  },
  SCAN_ELIGIBILITY_EXPIRED: {
    seen: "enhanced scanning stopped watching this image (it was pushed or last pulled longer ago than the registry's rescan duration), so its findings may be out of date.",
    fix: 'Push the image again (or raise the rescan duration in the Amazon Inspector ECR settings) to get current findings.'
  },
  FINDINGS_UNAVAILABLE: {
    seen: 'the findings of this image are no longer available, so nothing says whether it has CRITICAL or HIGH findings.',
    fix: 'Push the image again to scan it afresh.'
  },
  FAILED: {
    seen: 'the scan failed, so nothing says whether the image has CRITICAL or HIGH findings.',
    fix: "Start the scan again (`aws ecr start-image-scan`, basic scanning) or push again (enhanced scanning); an image ECR cannot unpack will not pass Marketplace's scan either."
  },
  LIMIT_EXCEEDED: {
    seen: 'basic scanning allows one scan of an image per 24 hours, so this scan did not run.',
    fix: 'Wait and run the preflight again, or turn on enhanced scanning for the registry.'
  }
}

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED']

export function scanVerdict(
  input: string,
  where: { repository: string; digest: string; region: string; registryId: string },
  scan: ScanFacts
): Verdict {
  const start = `\`aws ecr start-image-scan --repository-name ${where.repository} --image-id imageDigest=${where.digest} --registry-id ${where.registryId} --region ${where.region}\``
  const pending = (seen: string): Verdict =>
    fail({
      severity: 'warning',
      message: `\`${input}\` (${where.digest}) ${seen}; Marketplace checks the ECR scan results, and an image with no completed scan is not accepted.`,
      help: `Start a scan with ${start}, or enable scan on push for the repository, then run the preflight again.`,
      file: input
    })
  if (scan.status === 'NOT_FOUND') return pending('has no ECR image scan (ScanNotFoundException)')
  const status = `${scan.status}${scan.description ? ` ("${scan.description}")` : ''}`
  const meaning = SCAN_STATUS_MEANING[scan.status]
  if (meaning) {
    return fail({
      severity: 'warning',
      message: `\`${input}\` (${where.digest}): ECR scan status ${status}: ${meaning.seen}`,
      help: `${meaning.fix} (ECR API reference, ImageScanStatus: https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ImageScanStatus.html)`,
      file: input
    })
  }
  if (scan.status !== 'COMPLETE' && scan.status !== 'ACTIVE') {
    return pending(`has no completed ECR scan: status ${status}`)
  }
  const kind = scan.enhanced ? 'enhanced (Amazon Inspector)' : 'basic'
  const counts = SEVERITY_ORDER.filter(s => scan.counts[s])
    .map(s => `${scan.countsAtLeast ? 'at least ' : ''}${scan.counts[s]} ${s}`)
    .join(', ')
  const blocking = (scan.counts.CRITICAL ?? 0) + (scan.counts.HIGH ?? 0)
  if (blocking === 0) {
    return pass(`${input}: ECR ${kind} scan complete, ${counts || 'no findings'}`)
  }
  return fail({
    message: `\`${input}\` (${where.digest}): the ECR ${kind} scan found ${counts}${
      scan.examples.length ? `, including ${scan.examples.join('; ')}` : ''
    }.`,
    file: input
  })
}

export function shortDigest(digest: string): string {
  return digest.replace(/^(sha256:[a-f0-9]{12})[a-f0-9]*$/, '$1')
}
