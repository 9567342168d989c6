// What an image on the local engine is made of, without running it: its config (platform,
// ENTRYPOINT, CMD, VOLUMEs) and the files it ships, read as tar streams out of a created (never
// started) container, all through the engine's API (engine-api.ts).

import path from 'node:path'
import type { IncomingMessage } from 'node:http'
import { Parser, type ReadEntry } from 'tar'
import { drop, EngineApi, engineMessage, readAnswer, type EngineRequest } from './engine-api.js'
import { labelsOf } from './labels.js'
import { labelledVolumeMounts } from './volumes.js'

export interface LocalImageConfig {
  platform: string
  entrypoint?: string[]
  cmd?: string[]
  /** KEY=VALUE lines, as the config stores them. */
  env?: string[]
  labels?: Record<string, string>
  /** USER (empty: root). */
  user?: string
  /** The VOLUMEs it declares. */
  volumes: string[]
}

/** What GET /images/NAME/json answers, in the parts read here. */
interface ImageInspect {
  Os?: string
  Architecture?: string
  Config?: {
    Entrypoint?: string[] | null
    Cmd?: string[] | null
    Env?: string[] | null
    Labels?: Record<string, string> | null
    User?: string | null
    Volumes?: Record<string, unknown> | null
  } | null
}

/** An image's inspection is tens of KiB (its layers listed); more is not an answer to read. */
const INSPECT_MAX_BYTES = 4 * 1024 * 1024

/**
 * The image's config, or why the engine has no such image (its own words), asked over `api` when
 * the caller has a connection open (the smoke test reads the image's files over it next).
 */
export async function inspectLocalImage(
  env: NodeJS.ProcessEnv,
  image: string,
  signal?: AbortSignal,
  api?: EngineApi
): Promise<{ ok: true; config: LocalImageConfig } | { ok: false; reason: string }> {
  let answer
  try {
    answer = await withApi(env, api, engine =>
      engine.request(
        {
          method: 'GET',
          // one path segment whatever the name holds: the engine decodes it whole
          path: `/images/${encodeURIComponent(image)}/json`,
          timeoutMs: 30000,
          signal
        },
        INSPECT_MAX_BYTES
      )
    )
  } catch (err) {
    signal?.throwIfAborted()
    return { ok: false, reason: (err as Error).message }
  }
  if (answer.status !== 200) return { ok: false, reason: engineMessage(answer) }
  let inspected: ImageInspect
  try {
    inspected = JSON.parse(answer.body.toString()) as ImageInspect
  } catch {
    return { ok: false, reason: 'the Docker engine answered the inspection with no JSON' }
  }
  const config = inspected.Config ?? {}
  return {
    ok: true,
    config: {
      platform: `${inspected.Os ?? ''}/${inspected.Architecture ?? ''}`,
      ...(config.Entrypoint ? { entrypoint: config.Entrypoint } : {}),
      ...(config.Cmd ? { cmd: config.Cmd } : {}),
      ...(config.Env ? { env: config.Env } : {}),
      ...(config.Labels ? { labels: config.Labels } : {}),
      ...(config.User ? { user: config.User } : {}),
      volumes: Object.keys(config.Volumes ?? {})
    }
  }
}

/** The VOLUMEs `image` declares; none when the engine cannot say (then `docker run` says why). */
export async function declaredVolumes(
  env: NodeJS.ProcessEnv,
  image: string,
  signal?: AbortSignal,
  api?: EngineApi
): Promise<string[]> {
  const inspected = await inspectLocalImage(env, image, signal, api)
  return inspected.ok ? inspected.config.volumes : []
}

/** Runs `fn` over `api`, or over a connection of its own, closed afterwards. */
async function withApi<T>(
  env: NodeJS.ProcessEnv,
  api: EngineApi | undefined,
  fn: (api: EngineApi) => Promise<T>
): Promise<T> {
  if (api) return fn(api)
  const own = new EngineApi(env)
  try {
    return await fn(own)
  } finally {
    own.close()
  }
}

export interface ReadOptions {
  /** The image's VOLUMEs, when the caller has read its config already (else they are asked for). */
  volumes?: readonly string[]
  signal?: AbortSignal
  /** A connection to the engine the caller keeps open (else one of its own for the read). */
  api?: EngineApi
}

/**
 * Up to `max` regular files and links the image ships under `dir` (an empty list when there are
 * none or the directory does not exist). Reads tar headers only and drops the stream once it has
 * seen enough, so a model baked into the image costs no memory.
 */
