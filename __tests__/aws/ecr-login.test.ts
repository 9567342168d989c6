import { afterEach, describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { RULES } from '../../src/catalog/rules.js'
import { acquireImage } from '../../src/smoke/images.js'
import { runSmokeTests } from '../../src/smoke/index.js'
import { testContext } from '../helpers/context.js'
import { jsonError, startFakeAws, useEnv, type FakeAws, type Handler } from '../helpers/fake-aws.js'
import { HOST, REPO } from '../helpers/fake-ecr.js'

// The ECR login before a pull: the real SDK over HTTP against the local fake endpoint for
// ecr:GetAuthorizationToken, and a `docker` shim on PATH (no registry can be reached here) that
// records what the docker CLI would have been given.

const phaseOf = (rule: string): string => RULES.find(r => r.id === rule)?.phase ?? ''
const PASSWORD = 'eyJwYXlsb2FkIjoic2VjcmV0LXJlZ2lzdHJ5LXBhc3N3b3JkIn0'
const IMAGE = `${HOST}/${REPO}:v1`

let fake: FakeAws | undefined
let restore: (() => void) | undefined

afterEach(async () => {
  restore?.()
  restore = undefined
  await fake?.close()
  fake = undefined
})

const tokenHandler: Handler = () => ({
  body: {
    authorizationData: [
      {
        authorizationToken: Buffer.from(`AWS:${PASSWORD}`).toString('base64'),
        proxyEndpoint: `https://${HOST}`,
        expiresAt: 1900000000
      }
    ]
  }
})

interface Call {
  args: string[]
  config: string
  stdin: string
  configExisted: boolean
}

/** A `docker` that logs each call (argv, DOCKER_CONFIG, stdin for login) and answers like the CLI. */
function dockerShim(options: { pull?: 'ok' | 'denied'; login?: 'ok' | 'fail' } = {}): {
  env: NodeJS.ProcessEnv
  calls(): Call[]
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-docker-shim-'))
  const log = path.join(dir, 'calls.jsonl')
  writeFileSync(log, '')
  const script = `#!/usr/bin/env node
const fs = require('node:fs')
const args = process.argv.slice(2)
const config = process.env.DOCKER_CONFIG || ''
const stdin = args[0] === 'login' ? fs.readFileSync(0, 'utf8') : ''
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, config, stdin, configExisted: !!config && fs.existsSync(config) }) + '\\n')
if (args[0] === 'version') { console.log('27.0.0'); process.exit(0) }
if (args[0] === 'context') { console.log('unix:///var/run/docker.sock'); process.exit(0) }
if (args[0] === 'login') {
  if (${JSON.stringify(options.login ?? 'ok')} === 'fail') { console.error('Error response from daemon: login attempt failed'); process.exit(1) }
  fs.writeFileSync(config + '/config.json', '{"auths":{}}'); console.log('Login Succeeded'); process.exit(0)
}
if (args[0] === 'pull') {
  if (${JSON.stringify(options.pull ?? 'ok')} === 'denied') { console.error('Error response from daemon: Head "https://${HOST}/v2/${REPO}/manifests/v1": no basic auth credentials'); process.exit(1) }
  console.log('${IMAGE}'); process.exit(0)
}
console.error('Error: No such image: ' + args[args.length - 1]); process.exit(1)
`
  const bin = path.join(dir, 'docker')
  writeFileSync(bin, script)
  chmodSync(bin, 0o755)
  const home = mkdtempSync(path.join(tmpdir(), 'preflight-home-'))
  return {
    env: { PATH: `${dir}:${process.env.PATH}`, HOME: home, RUNNER_TEMP: home },
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(l => JSON.parse(l) as Call)
  }
}

function context(shim: { env: NodeJS.ProcessEnv }, smokeTest = 'true') {
  const ctx = testContext({ image: IMAGE, 'smoke-test': smokeTest })
  const lines: string[] = []
  ctx.env = shim.env
  ctx.log = {
    info: m => void lines.push(m),
    warning: m => void lines.push(m),
    debug: m => void lines.push(m),
    group: (_name, fn) => fn()
  }
  return { ctx, lines }
}

async function withFakeEcr(handler: Handler): Promise<void> {
  fake = await startFakeAws({ GetAuthorizationToken: handler })
  restore = useEnv(fake.env)
}

describe('ECR login before the pull', () => {
  it('logs in with the token on stdin, into a temporary DOCKER_CONFIG that is removed afterwards', async () => {
    await withFakeEcr(tokenHandler)
    const shim = dockerShim()
    const { ctx, lines } = context(shim)

    expect(await acquireImage(ctx, IMAGE, undefined)).toEqual({ ok: true })

    expect(fake!.operations()).toEqual(['GetAuthorizationToken'])
    const calls = shim.calls()
    const login = calls.find(c => c.args[0] === 'login')!
    const pull = calls.find(c => c.args[0] === 'pull')!
    expect(login.args).toEqual(['login', '--username', 'AWS', '--password-stdin', HOST])
    expect(login.stdin).toBe(PASSWORD)
    // the pull uses that login, from a private directory that is neither ~/.docker nor left behind
    expect(login.config).not.toBe('')
    expect(login.config.startsWith(shim.env.RUNNER_TEMP!)).toBe(true)
    expect(login.config).not.toContain('.docker')
    expect(pull.config).toBe(login.config)
    expect(pull.configExisted).toBe(true)
    expect(existsSync(login.config)).toBe(false)
    // the engine of the user's Docker context stays the one used
    expect(calls[0].args).toEqual(['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}'])
    // the password is on stdin only: not in any argument, nor in the log
    expect(calls.flatMap(c => c.args).join(' ')).not.toContain(PASSWORD)
    expect(lines.join('\n')).not.toContain(PASSWORD)
    expect(lines.join('\n')).toContain('logged in with ecr:GetAuthorizationToken')
  })

  it('falls back to the engine credentials when GetAuthorizationToken is denied, and says so', async () => {
    await withFakeEcr(() =>
      jsonError(
        400,
        'AccessDeniedException',
        'User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: ecr:GetAuthorizationToken'
      )
    )
    const shim = dockerShim()
    const { ctx, lines } = context(shim)

    expect(await acquireImage(ctx, IMAGE, undefined)).toEqual({ ok: true })

    const calls = shim.calls()
    // then the pulled image's config, asked over the engine API (which this shim does not speak)
    expect(calls.map(c => c.args.slice(0, 2).join(' '))).toEqual([
      'pull --quiet',
      'system dial-stdio'
    ])
    expect(calls[0].config).toBe('') // the user's own Docker config, untouched
    expect(lines.join('\n')).toMatch(
      /Not logging in to .*AWS denied ecr:GetAuthorizationToken \(AccessDeniedException.*Pulling with the Docker engine's existing credentials/s
    )
  })

  it('falls back, and removes the temporary config, when docker login fails', async () => {
    await withFakeEcr(tokenHandler)
    const shim = dockerShim({ login: 'fail' })
    const { ctx, lines } = context(shim)

    expect(await acquireImage(ctx, IMAGE, undefined)).toEqual({ ok: true })

    const calls = shim.calls()
    const login = calls.find(c => c.args[0] === 'login')!
    expect(existsSync(login.config)).toBe(false)
    expect(calls.find(c => c.args[0] === 'pull')!.config).toBe('')
    expect(lines.join('\n')).toContain(
      'docker login failed: Error response from daemon: login attempt failed'
    )
  })

  it('skips the smoke test (smoke-test: auto) when there are no AWS credentials and the engine is not logged in', async () => {
    const shim = dockerShim({ pull: 'denied' })
    const { ctx, lines } = context(shim, 'auto')

    const got = await acquireImage(ctx, IMAGE, undefined)

    expect(got).toMatchObject({ ok: false, skip: true })
    expect(got.ok === false && got.message).toMatch(
      /^no AWS credentials to pull .*, and the Docker engine is not logged in to its registry/
    )
    expect(lines.join('\n')).toContain('no AWS credentials were found')
    expect(shim.calls().some(c => c.args[0] === 'login')).toBe(false)
  })

  it('reports every serving check as skipped with that reason, none as failed', async () => {
    const shim = dockerShim({ pull: 'denied' })
    const { ctx } = context(shim, 'auto')

    await runSmokeTests(ctx, {})

    const serving = ctx.findings
      .allChecks()
      .filter(c => ['serve', 'batch'].includes(phaseOf(c.rule)))
    expect(serving.length).toBeGreaterThan(5)
    expect(serving.filter(c => c.status !== 'skip')).toEqual([])
    expect(ctx.findings.allChecks().find(c => c.rule === 'serve-start')?.detail).toMatch(
      /^no AWS credentials to pull /
    )
    expect(ctx.findings.allFindings()).toEqual([])
  })

  it('reports the failed pull as a finding when the smoke test must run (smoke-test: true)', async () => {
    const shim = dockerShim({ pull: 'denied' })
    const { ctx } = context(shim, 'true')

    const got = await acquireImage(ctx, IMAGE, undefined)

    expect(got).toMatchObject({ ok: false })
    expect(got.ok === false && got.skip).toBeFalsy()
    expect(got.ok === false && got.help).toContain('ecr:GetAuthorizationToken')
    expect(got.ok === false && got.message).toMatch(
      /no basic auth credentials \(the preflight did not log in to ECR itself: no AWS credentials were found\)$/
    )
  })
})
