// `listing-request` checked offline: the StartChangeSet request against the Catalog API's documented
// shapes and limits for ML products (AddDeliveryOptions / UpdateDeliveryOptions on a
// MachineLearningProduct@1.0), and against what the run knows of the resource it lists: its Region,
// and the instance types the model package or algorithm request supports. Pure functions.

import type { ResourceKind } from '../aws/resource-rules.js'
import { closeInstanceTypes, findInstanceType } from '../catalog/instance-types.js'
import {
  ARN_KEY,
  CATALOG,
  DELIVERY_CHANGE_TYPES,
  DETAILS_KEY,
  LISTING_LIMITS,
  ML_ADD_VERSION_URL,
  ML_ENTITY_TYPE,
  ML_UPDATE_VERSION_URL
} from '../catalog/marketplace-limits.js'
import { regionFromTable } from '../catalog/regions.js'
import { fail, pass, warn, type Verdict } from '../core/findings.js'
import { clip } from '../core/text.js'
import { ALGORITHM_ARN, MODEL_PACKAGE_ARN } from '../inputs/index.js'
import { ARN_PLACEHOLDER } from './listing.js'

/** What the run knows besides the listing request. */
export interface ListingContext {
  /** The Region the other assets are in (the publishing Region), when known. */
  region?: string
  /** The instance types the model package / algorithm request supports, by kind. */
  supported: Partial<Record<ResourceKind, SupportedTypes>>
  /** The kinds whose resource `aws-validation` creates in this run (their placeholder is filled). */
  created: readonly ResourceKind[]
}

export interface SupportedTypes {
  /** The input that names the request, for the message. */
  input: string
  BatchTransform?: string[]
  RealtimeInference?: string[]
  Training?: string[]
}

type Json = Record<string, unknown>
type DeliveryChange = (typeof DELIVERY_CHANGE_TYPES)[number]

/** The CreateModelPackage / CreateAlgorithm lists each recommended instance type must be among. */
const SUPPORTED_LIST: Record<keyof Omit<SupportedTypes, 'input'>, string> = {
  BatchTransform: 'InferenceSpecification.SupportedTransformInstanceTypes',
  RealtimeInference: 'InferenceSpecification.SupportedRealtimeInferenceInstanceTypes',
  Training: 'TrainingSpecification.SupportedTrainingInstanceTypes'
}

