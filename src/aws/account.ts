// Who the seller is (the `seller-account-id` input, or the caller account from STS) and whether the
// publishing Region is enabled by default: the embedded table knows every Region launched so far (a
// Region's opt-in status never changes), so ec2:DescribeRegions is asked only for one it does not know.
// Loading the EC2 client costs more than the call itself, so known Regions skip both.

import type { Region } from '@aws-sdk/client-ec2'
import type { RunContext } from '../core/context.js'
import { partitionOf, regionFromTable, type RegionVerdict } from '../catalog/regions.js'
import { checkRegionEligibility } from '../static/index.js'
import { clientsFor } from './clients.js'
import { awsCall, problemOf } from './errors.js'

/** STS answers in every commercial Region; used when no Region is known. */
const DEFAULT_REGION = 'us-east-1'

/** The seller accounts: the input when given, else the caller's account (no IAM permission needed). */
export async function resolveSellerAccounts(
  ctx: RunContext,
  region: string | undefined
): Promise<readonly string[]> {
  if (ctx.inputs.sellerAccountIds.length) {
    ctx.facts.sellerAccountIds = ctx.inputs.sellerAccountIds
    ctx.facts.sellerAccountSource = 'input'
    return ctx.inputs.sellerAccountIds
  }
  const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
  const sts = await clientsFor(ctx).sts(callRegion(region))
  const out = await awsCall('sts:GetCallerIdentity', ctx.signal, () =>
    sts.send(new GetCallerIdentityCommand({}), { abortSignal: ctx.signal })
  )
  const account = out.Account ?? ''
  ctx.facts.sellerAccountIds = [account]
  ctx.facts.sellerAccountSource = 'sts:GetCallerIdentity'
  return [account]
}

/**
 * For a Region the embedded table does not know, replaces its verdict with ec2:DescribeRegions'
 * OptInStatus; when the call fails (denied, no network) the table's verdict stays and says why.
 */
export async function confirmRegion(ctx: RunContext, region: string | undefined): Promise<void> {
  if (!region || regionFromTable(region).category !== 'unknown') return
  // Credentials for the commercial partition cannot ask China or GovCloud; the table decides.
  if (partitionOf(region) !== 'aws') return
  let verdict: RegionVerdict
  try {
    const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2')
    const ec2 = await clientsFor(ctx).ec2(callRegion(region))
    const out = await awsCall('ec2:DescribeRegions', ctx.signal, () =>
      ec2.send(
        new DescribeRegionsCommand({
          AllRegions: true,
          Filters: [{ Name: 'region-name', Values: [region] }]
        }),
        { abortSignal: ctx.signal }
      )
    )
    verdict = regionFromDescribeRegions(region, out.Regions ?? [])
  } catch (err) {
    const problem = problemOf(err, 'ec2:DescribeRegions', ctx.signal)
    ctx.log.info(`The embedded Region table decides region-eligibility: ${problem.message}`)
    const table = regionFromTable(region)
    verdict = {
      ...table,
      reason: `${table.reason}; ec2:DescribeRegions could not confirm it (${problem.code})`
    }
  }
  ctx.findings.forget('region-eligibility')
  ctx.facts.region = checkRegionEligibility(ctx, verdict)
}

/** The live verdict: enabled by default (OptInStatus "opt-in-not-required") is what publishing needs. */
export function regionFromDescribeRegions(region: string, regions: Region[]): RegionVerdict {
  const table = regionFromTable(region)
  const found = regions.find(r => r.RegionName === region)
  const verdict = (
    eligible: boolean,
    category: RegionVerdict['category'],
    reason: string
  ): RegionVerdict => ({
    region,
    eligible,
    category,
    source: 'ec2:DescribeRegions',
    reason: `${reason}${eligible === table.eligible ? '' : `; the embedded table said ${table.category}`}`
  })
  if (!found) {
    return verdict(false, 'unknown', `ec2:DescribeRegions does not list ${region} for this account`)
  }
  if (found.OptInStatus === 'opt-in-not-required') {
    return verdict(
      true,
      'eligible',
      `${region} is enabled by default (OptInStatus "opt-in-not-required") and SageMaker runs there`
    )
  }
  return verdict(
    false,
    'opt-in',
    `${region} is an opt-in Region (OptInStatus "${found.OptInStatus ?? 'unknown'}"); AWS Marketplace publishes only from Regions enabled by default`
  )
}

/** A Region that is not enabled cannot answer for itself (nor an unknown one): ask one that is. */
function callRegion(region: string | undefined): string {
  return region && regionFromTable(region).eligible ? region : DEFAULT_REGION
}
