// Reaching 127.0.0.1:8080 (or the port in SAGEMAKER_BIND_TO_PORT) inside a container that has no network (`--network none`: no port can be
// published). Primary: a tiny forwarder, run by the host's node inside the container's network
// namespace (nsenter), listening on a Unix socket on the host; requests are then plain HTTP with no
// process per request. Fallback: `docker exec` with curl, python or busybox wget in the image.

import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { SERVING_PORT } from '../catalog/sagemaker-limits.js'
import { docker, spawnDocker } from './command.js'
import { socketDirPrefix } from './labels.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  bodyFile?: string
  timeoutMs: number
  /**
   * The largest answer body the rule takes: past it the request is ended and fails with
   * BodyTooLargeError, so an answer that never ends costs neither memory nor the whole timeout.
   */
  maxBodyBytes: number
  /** Writes the whole body to this file (the validation replay assembles the answers); otherwise
   * only its start is kept. */
  saveBodyTo?: string
}

export interface HttpResponse {
  status: number
  ms: number
  /** The start of the body (at most SMALL_ANSWER_BYTES): for messages, and all of a small answer. */
  bodyStart: string
  bytes: number
  /** SHA-256 of the whole body, hex: compares answers of any size (a run against its baseline). */
  sha256: string
}

export class ProbeError extends Error {
  constructor(
    message: string,
    readonly timedOut = false,
    readonly ms = 0
  ) {
    super(message)
    this.name = 'ProbeError'
  }
}

/** The answer's body passed the request's maxBodyBytes; the request was ended there. */
export class BodyTooLargeError extends ProbeError {
  constructor(
    readonly status: number,
    limit: number,
    ms: number
  ) {
    super(
      `answered ${status ? `${status} ` : ''}with a body of more than ${limit.toLocaleString('en-US')} bytes; reading stopped there`,
      false,
      ms
    )
    this.name = 'BodyTooLargeError'
  }
}

export interface Probe {
  readonly method: string
  request(req: HttpRequest): Promise<HttpResponse>
  close(): Promise<void>
}

/**
 * The most of a small answer (GET /ping, GET /execution-parameters) that is read: their rules need a
 * status and a short JSON object, and SageMaker documents no limit of theirs (project choice). Also
 * how much of any body is kept for messages, so all of a small answer is kept.
 */
export const SMALL_ANSWER_BYTES = 64 * 1024

// Pipes each connection on the Unix socket (argv[1]) to 127.0.0.1:<argv[2]> in this network
// namespace; exits when its stdin closes, so it never outlives the run. When the server closes
// first, the client's side is ended, not destroyed, so the last bytes of an answer (a 413) arrive.
const FORWARDER = `const net=require('net');
const s=net.createServer(c=>{const u=net.connect(+process.argv[2],'127.0.0.1');
const end=()=>{c.destroy();u.destroy()};c.pipe(u);u.pipe(c);
for(const x of [c,u])x.on('error',end);c.on('close',end);u.on('close',()=>c.end())});
s.on('error',e=>{process.stderr.write('listening on '+process.argv[1]+': '+e.message);process.exit(1)});
s.listen(process.argv[1],()=>{require('fs').chmodSync(process.argv[1],0o666);process.stdout.write('ready\\n')});
process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));process.stdin.resume();`

/** A Unix socket's path must fit in sun_path (108 bytes on Linux), with room for the NUL. */
const SOCKET_PATH_MAX = 100

/**
 * The forwarder's socket: in `dir` (the run's temporary directory, removed with it) when the path
 * fits, otherwise in a short directory of its own under /tmp, as a deep RUNNER_TEMP needs (named
 * after the run, for the post step).
 */
export function socketPathIn(dir: string, run: string): { socketPath: string; ownDir?: string } {
  const name = `forward-${randomBytes(4).toString('hex')}.sock`
  const socketPath = path.join(dir, name)
  if (Buffer.byteLength(socketPath) <= SOCKET_PATH_MAX) return { socketPath }
  const ownDir = mkdtempSync(socketDirPrefix(run))
  return { socketPath: path.join(ownDir, name), ownDir }
}

