// `model-data` given as model.tar.gz: read before anything is unpacked (the model-archive rule), then
// unpacked the way SageMaker lays it out in /opt/ml/model, but safely. The archive comes from the
// pull request, so it may carry `../` paths, absolute paths, links out of the folder, device nodes,
// setuid bits, or expand to terabytes; none of that reaches the host.

import { createReadStream } from 'node:fs'
import { chmod, mkdir, open, stat } from 'node:fs/promises'
import path from 'node:path'
import { Parser, Unpack, type ReadEntry } from 'tar'
import type { RunContext } from '../core/context.js'
import type { FindingInput } from '../core/findings.js'
import type { Mount } from '../docker/container.js'
import { mib } from './payloads.js'

export function isArchive(file: string): boolean {
  return /\.(tar\.gz|tgz)$/.test(file)
}

/** What reading the whole archive found; nothing written. */
export interface ArchiveReport {
  /** Why the archive must not be served: unreadable, not gzip, unsafe entries, over the cap. */
  errors: string[]
  /** Entries that are not unpacked (devices, FIFOs…). */
  skipped: string[]
  entries: number
  bytes: number
  /** The one folder everything is under (`tar czf model.tar.gz model/`). */
  nestedUnder?: string
}

// more entries than any model needs; beyond it, unpacking alone would be a denial of service
export const MAX_ENTRIES = 200_000
const EXAMPLES = 3 // entries quoted per problem, so a hostile archive cannot flood the report

type EntryVerdict = { ok: true } | { ok: false; error: boolean; why: string }

const UNPACKED = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link'])

/** Whether one entry may be unpacked into the folder. Pure: the same judgement for both passes. */
export function judgeEntry(entry: { path: string; type: string; linkpath?: string }): EntryVerdict {
  const name = JSON.stringify(entry.path.slice(0, 200))
  if (path.posix.isAbsolute(entry.path)) {
    return { ok: false, error: true, why: `${name} has an absolute path` }
  }
  if (entry.path.split('/').includes('..')) {
    return { ok: false, error: true, why: `${name} climbs out of the folder with ..` }
  }
  if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
    const target = entry.linkpath ?? ''
    // a symbolic link resolves from its own folder, a hard link from the archive's root
    const resolved = path.posix.normalize(
      entry.type === 'SymbolicLink'
        ? path.posix.join(path.posix.dirname(entry.path), target)
        : target
    )
    if (path.posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) {
      const kind = entry.type === 'Link' ? 'a hard link' : 'a symbolic link'
      return {
        ok: false,
        error: true,
        why: `${name} is ${kind} to ${JSON.stringify(target.slice(0, 200))}, outside the archive`
      }
    }
  }
  if (!UNPACKED.has(entry.type)) {
    return { ok: false, error: false, why: `${name} is a ${entry.type} entry` }
  }
  return { ok: true }
}

