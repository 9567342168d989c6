// Parses an image reference into the parts the registry rules need, or says why it cannot be published.

/** AWS's own parser for ECR hostnames (awslabs/amazon-ecr-credential-helper, ecr-login/api/client.go):
 * standard, FIPS, dual-stack, China, EU sovereign cloud and the isolated partitions. */
const ECR_HOST =
  /^(\d{12})\.dkr[.-]ecr(-fips)?\.([a-zA-Z0-9][a-zA-Z0-9-_]*)\.(amazonaws\.(?:com(?:\.cn)?|eu)|on\.(?:aws|amazonwebservices\.com\.cn)|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$/

// ECR repository names (CreateRepository): lowercase path components separated by '/'.
const REPOSITORY = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
export const DIGEST = /^sha256:[a-f0-9]{64}$/

/** SageMaker's ContainerDefinition.Image limit. */
export const MAX_IMAGE_URI_LENGTH = 255

export interface EcrImageRef {
  uri: string
  registryId: string
  region: string
  repository: string
  tag?: string
  digest?: string
  host: string
  fips: boolean
  dualStack: boolean
}

export type ImageRefProblem =
  'malformed' | 'too-long' | 'docker-hub' | 'ecr-public' | 'other-registry'

export type ParsedImage =
  { ok: true; ref: EcrImageRef } | { ok: false; problem: ImageRefProblem; reason: string }

export function parseImageUri(input: string): ParsedImage {
  const uri = input.trim()
  if (uri.length > MAX_IMAGE_URI_LENGTH) {
    return fail(
      'too-long',
      `is ${uri.length} characters long; SageMaker accepts at most ${MAX_IMAGE_URI_LENGTH}`
    )
  }
  if (!uri || /\s/.test(uri) || uri.includes('://')) {
    return fail(
      'malformed',
      'is not an image reference (expected REGISTRY/REPOSITORY[:TAG][@sha256:DIGEST], without a scheme or spaces)'
    )
  }
  const slash = uri.indexOf('/')
  const first = slash === -1 ? '' : uri.slice(0, slash)
  // Docker's rule: the first component is a registry host only if it has a dot, a port or is localhost.
  const hasRegistry =
    first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost')
  if (!hasRegistry || /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)$/.test(first)) {
    return fail(
      'docker-hub',
      'is a Docker Hub image; SageMaker Marketplace products must use a private Amazon ECR repository in your seller account'
    )
  }
  if (first === 'public.ecr.aws') {
    return fail(
      'ecr-public',
      'is in Amazon ECR Public; SageMaker Marketplace products must use a private Amazon ECR repository in your seller account'
    )
  }
  const host = ECR_HOST.exec(first)
  if (!host) {
    return fail(
      'other-registry',
      `is in the registry "${first}", not in Amazon ECR (ACCOUNT.dkr.ecr.REGION.amazonaws.com)`
    )
  }

  let rest = uri.slice(slash + 1)
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) {
      return fail(
        'malformed',
        `has the digest "${digest}"; expected sha256: followed by 64 lowercase hex digits`
      )
    }
  }
  let tag: string | undefined
  const colon = rest.lastIndexOf(':')
  if (colon !== -1) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
    if (!TAG.test(tag)) {
      return fail(
        'malformed',
        `has the tag "${tag}"; tags are 1-128 letters, digits, '_', '.' or '-'`
      )
    }
  }
  if (rest.length > 256 || !REPOSITORY.test(rest)) {
    return fail(
      'malformed',
      `has the repository "${rest}"; ECR repository names are up to 256 lowercase letters, digits and . _ - / separators`
    )
  }
  return {
    ok: true,
    ref: {
      uri,
      registryId: host[1],
      region: host[3],
      repository: rest,
      ...(tag !== undefined ? { tag } : {}),
      ...(digest !== undefined ? { digest } : {}),
      host: first,
      fips: host[2] !== undefined,
      dualStack: first.includes('.dkr-ecr.')
    }
  }
}

function fail(problem: ImageRefProblem, reason: string): ParsedImage {
  return { ok: false, problem, reason }
}

/** The reference with a digest, for pulling and reporting exactly what was checked. */
export function withDigest(ref: EcrImageRef, digest: string): EcrImageRef {
  const base = `${ref.host}/${ref.repository}`
  return { ...ref, digest, uri: `${base}${ref.tag ? `:${ref.tag}` : ''}@${digest}` }
}

/** The reference pinned to `digest` (the one SageMaker recorded at creation, or ECR resolved) when it
 * names none itself: what ran or was checked, not what a tag points to now. */
export function pinnedTo(ref: EcrImageRef, digest: string | undefined): EcrImageRef {
  return digest && !ref.digest ? withDigest(ref, digest) : ref
}