const IDENTIFIER = /^[\w\-@]+$/
// arn:aws:iam::ACCOUNT:role/[PATH/]NAME (IAM: a role name is 1-64 of [\w+=,.@-])
const ROLE_ARN = /^arn:aws:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/
const ARN_SYNTAX: Record<ResourceKind, RegExp> = {
  'model-package': MODEL_PACKAGE_ARN,
  algorithm: ALGORITHM_ARN
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined

/** Every problem of the request as its own finding (what, where, how to fix), or one pass. */
export function listingRequest(request: Json, ctx: ListingContext): Verdict[] {
  const found: Verdict[] = []
  const problem = (message: string): void => void found.push(fail({ message }))
  if (request.Catalog !== CATALOG) {
    problem(
      `\`Catalog\` is ${shownValue(request.Catalog)}; StartChangeSet takes only "${CATALOG}".`
    )
  }
  const changes = Array.isArray(request.ChangeSet) ? request.ChangeSet : undefined
  if (!changes || changes.length === 0 || changes.length > LISTING_LIMITS.changesPerSet) {
    problem(
      `\`ChangeSet\` ${changes ? `has ${changes.length} changes` : 'is missing or not a list'}; StartChangeSet takes 1 to ${LISTING_LIMITS.changesPerSet}, and a listing needs an AddDeliveryOptions or UpdateDeliveryOptions change.`
    )
    return found
  }
  const name = request.ChangeSetName
  if (
    name !== undefined &&
    (typeof name !== 'string' ||
      name.length > LISTING_LIMITS.changeSetNameChars ||
      !/^[\w\s+=.:@-]+$/.test(name))
  ) {
    problem(
      `\`ChangeSetName\` is ${shownValue(name)}; it takes 1 to ${LISTING_LIMITS.changeSetNameChars} letters, digits, spaces and + = . : @ - _.`
    )
  }
  const summaries: string[] = []
  const seen = new Set<string>()
  changes.forEach((change: unknown, i) => {
    const at = `\`ChangeSet[${i}]\``
    if (!isObject(change)) return problem(`${at} is not an object.`)
    const type = change.ChangeType
    if (!DELIVERY_CHANGE_TYPES.includes(type as DeliveryChange)) return
    const entity = isObject(change.Entity) ? change.Entity : {}
    const key = `${String(type)} ${String(entity.Identifier)}`
    if (seen.has(key)) {
      problem(
        `${at} repeats ${String(type)} on the same product; the catalog refuses a change set that starts the same change type on one entity twice. Merge the two changes.`
      )
    }
    seen.add(key)
    const atType = `${at} (${String(type)})`
    found.push(...entityProblems(entity, atType).map(m => fail({ message: m })))
    const doc = detailsDocument(change, atType, problem)
    if (!doc) return
    const summary = deliveryChange(type as DeliveryChange, doc, atType, ctx, found)
    if (summary) summaries.push(summary)
  })
  if (!seen.size) {
    problem(
      `No change in \`ChangeSet\` is AddDeliveryOptions or UpdateDeliveryOptions (${changes.map(c => shownValue(isObject(c) ? c.ChangeType : c)).join(', ')}); \`listing-request\` is the change that adds or updates a version of a SageMaker model package or algorithm product.`
    )
  }
  return found.some(v => !v.ok && v.finding.severity !== 'warning')
    ? found
    : [...found, pass(summaries.join('; '))]
}

function entityProblems(entity: Json, at: string): string[] {
  const problems: string[] = []
  if (entity.Type !== ML_ENTITY_TYPE) {
    problems.push(
      `${at} has \`Entity.Type\` ${shownValue(entity.Type)}; an ML product's changes take "${ML_ENTITY_TYPE}".`
    )
  }
  const id = entity.Identifier
  if (
    typeof id !== 'string' ||
    id.length > LISTING_LIMITS.identifierChars ||
    !IDENTIFIER.test(id)
  ) {
    problems.push(
      `${at} has \`Entity.Identifier\` ${shownValue(id)}; give the product id (prod-… with its @revision, as DescribeEntity or the Management Portal shows it), at most ${LISTING_LIMITS.identifierChars} letters, digits, - _ and @.`
    )
  }
  return problems
}

/** DetailsDocument, or Details parsed (its string form); a problem when neither or both is given. */
function detailsDocument(
  change: Json,
  at: string,
  problem: (message: string) => void
): Json | undefined {
  const { Details: details, DetailsDocument: doc } = change
  if (details !== undefined && doc !== undefined) {
    problem(`${at} has both \`Details\` and \`DetailsDocument\`; StartChangeSet takes one of them.`)
    return undefined
  }
  if (doc !== undefined) {
    if (isObject(doc)) return doc
    problem(`${at} has a \`DetailsDocument\` that is not a JSON object.`)
    return undefined
  }
  if (typeof details !== 'string') {
    problem(`${at} has neither \`DetailsDocument\` (an object) nor \`Details\` (a JSON string).`)
    return undefined
  }
  if (details.length < 2 || details.length > LISTING_LIMITS.detailsChars) {
    problem(
      `${at} has \`Details\` of ${details.length} characters; the string form takes 2 to ${LISTING_LIMITS.detailsChars.toLocaleString('en-US')}. Give the object as \`DetailsDocument\` instead.`
    )
    return undefined
  }
  try {
    const parsed: unknown = JSON.parse(details)
    if (isObject(parsed)) return parsed
  } catch {
    // reported below
  }
  problem(
    `${at} has \`Details\` that is not a JSON object in a string; give it as \`DetailsDocument\`.`
  )
  return undefined
}

/** The Version and the one delivery option; returns the pass's summary of the change. */
function deliveryChange(
  type: DeliveryChange,
  doc: Json,
  at: string,
  ctx: ListingContext,
  found: Verdict[]
): string | undefined {
  const adding = type === 'AddDeliveryOptions'
  const help = `See ${adding ? ML_ADD_VERSION_URL : ML_UPDATE_VERSION_URL}.`
  const problem = (message: string): void => void found.push(fail({ message, help }))
  const version = isObject(doc.Version) ? doc.Version : undefined
  if (!version) problem(`${at} has no \`Version\` object (VersionTitle and ReleaseNotes).`)
  const title = version?.VersionTitle
  if (adding ? !text(title) : title !== undefined && !text(title)) {
    problem(
      `${at} has \`Version.VersionTitle\` ${shownValue(title)}; buyers pick versions by this title, so give one such as "1.1" that no earlier version of the product has.`
    )
  }
  const notes = version?.ReleaseNotes
  if (adding ? !text(notes) : notes !== undefined && !text(notes)) {
    problem(`${at} has no \`Version.ReleaseNotes\`; say what changed in this version.`)
  } else if (typeof notes === 'string' && notes.length > LISTING_LIMITS.releaseNotesChars) {
    problem(
      `${at} has \`Version.ReleaseNotes\` of ${notes.length.toLocaleString('en-US')} characters; the catalog takes at most ${LISTING_LIMITS.releaseNotesChars.toLocaleString('en-US')}. Shorten them, and link to the full notes in the repository.`
    )
  }
  const options = Array.isArray(doc.DeliveryOptions) ? doc.DeliveryOptions : []
  if (options.length !== LISTING_LIMITS.deliveryOptionsPerVersion) {
    problem(
      `${at} has ${options.length} entries in \`DeliveryOptions\`; an ML product's version is exactly ${LISTING_LIMITS.deliveryOptionsPerVersion} delivery option (the model package or algorithm).`
    )
    return undefined
  }
  const option = isObject(options[0]) ? options[0] : {}
  if (!adding && !text(option.Id)) {
    problem(
      `${at} has no \`DeliveryOptions[0].Id\`; UpdateDeliveryOptions names the version it changes by its delivery option id (DescribeEntity on the product lists them).`
    )
  }
  const details = deliveryDetails(option.Details, `${at} \`DeliveryOptions[0].Details\``, found)
  if (!details) return undefined
  const where = `${at} \`${details.key}\``
  const arn = assetArn(type, details, where, ctx, problem)
  found.push(...usageProblems(adding, details, where).map(message => fail({ message, help })))
  found.push(
    ...instanceTypeProblems(adding, details, where, ctx).map(m => fail({ message: m, help }))
  )
  return `${type} of ${text(title) ? `version "${String(title)}"` : 'a version'}${arn ? ` for ${arn}` : ''}`
}

interface Details {
  kind: ResourceKind
  key: string
  body: Json
}

/** The model package or algorithm details object; a case variant is a warning (the update page's
 * example spells it Sagemaker…; the shapes libraries and the add page spell SageMaker…). */
function deliveryDetails(value: unknown, at: string, found: Verdict[]): Details | undefined {
  const details = isObject(value) ? value : {}
  const present = (Object.entries(DETAILS_KEY) as [ResourceKind, string][]).flatMap(
    ([kind, want]) => {
      const key = Object.keys(details).find(k => k.toLowerCase() === want.toLowerCase())
      return key && isObject(details[key]) ? [{ kind, key, want, body: details[key] as Json }] : []
    }
  )
  if (present.length !== 1) {
    found.push(
      fail({
        message: `${at} has ${present.length ? 'both a model package and an algorithm' : `neither \`${DETAILS_KEY['model-package']}\` nor \`${DETAILS_KEY.algorithm}\``}; give the one object for the product's kind.`
      })
    )
    return undefined
  }
  const [{ kind, key, want, body }] = present
  if (key !== want) {
    found.push(
      warn({
        message: `${at} spells \`${key}\`; the catalog's schema (the AWS Marketplace Catalog API shapes) spells \`${want}\`. Rename it so the catalog does not read the details as missing.`
      })
    )
  }
  return { kind, key, body }
}