/** Reads every header of the archive (bodies are skipped) and judges it against `maxBytes`. */
export async function inspectModelArchive(
  archive: string,
  maxBytes: number,
  signal?: AbortSignal
): Promise<ArchiveReport> {
  const report: ArchiveReport = { errors: [], skipped: [], entries: 0, bytes: 0 }
  const problems: string[] = []
  let problemCount = 0
  const tops = new Set<string>()
  let nested = false
  const magic = await firstBytes(archive, 2)
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) {
    report.errors.push(
      'it is not gzip-compressed; SageMaker expects a gzip-compressed tar (tar -czf)'
    )
    return report
  }
  const parser = new Parser({
    strict: true,
    // the size cap below bounds a tar bomb; a model of zeros compresses beyond node-tar's ratio guard
    maxDecompressionRatio: Infinity,
    // a filter that never admits an entry: its header is judged, its body skipped unread
    filter: (_path, e) => {
      const entry = e as ReadEntry // Stats only when creating an archive
      report.entries++
      report.bytes += entry.size ?? 0
      const verdict = judgeEntry({
        path: entry.path,
        type: entry.type,
        linkpath: entry.linkpath
      })
      if (verdict.ok) {
        // what lands in /opt/ml/model: its first path segment, to spot one folder holding it all
        const parts = entry.path
          .replace(/^(\.\/)+/, '')
          .split('/')
          .filter(Boolean)
        if (parts.length > 0 && parts[0] !== '.') {
          tops.add(parts[0])
          nested ||= parts.length > 1 || entry.type === 'Directory'
        }
      } else if (verdict.error) {
        if (++problemCount <= EXAMPLES) problems.push(verdict.why)
      } else if (report.skipped.length < EXAMPLES) {
        report.skipped.push(verdict.why)
      }
      if (report.bytes > maxBytes) {
        parser.abort(new OverCap(`its files add up to more than ${mib(maxBytes)}`))
      } else if (report.entries > MAX_ENTRIES) {
        parser.abort(new OverCap(`it holds more than ${MAX_ENTRIES} entries`))
      }
      return false
    }
  })
  try {
    await feed(archive, parser, signal)
  } catch (err) {
    if (err instanceof OverCap) report.errors.push(err.message)
    else if (signal?.aborted) throw err
    else report.errors.push(`it cannot be read: ${short(err)}`)
  }
  if (problemCount > 0) {
    const more = problemCount > EXAMPLES ? ` (and ${problemCount - EXAMPLES} more)` : ''
    report.errors.push(
      `it has entries that would land outside /opt/ml/model: ${problems.join('; ')}${more}`
    )
  }
  // a numbered folder is TensorFlow Serving's model version (/opt/ml/model/1/saved_model.pb)
  const [top] = tops
  if (tops.size === 1 && nested && !/^\d+$/.test(top)) report.nestedUnder = top
  return report
}

/** model-archive, decided before any container runs; whether `model-data` can be unpacked and served. */
export async function checkModelArchive(ctx: RunContext): Promise<boolean> {
  const { inputs, findings } = ctx
  if (!inputs.modelData || !isArchive(inputs.modelData)) {
    const why = inputs.modelData ? '`model-data` is a directory' : 'no `model-data` archive given'
    findings.skip('model-archive', why)
    return true
  }
  const report = await inspectModelArchive(
    inputs.modelData,
    inputs.maxModelDataSizeBytes,
    ctx.signal
  )
  const { findings: list, detail } = modelArchiveFindings(archiveName(ctx), report)
  for (const finding of list) findings.add('model-archive', finding)
  if (list.length === 0) findings.pass('model-archive', detail)
  return report.errors.length === 0
}

/** `model-data` as the seller wrote it: relative to the workspace. */
export function archiveName(ctx: Pick<RunContext, 'inputs'>): string {
  const { modelData = '', workspace } = ctx.inputs
  return path.relative(workspace, modelData) || modelData
}

/** model-archive, from the report: an error, a warning, or the detail of a pass. */
export function modelArchiveFindings(
  name: string,
  report: ArchiveReport
): { findings: FindingInput[]; detail: string } {
  const findings: FindingInput[] = []
  if (report.errors.length > 0) {
    findings.push({
      severity: 'error',
      message: `${name} was not unpacked, so the container was not served with it: ${report.errors.join('; ')}.`,
      file: name
    })
  }
  if (report.nestedUnder) {
    findings.push({
      severity: 'warning',
      message: `Everything in ${name} is under the folder ${report.nestedUnder}/, so SageMaker puts the model at /opt/ml/model/${report.nestedUnder}/… instead of /opt/ml/model/…, and a container that loads /opt/ml/model/<file> fails to find it.`,
      help: `Archive the folder's contents rather than the folder: tar -C ${report.nestedUnder} -czf model.tar.gz .`,
      file: name
    })
  }
  if (report.skipped.length > 0) {
    findings.push({
      severity: 'warning',
      message: `${name} has entries that are not unpacked (only files, folders and links inside the archive are): ${report.skipped.join('; ')}.`,
      help: 'Leave device nodes and FIFOs out of the archive; create what the model needs at start-up.',
      file: name
    })
  }
  return { findings, detail: `${report.entries} entries, ${mib(report.bytes)} unpacked` }
}