export async function filesUnder(
  env: NodeJS.ProcessEnv,
  image: string,
  dir: string,
  labels: string[],
  options: ReadOptions = {},
  max = 10
): Promise<string[]> {
  const parent = path.posix.dirname(dir)
  const names = await withCreatedContainer(env, image, labels, options, (api, id) =>
    api.send(archiveRequest(id, dir, options.signal), async res => {
      if (res.statusCode !== 200) return failedArchive(res, dir, [])
      const reader = new TarNames(max)
      for await (const chunk of res as AsyncIterable<Buffer>) {
        if (reader.push(chunk)) break // seen enough: leaving the loop drops the rest
      }
      return reader.files
    })
  )
  // entries are named from the directory's base name (model/…): give their paths in the image
  return names.map(f => path.posix.join(parent, f))
}

/** How long one engine request of an image read may take. */
const READ_TIMEOUT_MS = 30000

/**
 * Runs `fn` on a created (never started) container of `image`, removed afterwards, all over one
 * engine connection. Created as `docker create --network none IMAGE serve` would, its VOLUMEs
 * (filled with the image's files) labelled and removed with it.
 */
async function withCreatedContainer<T>(
  env: NodeJS.ProcessEnv,
  image: string,
  labels: string[],
  { volumes, signal, api }: ReadOptions,
  fn: (api: EngineApi, id: string) => Promise<T>
): Promise<T> {
  return withApi(env, api, async engine => {
    const declared = volumes ?? (await declaredVolumes(env, image, signal, engine))
    const created = await engine.request({
      method: 'POST',
      path: '/containers/create',
      json: {
        Image: image,
        Cmd: ['serve'],
        Labels: labelsOf(labels),
        HostConfig: { NetworkMode: 'none', Mounts: labelledVolumeMounts(declared, labels) }
      },
      timeoutMs: 60000,
      signal
    })
    if (created.status !== 201) throw new Error(engineMessage(created))
    const { Id: id } = JSON.parse(created.body.toString()) as { Id: string }
    try {
      return await fn(engine, id)
    } finally {
      // never with the run's signal: an aborted read still removes its container
      const removed = { method: 'DELETE', timeoutMs: READ_TIMEOUT_MS } as const
      await engine
        .request({ ...removed, path: `/containers/${id}?force=1&v=1` })
        .catch(() => undefined)
    }
  })
}

/** A file read out of an image: its mode and its first bytes. */
export interface ImageFile {
  path: string
  mode: number
  /** At most the `maxBytes` asked for; config files and scripts are small. */
  content: Buffer
}

/**
 * Reads files from an image without running it, following symbolic links inside the image as
 * `docker cp -L` does, one created container and one engine connection for all of them. A path the
 * image does not have maps to undefined; a directory or anything but a regular file too. Each read
 * stops after `maxBytes`, so a model file costs nothing.
 */
export async function readImageFiles(
  env: NodeJS.ProcessEnv,
  image: string,
  paths: readonly string[],
  labels: string[],
  options: ReadOptions = {},
  maxBytes = 256 * 1024
): Promise<Map<string, ImageFile | undefined>> {
  const out = new Map<string, ImageFile | undefined>()
  const wanted = [...new Set(paths)]
  if (!wanted.length) return out
  await withCreatedContainer(env, image, labels, options, async (api, id) => {
    // one at a time: the connection carries one request at once
    for (const p of wanted) out.set(p, await readOne(api, id, p, maxBytes, options.signal))
  })
  return out
}

/** GET /containers/ID/archive: `path` as a tar stream, its stat in a header. */
function archiveRequest(id: string, file: string, signal?: AbortSignal): EngineRequest {
  return {
    method: 'GET',
    path: `/containers/${id}/archive?path=${encodeURIComponent(file)}`,
    timeoutMs: READ_TIMEOUT_MS,
    signal
  }
}

/** What the engine says of a path in X-Docker-Container-Path-Stat. */
interface PathStat {
  /** Go's os.FileMode: permissions in the low bits, the file's type in the high ones. */
  mode: number
  /** A symbolic link's target, resolved inside the container's root. */
  linkTarget?: string
}

/** Go's os.FileMode type bits: a mode without any is a regular file. */
const GO_TYPE_BITS = [31, 27, 26, 25, 24, 21, 19].reduce((bits, bit) => bits + 2 ** bit, 0)

function pathStat(res: IncomingMessage): PathStat | undefined {
  const header = res.headers['x-docker-container-path-stat']
  if (typeof header !== 'string') return undefined
  try {
    return JSON.parse(Buffer.from(header, 'base64').toString()) as PathStat
  } catch {
    return undefined
  }
}

