// The pure parts of the smoke test: payloads, /execution-parameters, log reading, docker arguments.
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cliEnv } from '../../src/docker/command.js'
import { runArgs } from '../../src/docker/container.js'
import type { Container } from '../../src/docker/container.js'
import { LogTail } from '../../src/docker/log-tail.js'
import { socketDirPrefix } from '../../src/docker/labels.js'
import { ProbeError, socketPathIn, type Probe } from '../../src/docker/probe.js'
import { InputError } from '../../src/inputs/error.js'
import { readInputs } from '../../src/inputs/index.js'
import { samplePayloads } from '../../src/run/preconditions.js'
import { checkExecutionParameters } from '../../src/smoke/execution-parameters.js'
import { pullFailure } from '../../src/smoke/images.js'
import { knownCauses, likelyCause, networkLines } from '../../src/smoke/log-signs.js'
import { contentTypeFor, payloadSizeFindings, resolvePayloads } from '../../src/smoke/payloads.js'
import { waitReady } from '../../src/docker/serving.js'

function ws(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-payloads-'))
  mkdirSync(path.join(dir, 'samples', 'deep'), { recursive: true })
  writeFileSync(path.join(dir, 'samples', 'a.csv'), 'a')
  writeFileSync(path.join(dir, 'samples', 'b.json'), 'bb')
  writeFileSync(path.join(dir, 'samples', 'deep', 'c.jsonl'), 'ccc')
  return dir
}

describe('payloads', () => {
  it('gives each file the Content-Type SageMaker would send', () => {
    expect(
      ['x.csv', 'x.json', 'x.jsonl', 'x.JPG', 'x.png', 'x.parquet'].map(f => contentTypeFor(f))
    ).toEqual([
      'text/csv',
      'application/json',
      'application/jsonlines',
      'image/jpeg',
      'image/png',
      'application/octet-stream'
    ])
  })

  it('lets `content-type` override the extension', () => {
    expect(contentTypeFor('x.csv', 'application/x-npy')).toBe('application/x-npy')
  })

  it('expands globs relative to the workspace, including **', async () => {
    const dir = ws()
    const payloads = await resolvePayloads(['samples/*.csv', 'samples/**/*.json*'], dir)
    const names = payloads.map(p => p.name)
    expect(names).toEqual(['samples/a.csv', 'samples/b.json', 'samples/deep/c.jsonl'])
  })

  it('names the input when a pattern matches nothing', async () => {
    await expect(resolvePayloads(['nothing/*.csv'], ws())).rejects.toThrow(InputError)
    await expect(resolvePayloads(['nothing/*.csv'], ws())).rejects.toThrow(
      /^Input `payload` has "nothing\/\*\.csv", which matches no file/
    )
  })

  it('names the input when a pattern cannot be a glob', async () => {
    await expect(resolvePayloads(['samples/[z-a].csv'], ws())).rejects.toThrow(
      /^Input `payload` has "samples\/\[z-a\]\.csv", which is not a usable glob/
    )
  })

  it('matches files only: a directory, or a glob matching one, is not a payload', async () => {
    const dir = ws()
    await expect(resolvePayloads(['samples'], dir)).rejects.toThrow(/matches no file/)
    const names = (await resolvePayloads(['samples/*'], dir)).map(p => p.name)
    expect(names).toEqual(['samples/a.csv', 'samples/b.json'])
  })

  it('refuses a payload that escapes the workspace through a symlink', async () => {
    const dir = ws()
    const outside = mkdtempSync(path.join(tmpdir(), 'preflight-outside-'))
    writeFileSync(path.join(outside, 'secret.json'), '{}')
    symlinkSync(path.join(outside, 'secret.json'), path.join(dir, 'link.json'))
    await expect(resolvePayloads(['link.json'], dir)).rejects.toThrow(/outside the workspace/)
  })

  it('resolves the payload lines of a run once, and none when smoke-test is false', async () => {
    const dir = ws()
    const inputs = (values: Record<string, string>) =>
      readInputs(name => ({ 'local-image': 'm:dev', ...values })[name] ?? '', {
        GITHUB_WORKSPACE: dir
      })
    const got = await samplePayloads(inputs({ payload: 'samples/*', 'content-type': 'text/csv' }))
    expect(got.map(p => [p.name, p.bytes, p.contentType])).toEqual([
      ['samples/a.csv', 1, 'text/csv'],
      ['samples/b.json', 2, 'text/csv']
    ])
    // a line matching nothing is no error when no payload is sent
    expect(await samplePayloads(inputs({ payload: 'none/*', 'smoke-test': 'false' }))).toEqual([])
  })
})