export async function openNsenterProbe(
  pid: number,
  dir: string,
  run: string,
  port = SERVING_PORT
): Promise<Probe> {
  const { socketPath, ownDir } = socketPathIn(dir, run)
  const removeSocket = (): void => {
    process.off('exit', removeSocket)
    rmSync(ownDir ?? socketPath, { recursive: true, force: true })
  }
  // a run stopped by a second signal exits without closing the probe; the run directory goes
  // with RUNNER_TEMP, a directory of its own under /tmp would not
  if (ownDir) process.once('exit', removeSocket)
  const nsenter = [
    `--net=/proc/${pid}/ns/net`,
    process.execPath,
    '-e',
    FORWARDER,
    socketPath,
    String(port)
  ]
  const root = process.getuid?.() === 0
  const [command, args] = root ? ['nsenter', nsenter] : ['sudo', ['-n', 'nsenter', ...nsenter]]
  const child = spawn(command, args, { stdio: 'pipe', env: { PATH: envPath() } })
  await new Promise<void>((resolve, reject) => {
    let err = ''
    const timer = setTimeout(() => fail('the forwarder did not start within 10 s'), 10000)
    function fail(why: string): void {
      clearTimeout(timer)
      // killing sudo does not kill what it started; the forwarder exits when its stdin closes
      child.stdin?.end()
      child.kill('SIGKILL')
      removeSocket()
      reject(new ProbeError(`${root ? '' : 'sudo -n '}nsenter: ${why}`))
    }
    child.stderr?.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-500)))
    child.stdout?.on('data', (b: Buffer) => {
      if (b.toString().includes('ready')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on('error', e => fail(e.message))
    child.on('exit', code => fail(withoutStack(err) || `exited with ${code}`))
  })
  child.removeAllListeners('exit')
  return new NsenterProbe(child, socketPath, removeSocket, port)
}

/** Whole tenths: the probe's timeouts are user-facing. */
function seconds(ms: number): number {
  return Number((ms / 1000).toFixed(1))
}

/** What a crashed forwarder printed, minus node's stack frames: the log is for sellers. */
function withoutStack(stderr: string): string {
  return stderr
    .split('\n')
    .filter(l => l.trim() && !/^\s+at |^Node\.js v/.test(l))
    .join(' ')
    .trim()
}

function envPath(): string {
  return process.env.PATH || '/usr/sbin:/usr/bin:/sbin:/bin'
}

class NsenterProbe implements Probe {
  readonly method = 'nsenter'

  constructor(
    private readonly child: ChildProcess,
    private readonly socketPath: string,
    private readonly removeSocket: () => void,
    private readonly port: number
  ) {}

  request(req: HttpRequest): Promise<HttpResponse> {
    const start = performance.now()
    const ms = (): number => Math.round(performance.now() - start)
    return new Promise((resolve, reject) => {
      const r = httpRequest(
        {
          socketPath: this.socketPath,
          method: req.method,
          path: req.path,
          headers: { Host: `127.0.0.1:${this.port}`, ...req.headers },
          agent: false
        },
        res => {
          const status = res.statusCode ?? 0
          readBody(res, req, () => status, ms).then(body => {
            clearTimeout(timer)
            resolve({ status, ms: ms(), ...body })
          }, done)
        }
      )
      const timer = setTimeout(
        () => done(new ProbeError(`no answer within ${seconds(req.timeoutMs)} s`, true, ms())),
        req.timeoutMs
      )
      function done(err: ProbeError): void {
        clearTimeout(timer)
        r.destroy()
        reject(err)
      }
      r.on('error', e => done(new ProbeError(connectionMessage(e, this.port), false, ms())))
      if (req.bodyFile) {
        const body = createReadStream(req.bodyFile)
        body.on('error', e => done(new ProbeError(e.message, false, ms())))
        body.pipe(r)
      } else r.end()
    })
  }

  async close(): Promise<void> {
    this.child.stdin?.end()
    const exited = new Promise(r => this.child.once('exit', r))
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const t = setTimeout(() => this.child.kill('SIGKILL'), 2000)
      await exited
      clearTimeout(t)
    }
    this.removeSocket()
  }
}

/**
 * Reads an answer's body within `req.maxBodyBytes`: keeps its start and, when asked, writes all of
 * it to `req.saveBodyTo`, the answer paused while the disk catches up. Past the limit it rejects
 * with BodyTooLargeError (every failure is a ProbeError), and the caller ends the request.
 */
async function readBody(
  body: Readable,
  req: HttpRequest,
  status: () => number,
  ms: () => number
): Promise<Pick<HttpResponse, 'bodyStart' | 'bytes' | 'sha256'>> {
  const start: Buffer[] = []
  const hash = createHash('sha256')
  let bytes = 0
  const file = req.saveBodyTo ? createWriteStream(req.saveBodyTo) : undefined
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      if (bytes + chunk.length > req.maxBodyBytes) {
        throw new BodyTooLargeError(status(), req.maxBodyBytes, ms())
      }
      if (bytes < SMALL_ANSWER_BYTES) start.push(chunk.subarray(0, SMALL_ANSWER_BYTES - bytes))
      bytes += chunk.length
      hash.update(chunk)
      if (file && !file.write(chunk)) await once(file, 'drain')
    }
    if (file) await finished(file.end())
  } catch (err) {
    file?.destroy()
    throw err instanceof ProbeError ? err : new ProbeError((err as Error).message, false, ms())
  }
  return { bodyStart: Buffer.concat(start).toString('utf8'), bytes, sha256: hash.digest('hex') }
}

function connectionMessage(e: Error, port: number): string {
  // the forwarder closes the connection when nothing listens on the port
  return /socket hang up|ECONNRESET|EPIPE/.test(e.message)
    ? `nothing answered on port ${port}`
    : e.message
}

type Tool = 'curl' | 'python3' | 'python' | 'wget'