/** The resource's ARN: given when adding (well formed, in an eligible Region, the publishing one),
 * absent when updating (a version's ARN cannot change). Returns it for the summary. */
function assetArn(
  type: DeliveryChange,
  { kind, body }: Details,
  where: string,
  ctx: ListingContext,
  problem: (message: string) => void
): string | undefined {
  const key = ARN_KEY[kind]
  const arn = body[key]
  if (type === 'UpdateDeliveryOptions') {
    if (arn !== undefined) {
      problem(
        `${where} has \`${key}\`; a version's ARN cannot be updated. Add a new version (AddDeliveryOptions) for the new resource instead.`
      )
    }
    return undefined
  }
  const placeholder = ARN_PLACEHOLDER[kind]
  if (arn === placeholder) {
    if (ctx.created.includes(kind)) return arn
    problem(
      `${where} has \`${key}\` ${placeholder}, which only \`aws-validation: true\` with \`${kind === 'algorithm' ? 'algorithm-request' : 'model-package-request'}\` fills (with the ARN it creates); give the ARN, or turn the validation on.`
    )
    return undefined
  }
  if (typeof arn !== 'string' || !ARN_SYNTAX[kind].test(arn)) {
    problem(
      `${where} has \`${key}\` ${shownValue(arn)}; expected arn:aws:sagemaker:REGION:ACCOUNT:${kind}/NAME, or ${placeholder} for the one \`aws-validation\` creates.`
    )
    return undefined
  }
  const region = arn.split(':')[3]
  const verdict = regionFromTable(region)
  if (!verdict.eligible) {
    problem(`${where} names a resource in ${region}: ${verdict.reason}.`)
  } else if (ctx.region && region !== ctx.region) {
    problem(
      `${where} names a resource in ${region}, but the product's other assets (images, model data) are in ${ctx.region}; AWS Marketplace publishes a version from one Region. Create the resource in ${ctx.region}, or set \`region\` to where it is.`
    )
  }
  return arn
}

