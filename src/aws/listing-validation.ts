// `listing-validate`: after a clean preflight, `listing-request` goes to the Marketplace Catalog with
// Intent VALIDATE, so the catalog checks the change set without applying it, and DescribeChangeSet is
// polled for its verdict. The intent is set here and nowhere else, over whatever the file says: this
// action never changes a listing. Where the catalog refuses the intent for an ML product, the rule is
// skipped with the catalog's words. Placeholders take the ARN `aws-validation` kept in this run.

import type {
  DescribeChangeSetCommandOutput,
  MarketplaceCatalogClient,
  StartChangeSetCommandInput
} from '@aws-sdk/client-marketplace-catalog'
import { CATALOG, CHANGE_SET_POLL } from '../catalog/marketplace-limits.js'
import type { ListingValidationFact, RunContext } from '../core/context.js'
import { clip, oneLine } from '../core/text.js'
import type { ResourceKind } from './resource-rules.js'
import { ARN_PLACEHOLDER, fillPlaceholders } from '../request/listing.js'
import { clientsFor, releaseClients } from './clients.js'
import { describeAwsError } from './errors.js'
import { pollUntil, type PollTiming } from './polling.js'

/** The only intent this action ever sends. */
export const LISTING_INTENT = 'VALIDATE'

const DONE = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED'])

export async function runListingValidation(
  ctx: RunContext,
  timing: PollTiming = CHANGE_SET_POLL
): Promise<void> {
  const listing = ctx.inputs.listingRequest
  const settings = ctx.inputs.listingValidate
  // an ignored rule asks the catalog nothing
  if (!listing || !settings || ctx.inputs.ignore.includes('listing-request')) return
  const kept = Object.fromEntries((ctx.facts.awsValidation ?? []).map(f => [f.kind, f.arn]))
  const { filled, missing } = fillPlaceholders(listing.request, kept)
  if (missing.length) {
    return skipListing(ctx, unfilledReason(missing))
  }
  if (listing.request.Intent !== undefined && listing.request.Intent !== LISTING_INTENT) {
    ctx.log.info(
      `\`listing-request\` says Intent ${clip(String(listing.request.Intent), 20)}; this action sends ${LISTING_INTENT} only, so nothing is applied: send the request yourself once it passes`
    )
  }
  try {
    const client = await clientsFor(ctx).marketplaceCatalog()
    const input = validateOnly(filled as Record<string, unknown>)
    const started = await start(ctx, client, input)
    if (!started) return
    ctx.log.info(
      `The AWS Marketplace Catalog is checking change set ${started} (Intent ${LISTING_INTENT}: nothing is applied)`
    )
    await waitAndReport(ctx, client, started, settings.timeoutSec, timing)
  } finally {
    await releaseClients(ctx)
  }
}

/** The request as sent: Intent VALIDATE whatever the file says, and no ClientRequestToken of the
 * seller's, so the APPLY they send later with it is not taken for a repeat of this one. */
export function validateOnly(request: Record<string, unknown>): StartChangeSetCommandInput {
  const input: Record<string, unknown> = { ...request, Intent: LISTING_INTENT }
  delete input.ClientRequestToken
  return input as unknown as StartChangeSetCommandInput
}

function unfilledReason(missing: ResourceKind[]): string {
  return `${missing.map(k => ARN_PLACEHOLDER[k]).join(' and ')} in \`listing-request\` has no ARN to stand for: \`aws-validation\` kept no ${missing.join(' or ')} in this run (it failed or was skipped, or \`aws-validation-cleanup: always\` deleted it), so the catalog was not asked`
}

/** StartChangeSet; the change set's id, or undefined when the catalog refused it (recorded). */
async function start(
  ctx: RunContext,
  client: MarketplaceCatalogClient,
  input: StartChangeSetCommandInput
): Promise<string | undefined> {
  const { StartChangeSetCommand } = await import('@aws-sdk/client-marketplace-catalog')
  try {
    const out = await client.send(new StartChangeSetCommand(input), { abortSignal: ctx.signal })
    ctx.facts.listingValidation = {
      changeSetId: out.ChangeSetId,
      changeSetArn: out.ChangeSetArn,
      status: 'PREPARING',
      errors: []
    }
    return out.ChangeSetId
  } catch (err) {
    if (ctx.signal.aborted) throw err
    const said = untrusted((err as { message?: string }).message ?? '')
    if (refusesIntent(said)) {
      ctx.facts.listingValidation = { status: 'NOT_STARTED', errors: [], intentRefused: said }
      skipListing(ctx, intentReason(said))
      return undefined
    }
    ctx.findings.add('listing-request', {
      message: `The AWS Marketplace Catalog did not take \`listing-request\` (Intent ${LISTING_INTENT}): ${describeAwsError(err, 'aws-marketplace:StartChangeSet').message}`,
      file: 'listing-request'
    })
    return undefined
  }
}

