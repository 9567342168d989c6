import { describe, expect, it } from '@jest/globals'
import {
  ELIGIBLE_REGIONS,
  OPT_IN_REGIONS,
  isRegionName,
  partitionOf,
  regionFromTable
} from '../../src/catalog/regions.js'

describe('regionFromTable', () => {
  it('has the 17 eligible and 17 opt-in commercial Regions of the reference, without overlap', () => {
    expect(ELIGIBLE_REGIONS).toHaveLength(17)
    expect(OPT_IN_REGIONS).toHaveLength(17)
    expect(ELIGIBLE_REGIONS.filter(r => OPT_IN_REGIONS.includes(r))).toEqual([])
  })

  it.each(ELIGIBLE_REGIONS)('accepts %s', region => {
    expect(regionFromTable(region)).toMatchObject({
      eligible: true,
      category: 'eligible',
      source: 'table'
    })
  })

  it.each(['af-south-1', 'me-central-1', 'mx-central-1'])(
    'refuses the opt-in Region %s',
    region => {
      expect(regionFromTable(region)).toMatchObject({ eligible: false, category: 'opt-in' })
    }
  )

  it.each([
    ['cn-north-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'],
    ['us-isob-east-1', 'aws-iso-b'],
    ['eusc-de-east-1', 'aws-eusc']
  ])('refuses %s in the %s partition', (region, partition) => {
    expect(partitionOf(region)).toBe(partition)
    expect(regionFromTable(region)).toMatchObject({
      eligible: false,
      category: 'other-partition',
      reason: expect.stringContaining(partition)
    })
  })

  it('treats an unknown Region as not eligible and says why', () => {
    expect(regionFromTable('xx-north-9')).toMatchObject({
      eligible: false,
      category: 'unknown',
      reason: expect.stringContaining('opt-in')
    })
  })

  it('knows what a Region name looks like', () => {
    expect(isRegionName('us-east-2')).toBe(true)
    expect(isRegionName('us-gov-west-1')).toBe(true)
    expect(isRegionName('US-EAST-2')).toBe(false)
    expect(isRegionName('useast2')).toBe(false)
  })
})
