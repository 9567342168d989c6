// Where files given as inputs may live: the workspace (the checkout) or the runner's temp directory
// (where workflows download artifacts). Anything else, a symlink committed to the repository
// included, would let a pull request mount or send any file of the host.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { InputError, shown } from './error.js'

export interface Roots {
  workspace: string
  /** RUNNER_TEMP; absent in the CLI. */
  runnerTemp?: string
}

/**
 * The most a file read whole may hold, by kind. Real ones are kilobytes: 100 hyperparameters of
 * 256 + 2,500 characters make 0.3 MB, a CreateModelPackage or CreateAlgorithm request is names, URIs
 * and short lists, a workflow file or Dockerfile a few hundred lines. The bound keeps a log, a dump
 * or a device named by mistake (or by a pull request) from filling the runner's memory.
 */
export const MAX_FILE_BYTES = { json: 4 * 1024 * 1024, text: 1024 * 1024 }

/** The real path of `file`, or an InputError naming `input` when it resolves outside the roots. */
export function confine(input: string, shown: string, file: string, roots: Roots): string {
  const real = realpathSync(file)
  const workspace = realpathOrSelf(roots.workspace)
  const temp = roots.runnerTemp ? realpathOrSelf(roots.runnerTemp) : undefined
  if (within(real, workspace) || (temp && within(real, temp))) return real
  throw new InputError(
    input,
    temp
      ? `has "${shown}", which resolves to ${real}, outside the workspace ${workspace} and the runner temp directory ${temp}; give a path inside the repository or under RUNNER_TEMP (where workflows download artifacts)`
      : `has "${shown}", which resolves to ${real}, outside the workspace ${workspace}; give a path inside the repository`
  )
}

export interface InputFile {
  /** The input's name, for errors. */
  input: string
  /** The value as given. */
  value: string
  /** The value resolved against the workspace. */
  file: string
  maxBytes: number
  /** What to give instead, appended to every error. */
  hint: string
}

/**
 * The bytes of a file an input names, read the one way every such file is: confined like every
 * input path, opened without following a link (its real path has none left) or waiting for a FIFO's
 * writer, refused unless a regular file of at most maxBytes (at most maxBytes + 1 are read to tell).
 * Errors name the input and the path, never the content.
 */
export function readInputFile(f: InputFile, roots: Roots): { real: string; data: Buffer } {
  const value = shown(f.value, 300) // a long path whole; a long value that is no path clipped
  let fd: number | undefined
  try {
    const real = confine(f.input, f.value, f.file, roots)
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    if (!fstatSync(fd).isFile()) {
      throw new InputError(f.input, `is ${value}, which is not a regular file; ${f.hint}`)
    }
    const data = Buffer.alloc(f.maxBytes + 1)
    let length = 0
    while (length < data.length) {
      const n = readSync(fd, data, length, data.length - length, null)
      if (n === 0) break
      length += n
    }
    if (length > f.maxBytes) {
      throw new InputError(
        f.input,
        `is ${value}, a file larger than ${f.maxBytes / 1024 ** 2} MiB, far more than this input ever holds; ${f.hint}`
      )
    }
    return { real, data: data.subarray(0, length) }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (err instanceof InputError || !code) throw err
    throw new InputError(
      f.input,
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `is ${value}, which does not exist${path.isAbsolute(f.value) ? '' : ` in the workspace ${roots.workspace}`}; ${f.hint}`
        : `is ${value}, which cannot be read (${code}); ${f.hint}`
    )
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function within(p: string, root: string): boolean {
  return p === root || p.startsWith(root + path.sep)
}

function realpathOrSelf(p: string): string {
  try {
    return realpathSync(p)
  } catch {
    return path.resolve(p)
  }
}