async function waitAndReport(
  ctx: RunContext,
  client: MarketplaceCatalogClient,
  id: string,
  timeoutSec: number,
  timing: PollTiming
): Promise<void> {
  const { DescribeChangeSetCommand } = await import('@aws-sdk/client-marketplace-catalog')
  let polled
  try {
    polled = await pollUntil<DescribeChangeSetCommandOutput>({
      signal: ctx.signal,
      timeout: AbortSignal.timeout(timeoutSec * 1000),
      timing,
      describe: () =>
        client.send(new DescribeChangeSetCommand({ Catalog: CATALOG, ChangeSetId: id }), {
          abortSignal: ctx.signal
        }),
      done: out => DONE.has(out.Status ?? ''),
      progress: (out, ms) =>
        `change set ${id}: ${untrusted(out.Status ?? '?', 40)}, ${Math.floor(ms / 60000)} min`,
      log: line => ctx.log.info(line),
      service: 'The AWS Marketplace Catalog'
    })
  } catch (err) {
    // a running change set locks the product: cancelled with the run, or when it cannot be watched
    await cancel(ctx, client, id)
    if (ctx.signal.aborted) throw ctx.signal.reason
    ctx.findings.add('listing-request', {
      message: `Could not follow change set ${id}: ${describeAwsError(err, 'aws-marketplace:DescribeChangeSet').message}`,
      file: 'listing-request'
    })
    return
  }
  const fact = changeSetFact(id, polled.last)
  ctx.facts.listingValidation = fact
  if (polled.timedOut) {
    await cancel(ctx, client, id)
    ctx.findings.add('listing-request', {
      message: `The AWS Marketplace Catalog had not finished checking change set ${id} within \`aws-validation-timeout\` (${timeoutSec} s; last status ${fact.status}); it was cancelled, since a running change set locks the product.`,
      help: 'Raise `aws-validation-timeout`; the catalog takes minutes to hours.',
      file: 'listing-request'
    })
    return
  }
  reportOutcome(ctx, fact)
}

function reportOutcome(ctx: RunContext, fact: ListingValidationFact): void {
  const id = fact.changeSetId ?? '?'
  if (fact.status === 'SUCCEEDED') {
    ctx.findings.pass(
      'listing-request',
      `the AWS Marketplace Catalog validated change set ${id} (Intent ${LISTING_INTENT}: nothing was applied)`
    )
    return
  }
  const said = [
    fact.failureCode || fact.failureDescription
      ? `${fact.failureCode ?? ''}${fact.failureDescription ? `: ${fact.failureDescription}` : ''}`
      : '',
    ...fact.errors.map(
      e => `${e.changeType ?? '?'} on ${e.entity ?? '?'}: ${e.code ?? '?'}: ${e.message ?? ''}`
    )
  ].filter(Boolean)
  const refusal = said.find(refusesIntent)
  if (refusal) {
    fact.intentRefused = refusal
    return skipListing(ctx, intentReason(refusal))
  }
  ctx.findings.add('listing-request', {
    message: [
      `The AWS Marketplace Catalog ${fact.status === 'CANCELLED' ? 'cancelled' : 'failed'} change set ${id} (Intent ${LISTING_INTENT}: nothing was applied).`,
      ...(said.length ? said : ['The catalog gave no reason.'])
    ].join('\n'),
    help: 'Fix what the catalog says (its error codes are listed on the API reference page below), then rerun.',
    file: 'listing-request'
  })
}

function changeSetFact(id: string, out?: DescribeChangeSetCommandOutput): ListingValidationFact {
  return {
    changeSetId: id,
    ...(out?.ChangeSetArn ? { changeSetArn: out.ChangeSetArn } : {}),
    status: out?.Status ?? 'UNKNOWN',
    ...(out?.FailureCode ? { failureCode: out.FailureCode } : {}),
    ...(out?.FailureDescription ? { failureDescription: untrusted(out.FailureDescription) } : {}),
    errors: (out?.ChangeSet ?? []).flatMap(change =>
      (change.ErrorDetailList ?? []).map(e => ({
        changeType: change.ChangeType,
        entity: change.Entity?.Identifier,
        code: e.ErrorCode && untrusted(e.ErrorCode, 100),
        message: e.ErrorMessage && untrusted(e.ErrorMessage)
      }))
    )
  }
}

/** The catalog documents VALIDATE for single-AMI versions first: its refusal names the intent. */
export function refusesIntent(said: string): boolean {
  return /\bintent\b/i.test(said) || /\bVALIDATE\b/.test(said)
}

function intentReason(said: string): string {
  return `the AWS Marketplace Catalog refused Intent ${LISTING_INTENT} for this product, so it could not check the change set without applying it; it said: "${said}"`
}

/** The rule, whose offline pass is kept in the reason, becomes a skip: its catalog half did not run. */
export function skipListing(ctx: RunContext, reason: string): void {
  const offline = ctx.findings.allChecks().find(c => c.rule === 'listing-request')
  if (offline?.status === 'fail' || offline?.status === 'warn') return // its findings stand
  ctx.findings.forget('listing-request')
  ctx.findings.skip(
    'listing-request',
    `${reason}${offline?.status === 'pass' ? `. Checked offline: ${offline.detail}` : ''}`
  )
}

/** Best effort and bounded, whatever the run's own signal says: a running change set locks the
 * product until it ends. */
async function cancel(
  ctx: RunContext,
  client: MarketplaceCatalogClient,
  id: string
): Promise<void> {
  const { CancelChangeSetCommand } = await import('@aws-sdk/client-marketplace-catalog')
  try {
    await client.send(new CancelChangeSetCommand({ Catalog: CATALOG, ChangeSetId: id }), {
      abortSignal: AbortSignal.timeout(30_000)
    })
    ctx.log.info(`Cancelled change set ${id}`)
  } catch (err) {
    ctx.log.warning(
      `Could not cancel change set ${id}: ${describeAwsError(err, 'aws-marketplace:CancelChangeSet').message} It ends by itself; the product stays locked until then.`
    )
  }
}

/** AWS text, one line and bounded (every sink escapes it). */
function untrusted(s: string, max = 1000): string {
  return clip(oneLine(s), max)
}
