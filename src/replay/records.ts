// How a transform job cuts its input into requests and puts the answers back together: split by
// SplitType, batched by BatchStrategy within MaxPayloadInMB, assembled by AssembleWith. Pure (the
// answers are streams the caller opens).

export type SplitType = 'None' | 'Line' | 'RecordIO' | 'TFRecord'
export type BatchStrategy = 'SingleRecord' | 'MultiRecord'

const RECORDIO_MAGIC = 0xced7230a

/** The records of one input object; a RecordIO record keeps its framing (the container reads it). */
export function splitRecords(data: Buffer, split: SplitType): Buffer[] {
  if (split === 'None' || data.length === 0) return data.length ? [data] : []
  if (split === 'Line') {
    const records: Buffer[] = []
    let start = 0
    for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, start)) {
      records.push(data.subarray(start, i + 1))
      start = i + 1
    }
    if (start < data.length) records.push(data.subarray(start))
    // SageMaker skips empty lines
    return records.filter(r => r.toString('latin1').trim() !== '')
  }
  if (split === 'RecordIO') return splitRecordIO(data)
  throw new Error(`SplitType ${split} is not replayed`)
}

/**
 * MXNet RecordIO: magic, a length word (upper 3 bits: continuation flag), data padded to 4 bytes.
 * A record split in parts (flags 1 first, 2 middle, 3 last) is one record: its parts stay together.
 */
function splitRecordIO(data: Buffer): Buffer[] {
  const records: Buffer[] = []
  let offset = 0
  let start = 0
  while (offset < data.length) {
    if (offset + 8 > data.length || data.readUInt32LE(offset) !== RECORDIO_MAGIC) {
      throw new Error(`not a RecordIO record at byte ${offset} (no magic number 0xced7230a)`)
    }
    const word = data.readUInt32LE(offset + 4)
    const length = word & ((1 << 29) - 1)
    const end = offset + 8 + length + ((4 - (length % 4)) % 4)
    if (end > data.length) throw new Error(`the RecordIO record at byte ${offset} is truncated`)
    offset = end
    const flag = word >>> 29
    if (flag === 0 || flag === 3) {
      records.push(data.subarray(start, end))
      start = end
    }
  }
  if (start < data.length) throw new Error(`the RecordIO record at byte ${start} has no last part`)
  return records
}

export interface Batch {
  body: Buffer
  records: number
}

/**
 * SingleRecord: one record per request. MultiRecord: as many whole records as fit in `maxBytes`
 * (0 means no limit, as MaxPayloadInMB 0 does). A record larger than the limit is returned alone
 * and reported by the caller: SageMaker fails the job on it.
 */
export function batchRecords(
  records: Buffer[],
  strategy: BatchStrategy,
  maxBytes: number
): Batch[] {
  if (strategy === 'SingleRecord') return records.map(r => ({ body: r, records: 1 }))
  const batches: Batch[] = []
  let current: Buffer[] = []
  let size = 0
  for (const r of records) {
    if (current.length && maxBytes > 0 && size + r.length > maxBytes) {
      batches.push({ body: Buffer.concat(current), records: current.length })
      current = []
      size = 0
    }
    current.push(r)
    size += r.length
  }
  if (current.length) batches.push({ body: Buffer.concat(current), records: current.length })
  return batches
}

/**
 * The answers, in order, as AssembleWith joins them: Line puts each on a line of its own, None
 * concatenates them as they are. Streamed: an answer may be as large as 100 MB.
 */
/** Passes the chunks on, counting their newlines into `lines` (the records of a Line output). */
export async function* countingLines(
  chunks: AsyncIterable<Buffer>,
  lines: { count: number }
): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines.count++
    yield chunk
  }
}

export async function* assembled(
  answers: Iterable<AsyncIterable<Buffer>>,
  assembleWith: 'None' | 'Line'
): AsyncGenerator<Buffer> {
  for (const answer of answers) {
    let last: number | undefined
    for await (const chunk of answer) {
      if (chunk.length) last = chunk[chunk.length - 1]
      yield chunk
    }
    if (assembleWith === 'Line' && last !== 10) yield Buffer.from('\n')
  }
}
