// A container's log can be 100 MB: keep its head and its tail, in bounded memory. The line that
// explains a failure often comes first (the port a server bound, the model it could not load) and is
// followed by hundreds of lines of the same noise (each /ping poll logged), so evidence shows both
// ends and collapses repeated lines.

const HEAD_BYTES = 4 * 1024
/** Lines kept from the start of the log when the whole does not fit in what is shown. */
const HEAD_LINES = 5

export class LogTail {
  private head: Buffer[] = []
  private headSize = 0
  private chunks: Buffer[] = []
  private size = 0
  private dropped = 0
  /** Bytes pushed so far: whether lines are still arriving. */
  received = 0

  constructor(private readonly maxBytes = 64 * 1024) {}

  push(chunk: Buffer): void {
    this.received += chunk.length
    if (this.headSize < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headSize)
      this.head.push(part)
      this.headSize += part.length
    }
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size > this.maxBytes && this.chunks.length > 1) {
      const first = this.chunks.shift() as Buffer
      this.size -= first.length
      this.dropped += first.length
    }
    if (this.size > this.maxBytes) {
      const only = this.chunks[0]
      const cut = only.length - this.maxBytes
      this.chunks[0] = only.subarray(cut)
      this.size -= cut
      this.dropped += cut
    }
  }

  /** The kept tail; a partial first line is dropped when the head was cut off. */
  text(): string {
    return this.tailText().text
  }

  private tailText(): { text: string; partial: number } {
    const s = Buffer.concat(this.chunks).toString('utf8')
    if (this.dropped === 0) return { text: s, partial: 0 }
    const partial = s.indexOf('\n') + 1
    return { text: s.slice(partial), partial: Buffer.byteLength(s.slice(0, partial)) }
  }

  /**
   * Up to `n` lines to show, repeats collapsed: the first lines of the log and the last, with a
   * marker between them when lines were left out. Each line is cut to `width` characters.
   */
  lines(n: number, width = 300): string[] {
    const cut = (l: string): string => (l.length > width ? `${l.slice(0, width)}…` : l)
    const headBytes = Buffer.concat(this.head)
    const tail = this.tailText()
    if (this.dropped <= headBytes.length) {
      // the head still holds what the tail lost: the whole log is here
      const whole =
        headBytes.subarray(0, this.dropped).toString('utf8') + Buffer.concat(this.chunks)
      return pick(collapse(splitLines(whole)), n).map(cut)
    }
    const complete = headBytes.subarray(0, headBytes.lastIndexOf('\n') + 1)
    const head = collapse(splitLines(complete.toString('utf8')))
    const h = Math.min(head.length, HEAD_LINES, Math.max(0, n - 2))
    const rest = collapse(splitLines(tail.text)).slice(-(n - h - (h > 0 ? 1 : 0)))
    if (h === 0) return rest.map(cut)
    const gap = `[… ${this.dropped + tail.partial - complete.length} bytes not kept]`
    return [...head.slice(0, h), gap, ...rest].map(cut)
  }

  excerpt(n = 60): string {
    return this.lines(n).join('\n')
  }
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/).filter(l => l.trim() !== '')
}

/** Lines that differ only in numbers (timestamps, durations, ids): the same line, for collapsing. */
function shape(line: string): string {
  return line.replace(/\d+/g, '0')
}

/**
 * Each line once, in order of first appearance; a line that comes back (even interleaved with
 * others, as polling noise is) is counted on its first appearance instead of shown again.
 */
export function collapse(lines: string[]): string[] {
  const first = new Map<string, { index: number; more: number }>()
  const out: string[] = []
  for (const line of lines) {
    const seen = first.get(shape(line))
    if (seen) seen.more++
    else {
      first.set(shape(line), { index: out.length, more: 0 })
      out.push(line)
    }
  }
  for (const { index, more } of first.values()) {
    if (more > 0) out[index] += `  [… ${more} more like this]`
  }
  return out
}

/** All lines when they fit in `n`; else the first few, a marker, and the last ones. */
function pick(lines: string[], n: number): string[] {
  if (lines.length <= n) return lines
  const first = Math.min(HEAD_LINES, Math.max(0, n - 2))
  if (first === 0) return lines.slice(-n)
  const last = lines.slice(-(n - first - 1))
  return [...lines.slice(0, first), `[… ${lines.length - first - last.length} lines]`, ...last]
}
