// A container's log can be 100 MB: keep only its tail, in bounded memory.

export class LogTail {
  private chunks: Buffer[] = []
  private size = 0
  private dropped = 0

  constructor(private readonly maxBytes = 64 * 1024) {}

  push(chunk: Buffer): void {
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

  /** The kept text; a partial first line is dropped when the head was cut off. */
  text(): string {
    let s = Buffer.concat(this.chunks).toString('utf8')
    if (this.dropped > 0) s = s.slice(s.indexOf('\n') + 1)
    return s
  }

  /** The last `n` lines, each cut to `width` characters. */
  lines(n: number, width = 300): string[] {
    return this.text()
      .split(/\r?\n/)
      .filter(l => l.trim() !== '')
      .slice(-n)
      .map(l => (l.length > width ? `${l.slice(0, width)}…` : l))
  }

  excerpt(n = 60): string {
    const prefix = this.dropped > 0 ? `[… ${this.dropped} earlier bytes not kept]\n` : ''
    return prefix + this.lines(n).join('\n')
  }
}
