// `listing-request`: the Marketplace Catalog StartChangeSet request a seller sends to add or update a
// version of a SageMaker model package or algorithm product, as given to
// `aws marketplace-catalog start-change-set --cli-input-json file://…`. Read like the Create* request
// files; `${model-package-arn}` / `${algorithm-arn}` in it stand for the resource `aws-validation`
// creates in the same run, filled in before the catalog sees it.

import type { ResourceKind } from '../aws/resource-rules.js'
import type { Roots } from '../inputs/paths.js'
import { readJsonObjectFile } from './load.js'

export const LISTING_INPUT = 'listing-request'

export interface ListingRequest {
  input: typeof LISTING_INPUT
  /** The absolute path. */
  file: string
  /** The parsed JSON object: StartChangeSet's own keys. */
  request: Record<string, unknown>
}

/** The placeholder for each kind's ARN, named after the action output that carries it. */
export const ARN_PLACEHOLDER: Record<ResourceKind, string> = {
  'model-package': '${model-package-arn}',
  algorithm: '${algorithm-arn}'
}

export function loadListingRequest(roots: Roots, value: string): ListingRequest {
  const { file, object } = readJsonObjectFile(LISTING_INPUT, roots, value, {
    hint: 'give the path of the JSON request you pass to `aws marketplace-catalog start-change-set --cli-input-json file://…`',
    example: '{"Catalog": "AWSMarketplace", "ChangeSet": [{"ChangeType": "AddDeliveryOptions", …}]}'
  })
  return { input: LISTING_INPUT, file, request: object }
}

/** A copy of the request with every placeholder replaced by its ARN, in DetailsDocument objects and
 * Details strings alike; the placeholders left unfilled, when a kind has no ARN. */
export function fillPlaceholders(
  value: unknown,
  arns: Partial<Record<ResourceKind, string>>
): { filled: unknown; missing: ResourceKind[] } {
  const missing = new Set<ResourceKind>()
  const fill = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let out = v
      for (const [kind, placeholder] of Object.entries(ARN_PLACEHOLDER) as [
        ResourceKind,
        string
      ][]) {
        if (!out.includes(placeholder)) continue
        const arn = arns[kind]
        if (arn) out = out.split(placeholder).join(arn)
        else missing.add(kind)
      }
      return out
    }
    if (Array.isArray(v)) return v.map(fill)
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]))
    }
    return v
  }
  return { filled: fill(value), missing: [...missing] }
}
