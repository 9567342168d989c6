// The files a run writes (`report-file`, `sarif-file`, `listing-evidence`): never over a file this
// tool did not write, never through a link.

import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  lstatSync,
  openSync,
  readSync,
  statSync
} from 'node:fs'
import path from 'node:path'
import { InputError, shown } from './error.js'

/** What a file this tool wrote starts with: the JSON report's and SARIF's tool name, or the listing
 * evidence's line saying what measured it (EVIDENCE_MARK in report/listing-evidence.ts). */
const OWN_FILE = /"name":\s*"marketplace-ml-preflight"|^_Measured with marketplace-ml-preflight /m

/**
 * A file the run writes at the end (report-file, sarif-file, listing-evidence), checked before any phase: not a
 * directory or device, in a directory that exists or can be created and is writable, and either new,
 * empty or an earlier report of this tool, so a typo never overwrites something else.
 */
export function outputFile(input: string, file: string): string {
  if (file.includes('\0')) {
    throw new InputError(
      input,
      `is ${shown(file)}, which contains a NUL character; give a file path`
    )
  }
  const st = lstatOrUndefined(file)
  if (st?.isDirectory()) {
    throw new InputError(
      input,
      `is ${shown(file)}, a directory; give a file path such as preflight/report.json`
    )
  }
  if (st && !st.isFile()) {
    throw new InputError(
      input,
      `is ${shown(file)}, which exists and is not a regular file; give the path of a new file`
    )
  }
  if (st && st.size > 0 && !OWN_FILE.test(fileStart(file))) {
    throw new InputError(
      input,
      `is ${shown(file)}, an existing file that is not a report of this tool; delete it or pick another path (only an earlier preflight report is overwritten)`
    )
  }
  // the nearest folder that exists must be a folder we may write in (the rest is created)
  let dir = path.dirname(file)
  while (!existsSync(dir)) dir = path.dirname(dir)
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory')
    accessSync(dir, constants.W_OK | constants.X_OK)
  } catch {
    throw new InputError(
      input,
      `is ${shown(file)}, but ${dir} is not a directory this run can write to; pick a path under the workspace or $RUNNER_TEMP`
    )
  }
  return file
}

function lstatOrUndefined(file: string): import('node:fs').Stats | undefined {
  try {
    return lstatSync(file)
  } catch {
    return undefined
  }
}

/** The first 4 KiB of a file (the tool name is near the top), however large it is; '' if unreadable. */
function fileStart(file: string): string {
  let fd: number | undefined
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW)
    const buffer = Buffer.alloc(4096)
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8')
  } catch {
    return ''
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