const URL_KEYS = ['SampleNotebookUrl', 'RepositoryUrl'] as const
const SAMPLE_KEYS = [
  'RealtimeInferenceUrl',
  'RealtimeInferenceText',
  'BatchTransformUrl',
  'BatchTransformText'
]

/** The usage information buyers read: required when adding, well formed whenever given. */
function usageProblems(adding: boolean, { kind, body }: Details, where: string): string[] {
  const problems: string[] = []
  const role = body.AccessRoleArn
  if (adding || role !== undefined) {
    if (typeof role !== 'string' || !ROLE_ARN.test(role)) {
      problems.push(
        `${where} has \`AccessRoleArn\` ${shownValue(role)}; expected arn:aws:iam::ACCOUNT:role/NAME, the IAM role AWS Marketplace assumes to copy the resource for buyers.`
      )
    }
  }
  if (adding ? !text(body.UsageInstructions) : body.UsageInstructions === '') {
    problems.push(
      `${where} has no \`UsageInstructions\`; buyers read them to use the ${kind === 'algorithm' ? 'algorithm (training information)' : 'model'}. Write how to call it: content types, input format, what comes back.`
    )
  }
  for (const key of URL_KEYS) {
    const url = body[key]
    if (!adding && url === undefined) continue
    if (typeof url !== 'string' || !isHttpsUrl(url)) {
      problems.push(
        `${where} has \`${key}\` ${shownValue(url)}; expected an https:// URL (${key === 'SampleNotebookUrl' ? 'the sample Jupyter notebook' : 'the Git repository with the notebook and sample data'}).`
      )
    }
  }
  for (const [props, sample] of [
    ['InputProperties', 'SampleInput'],
    ['OutputProperties', 'SampleOutput']
  ] as const) {
    const value = body[props]
    if (!adding && value === undefined) continue
    const p = isObject(value) ? value : {}
    const samples = isObject(p[sample]) ? SAMPLE_KEYS.filter(k => text((p[sample] as Json)[k])) : []
    if (!text(p.Description) || samples.length === 0) {
      problems.push(
        `${where} \`${props}\` needs a \`Description\` and a \`${sample}\` with at least one of ${SAMPLE_KEYS.join(', ')}; buyers see them on the listing.`
      )
    }
  }
  return problems
}

/** RecommendedInstanceTypes: each one a real ml.* type among the resource's supported ones. */
function instanceTypeProblems(
  adding: boolean,
  { kind, body }: Details,
  where: string,
  ctx: ListingContext
): string[] {
  const given = body.RecommendedInstanceTypes
  if (!adding && given === undefined) return []
  const types = isObject(given) ? given : {}
  const needed = [
    'BatchTransform',
    'RealtimeInference',
    ...(kind === 'algorithm' ? ['Training'] : [])
  ]
  const supported = ctx.supported[kind]
  const problems: string[] = []
  for (const use of needed as (keyof typeof SUPPORTED_LIST)[]) {
    const type = types[use]
    if (type === undefined && !adding) continue
    const at = `${where} \`RecommendedInstanceTypes.${use}\``
    if (typeof type !== 'string' || !findInstanceType(type)) {
      problems.push(
        `${at} is ${shownValue(type)}, not a SageMaker instance type${typeof type === 'string' ? `; did you mean ${closeInstanceTypes(type).join(', ')}?` : ' (required).'}`
      )
      continue
    }
    const list = supported?.[use]
    if (list && !list.includes(type)) {
      problems.push(
        `${at} is ${type}, which \`${supported.input}\` does not support (${SUPPORTED_LIST[use]}: ${list.join(', ') || 'none'}); buyers would be offered an instance the resource cannot run on. Recommend one of those, or add it to the request.`
      )
    }
  }
  return problems
}

function isHttpsUrl(s: string): boolean {
  try {
    const url = new URL(s)
    return url.protocol === 'https:' && /^[a-z0-9.-]+$/i.test(url.hostname)
  } catch {
    return false
  }
}

/** A value from the request, quoted and clipped for a message. */
function shownValue(v: unknown): string {
  if (v === undefined) return 'missing'
  return clip(JSON.stringify(v) ?? String(v), 120)
}
