import { describe, expect, it } from '@jest/globals'
import { unlessAborted, within } from '../../src/core/timing.js'

const later = <T>(ms: number, value: T): Promise<T> =>
  new Promise(resolve => setTimeout(() => resolve(value), ms))

describe('within', () => {
  it('gives the value when it comes in time', async () => {
    expect(await within(later(5, 0), 1000)).toBe(0)
  })

  it('gives undefined when time runs out', async () => {
    expect(await within(later(1000, 'late'), 10)).toBeUndefined()
  })

  it('rejects with the reason when the signal aborts first', async () => {
    const cancel = new AbortController()
    setTimeout(() => cancel.abort(new Error('cancelled')), 5)
    await expect(within(later(1000, 'late'), 2000, cancel.signal)).rejects.toThrow('cancelled')
  })
})

describe('unlessAborted', () => {
  it('rejects at once on a signal already aborted', async () => {
    await expect(unlessAborted(later(5, 1), AbortSignal.abort(new Error('gone')))).rejects.toThrow(
      'gone'
    )
  })
})