/** Reads one file (after one symbolic link, which the engine resolves inside the image). */
async function readOne(
  api: EngineApi,
  id: string,
  file: string,
  maxBytes: number,
  signal?: AbortSignal
): Promise<ImageFile | undefined> {
  const first = await api.send(archiveRequest(id, file, signal), res =>
    readFirstEntry(res, file, maxBytes)
  )
  if (typeof first !== 'string') return first && { ...first, path: file }
  const target = await api.send(archiveRequest(id, first, signal), res =>
    readFirstEntry(res, first, maxBytes)
  )
  // a target that is a link again was not resolved: not followed further
  return typeof target === 'string' ? undefined : target && { ...target, path: file }
}

/**
 * A regular file's first `maxBytes`; a symbolic link's resolved target (as a string); undefined for
 * a path the image lacks or anything else. A directory's stream is dropped unread.
 */
async function readFirstEntry(
  res: IncomingMessage,
  file: string,
  maxBytes: number
): Promise<ImageFile | string | undefined> {
  if (res.statusCode !== 200) return failedArchive(res, file, undefined)
  const stat = pathStat(res)
  if (stat?.linkTarget) {
    res.resume() // the link's own entry: a few hundred bytes
    return stat.linkTarget
  }
  // `&` works on 32 bits, which hold all of Go's type bits
  if (!stat || (stat.mode & GO_TYPE_BITS) !== 0) {
    drop(res)
    return undefined
  }
  const entry = new FirstTarEntry(maxBytes)
  // a header (plus pax/long-name headers) and maxBytes of content are all that is read
  const limit = maxBytes + 4096
  let size = 0
  for await (const chunk of res as AsyncIterable<Buffer>) {
    entry.push(chunk)
    size += chunk.length
    if (size >= limit) break // leaving the loop drops the rest of a large file
  }
  return entry.type !== undefined && REGULAR.has(entry.type)
    ? { path: file, mode: entry.mode, content: entry.content() }
    : undefined
}

/** A path the image lacks (or that runs through a file) gives `absent`; any other refusal throws. */
async function failedArchive<T>(res: IncomingMessage, file: string, absent: T): Promise<T> {
  const message = engineMessage(await readAnswer(res, 4096))
  if (res.statusCode === 404 || /could not find|no such file|not a directory/i.test(message)) {
    return absent
  }
  throw new Error(`reading ${file}: ${message}`)
}

/** node-tar's names for a regular file ('0', and NUL in old archives). */
const REGULAR = new Set(['File', 'OldFile'])
/** The entries listed as files: regular files and links, whose targets are never followed. */
const LISTED = new Set([...REGULAR, 'Link', 'SymbolicLink'])

/**
 * node-tar's Parser, fed chunk by chunk: it reads ustar, GNU long names and pax headers itself and
 * hands each entry over as it arrives. A damaged or cut-off stream ends as what was read before.
 */
function tarParser(onEntry: (entry: ReadEntry) => void): Parser {
  const parser = new Parser({ onReadEntry: onEntry })
  parser.on('error', () => undefined)
  return parser
}

/** The first entry of a tar stream: its type, its mode and at most `maxBytes` of its body. */
export class FirstTarEntry {
  type: string | undefined
  mode = 0
  private readonly chunks: Buffer[] = []
  private bytes = 0
  private readonly parser = tarParser(entry => this.entry(entry))

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer): void {
    this.parser.write(chunk)
  }

  content(): Buffer {
    return Buffer.concat(this.chunks).subarray(0, this.maxBytes)
  }

  private entry(entry: ReadEntry): void {
    if (this.type !== undefined) {
      entry.resume()
      return
    }
    this.type = entry.type
    this.mode = entry.mode ?? 0
    entry.on('data', (chunk: Buffer) => this.keep(chunk))
  }

  private keep(chunk: Buffer): void {
    if (this.bytes >= this.maxBytes) return
    this.chunks.push(chunk)
    this.bytes += chunk.length
  }
}

/** A streaming reader of tar entry names (node-tar's Parser), every body skipped unread. */
export class TarNames {
  readonly files: string[] = []
  done = false
  private readonly parser = tarParser(entry => this.entry(entry))

  constructor(private readonly max: number) {}

  /** Feeds bytes; true once `max` names were seen. */
  push(chunk: Buffer): boolean {
    if (!this.done) this.parser.write(chunk)
    return this.done
  }

  private entry(entry: ReadEntry): void {
    if (!this.done && LISTED.has(entry.type)) {
      this.files.push(entry.path)
      this.done = this.files.length >= this.max
    }
    entry.resume()
  }
}
