// request-size-limit: a request grown from the sample's records to SageMaker's limits, against real
// servers with a body limit of their own (nginx's 413, a dropped connection) and one without.
import { describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  batchLimitBytes,
  csvHeader,
  grownBody,
  isRecordOriented,
  requestSizeVerdict
} from '../../src/smoke/request-size.js'
import { recordHeader } from '../../src/smoke/input-modes.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const MiB = 1024 * 1024

/** RecordIO as MXNet and the SageMaker SDK write it: magic, length word, data, zeros to 4 bytes. */
function recordio(parts: [flag: number, data: string][]): Buffer {
  return Buffer.concat(
    parts.flatMap(([flag, data]) => [
      recordHeader(flag, data.length),
      Buffer.from(data),
      Buffer.alloc((4 - (data.length % 4)) % 4)
    ])
  )
}

/** A RecordIO body read record by record, as a reader does; throws where the framing breaks. */
function readRecordIO(body: Buffer): [flag: number, data: string][] {
  const out: [number, string][] = []
  for (let at = 0; at < body.length;) {
    if (body.readUInt32LE(at) !== 0xced7230a) throw new Error(`no magic at byte ${at}`)
    const word = body.readUInt32LE(at + 4)
    const length = word & (2 ** 29 - 1)
    const padded = Math.ceil(length / 4) * 4
    if (at + 8 + padded > body.length) throw new Error(`record at byte ${at} is cut off`)
    if (!body.subarray(at + 8 + length, at + 8 + padded).equals(Buffer.alloc(padded - length))) {
      throw new Error(`padding at byte ${at + 8 + length} is not zeros`)
    }
    out.push([word >>> 29, body.subarray(at + 8, at + 8 + length).toString()])
    at += 8 + padded
  }
  return out
}

describe('growing a request from records', () => {
  it('repeats whole records up to the limit, never above it', () => {
    const grown = grownBody(Buffer.from('1,2,3\n4,5,6\n'), 1000, 'text/csv')
    expect(grown?.body.length).toBeLessThanOrEqual(1000)
    expect(grown!.body.length).toBeGreaterThan(1000 - 6)
    expect(grown?.body.toString().split('\n').filter(Boolean)).toHaveLength(grown!.records)
    expect(grown?.body.toString().endsWith('\n')).toBe(true)
  })

  it('grows a 6 MiB request from a tiny sample: the records repeated in order, then whole ones', () => {
    const grown = grownBody(Buffer.from('1,2,3\n44,5\n'), 6 * MiB, 'text/csv')!
    const block = '1,2,3\n44,5\n'
    const copies = Math.floor((6 * MiB) / block.length)
    const rest = 6 * MiB - copies * block.length >= 6 ? '1,2,3\n' : ''
    expect(grown.body.toString()).toBe(block.repeat(copies) + rest)
    expect(grown.records).toBe(copies * 2 + (rest ? 1 : 0))
  })

  it('adds a final newline to a sample without one, and skips blank lines', () => {
    const grown = grownBody(Buffer.from('{"a":1}\n\n{"a":2}'), 40, 'application/jsonlines')
    expect(grown?.body.toString()).toBe('{"a":1}\n{"a":2}\n{"a":1}\n{"a":2}\n{"a":1}\n')
  })

  it('keeps a CSV header line once, first, and repeats only the records after it', () => {
    const grown = grownBody(
      Buffer.from('sepal_length,sepal_width\n5.1,3.5\n4.9,3\n'),
      61,
      'text/csv'
    )!
    expect(grown.body.toString()).toBe(
      `sepal_length,sepal_width\n${'5.1,3.5\n4.9,3\n'.repeat(2)}5.1,3.5\n`
    )
    expect(grown.records).toBe(5)
    const declared = grownBody(Buffer.from('a\nb\n'), 8, 'text/csv; header=present')!
    expect(declared.body.toString()).toBe('a\nb\nb\nb\n')
    expect(csvHeader(['1,2', '3,4'], 'text/csv')).toBe(false)
    expect(csvHeader(['x,y', '3,4'], 'application/jsonlines')).toBe(false)
  })

  it('grows nothing from an empty sample or one already at the limit', () => {
    expect(grownBody(Buffer.from('\n\n'), 100, 'text/csv')).toBeUndefined()
    expect(grownBody(Buffer.from('x'.repeat(100)), 100, 'text/plain')).toBeUndefined()
  })

  it("grows JSON Lines by whole lines: every line of the body is one of the sample's objects", () => {
    const sample = '{"features": [5.1, 3.5]}\n{"features": [4.9, 3.0]}\n'
    const grown = grownBody(Buffer.from(sample), 64 * 1024, 'application/jsonlines')!
    const lines = grown.body.toString().split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(grown.records)
    expect(lines.map(l => JSON.parse(l).features[0])).toEqual(
      Array.from({ length: grown.records }, (_, i) => (i % 2 ? 4.9 : 5.1))
    )
    expect(grown.body.length).toBeGreaterThan(64 * 1024 - 30)
  })

  it('grows RecordIO by whole records, each with its magic, length word and padding', () => {
    // 3, 4 and 5 bytes: padded by 1, 0 and 3
    const sample = recordio([
      [0, 'one'],
      [0, 'four'],
      [0, 'three']
    ])
    const grown = grownBody(sample, 64 * 1024, 'application/x-recordio-protobuf')!
    expect(grown.body.length).toBeLessThanOrEqual(64 * 1024)
    expect(grown.body.length).toBeGreaterThan(64 * 1024 - 16)
    const records = readRecordIO(grown.body)
    expect(records).toHaveLength(grown.records)
    const cycle = ['one', 'four', 'three']
    expect(records.map(([flag, data]) => `${flag}${data}`)).toEqual(
      Array.from({ length: grown.records }, (_, i) => `0${cycle[i % 3]}`)
    )
  })

  it("keeps a RecordIO record's parts together (flags 1, 2, 3) and repeats them as one record", () => {
    const sample = recordio([
      [1, 'ab'],
      [2, 'cde'],
      [3, 'f'],
      [0, 'whole']
    ])
    const grown = grownBody(sample, sample.length * 2 + 20, 'application/x-recordio')!
    expect(grown.records).toBe(4)
    expect(readRecordIO(grown.body).map(([flag, data]) => `${flag}${data}`)).toEqual(
      ['1ab', '2cde', '3f', '0whole'].concat(['1ab', '2cde', '3f', '0whole'])
    )
    // 20 bytes more fit the 16-byte "whole" record but not the 36 bytes of the split one
    const tight = grownBody(sample, sample.length * 2 + 16, 'application/x-recordio')!
    expect(readRecordIO(tight.body)).toHaveLength(8)
  })

  it('grows a sample that says RecordIO but is not by whole copies of it', () => {
    const grown = grownBody(Buffer.from('not recordio'), 30, 'application/x-recordio')!
    expect(grown.body.toString()).toBe('not recordionot recordio')
    expect(grown.records).toBe(2)
  })

  it('knows which types are made of records', () => {
    expect(isRecordOriented('text/csv; charset=utf-8')).toBe(true)
    expect(isRecordOriented('application/jsonlines')).toBe(true)
    expect(isRecordOriented('application/x-recordio-protobuf')).toBe(true)
    expect(isRecordOriented('application/json')).toBe(false)
    expect(isRecordOriented('image/jpeg')).toBe(false)
  })

  it("takes the batch limit from /execution-parameters, else SageMaker's 6 MB", () => {
    expect(batchLimitBytes({ MaxPayloadInMB: 20 })).toBe(20 * MiB)
    expect(batchLimitBytes({ MaxPayloadInMB: 500 })).toBe(6 * MiB)
    expect(batchLimitBytes(undefined)).toBe(6 * MiB)
  })

  it('calls a 413 or a dropped connection an error, anything else a warning', () => {
    const verdict = (r: Parameters<typeof requestSizeVerdict>[1]) =>
      requestSizeVerdict('X', r, 'realtime')
    expect(verdict({ status: 200 }).ok).toBe(true)
    expect(verdict({ status: 413 })).toMatchObject({
      ok: false,
      finding: { help: expect.stringContaining('client_max_body_size') }
    })
    expect(verdict({ error: 'socket hang up' })).toMatchObject({
      ok: false,
      finding: { message: expect.stringContaining('connection was closed') }
    })
    expect(verdict({ status: 500, bodyStart: 'boom' })).toMatchObject({
      ok: false,
      finding: { severity: 'warning' }
    })
    expect(verdict({ error: 'no answer within 60 s', timedOut: true })).toMatchObject({
      ok: false,
      finding: { severity: 'warning' }
    })
  })
})