const PYTHON = `import sys,time,urllib.request as u,urllib.error as e
m,url,t=sys.argv[1],sys.argv[2],float(sys.argv[3])
h=dict(a.split(': ',1) for a in sys.argv[4:])
d=sys.stdin.buffer.read() if m=='POST' else None
try:
  r=u.urlopen(u.Request(url,data=d,headers=h,method=m),timeout=t);c=r.status
except e.HTTPError as x:
  r=x;c=x.code
sys.stderr.write('HTTP/1.1 %d\\n'%c);sys.stdout.buffer.write(r.read())`

/** Runs the HTTP request inside the container with whatever client the image has. */
export async function openExecProbe(
  container: string,
  env: NodeJS.ProcessEnv,
  port = SERVING_PORT
): Promise<Probe> {
  const candidates: [Tool, string[]][] = [
    ['curl', ['curl', '--version']],
    ['python3', ['python3', '-c', 'pass']],
    ['python', ['python', '-c', 'pass']],
    ['wget', ['wget', '--help']]
  ]
  for (const [tool, check] of candidates) {
    const r = await docker(['exec', container, ...check], { env, timeoutMs: 15000 })
    // busybox prints its usage to stderr and exits 1 for --help
    if (r.code === 0 || (tool === 'wget' && /BusyBox|Usage: wget/i.test(r.stderr + r.stdout)))
      return new ExecProbe(container, env, tool, port)
  }
  throw new ProbeError('the image has none of curl, python3, python or wget for `docker exec`')
}

class ExecProbe implements Probe {
  readonly method: string

  constructor(
    private readonly container: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly tool: Tool,
    private readonly port: number
  ) {
    this.method = `docker exec (${tool})`
  }

  private command(req: HttpRequest): string[] {
    const url = `http://127.0.0.1:${this.port}${req.path}`
    const secs = String(Math.max(1, Math.ceil(req.timeoutMs / 1000)))
    // each tool sets Content-Length from the body it read; a second one makes servers answer 400
    const headers = Object.entries(req.headers ?? {})
      .filter(([k]) => k.toLowerCase() !== 'content-length')
      .map(([k, v]) => `${k}: ${v}`)
    const post = req.method === 'POST'
    switch (this.tool) {
      case 'curl':
        return [
          'curl', '-sS', '-D', '/dev/stderr', '-o', '-', '-m', secs, '-X', req.method,
          ...headers.flatMap(h => ['-H', h]),
          ...(post ? ['--data-binary', '@-'] : []),
          url
        ] // prettier-ignore
      case 'python3':
      case 'python':
        return [this.tool, '-c', PYTHON, req.method, url, secs, ...headers]
      case 'wget':
        return [
          // no -T: Debian's busybox 1.35 wget crashes with it; the exec itself is timed
          'wget', '-q', '-S', '-O', '-',
          ...headers.flatMap(h => ['--header', h]),
          ...(post ? ['--post-file', '/dev/stdin'] : []),
          url
        ] // prettier-ignore
    }
  }

  request(req: HttpRequest): Promise<HttpResponse> {
    const start = performance.now()
    const ms = (): number => Math.round(performance.now() - start)
    const args = ['exec', ...(req.bodyFile ? ['-i'] : []), this.container, ...this.command(req)]
    return new Promise((resolve, reject) => {
      const child = spawnDocker(args, this.env, {
        stdio: [req.bodyFile ? 'pipe' : 'ignore', 'pipe', 'pipe']
      })
      let err = ''
      // the tools print the status lines on stderr, before the body
      const status = (): number =>
        Number([...err.matchAll(/HTTP\/\d(?:\.\d)?\s+(\d{3})/g)].at(-1)?.[1] ?? 0)
      const fail = (e: ProbeError): void => {
        clearTimeout(timer)
        child.kill('SIGKILL')
        reject(e)
      }
      const timer = setTimeout(
        () => fail(new ProbeError(`no answer within ${seconds(req.timeoutMs)} s`, true, ms())),
        req.timeoutMs + 2000
      )
      child.stderr?.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-8192)))
      const body = readBody(child.stdout!, req, status, ms)
      body.catch(fail)
      child.on('error', e => fail(new ProbeError(e.message, false, ms())))
      child.on('close', () => {
        clearTimeout(timer)
        if (!status()) {
          const why = err.trim().split('\n').at(-1) || 'no HTTP answer'
          const timedOut = /timed out|timeout/i.test(why)
          return reject(new ProbeError(`${this.tool}: ${why}`, timedOut, ms()))
        }
        // a body that failed has rejected already
        body.then(
          b => resolve({ status: status(), ms: ms(), ...b }),
          () => undefined
        )
      })
      if (req.bodyFile && child.stdin) {
        const upload = createReadStream(req.bodyFile)
        upload.on('error', () => child.stdin?.end())
        child.stdin.on('error', () => undefined)
        upload.pipe(child.stdin)
      }
    })
  }

  async close(): Promise<void> {}
}
