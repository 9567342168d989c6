// S3DataType ManifestFile: S3Uri names a manifest, a JSON array whose first element is
// {"prefix": "s3://bucket/some/prefix/"} and whose other elements are keys relative to it; prefix +
// key are the transform's input objects (TransformS3DataSource, SageMaker API reference).

import { readFile, stat } from 'node:fs/promises'
import type { Locate } from './download.js'
import type { LocalObject } from './validation-data.js'

export interface Manifest {
  prefix: string
  /** Each object's S3 URI, in the manifest's order. */
  uris: string[]
}

export const MANIFEST_HELP =
  'A manifest is a JSON array: first {"prefix": "s3://bucket/prefix/"}, then the keys relative to that prefix, e.g. [{"prefix": "s3://my-bucket/validation/"}, "part-1.csv", "part-2.csv"] (TransformS3DataSource in the SageMaker API reference).'

// a manifest lists keys, not data: anything larger is not one
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024

/** The manifest's objects, or why SageMaker could not read it. Pure. */
export function parseManifest(text: string): Manifest | { problem: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    return { problem: `it is not JSON (${(err as Error).message})` }
  }
  if (!Array.isArray(parsed)) return { problem: 'it is not a JSON array' }
  const [head, ...keys] = parsed as unknown[]
  const prefix = (head as { prefix?: unknown } | undefined)?.prefix
  if (typeof prefix !== 'string' || !/^s3:\/\/[^/]+/.test(prefix)) {
    return { problem: 'its first element is not {"prefix": "s3://…"}' }
  }
  const bad = keys.findIndex(k => typeof k !== 'string' || k === '')
  if (bad !== -1) {
    return {
      problem: `element ${bad + 2} is ${JSON.stringify(keys[bad])?.slice(0, 100)}, not a relative key`
    }
  }
  if (keys.length === 0) return { problem: 'it lists no objects after the prefix' }
  return { prefix, uris: (keys as string[]).map(k => prefix + k) }
}

/** A transform job's input objects and the URI their output names are relative to, or why not. */
export type InputObjects =
  { inputUri: string; objects: LocalObject[] } | { unavailable: string } | { problem: string }

/** The local copies of a transform job's input: the objects under an S3Prefix, or those a manifest lists. */
export async function inputObjects(
  locate: Locate,
  type: 'S3Prefix' | 'ManifestFile',
  uri: string
): Promise<InputObjects> {
  if (type === 'ManifestFile') return manifestObjects(locate, uri)
  const found = await locate(uri)
  return 'unavailable' in found ? found : { inputUri: uri, objects: found }
}

/** The local copies of the objects the manifest at `uri` lists, found as any S3 data is (`locate`). */
async function manifestObjects(locate: Locate, uri: string): Promise<InputObjects> {
  const found = await locate(uri)
  if ('unavailable' in found) return found
  const file = found.find(o => o.key === uri)
  if (!file) return { problem: `the manifest ${uri} does not exist` }
  if ((await stat(file.file)).size > MAX_MANIFEST_BYTES) {
    return { problem: `the manifest ${uri} is larger than 16 MiB, too large for a list of keys` }
  }
  const manifest = parseManifest(await readFile(file.file, 'utf8'))
  if ('problem' in manifest)
    return { problem: `the manifest ${uri} is unusable: ${manifest.problem}` }
  const objects: LocalObject[] = []
  for (const key of manifest.uris) {
    const copies = await locate(key)
    if ('unavailable' in copies) return copies
    const object = copies.find(o => o.key === key)
    if (!object) return { problem: `the manifest ${uri} lists ${key}, which does not exist` }
    objects.push(object)
  }
  return { inputUri: manifest.prefix, objects }
}
