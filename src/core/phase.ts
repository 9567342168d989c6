// What the static phase hands the phases after it: the images and Region it parsed from the inputs,
// and the shape of a located resource for same-region. Kept beside the context, not in the static
// phase, so the later phases depend on the contract and not on each other.

import type { ImageFacts } from './context.js'
import type { EcrImageRef } from '../image/ref.js'

export interface StaticResult {
  image?: EcrImageRef
  trainingImage?: EcrImageRef
  /** The Region the seller publishes from, when one is known. */
  region?: string
}

export interface Located {
  what: string
  input: string
  region: string
}

/** The report's facts about an ECR image, from its parsed reference. */
export function imageFacts(ref: EcrImageRef): ImageFacts {
  const { uri, registryId, region, repository, tag, digest } = ref
  return {
    uri,
    registryId,
    region,
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {})
  }
}