describe('payload sizes', () => {
  const MiB = 1024 * 1024
  const sample = (name: string, bytes: number) => ({ name, file: name, bytes, contentType: 'x' })

  it('passes samples within the InvokeEndpoint cap', () => {
    expect(payloadSizeFindings([sample('a', 6 * MiB)], true)).toEqual([])
  })

  it('warns above 6 MiB and refuses above 25 MB for real-time', () => {
    const out = payloadSizeFindings([sample('mid', 7 * MiB), sample('big', 30 * MiB)], false)
    expect(out.map(f => [f.severity ?? 'error', f.message.split(' ')[0]])).toEqual([
      ['warning', 'mid'],
      ['error', 'big']
    ])
  })

  it('adds the 100 MB batch limit only when batch transform is tested', () => {
    expect(payloadSizeFindings([sample('xl', 101 * MiB)], false)).toHaveLength(1)
    const batch = payloadSizeFindings([sample('xl', 101 * MiB)], true)
    expect(batch).toHaveLength(2)
    expect(batch[1].message).toContain('batch-transform invocation takes at most 100.0 MiB')
  })
})

describe('/execution-parameters', () => {
  it('accepts values within the batch limits', () => {
    const v = checkExecutionParameters(
      '{"MaxConcurrentTransforms": 4, "BatchStrategy": "SINGLE_RECORD", "MaxPayloadInMB": 25}'
    )
    expect([v.errors, v.warnings]).toEqual([[], []])
  })

  it('refuses MaxConcurrentTransforms × MaxPayloadInMB over 100 MB', () => {
    const v = checkExecutionParameters('{"MaxConcurrentTransforms": 8, "MaxPayloadInMB": 50}')
    expect(v.errors).toEqual([expect.stringContaining('8 × 50 = 400 MB')])
  })

  it('warns about the SDK local-mode spelling MultiRecord', () => {
    const v = checkExecutionParameters('{"BatchStrategy": "MultiRecord"}')
    expect(v.errors).toEqual([])
    expect(v.warnings).toEqual([expect.stringContaining('MULTI_RECORD')])
  })

  it('refuses a body that is not JSON', () => {
    expect(checkExecutionParameters('<html>').errors).toEqual([expect.stringContaining('not JSON')])
  })
})