dockerSuite('request-size-limit (real Docker)', () => {
  const run = async (tag: string, batch = 'false') => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'rows.csv'), '5.1,3.5,1.4,0.2\n4.9,3.0,1.4,0.2\n')
    return smoke({ 'local-image': `${FIXTURE}:${tag}`, payload: 'rows.csv', batch }, { ws })
  }

  it('passes a server that takes 6 MiB in real time and the MaxPayloadInMB it declares in batch', async () => {
    const r = await run('ok', 'true')
    expect(r.status('request-size-limit')).toBe('pass')
    const sizes = r.facts.smokeTest?.largeRequests?.map(l => [
      l.mode,
      l.status,
      l.bytes > 5.9 * MiB
    ])
    expect(sizes).toEqual([
      ['realtime', 200, true],
      ['batch', 200, true]
    ])
  }, 120000)

  it('grows a CSV with a header past 6 MiB with the header once, which a header-reading model answers', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'iris.csv'), 'sepal_length,sepal_width\n5.1,3.5\n4.9,3.0\n')
    const r = await smoke(
      { 'local-image': `${FIXTURE}:csv-header`, payload: 'iris.csv', batch: 'false' },
      { ws }
    )
    expect(r.status('request-size-limit')).toBe('pass')
    expect(r.facts.smokeTest?.largeRequests?.[0].bytes).toBeGreaterThan(5.9 * MiB)
  }, 120000)

  it("fails nginx's client_max_body_size 5m with the setting to change, although the sample passed", async () => {
    const r = await run('body-limit')
    expect(r.status('invocation')).toBe('pass')
    expect(r.status('request-size-limit')).toBe('fail')
    const f = r.findings.allFindings().find(x => x.rule === 'request-size-limit')!
    expect(f.message).toContain('refused with 413')
    expect(f.message).toContain('client intended to send too large body')
    expect(f.help).toContain('client_max_body_size')
  }, 120000)

  it('fails a server that drops the connection on a large body', async () => {
    const r = await run('body-close')
    expect(r.status('request-size-limit')).toBe('fail')
    expect(r.messages('request-size-limit')).toContain('connection was closed before any response')
  }, 120000)

  it('skips with the reason when no sample is made of records', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'one.json'), '{"x": 1}')
    const r = await smoke(
      { 'local-image': `${FIXTURE}:ok`, payload: 'one.json', batch: 'false' },
      { ws }
    )
    expect(r.status('request-size-limit')).toBe('skip')
    expect(r.detail('request-size-limit')).toContain('no sample payload made of records')
  }, 120000)
})
