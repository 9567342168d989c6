// The Docker engine's HTTP API, reached through `docker system dial-stdio`: the CLI finds the engine
// (DOCKER_HOST, contexts, TLS) as it does for every other docker call here, and the requests of one
// task share one process instead of a CLI start each, which on a 2-core runner slows the container
// being started beside them. Node's own HTTP client speaks over the process's stdin and stdout.

import http from 'node:http'
import type { Socket } from 'node:net'
import { Duplex, PassThrough } from 'node:stream'
import { lastLines, spawnDocker } from './command.js'

export interface EngineRequest {
  method: 'GET' | 'POST' | 'DELETE'
  /** Unversioned (/containers/create): the engine answers in its own API version. */
  path: string
  /** Sent as JSON. */
  json?: unknown
  timeoutMs: number
  /** Aborts this request (not the connection's others). */
  signal?: AbortSignal
}

/** A whole answer, its body cut at `maxBytes`. */
export interface EngineAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** An error answer's message as the engine words it ({"message": …}), else its status. */
export function engineMessage(answer: EngineAnswer): string {
  try {
    const { message } = JSON.parse(answer.body.toString()) as { message?: unknown }
    if (typeof message === 'string' && message) return saidOnce(message)
  } catch {
    // not JSON: the status says enough
  }
  return `the Docker engine answered ${answer.status}`
}

/** Reads a response to its end, keeping at most `maxBytes` of its body (the rest is drained). */
export function readAnswer(res: http.IncomingMessage, maxBytes: number): Promise<EngineAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let bytes = 0
    res.on('data', (chunk: Buffer) => {
      if (bytes < maxBytes) chunks.push(chunk)
      bytes += chunk.length
    })
    res.on('error', reject)
    res.on('end', () => {
      const body = Buffer.concat(chunks).subarray(0, maxBytes)
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body })
    })
  })
}

/** Drops a response unread: its connection ends, and the next request opens another. */
export function drop(res: http.IncomingMessage): void {
  res.destroy()
}

/** "no such image: x: No such image: x" (engine 20.10 wraps its own words) as "No such image: x". */
function saidOnce(message: string): string {
  const half = (message.length - 2) / 2
  const [first, second] = [message.slice(0, half), message.slice(half + 2)]
  return message.slice(half, half + 2) === ': ' && first.toLowerCase() === second.toLowerCase()
    ? second
    : message
}

/**
 * Requests to the engine, one at a time over one `docker system dial-stdio` process. A response
 * dropped before its end (`read` destroys it: a file too large to read whole) ends that process;
 * the next request starts another. `close()` ends the last.
 */
export class EngineApi {
  private readonly agent: DialAgent

  constructor(env: NodeJS.ProcessEnv) {
    this.agent = new DialAgent(env)
  }

  /** Sends `req` and hands the response to `read`, whose result is returned. */
  send<T>(req: EngineRequest, read: (res: http.IncomingMessage) => Promise<T>): Promise<T> {
    const body = req.json === undefined ? undefined : JSON.stringify(req.json)
    return new Promise<T>((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          host: 'docker',
          method: req.method,
          path: req.path,
          ...(req.signal ? { signal: req.signal } : {}),
          headers: body
            ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }
            : {}
        },
        res => {
          answer = res
          // a reader that drops the rest (or leaves it to drain) has no use for its abort
          res.on('error', () => undefined)
          read(res).then(resolve, reject)
        }
      )
      let answer: http.IncomingMessage | undefined
      // the socket is a pipe, whose setTimeout does nothing: a timer of its own
      const timer = setTimeout(() => {
        const late = new Error(
          `the Docker engine did not answer ${req.method} ${req.path.split('?')[0]} within ${req.timeoutMs / 1000} s`
        )
        if (answer) answer.destroy(late)
        else request.destroy(late)
      }, req.timeoutMs)
      // once answered, the reader hears of a fault through the response
      request.on('error', err => {
        if (!answer) reject(err)
      })
      request.on('close', () => clearTimeout(timer))
      request.end(body)
    })
  }

  /** Sends `req` and reads the whole answer, its body cut at `maxBytes` (the rest is drained). */
  request(req: EngineRequest, maxBytes = 64 * 1024): Promise<EngineAnswer> {
    return this.send(req, res => readAnswer(res, maxBytes))
  }

  close(): void {
    this.agent.destroy()
  }
}

/** Node's agent, keeping its one connection alive between requests, over dial-stdio processes. */
class DialAgent extends http.Agent {
  constructor(private readonly env: NodeJS.ProcessEnv) {
    super({ keepAlive: true, maxSockets: 1 })
  }

  createConnection(): Socket {
    const child = spawnDocker(['system', 'dial-stdio'], this.env, {
      stdio: ['pipe', 'pipe', 'pipe']
    })
    // both ends outlive the CLI's own pipes, and the output ends once it has exited: a CLI that
    // could not reach the engine is heard in its own words ("dial unix …: connect: no such
    // file") instead of "socket hang up" or "premature close"
    const [input, output] = [new PassThrough(), new PassThrough()]
    if (child.stdin) input.pipe(child.stdin)
    child.stdout?.pipe(output, { end: false })
    let said = ''
    child.stderr?.on('data', (b: Buffer) => (said = (said + b.toString()).slice(-2000)))
    child.on('close', code => {
      if (!code) output.end()
      else
        output.destroy(
          new Error(`docker system dial-stdio: ${lastLines(said, 1) || `exited ${code}`}`)
        )
    })
    const pipe = Duplex.from({ readable: output, writable: input })
    child.on('error', err => pipe.destroy(err))
    // a pipe destroyed (a response dropped, the agent closed) aborts itself and both ends; a
    // request in flight hears of a real fault through the client's own listener
    for (const end of [pipe, input, output, child.stdin, child.stdout]) {
      end?.on('error', () => undefined)
    }
    pipe.on('close', () => child.kill('SIGKILL'))
    // what the agent and the client ask of a TCP socket, which a pipe has no use for
    const socketOnly = {
      setKeepAlive: () => pipe,
      setNoDelay: () => pipe,
      setTimeout: () => pipe,
      ref: () => pipe,
      unref: () => pipe
    }
    return Object.assign(pipe, socketOnly) as unknown as Socket
  }
}