/**
 * Unpacks an inspected archive into `into`: files, folders and links that stay inside only, owned
 * by the runner's user, with plain permissions (no setuid, no device nodes), under the same caps.
 */
export async function unpackModelArchive(
  archive: string,
  into: string,
  maxBytes: number,
  signal?: AbortSignal
): Promise<void> {
  let bytes = 0
  let entries = 0
  const unpack = new Unpack({
    cwd: into,
    strict: true,
    maxDecompressionRatio: Infinity,
    preserveOwner: false, // root unpacks as root: the archive's owners would be kept otherwise
    noMtime: true,
    filter: (_path, e) => {
      const entry = e as ReadEntry // Stats only when creating an archive
      bytes += entry.size ?? 0
      if (bytes > maxBytes || ++entries > MAX_ENTRIES) {
        unpack.abort(new OverCap(`${archive} grew past the caps while unpacking`))
        return false
      }
      if (!judgeEntry(entry).ok) return false
      // readable by a non-root USER in the image, and never setuid/setgid/sticky
      entry.mode = entry.type === 'Directory' || (entry.mode ?? 0) & 0o111 ? 0o755 : 0o644
      return true
    }
  })
  await feed(archive, unpack, signal)
}

/**
 * /opt/ml/model from a local copy of the model data, for the smoke test and the validation replay:
 * a folder as it is; an archive unpacked into `<tmp>/model` (0755 whatever the umask, so a non-root
 * USER in the image can read it); none, undefined: SageMaker mounts nothing when a model has no
 * model data, and the image's own /opt/ml/model (a model baked in) is served. `failed` says why an
 * archive could not be unpacked, for the caller's finding.
 */
export async function modelFolder(
  ctx: RunContext,
  local: string | undefined,
  tmp: string
): Promise<string | undefined | { failed: string }> {
  if (!local) return undefined
  if ((await stat(local)).isDirectory()) return local
  const dir = path.join(tmp, 'model')
  await mkdir(dir)
  await chmod(dir, 0o755)
  try {
    await unpackModelArchive(local, dir, ctx.inputs.maxModelDataSizeBytes, ctx.signal)
    return dir
  } catch (err) {
    ctx.signal.throwIfAborted()
    return { failed: `could not be unpacked into ${dir}: ${(err as Error).message}` }
  }
}

/** The /opt/ml/model mount of a serving container: none when there is no model data to mount. */
export function modelMounts(dir: string | undefined): Mount[] {
  return dir ? [{ source: dir, target: '/opt/ml/model', readOnly: true }] : []
}

class OverCap extends Error {}

/** Streams the file into a node-tar parser; settles when it is done, fails on any error. */
function feed(archive: string, parser: Parser, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const source = createReadStream(archive)
    let aborted: Error | undefined
    const fail = (err: unknown): void => {
      source.destroy()
      reject(aborted ?? err)
    }
    const onAbort = (): void => parser.abort(signal?.reason as Error)
    signal?.addEventListener('abort', onAbort, { once: true })
    parser.on('abort', (err: Error) => (aborted = err))
    parser.on('error', fail)
    source.on('error', fail)
    parser.on('close', () => {
      signal?.removeEventListener('abort', onAbort)
      if (aborted) reject(aborted)
      else resolve()
    })
    source.pipe(parser as unknown as NodeJS.WritableStream)
  })
}

/** The first `n` bytes of a file (fewer when it is shorter). */
export async function firstBytes(file: string, n: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(n)
    const { bytesRead } = await handle.read(buffer, 0, n, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

function short(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  return message.length > 200 ? `${message.slice(0, 200)}…` : message
}
