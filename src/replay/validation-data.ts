// `validation-data`: lines S3URI=LOCAL_PATH mapping the S3 objects and prefixes a request names to
// files or folders on the runner, confined to the workspace or the runner's temp directory.

import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../inputs/error.js'
import { confine, type Roots } from '../inputs/paths.js'

export interface DataMapping {
  uri: string
  path: string
}

const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/

export function parseValidationData(value: string, roots: Roots): DataMapping[] {
  const mappings: DataMapping[] = []
  for (const line of value
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean)) {
    const eq = line.indexOf('=')
    const uri = eq === -1 ? '' : line.slice(0, eq).trim()
    const p = eq === -1 ? '' : line.slice(eq + 1).trim()
    if (!S3_URI.test(uri) || !p) {
      throw new InputError(
        'validation-data',
        `has the line "${line}"; expected S3URI=LOCAL_PATH, e.g. s3://my-bucket/validation/input/=./validation/input`
      )
    }
    const abs = path.resolve(roots.workspace, p)
    const st = existsSync(abs) ? statSync(abs) : undefined
    if (!st?.isFile() && !st?.isDirectory()) {
      throw new InputError(
        'validation-data',
        `maps ${uri} to "${p}", which is not an existing file or folder (resolved to ${abs})`
      )
    }
    const real = confine('validation-data', p, abs, roots)
    if (st.isDirectory()) confineLinks(real, p, roots)
    mappings.push({ uri, path: real })
  }
  return mappings
}

/** The replay reads every file under a mapped folder and sends it to the container: a link in it
 * may no more lead out of the workspace and RUNNER_TEMP than the folder itself. */
function confineLinks(dir: string, shown: string, roots: Roots): void {
  for (const rel of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, rel)
    if (!lstatSync(file).isSymbolicLink()) continue
    if (!existsSync(file)) {
      throw new InputError(
        'validation-data',
        `has "${path.join(shown, rel)}", a link to nothing; delete it or point it at the data`
      )
    }
    confine('validation-data', path.join(shown, rel), file, roots)
  }
}

/** A local file and the S3 key it stands for. */
export interface LocalObject {
  key: string
  file: string
  bytes: number
}

/**
 * The local files an S3 URI (an object, or an S3Prefix) stands for, in key order; undefined when
 * no mapping covers it. A mapped folder stands for the objects under its prefix.
 */
export function resolveObjects(uri: string, mappings: DataMapping[]): LocalObject[] | undefined {
  const found: LocalObject[] = []
  let covered = false
  for (const m of mappings) {
    if (uri.startsWith(m.uri) || m.uri.startsWith(uri)) covered = true
    else continue
    for (const { key, file } of objectsUnder(m)) {
      if (key.startsWith(uri)) found.push({ key, file, bytes: statSync(file).size })
    }
  }
  if (!covered) return undefined
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

function objectsUnder(m: DataMapping): { key: string; file: string }[] {
  if (statSync(m.path).isFile()) return [{ key: m.uri, file: m.path }]
  const base = m.uri.endsWith('/') ? m.uri : `${m.uri}/`
  return (readdirSync(m.path, { recursive: true }) as string[])
    .map(rel => ({ rel, file: path.join(m.path, rel) }))
    .filter(({ file }) => statSync(file).isFile())
    .map(({ rel, file }) => ({ key: base + rel.split(path.sep).join('/'), file }))
}
