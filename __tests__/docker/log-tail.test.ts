// The log evidence: the first lines as well as the last, repeated lines collapsed.
import { describe, expect, it } from '@jest/globals'
import { collapse, LogTail } from '../../src/docker/log-tail.js'

describe('collapse', () => {
  it('counts lines that come back, even interleaved and with other numbers', () => {
    const lines = [
      'Listening at: http://0.0.0.0:8000 (7)',
      ...Array.from({ length: 340 }, (_, i) => [
        `2026/11/27 03:${String(i % 60).padStart(2, '0')}:01 [error] connect() failed (111) upstream: 127.0.0.1:8080`,
        `10.0.0.${i % 9} - - "GET /ping HTTP/1.1" 502 157`
      ]).flat(),
      'worker exiting'
    ]
    expect(collapse(lines)).toEqual([
      'Listening at: http://0.0.0.0:8000 (7)',
      '2026/11/27 03:00:01 [error] connect() failed (111) upstream: 127.0.0.1:8080  [… 339 more like this]',
      '10.0.0.0 - - "GET /ping HTTP/1.1" 502 157  [… 339 more like this]',
      'worker exiting'
    ])
  })
})

describe('LogTail', () => {
  it('keeps the first lines after megabytes of other lines, and says how much is left out', () => {
    const log = new LogTail(1024)
    log.push(Buffer.from('Listening at: http://0.0.0.0:8000\nBooting worker\n'))
    for (let i = 0; i < 10000; i++) log.push(Buffer.from(`noise ${'x'.repeat(i % 7)}\n`))
    log.push(Buffer.from('fatal: the end\n'))
    const lines = log.lines(15)
    expect(lines.slice(0, 2)).toEqual(['Listening at: http://0.0.0.0:8000', 'Booting worker'])
    expect(lines).toContainEqual(expect.stringMatching(/^\[… \d+ bytes not kept\]$/))
    expect(lines.at(-1)).toBe('fatal: the end')
    expect(lines.length).toBeLessThanOrEqual(15)
    expect(log.excerpt()).toContain('Listening at: http://0.0.0.0:8000')
  })

  it('shows a short log whole, and a long one as its first and last lines', () => {
    const log = new LogTail()
    for (let i = 0; i < 30; i++) log.push(Buffer.from(`step ${'#'.repeat(i)}\n`))
    expect(log.lines(40)).toHaveLength(30)
    const shown = log.lines(10)
    expect(shown).toEqual([
      'step ',
      'step #',
      'step ##',
      'step ###',
      'step ####',
      '[… 21 lines]',
      ...Array.from({ length: 4 }, (_, i) => `step ${'#'.repeat(26 + i)}`)
    ])
  })
})
