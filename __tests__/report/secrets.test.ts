// Secrets planted in the runner's environment and the github-token input never reach anything the
// action or the CLI writes, even when a finding carries them (an AWS error message, an image URI,
// a truncated copy as a failure file would show it).
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../fixtures/core.js'
import { jsonError, startFakeAws, type FakeAws } from '../helpers/fake-aws.js'
import { FakeRegistry, HOST, REPO } from '../helpers/fake-ecr.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')
const { cli } = await import('../../src/cli/main.js')
const { Secrets, REDACTED } = await import('../../src/report/secrets.js')

const SECRETS = {
  GITHUB_TOKEN: 'ghs_envTokenAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.runtime',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.idtoken',
  AWS_ACCESS_KEY_ID: 'ASIAPLANTEDKEYID1234',
  AWS_SECRET_ACCESS_KEY: 'plantedSecretAccessKey/abcdefghijklmnop',
  AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEPlantedSessionToken',
  DEPLOY_PASSWORD: 'hunter2-but-longer'
}
const INPUT_TOKEN = 'ghp_inputTokenBBBBBBBBBBBBBBBBBBBBBBBBBBB'
const ALL = [...Object.values(SECRETS), INPUT_TOKEN]
// what a finding quotes: every secret whole, and the GitHub token cut short as a 1024-character
// failure file would cut it
const LEAK = `${ALL.join(' ')} ${INPUT_TOKEN.slice(0, 20)}`

/** Fails naming the secret (or its first 12 characters) found in `text`. */
function expectNoSecret(where: string, text: string): void {
  for (const s of ALL) {
    expect({ where, leaked: text.includes(s.slice(0, 12)) ? s : undefined }).toEqual({
      where,
      leaked: undefined
    })
  }
}

describe('Secrets', () => {
  it('finds the runner and AWS credentials, secret-looking variables and explicit values', () => {
    const secrets = Secrets.from(
      {
        ...SECRETS,
        NPM_TOKEN: 'npm_abcdefghijkl',
        RUNNER_OS: 'Linux-runner-os',
        GIT_AUTHOR_NAME: 'Mona Lisa Octocat',
        SHORT_KEY: 'abc'
      },
      [INPUT_TOKEN, undefined, '']
    )
    expect(secrets.values().sort()).toEqual([...ALL, 'npm_abcdefghijkl'].sort())
  })

  it('redacts every string of a value, keys too, at any depth', () => {
    const secrets = Secrets.from({}, [INPUT_TOKEN])
    expect(
      secrets.redact({
        a: [`token=${INPUT_TOKEN};`, 1, null, true],
        [INPUT_TOKEN]: { b: INPUT_TOKEN.repeat(2) }
      })
    ).toEqual({ a: ['token=***;', 1, null, true], [REDACTED]: { b: '******' } })
  })

  it('redacts a known credential cut short, but not a short common prefix', () => {
    const secrets = Secrets.from({}, [INPUT_TOKEN])
    expect(secrets.redact(`…${INPUT_TOKEN.slice(0, 30)}`)).toBe('…***')
    expect(secrets.redact('ghp_input and ghp_inputTo')).toBe('ghp_input and ghp_inputTo')
  })

  it('redacts each line of a multi-line secret', () => {
    const key = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END KEY-----'
    const secrets = Secrets.from({ SSH_PRIVATE_KEY: key })
    expect(secrets.redact('line: MIIEvQIBADANBgkqhkiG9w0B')).toBe('line: ***')
  })

  it('redacts what a logger is given', () => {
    const lines: string[] = []
    const log = Secrets.from({}, [INPUT_TOKEN]).logger({
      info: m => void lines.push(m),
      warning: m => void lines.push(m),
      debug: m => void lines.push(m),
      group: (name, fn) => (lines.push(name), fn())
    })
    log.info(INPUT_TOKEN)
    log.warning(`w ${INPUT_TOKEN}`)
    log.debug(`d ${INPUT_TOKEN}`)
    void log.group(`g ${INPUT_TOKEN}`, async () => undefined)
    expect(lines).toEqual(['***', 'w ***', 'd ***', 'g ***'])
  })
})

// A fake AWS whose ECR answers with an error quoting the secrets, and a fake GitHub API that keeps
// the comments it is sent.
let fake: FakeAws
let github: Server
let githubUrl: string
const posted: string[] = []
const saved = { ...process.env }

