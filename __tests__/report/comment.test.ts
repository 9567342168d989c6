import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdtempSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  commentOnPullRequest,
  COMMENT_LIMIT_CHARS,
  MARKER,
  renderComment
} from '../../src/report/comment.js'
import type { Logger } from '../../src/core/context.js'
import type { Report } from '../../src/report/json.js'

// A stand-in for the GitHub endpoints the comment uses, on 127.0.0.1: GraphQL's viewer and REST's
// GET /user (who the token is), and listing, creating and updating issue comments.
interface Comment {
  id: number
  body: string
  html_url: string
  user?: { login: string; type: string }
}
let server: Server
let api: string
let comments: Comment[]
let requests: string[]
let forbid: boolean
/** The token's login as GraphQL's viewer (undefined: GraphQL not served) and REST's GET /user
 * (undefined: refused, as for installation tokens) answer it. */
let viewer: string | undefined
let restUser: string | undefined
const BOT = 'github-actions[bot]'

function body(req: IncomingMessage): Promise<{ body: string }> {
  return new Promise(resolve => {
    let text = ''
    req.on('data', c => (text += c))
    req.on('end', () => resolve(JSON.parse(text || '{}')))
  })
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    requests.push(`${req.method} ${req.url?.replace(/\?.*/, '')}`)
    const send = (status: number, data: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(data))
    }
    if (forbid) return send(403, { message: 'Resource not accessible by integration' })
    if (req.url === '/graphql' && req.method === 'POST') {
      if (viewer === undefined) return send(404, { message: 'Not Found' })
      return send(200, { data: { viewer: { login: viewer } } })
    }
    if (req.url === '/user') {
      if (restUser === undefined) {
        return send(403, { message: 'Resource not accessible by integration' })
      }
      return send(200, { login: restUser, type: 'User' })
    }
    const author = { login: viewer ?? restUser ?? 'ghost', type: 'Bot' }
    const list = req.url?.match(/^\/repos\/octo\/models\/issues\/7\/comments/)
    const one = req.url?.match(/^\/repos\/octo\/models\/issues\/comments\/(\d+)$/)
    if (list && req.method === 'GET') return send(200, comments)
    if (list && req.method === 'POST') {
      const id = 100 + comments.length
      const c = {
        id,
        body: (await body(req)).body,
        html_url: `https://github.test/c/${id}`,
        user: author
      }
      comments.push(c)
      return send(201, c)
    }
    if (one && req.method === 'PATCH') {
      const c = comments.find(x => x.id === Number(one[1]))
      if (!c) return send(404, { message: 'Not Found' })
      c.body = (await body(req)).body
      return send(200, c)
    }
    send(404, { message: 'Not Found' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

let env: NodeJS.ProcessEnv
const log = { info: jest.fn(), warning: jest.fn(), debug: jest.fn(), group: jest.fn() }

beforeEach(() => {
  comments = [
    {
      id: 1,
      body: 'LGTM',
      html_url: 'https://github.test/c/1',
      user: { login: 'octocat', type: 'User' }
    }
  ]
  requests = []
  forbid = false
  viewer = BOT
  restUser = undefined
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-comment-'))
  const event = path.join(dir, 'event.json')
  writeFileSync(
    event,
    JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } })
  )
  env = {
    GITHUB_API_URL: api,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: '42'
  }
})

function report(
  result: 'pass' | 'fail',
  uri = '111122223333.dkr.ecr.us-east-2.amazonaws.com/m'
): Report {
  const findings =
    result === 'fail'
      ? [
          {
            rule: 'ping' as const,
            severity: 'error' as const,
            title: 'GET /ping is not healthy',
            message: '/ping answered 500',
            help: 'Answer 200.'
          }
        ]
      : []
  return {
    version: 1,
    tool: { name: 'marketplace-ml-preflight', version: '0.1.0' },
    result,
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    errors: findings.length,
    warnings: 0,
    image: { uri },
    checks: [
      { rule: 'ping', status: result === 'pass' ? 'pass' : 'fail', durationMs: 1, detail: 'x' }
    ],
    findings
  }
}

