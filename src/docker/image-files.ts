// What an image on the local engine is made of, without running it: its config (platform,
// ENTRYPOINT, CMD) from `docker image inspect`, and the files it ships under a directory, read from
// the tar stream of `docker cp` out of a created (never started) container.

import path from 'node:path'
import { Parser, type ReadEntry } from 'tar'
import { docker, lastLines, spawnDocker } from './command.js'
import { declaredVolumes, labelledVolumeArgs } from './volumes.js'

export interface LocalImageConfig {
  platform: string
  entrypoint?: string[]
  cmd?: string[]
  /** KEY=VALUE lines, as the config stores them. */
  env?: string[]
  labels?: Record<string, string>
  /** USER (empty: root). */
  user?: string
}

/** The image's config, or why the engine has no such image (docker's own words). */
export async function inspectLocalImage(
  env: NodeJS.ProcessEnv,
  image: string,
  signal?: AbortSignal
): Promise<{ ok: true; config: LocalImageConfig } | { ok: false; reason: string }> {
  const r = await docker(
    [
      'image',
      'inspect',
      '--format',
      '{{json .Os}} {{json .Architecture}} {{json .Config}}',
      '--',
      image
    ],
    { env, timeoutMs: 30000, signal }
  )
  if (r.code !== 0) return { ok: false, reason: lastLines(r.stderr, 1) }
  const m = /^"([^"]*)" "([^"]*)" (.*)$/s.exec(r.stdout.trim())
  if (!m)
    return {
      ok: false,
      reason: `unexpected docker image inspect output: ${r.stdout}`
    }
  const config = JSON.parse(m[3]) as {
    Entrypoint?: string[] | null
    Cmd?: string[] | null
    Env?: string[] | null
    Labels?: Record<string, string> | null
    User?: string | null
  }
  return {
    ok: true,
    config: {
      platform: `${m[1]}/${m[2]}`,
      ...(config.Entrypoint ? { entrypoint: config.Entrypoint } : {}),
      ...(config.Cmd ? { cmd: config.Cmd } : {}),
      ...(config.Env ? { env: config.Env } : {}),
      ...(config.Labels ? { labels: config.Labels } : {}),
      ...(config.User ? { user: config.User } : {})
    }
  }
}

/**
 * Up to `max` regular files and links the image ships under `dir` (an empty list when there are
 * none or the directory does not exist). Reads tar headers only and skips file contents, so a
 * model baked into the image costs no memory.
 */
export async function filesUnder(
  env: NodeJS.ProcessEnv,
  image: string,
  dir: string,
  labels: string[],
  signal?: AbortSignal,
  max = 10
): Promise<string[]> {
  const parent = path.posix.dirname(dir)
  return withCreatedContainer(
    env,
    image,
    labels,
    signal,
    id =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawnDocker(['cp', `${id}:${dir}`, '-'], env, { signal })
        const reader = new TarNames(max)
        let stderr = ''
        child.stdout?.on('data', (chunk: Buffer) => {
          if (reader.push(chunk)) child.kill('SIGKILL') // seen enough
        })
        child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
        child.on('error', reject)
        child.on('close', code => {
          // entries are named from the directory's base name (ml/…): give their paths in the image
          if (code === 0 || reader.done) resolve(reader.files.map(f => path.posix.join(parent, f)))
          else if (/could not find|no such file/i.test(stderr)) resolve([])
          else reject(new Error(stderr.trim() || `docker cp exited ${code}`))
        })
      })
  )
}

/** Runs `fn` on a created (never started) container of `image`, removed afterwards. */
async function withCreatedContainer<T>(
  env: NodeJS.ProcessEnv,
  image: string,
  labels: string[],
  signal: AbortSignal | undefined,
  fn: (id: string) => Promise<T>
): Promise<T> {
  // the image's VOLUMEs are created (and filled) with the container: labelled, and removed with it
  const volumes = labelledVolumeArgs(await declaredVolumes(env, image, signal), labels)
  // `--`: an image named like a flag stays an image
  const created = await docker(
    ['create', '--network', 'none', ...volumes, ...labels, '--', image, 'serve'],
    { env, timeoutMs: 60000, signal }
  )
  const id = created.stdout.trim()
  if (created.code !== 0 || !id) throw new Error(created.stderr.trim() || 'docker create failed')
  try {
    return await fn(id)
  } finally {
    await docker(['rm', '--force', '--volumes', id], { env, timeoutMs: 30000 })
  }
}