beforeAll(async () => {
  fake = await startFakeAws(
    new FakeRegistry().handlers({
      DescribeImages: () => jsonError(400, 'AccessDeniedException', `no access for ${LEAK}`)
    })
  )
  github = createServer((req, res) => {
    let body = ''
    req.on('data', c => (body += c))
    req.on('end', () => {
      posted.push(body)
      res.writeHead(req.method === 'POST' && req.url?.endsWith('/comments') ? 201 : 200, {
        'content-type': 'application/json'
      })
      if (req.url === '/graphql') {
        res.end(JSON.stringify({ data: { viewer: { login: 'github-actions[bot]' } } }))
      } else if (req.method === 'GET') res.end('[]')
      else res.end(JSON.stringify({ id: 1, html_url: 'https://github.test/c/1', body }))
    })
  })
  await new Promise<void>(resolve => github.listen(0, '127.0.0.1', resolve))
  githubUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`
})

afterAll(async () => {
  await fake.close()
  await new Promise<void>(resolve => github.close(() => resolve()))
})

let dir: string
beforeEach(() => {
  posted.length = 0
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-secrets-'))
  const event = path.join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7 } }))
  writeFileSync(path.join(dir, 'summary.md'), '')
  process.env = {
    ...saved,
    ...fake.env,
    ...SECRETS,
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: githubUrl,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md')
  }
})
afterEach(() => {
  process.env = saved
})

// the image URI quotes the secrets too, in the report's facts and the pinned-digest finding
const IMAGE = `${HOST}/${REPO}:${INPUT_TOKEN.slice(0, 20).toLowerCase()}`

describe('nothing the action writes carries a secret', () => {
  it('report, SARIF, summary, comment, annotations, outputs and log', async () => {
    core.reset({
      image: IMAGE,
      'aws-checks': 'true',
      'smoke-test': 'false',
      'report-file': 'report.json',
      'sarif-file': 'out.sarif',
      comment: 'true',
      'github-token': INPUT_TOKEN
    })
    await run()
    const report = readFileSync(path.join(dir, 'report.json'), 'utf8')
    // the finding is there, with its secrets replaced
    expect(report).toContain(`no access for ${REDACTED} ${REDACTED}`)
    expectNoSecret('report', report)
    expectNoSecret('sarif', readFileSync(path.join(dir, 'out.sarif'), 'utf8'))
    expectNoSecret('summary', core.summaryWritten())
    expect(posted.some(b => b.includes('no access for'))).toBe(true)
    expectNoSecret('comment', posted.join('\n'))
    for (const fn of [core.info, core.warning, core.debug, core.error, core.setFailed]) {
      expectNoSecret(fn.getMockName(), JSON.stringify(fn.mock.calls))
    }
    expectNoSecret('outputs', JSON.stringify(core.outputs))
    // and the runner was told to mask each of them in its own log
    expect(core.setSecret.mock.calls.map(c => c[0])).toEqual(expect.arrayContaining(ALL))
  })

  it('an input error that quotes a secret pasted into the wrong input', async () => {
    core.reset({ image: IMAGE, region: INPUT_TOKEN, 'github-token': INPUT_TOKEN })
    core.setFailed.mockClear()
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      `Input \`region\` is "${REDACTED}"; expected a Region name such as us-east-2`
    )
  })
})

describe('nothing the CLI writes carries a secret', () => {
  it('terminal, report, SARIF and GITHUB_STEP_SUMMARY', async () => {
    let out = ''
    const code = await cli(
      [
        `--image=${IMAGE}`,
        '--aws-checks=true',
        '--smoke-test=false',
        '--sarif-file=out.sarif',
        `--github-token=${INPUT_TOKEN}`
      ],
      { ...process.env, RUNNER_DEBUG: '1' },
      { stdout: t => (out += t), stderr: t => (out += t), cwd: dir }
    )
    expect(code).toBe(1)
    expect(out).toContain(`no access for ${REDACTED}`)
    expectNoSecret('terminal', out)
    expectNoSecret('report', readFileSync(path.join(dir, 'marketplace-preflight.json'), 'utf8'))
    expectNoSecret('sarif', readFileSync(path.join(dir, 'out.sarif'), 'utf8'))
    const summary = readFileSync(path.join(dir, 'summary.md'), 'utf8')
    expect(summary).toContain('no access for')
    expectNoSecret('summary', summary)
  })
})
