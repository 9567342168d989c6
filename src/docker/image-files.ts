// What an image on the local engine is made of, without running it: its config (platform,
// ENTRYPOINT, CMD) from `docker image inspect`, and the files it ships under a directory, read from
// the tar stream of `docker cp` out of a created (never started) container.

import path from 'node:path'
import { docker, lastLines, spawnDocker } from './cli.js'

export interface LocalImageConfig {
  platform: string
  entrypoint?: string[]
  cmd?: string[]
  labels?: Record<string, string>
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
  if (!m) return { ok: false, reason: `unexpected docker image inspect output: ${r.stdout}` }
  const config = JSON.parse(m[3]) as {
    Entrypoint?: string[] | null
    Cmd?: string[] | null
    Labels?: Record<string, string> | null
  }
  return {
    ok: true,
    config: {
      platform: `${m[1]}/${m[2]}`,
      ...(config.Entrypoint ? { entrypoint: config.Entrypoint } : {}),
      ...(config.Cmd ? { cmd: config.Cmd } : {}),
      ...(config.Labels ? { labels: config.Labels } : {})
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
  // `--`: an image named like a flag stays an image
  const created = await docker(['create', '--network', 'none', ...labels, '--', image, 'serve'], {
    env,
    timeoutMs: 60000,
    signal
  })
  const id = created.stdout.trim()
  if (created.code !== 0 || !id) throw new Error(created.stderr.trim() || 'docker create failed')
  const parent = path.posix.dirname(dir)
  try {
    return await new Promise<string[]>((resolve, reject) => {
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
  } finally {
    await docker(['rm', '-f', id], { env, timeoutMs: 30000 })
  }
}

/** A streaming reader of tar entry names (ustar, GNU long names, pax paths), skipping contents. */
export class TarNames {
  readonly files: string[] = []
  done = false
  private buffer = Buffer.alloc(0)
  private skip = 0
  /** Collects the body of a long-name entry instead of skipping it. */
  private collect: { kind: 'L' | 'x'; left: number; data: Buffer[] } | undefined
  private nextName: string | undefined

  constructor(private readonly max: number) {}

  /** Feeds bytes; true once `max` names were seen. */
  push(chunk: Buffer): boolean {
    this.buffer = Buffer.concat([this.buffer, chunk])
    while (!this.done) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, this.buffer.length)
        if (this.collect) this.collect.data.push(this.buffer.subarray(0, n))
        this.buffer = this.buffer.subarray(n)
        this.skip -= n
        if (this.skip > 0) return false
        if (this.collect) this.finishLongName()
        continue
      }
      if (this.buffer.length < 512) return false
      const header = this.buffer.subarray(0, 512)
      this.buffer = this.buffer.subarray(512)
      if (header.every(b => b === 0)) continue // end-of-archive padding
      const size = parseInt(field(header, 124, 12) || '0', 8)
      const type = String.fromCharCode(header[156] || 48)
      const padded = Math.ceil(size / 512) * 512
      if (type === 'L' || type === 'x') {
        this.collect = { kind: type, left: size, data: [] }
        this.skip = padded
        continue
      }
      const prefix = field(header, 345, 155)
      const name = this.nextName ?? (prefix ? `${prefix}/` : '') + field(header, 0, 100)
      this.nextName = undefined
      if (type === '0' || type === '1' || type === '2') this.files.push(name)
      this.skip = padded
      if (this.files.length >= this.max) this.done = true
    }
    return this.done
  }

  private finishLongName(): void {
    const { kind, left, data } = this.collect as NonNullable<typeof this.collect>
    const body = Buffer.concat(data).subarray(0, left).toString('utf8')
    this.nextName =
      kind === 'L'
        ? body.replace(/\0.*$/s, '')
        : (/(?:^|\n)\d+ path=([^\n]*)/.exec(body)?.[1] ?? undefined)
    this.collect = undefined
  }
}

function field(header: Buffer, offset: number, length: number): string {
  return header
    .subarray(offset, offset + length)
    .toString('utf8')
    .replace(/\0.*$/s, '')
    .trim()
}