/** A file read out of an image: its mode and its first bytes. */
export interface ImageFile {
  path: string
  mode: number
  /** At most the `maxBytes` asked for; config files and scripts are small. */
  content: Buffer
}

/**
 * Reads files from an image without running it, following symbolic links (`docker cp -L`), one
 * created container for all of them. A path the image does not have maps to undefined; a directory
 * or anything but a regular file too. Each read stops after `maxBytes`, so a model file costs nothing.
 */
export async function readImageFiles(
  env: NodeJS.ProcessEnv,
  image: string,
  paths: readonly string[],
  labels: string[],
  signal?: AbortSignal,
  maxBytes = 256 * 1024
): Promise<Map<string, ImageFile | undefined>> {
  const out = new Map<string, ImageFile | undefined>()
  const wanted = [...new Set(paths)]
  if (!wanted.length) return out
  await withCreatedContainer(env, image, labels, signal, async id => {
    // most paths asked for are not there (config files of servers the image does not use): one
    // engine request each says so, and only the others are copied, together
    const missing = await missingPaths(env, id, wanted, signal)
    const read = await Promise.all(
      wanted.map(p => (missing.has(p) ? undefined : copyOne(env, id, p, maxBytes, signal)))
    )
    wanted.forEach((p, i) => out.set(p, read[i]))
  })
  return out
}

/** How long the engine may take to say which paths a container lacks before each is copied anyway. */
const STAT_TIMEOUT_MS = 10000

/**
 * The paths the engine says `container` does not have (404 to HEAD /containers/ID/archive), asked
 * over one `docker system dial-stdio` connection: one process instead of a `docker cp` per path, each
 * of which costs a process start on both sides. Empty when the answers are not all there (an old CLI,
 * a timeout): every path is then copied, as without this.
 */
export async function missingPaths(
  env: NodeJS.ProcessEnv,
  container: string,
  paths: readonly string[],
  signal?: AbortSignal
): Promise<Set<string>> {
  if (paths.length < 2) return new Set() // a copy costs no more than asking
  const requests = paths.map(
    (p, i) =>
      `HEAD /containers/${container}/archive?path=${encodeURIComponent(p)} HTTP/1.1\r\nHost: docker\r\n${i === paths.length - 1 ? 'Connection: close\r\n' : ''}\r\n`
  )
  const answer = await new Promise<string>(resolve => {
    const child = spawnDocker(['system', 'dial-stdio'], env, {
      stdio: ['pipe', 'pipe', 'ignore'],
      signal
    })
    let text = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), STAT_TIMEOUT_MS)
    child.stdout?.on('data', (b: Buffer) => (text = (text + b.toString('latin1')).slice(-65536)))
    child.on('error', () => undefined)
    child.on('close', () => {
      clearTimeout(timer)
      resolve(text)
    })
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(requests.join(''))
  })
  // HEAD answers have no body: one status line and headers each, in the order asked
  const statuses = [...answer.matchAll(/^HTTP\/1\.[01] (\d{3}) /gm)].map(m => m[1])
  if (statuses.length !== paths.length) return new Set()
  return new Set(paths.filter((_, i) => statuses[i] === '404'))
}

function copyOne(
  env: NodeJS.ProcessEnv,
  id: string,
  file: string,
  maxBytes: number,
  signal?: AbortSignal
): Promise<ImageFile | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawnDocker(['cp', '-L', `${id}:${file}`, '-'], env, {
      signal
    })
    const first = new FirstTarEntry(maxBytes)
    let size = 0
    let stderr = ''
    // a header (plus pax/long-name headers) and maxBytes of content are all that is read
    const limit = maxBytes + 4096
    child.stdout?.on('data', (chunk: Buffer) => {
      first.push(chunk)
      size += chunk.length
      if (size >= limit) child.kill('SIGKILL')
    })
    child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0 && size < limit) {
        if (/could not find|no such file|not a directory/i.test(stderr)) resolve(undefined)
        else reject(new Error(stderr.trim() || `docker cp exited ${code}`))
        return
      }
      resolve(
        first.type !== undefined && REGULAR.has(first.type)
          ? { path: file, mode: first.mode, content: first.content() }
          : undefined
      )
    })
  })
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