describe('log reading', () => {
  it('finds the lines where a container reached for the network', () => {
    const lines = [
      'Loading model',
      "OSError: We couldn't connect to 'https://huggingface.co' to load this file",
      'socket.gaierror: [Errno -3] Temporary failure in name resolution',
      'done'
    ]
    expect(networkLines(lines)).toEqual([lines[1], lines[2]])
  })

  it('names the known cause a log line shows, once, with the change to make', () => {
    const causes = knownCauses([
      "/usr/bin/env: 'python': No such file or directory",
      '/usr/bin/env: ‘python’: No such file or directory',
      'TypeError: write() argument must be str, not bytes',
      "AttributeError: 'DataFrame' object has no attribute 'ix'",
      "ModuleNotFoundError: No module named 'StringIO'",
      'exec /opt/program/serve: exec format error',
      "FileNotFoundError: [Errno 2] No such file or directory: '/opt/ml/model/model.pkl'"
    ])
    expect(causes).toHaveLength(6)
    expect(causes[5]).toContain('/opt/ml/model/model.pkl, which is not there')
    expect(causes[0]).toContain('`#!/usr/bin/env python3`')
    expect(causes[1]).toContain("open(path, 'wb')")
    expect(causes[2]).toContain('`.iloc`')
    expect(causes[3]).toContain('`io.StringIO`')
    expect(causes[4]).toContain('--platform linux/amd64')
    expect(knownCauses(["env: can't execute 'Rscript': No such file or directory"])).toEqual([
      "A script starts with `#!/usr/bin/env Rscript` and the image has no `Rscript` on PATH. Install `Rscript` in the image or change the script's first line."
    ])
    expect(likelyCause(['Traceback (most recent call last):', 'ValueError: bad input'])).toBe('')
  })

  it('keeps only the tail of a huge log', () => {
    const tail = new LogTail(1024)
    for (let i = 0; i < 10000; i++) tail.push(Buffer.from(`line ${i % 2 ? 'odd' : 'even'}\n`))
    expect(tail.text().length).toBeLessThanOrEqual(1024)
    expect(tail.lines(1)).toEqual([expect.stringMatching(/^line (odd|even) {2}\[… \d+ more/)])
  })
})

describe('docker arguments', () => {
  it('runs serve with no network, only the given variables, capped, and the labels last', () => {
    const args = runArgs('c1', {
      image: 'img',
      command: 'serve',
      env: { SAGEMAKER_BATCH: 'true' },
      mounts: [{ source: '/tmp/m,odel', target: '/opt/ml/model', readOnly: true }],
      extraArgs: ['--memory', '2g'],
      labels: ['--label', 'x=1']
    })
    expect(args.join(' ')).toBe(
      'run --name c1 --network none --pull never --mount type=bind,"source=/tmp/m,odel",target=/opt/ml/model,readonly --env SAGEMAKER_BATCH=true --memory 2g --log-driver json-file --log-opt max-size=10m --log-opt max-file=2 --pids-limit 4096 --label x=1 -- img serve'
    )
  })

  it('gives the docker CLI only what it needs to reach the engine', () => {
    const env = cliEnv({
      PATH: '/bin',
      HOME: '/home/r',
      DOCKER_CONFIG: '/d',
      AWS_SECRET_ACCESS_KEY: 's',
      GITHUB_TOKEN: 't',
      INPUT_IMAGE: 'i'
    })
    expect(env).toEqual({ PATH: '/bin', HOME: '/home/r', DOCKER_CONFIG: '/d' })
  })
})

describe('pull failures', () => {
  it('mentions the runner disk when the pull runs out of space', () => {
    const f = pullFailure('img', 'write /var/lib/docker/x: no space left on device')
    expect(f.help).toContain('about 14 GB free')
  })

  it('points at AWS credentials allowed to pull when the registry refuses', () => {
    const f = pullFailure('img', 'Error response from daemon: no basic auth credentials')
    expect(f.denied).toBe(true)
    expect(f.help).toContain('ecr:GetAuthorizationToken')
  })
})

describe('waiting for /ping', () => {
  // a container that stays up and a probe that refuses long attempts but times out short ones,
  // as a loaded machine does with the last attempt before the startup deadline
  const container = {
    running: true,
    exited: new Promise<null>(() => undefined),
    secondsSinceStart: () => 0
  } as unknown as Container
  function probe(timeouts: number[]): Probe {
    return {
      method: 'fake',
      close: async () => undefined,
      request: async ({ timeoutMs }) => {
        timeouts.push(timeoutMs)
        if (timeoutMs < 300) throw new ProbeError(`no answer within ${timeoutMs} ms`, true)
        throw new ProbeError('nothing answered on port 8080')
      }
    }
  }

  it('keeps what the full attempts saw when the deadline cuts the last one short', async () => {
    const timeouts: number[] = []
    const ready = await waitReady(container, probe(timeouts), 450, new AbortController().signal)
    expect(ready).toEqual({ kind: 'timeout', last: 'nothing answered on port 8080' })
    expect(Math.min(...timeouts)).toBeGreaterThanOrEqual(100)
  })

  it('reports a short attempt when it is the only one there was', async () => {
    const ready = await waitReady(container, probe([]), 300, new AbortController().signal)
    expect(ready).toMatchObject({
      kind: 'timeout',
      last: expect.stringMatching(/^no answer within/)
    })
  })
})

describe('the forwarder socket', () => {
  it('sits in the run directory when the path fits', () => {
    expect(socketPathIn('/home/runner/work/_temp/run-x', 'run')).toEqual({
      socketPath: expect.stringMatching(
        /^\/home\/runner\/work\/_temp\/run-x\/forward-[0-9a-f]{8}\.sock$/
      )
    })
  })

  it('moves to a short directory of its own when the run directory is too deep', () => {
    const { socketPath, ownDir } = socketPathIn(
      `/opt/${'runner-work-'.repeat(10)}/_temp/run-x`,
      'run'
    )
    try {
      expect(ownDir && existsSync(ownDir)).toBe(true)
      expect(path.dirname(socketPath)).toBe(ownDir)
      expect(ownDir?.startsWith(socketDirPrefix('run'))).toBe(true)
      expect(Buffer.byteLength(socketPath)).toBeLessThanOrEqual(100)
    } finally {
      if (ownDir) rmSync(ownDir, { recursive: true })
    }
  })
})
