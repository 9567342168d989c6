// The engine API client over `docker system dial-stdio`, against a fake engine on a Unix socket
// (DOCKER_HOST): the real CLI carries the requests, so keep-alive, a dropped answer, timeouts and a
// missing CLI are exercised as they happen. Needs the docker CLI, not an engine.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { drop, EngineApi, engineMessage } from '../../src/docker/engine-api.js'

const cli = spawnSync('docker', ['--version']).status === 0
// under CI the CLI is installed: a missing one fails there instead of skipping
const suite = cli || process.env.CI ? describe : describe.skip

suite('EngineApi over docker system dial-stdio (fake engine)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-engine-'))
  const socket = path.join(dir, 'engine.sock')
  const env = { PATH: process.env.PATH, DOCKER_HOST: `unix://${socket}` }
  /** The connections that carried a request other than the CLI's own HEAD /_ping. */
  const used = new Set<number>()
  const closed = new Set<number>()
  let server: http.Server

  beforeAll(async () => {
    let next = 0
    const ids = new WeakMap<object, number>()
    server = http.createServer((req, res) => {
      const id = ids.get(req.socket) ?? -1
      if (req.url !== '/_ping') used.add(id)
      if (req.url?.startsWith('/silent')) return // never answers
      if (req.url === '/stalls') {
        res.writeHead(200)
        res.write('half')
        return // the rest never comes
      }
      if (req.url === '/large') {
        res.writeHead(200)
        res.end(Buffer.alloc(4 * 1024 * 1024, 1))
        return
      }
      if (req.url === '/missing') {
        res.writeHead(404, { 'Content-Type': 'application/json' })
        // as engine 20.10 words it: its own message, wrapped in itself
        res.end(
          JSON.stringify({ message: 'no such image: nothing:here: No such image: nothing:here' })
        )
        return
      }
      let body = ''
      req.on('data', (b: Buffer) => (body += b.toString()))
      req.on('end', () => res.end(JSON.stringify({ method: req.method, url: req.url, body })))
    })
    server.on('connection', s => {
      const id = next++
      ids.set(s, id)
      s.on('close', () => closed.add(id))
    })
    await new Promise<void>(resolve => server.listen(socket, resolve))
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise(resolve => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  it('sends requests one after another over one connection, and closes it', async () => {
    used.clear()
    const api = new EngineApi(env)
    const posted = await api.request({
      method: 'POST',
      path: '/containers/create',
      json: { Image: 'x' },
      timeoutMs: 5000
    })
    expect(posted.status).toBe(200)
    expect(JSON.parse(posted.body.toString())).toEqual({
      method: 'POST',
      url: '/containers/create',
      body: '{"Image":"x"}'
    })
    for (const p of ['/a', '/b']) {
      const got = await api.request({ method: 'GET', path: p, timeoutMs: 5000 })
      expect(JSON.parse(got.body.toString()).url).toBe(p)
    }
    expect(used.size).toBe(1)
    const [connection] = used
    api.close()
    await waitFor(() => closed.has(connection))
  })

  it("words an error answer in the engine's own message", async () => {
    const api = new EngineApi(env)
    try {
      const answer = await api.request({ method: 'GET', path: '/missing', timeoutMs: 5000 })
      expect(answer.status).toBe(404)
      expect(engineMessage(answer)).toBe('No such image: nothing:here')
      expect(engineMessage({ ...answer, body: Buffer.from('<html>') })).toBe(
        'the Docker engine answered 404'
      )
    } finally {
      api.close()
    }
  })

  it('cuts a body at the bytes asked for, and opens a new connection after a dropped answer', async () => {
    used.clear()
    const api = new EngineApi(env)
    try {
      const cut = await api.request({ method: 'GET', path: '/large', timeoutMs: 5000 }, 100)
      expect(cut.body).toEqual(Buffer.alloc(100, 1))
      const first = await api.send({ method: 'GET', path: '/large', timeoutMs: 5000 }, res => {
        drop(res)
        return Promise.resolve('dropped')
      })
      expect(first).toBe('dropped')
      const after = await api.request({ method: 'GET', path: '/after', timeoutMs: 5000 })
      expect(JSON.parse(after.body.toString()).url).toBe('/after')
      expect(used.size).toBe(2)
    } finally {
      api.close()
    }
  })

  it('names the request an engine never answered, or stopped answering, within its time', async () => {
    const api = new EngineApi(env)
    try {
      await expect(
        api.request({ method: 'GET', path: '/silent?x=1', timeoutMs: 300 })
      ).rejects.toThrow('the Docker engine did not answer GET /silent within 0.3 s')
      await expect(api.request({ method: 'GET', path: '/stalls', timeoutMs: 300 })).rejects.toThrow(
        'the Docker engine did not answer GET /stalls within 0.3 s'
      )
      // the connection those left behind is gone: the next request gets an answer on a new one
      const after = await api.request({ method: 'GET', path: '/after', timeoutMs: 5000 })
      expect(after.status).toBe(200)
    } finally {
      api.close()
    }
  })

  it("says in the CLI's words that no engine listens where DOCKER_HOST points", async () => {
    const api = new EngineApi({ ...env, DOCKER_HOST: `unix://${path.join(dir, 'none.sock')}` })
    try {
      await expect(api.request({ method: 'GET', path: '/a', timeoutMs: 5000 })).rejects.toThrow(
        /^docker system dial-stdio: .*none\.sock.*no such file or directory/
      )
    } finally {
      api.close()
    }
  })

  it('stops on an abort, and fails plainly without a docker CLI', async () => {
    const api = new EngineApi(env)
    try {
      const signal = AbortSignal.timeout(100)
      await expect(
        api.request({ method: 'GET', path: '/silent', timeoutMs: 5000, signal })
      ).rejects.toThrow(/aborted/i)
    } finally {
      api.close()
    }
    const none = new EngineApi({ PATH: '/nonexistent' })
    try {
      await expect(none.request({ method: 'GET', path: '/a', timeoutMs: 5000 })).rejects.toThrow(
        /spawn docker ENOENT/
      )
    } finally {
      none.close()
    }
  })
})

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise(r => setTimeout(r, 50))
  expect(check()).toBe(true)
}
