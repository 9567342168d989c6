// Files a container left in the folders it shared with the host. The container chose what they are:
// a link to /proc/self/environ or .git/config, a FIFO that never answers, /dev/zero, a 1.5 GB file,
// a million entries. So nothing here follows a link, opens anything but a regular file, reads more
// than it needs, or walks without a bound on entries and time.

import { constants, type Dir, type Stats } from 'node:fs'
import { lstat, open, opendir } from 'node:fs/promises'
import path from 'node:path'
import { within } from '../core/timing.js'

/** What a path is when it is not a regular file, in words for a finding. */
function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symbolic link'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device node'
  if (st.isSocket()) return 'a socket'
  if (st.isDirectory()) return 'a directory'
  return 'not a regular file'
}

export type SmallFile =
  | { kind: 'missing' }
  | { kind: 'text'; text: string; truncated: boolean }
  /** Not read, and why: "/opt/ml/output/failure is a symbolic link; not followed". */
  | { kind: 'refused'; reason: string }

// O_NOFOLLOW: a link swapped in after lstat fails with ELOOP instead of being followed;
// O_NONBLOCK: opening a FIFO swapped in never waits for a writer
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

/**
 * The first `maxBytes` of a regular file, read without following links. `shown` is how the finding
 * names the file (its path inside the container).
 */
export async function readSmallFile(
  file: string,
  shown: string,
  maxBytes: number,
  timeoutMs = 5000
): Promise<SmallFile> {
  const refused = (what: string): SmallFile => ({
    kind: 'refused',
    reason: `${shown} is ${what}; not followed or read`
  })
  let st
  try {
    st = await lstat(file)
  } catch {
    return { kind: 'missing' }
  }
  if (!st.isFile()) return refused(kindOf(st))
  const read = async (): Promise<SmallFile> => {
    let handle
    try {
      handle = await open(file, READ_FLAGS)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      return code === 'ELOOP' ? refused('a symbolic link') : { kind: 'missing' }
    }
    try {
      // the lstat above may be stale: judge what was actually opened
      const opened = await handle.stat()
      if (!opened.isFile()) return refused(kindOf(opened))
      const buffer = Buffer.alloc(maxBytes)
      const { bytesRead } = await handle.read(buffer, 0, maxBytes, 0)
      return {
        kind: 'text',
        text: buffer.subarray(0, bytesRead).toString('utf8'),
        truncated: opened.size > bytesRead
      }
    } finally {
      await handle.close()
    }
  }
  const result = await within(read(), timeoutMs)
  return result ?? { kind: 'refused', reason: `${shown} could not be read within ${timeoutMs} ms` }
}

export interface Tally {
  files: number
  bytes: number
  /** The disk space they take (allocated blocks, a hard-linked file once): what fills a volume, so
   * a sparse file counts as what it holds, not its length. */
  diskBytes: number
  /** The walk stopped at the entry or time bound: the counts are lower bounds. */
  partial: boolean
}

export const TALLY_BOUNDS = { entries: 100_000, ms: 10_000 }

/**
 * Regular files under `dir` and their total size, never following links (a link counts as neither).
 * Iterative, one directory handle open at a time, and bounded in entries and time, so a container
 * that wrote a million files costs the host a bounded walk, not gigabytes.
 */
export async function tallyFiles(dir: string, bounds = TALLY_BOUNDS): Promise<Tally> {
  const tally: Tally = { files: 0, bytes: 0, diskBytes: 0, partial: false }
  const linked = new Set<number>() // inodes of files with several names, counted once
  const deadline = performance.now() + bounds.ms
  const pending = [dir]
  let entries = 0
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    let handle: Dir
    try {
      handle = await opendir(current)
    } catch {
      continue // vanished or unreadable: nothing to count
    }
    try {
      for (let entry = await handle.read(); entry; entry = await handle.read()) {
        if (++entries > bounds.entries || performance.now() > deadline) {
          tally.partial = true
          return tally
        }
        const p = path.join(current, entry.name)
        // the entry type comes from the directory itself (no stat, no link followed)
        if (entry.isDirectory()) pending.push(p)
        else if (entry.isFile()) {
          const st = await lstat(p).catch(() => undefined)
          tally.files++
          tally.bytes += st?.size ?? 0
          if (st && !linked.has(st.ino)) tally.diskBytes += st.blocks * 512 // st_blocks: 512-byte units
          if (st && st.nlink > 1) linked.add(st.ino)
        }
      }
    } finally {
      await handle.close().catch(() => undefined)
    }
  }
  return tally
}
