// Writes tar archives with exactly the entries a test needs, hostile ones included (absolute paths,
// `..`, links out, devices), which no well-behaved tar tool would produce.
import { gzipSync } from 'node:zlib'

export interface TarEntry {
  path: string
  /** ustar typeflag: '0' file, '2' symlink, '1' hard link, '3' char device, '5' directory, '6' FIFO */
  type?: '0' | '1' | '2' | '3' | '5' | '6'
  body?: string | Buffer
  linkpath?: string
  mode?: number
}

function header(e: TarEntry, size: number): Buffer {
  const h = Buffer.alloc(512)
  const put = (text: string, offset: number, length: number): void => {
    h.write(text.slice(0, length), offset, 'utf8')
  }
  const octal = (n: number, offset: number, length: number): void =>
    put(n.toString(8).padStart(length - 1, '0') + '\0', offset, length)
  put(e.path, 0, 100)
  octal(e.mode ?? (e.type === '5' ? 0o755 : 0o644), 100, 8)
  octal(0, 108, 8)
  octal(0, 116, 8)
  octal(size, 124, 12)
  octal(0, 136, 12)
  h.fill(' ', 148, 156) // the checksum is computed with its own field as spaces
  put(e.type ?? '0', 156, 1)
  put(e.linkpath ?? '', 157, 100)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  let sum = 0
  for (const b of h) sum += b
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8)
  return h
}

/** An uncompressed tar of `entries`. */
export function tar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = []
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '')
    parts.push(header(e, body.length), body, Buffer.alloc((512 - (body.length % 512)) % 512))
  }
  parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

export function tarGz(entries: TarEntry[]): Buffer {
  return gzipSync(tar(entries))
}
