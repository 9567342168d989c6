// The pure rules behind issue 16: /ping backoff, the batch run's MaxPayloadInMB, serving signs in a
// training log.
import { describe, expect, it } from '@jest/globals'
import { servingLines } from '../../src/smoke/log-signs.js'
import { batchPayloadFindings } from '../../src/smoke/payloads.js'
import { pollDelay } from '../../src/docker/serving.js'
import type { Payload } from '../../src/core/context.js'

const MiB = 1024 * 1024
const payload = (name: string, bytes: number): Payload => ({
  name,
  file: `/ws/${name}`,
  bytes,
  contentType: 'text/csv'
})

describe('/ping polling', () => {
  it('polls every 100 ms for the first seconds, then backs off to once a second', () => {
    expect([0, 1000, 2900].map(pollDelay)).toEqual([100, 100, 100])
    expect(pollDelay(3500)).toBe(200)
    expect(pollDelay(4500)).toBe(400)
    expect([7000, 60000, 480000].map(pollDelay)).toEqual([1000, 1000, 1000])
  })
})

describe('batchPayloadFindings', () => {
  const samples = [payload('small.csv', 5 * MiB), payload('seven.csv', 7 * MiB)]

  it("refuses an object above SageMaker's default 6 MB, naming where the limit came from", () => {
    const [finding, ...rest] = batchPayloadFindings(samples, 6, false)
    expect(rest).toEqual([])
    expect(finding.message).toContain('seven.csv is 7.0 MiB')
    expect(finding.message).toContain("above 6 MB (SageMaker's default MaxPayloadInMB)")
    expect(finding.help).toContain('SplitType Line or RecordIO')
  })

  it('follows the MaxPayloadInMB the container answered, and 0 (streaming) has no such cap', () => {
    expect(batchPayloadFindings(samples, 10, true)).toEqual([])
    expect(batchPayloadFindings(samples, 4, true).map(f => f.message)).toEqual([
      expect.stringContaining('small.csv is 5.0 MiB; a transform job'),
      expect.stringContaining('the MaxPayloadInMB your GET /execution-parameters answered')
    ])
    expect(batchPayloadFindings(samples, 0, true)).toEqual([])
  })

  it('leaves an object over the 100 MB batch cap to payloadSizeFindings', () => {
    expect(batchPayloadFindings([payload('huge.csv', 101 * MiB)], 6, false)).toEqual([])
  })
})

describe('servingLines', () => {
  it('finds what servers print once they serve, and not training progress', () => {
    const lines = [
      'Starting training',
      '[2026-11-27 03:00:00 +0000] [7] [INFO] Listening at: http://0.0.0.0:8080 (7)',
      'INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)',
      ' * Running on http://127.0.0.1:8080',
      'epoch 1/10 loss 0.52',
      'TensorBoard 2.15 at http://localhost:6006/ (Press CTRL+C to quit)',
      ' * Running on http://127.0.0.1:8265',
      '[INFO] Listening at: unix:/tmp/gunicorn.sock (12)'
    ]
    expect(servingLines(lines, 5)).toEqual([lines[1], lines[2], lines[3], lines[7]])
    expect(servingLines(['listening on 0.0.0.0:8080 (ok)', 'Listening on port 8080'])).toHaveLength(
      2
    )
    expect(servingLines(['listening (ok)', 'epoch 8080 done'])).toEqual([])
  })
})
