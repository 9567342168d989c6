// Which Regions can publish ML products to AWS Marketplace: SageMaker-supported AND enabled by default
// (OptInStatus "opt-in-not-required"). The table is the offline answer; a live API can confirm it.

export const ELIGIBLE_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2'
]

/** Commercial Regions launched after 2019-03-20: SageMaker runs there, but accounts must opt in. */
export const OPT_IN_REGIONS: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1'
]

const REGION_SYNTAX = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/
const OTHER_PARTITION = /^(cn-|us-gov-|us-iso|eusc-)/

export type RegionCategory = 'eligible' | 'opt-in' | 'other-partition' | 'unknown'

export interface RegionVerdict {
  region: string
  eligible: boolean
  category: RegionCategory
  /** What decided: the embedded table, or a live API call. */
  source: 'table' | 'ec2:DescribeRegions'
  reason: string
}

export function isRegionName(value: string): boolean {
  return REGION_SYNTAX.test(value)
}

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  if (region.startsWith('us-isof-')) return 'aws-iso-f'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  if (region.startsWith('eusc-')) return 'aws-eusc'
  return 'aws'
}

export function regionFromTable(region: string): RegionVerdict {
  const verdict = (category: RegionCategory, reason: string): RegionVerdict => ({
    region,
    eligible: category === 'eligible',
    category,
    source: 'table',
    reason
  })
  if (ELIGIBLE_REGIONS.includes(region)) {
    return verdict(
      'eligible',
      `${region} is a commercial Region enabled by default where SageMaker runs`
    )
  }
  if (OPT_IN_REGIONS.includes(region)) {
    return verdict(
      'opt-in',
      `${region} is an opt-in Region (OptInStatus "opted-in"/"not-opted-in"); AWS Marketplace publishes only from Regions enabled by default`
    )
  }
  if (OTHER_PARTITION.test(region)) {
    return verdict(
      'other-partition',
      `${region} is in the ${partitionOf(region)} partition; AWS Marketplace publishing is documented only for the commercial partition`
    )
  }
  return verdict(
    'unknown',
    `${region} is not a Region known to support SageMaker publishing; Regions launched after 2019-03-20 are opt-in and cannot publish`
  )
}