const post = (r: Report): Promise<void> =>
  commentOnPullRequest(r, { githubToken: 'ghs_test' }, log as unknown as Logger, env)

describe('commentOnPullRequest', () => {
  it('creates one comment with the marker on the first run', async () => {
    await post(report('fail'))
    expect(comments).toHaveLength(2)
    expect(comments[1].body).toContain(MARKER)
    expect(comments[1].body).toContain('/ping answered 500')
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('Commented on pull request #7'))
  })

  it('updates the same comment in place on the second run', async () => {
    await post(report('fail'))
    await post(report('pass'))
    expect(comments).toHaveLength(2)
    expect(comments[1].body).toContain('Passed')
    expect(requests.filter(r => r.startsWith('PATCH'))).toEqual([
      'PATCH /repos/octo/models/issues/comments/101'
    ])
  })

  it("does not edit a third party's comment that carries the marker: it comments anew", async () => {
    await post(report('fail'))
    const planted = { ...comments[1], id: 50, user: { login: 'mallory', type: 'User' } }
    comments.splice(1, 1, planted)
    await post(report('pass'))
    expect(requests.filter(r => r.startsWith('PATCH'))).toEqual([])
    expect(comments.map(c => c.id)).toEqual([1, 50, 102])
    expect(comments[1].body).toContain('/ping answered 500') // untouched
    expect(comments[2].body).toContain('Passed')
  })

  it('updates the comment of an app token, known by its bot login', async () => {
    viewer = 'preflight-app[bot]'
    await post(report('fail'))
    // the workflow token's comment with the same marker is not the app's
    comments.splice(1, 0, { ...comments[1], id: 60, user: { login: BOT, type: 'Bot' } })
    await post(report('pass'))
    expect(requests.filter(r => r.startsWith('PATCH'))).toEqual([
      'PATCH /repos/octo/models/issues/comments/101'
    ])
  })

  it("knows a personal token's user from GET /user where GraphQL is not served", async () => {
    viewer = undefined
    restUser = 'octo-dev'
    await post(report('fail'))
    await post(report('pass'))
    expect(requests.filter(r => r.startsWith('PATCH'))).toEqual([
      'PATCH /repos/octo/models/issues/comments/101'
    ])
  })

  it('comments anew when it cannot tell whose token it is, and says so', async () => {
    viewer = undefined
    await post(report('fail'))
    await post(report('pass'))
    expect(requests.filter(r => r.startsWith('PATCH'))).toEqual([])
    expect(comments).toHaveLength(3)
    expect(log.info).toHaveBeenCalledWith(
      expect.stringContaining('Could not tell whose token `github-token` is')
    )
  })

  it('keeps one comment per image in a matrix', async () => {
    await post(report('fail', 'x.dkr.ecr.us-east-2.amazonaws.com/a'))
    await post(report('pass', 'x.dkr.ecr.us-east-2.amazonaws.com/b'))
    expect(comments).toHaveLength(3)
  })

  it("turns a fork's 403 into a warning that explains it", async () => {
    forbid = true
    await expect(post(report('fail'))).resolves.toBeUndefined()
    expect(log.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Could not comment on pull request #7 \(HTTP 403\): .*forks get a read-only token/
      )
    )
  })

  it('does nothing outside pull requests, with a debug line', async () => {
    env.GITHUB_EVENT_NAME = 'push'
    await post(report('fail'))
    expect(requests).toEqual([])
    expect(log.debug).toHaveBeenCalledWith(
      'No pull-request comment: the event is "push", not a pull request.'
    )
  })
})

describe('renderComment', () => {
  it('stays under GitHub’s comment limit with very long findings', () => {
    const r = report('fail')
    r.findings = Array.from({ length: 60 }, () => ({ ...r.findings[0], message: 'x'.repeat(5000) }))
    expect(renderComment(r).length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS)
  })
})
