// What the host does with files it did not choose, without a container: files left in /opt/ml
// (links, FIFOs, huge files, many files), input paths that resolve elsewhere, hostile model archives.
// The same attacks through the real engine are in host-safety.test.ts.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readSmallFile, tallyFiles } from '../../src/docker/container-files.js'
import { InputError } from '../../src/inputs/error.js'
import { readInputs } from '../../src/inputs/index.js'
import { confine } from '../../src/inputs/paths.js'
import {
  inspectModelArchive,
  judgeEntry,
  modelArchiveFindings,
  unpackModelArchive
} from '../../src/smoke/model-archive.js'
import { resolvePayloads } from '../../src/smoke/payloads.js'
import { tar, tarGz, type TarEntry } from '../helpers/tar-writer.js'

const SECRET = 'ghs_plantedsecretFILES0123456789'
const temp = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `preflight-${prefix}-`))

function secretFile(): string {
  const file = path.join(temp('secret'), 'config')
  writeFileSync(file, `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`)
  return file
}

describe('reading a file the container left', () => {
  it('refuses a symbolic link and never reads its target', async () => {
    const dir = temp('failure')
    symlinkSync(secretFile(), path.join(dir, 'failure'))
    const got = await readSmallFile(path.join(dir, 'failure'), '/opt/ml/output/failure', 4096)
    expect(got).toEqual({
      kind: 'refused',
      reason: '/opt/ml/output/failure is a symbolic link; not followed or read'
    })
    expect(JSON.stringify(got)).not.toContain(SECRET)
  })

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const dir = temp('fifo')
    execFileSync('mkfifo', [path.join(dir, 'failure')])
    const start = performance.now()
    const got = await readSmallFile(path.join(dir, 'failure'), '/opt/ml/output/failure', 4096)
    expect(got).toEqual({
      kind: 'refused',
      reason: '/opt/ml/output/failure is a FIFO (named pipe); not followed or read'
    })
    expect(performance.now() - start).toBeLessThan(1000)
  })

  it('reads only the first bytes of a 1.5 GB file', async () => {
    const file = path.join(temp('big'), 'failure')
    writeFileSync(file, 'Out of memory while loading the embeddings')
    truncateSync(file, 1.5 * 1024 ** 3) // sparse: no disk used
    const before = process.memoryUsage().rss
    const got = await readSmallFile(file, '/opt/ml/output/failure', 4096)
    expect(got).toMatchObject({ kind: 'text', truncated: true })
    expect(got.kind === 'text' && got.text.length).toBe(4096)
    expect(got.kind === 'text' && got.text).toMatch(/^Out of memory while loading/)
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 ** 2)
  })

  it('tells a missing file from an empty one', async () => {
    const dir = temp('missing')
    expect(await readSmallFile(path.join(dir, 'failure'), 'f', 10)).toEqual({ kind: 'missing' })
    writeFileSync(path.join(dir, 'failure'), '')
    expect(await readSmallFile(path.join(dir, 'failure'), 'f', 10)).toEqual({
      kind: 'text',
      text: '',
      truncated: false
    })
  })
})

describe('counting what training left in /opt/ml/model', () => {
  it('counts regular files and never walks into a link', async () => {
    const model = temp('model')
    mkdirSync(path.join(model, 'sub'))
    writeFileSync(path.join(model, 'a.bin'), 'abc')
    writeFileSync(path.join(model, 'sub', 'b.bin'), 'de')
    symlinkSync('/usr', path.join(model, 'usr')) // thousands of files if followed
    symlinkSync('/etc/hostname', path.join(model, 'host'))
    expect(await tallyFiles(model)).toMatchObject({ files: 2, bytes: 5, partial: false })
  })

  it('stops at the entry bound and says the counts are lower bounds', async () => {
    const model = temp('many')
    for (let i = 0; i < 50; i++) writeFileSync(path.join(model, `f${i}`), 'x')
    const tally = await tallyFiles(model, { entries: 20, ms: 10000 })
    expect(tally).toMatchObject({ files: 20, bytes: 20, partial: true })
  })
})

describe('input paths are confined to the workspace or RUNNER_TEMP', () => {
  const IMAGE = '111122223333.dkr.ecr.us-east-2.amazonaws.com/m:1'
  const setup = () => {
    const ws = temp('ws')
    const runnerTemp = temp('runner-temp')
    const outside = temp('outside')
    writeFileSync(path.join(outside, 'model.tar.gz'), 'x')
    symlinkSync(outside, path.join(ws, 'model'))
    symlinkSync(path.join(outside, 'model.tar.gz'), path.join(ws, 'model.tar.gz'))
    symlinkSync(outside, path.join(ws, 'data'))
    mkdirSync(path.join(runnerTemp, 'artifact'))
    writeFileSync(path.join(runnerTemp, 'artifact', 'sample.csv'), '1,2\n')
    return { ws, runnerTemp, outside }
  }
  const read = (values: Record<string, string>, env: NodeJS.ProcessEnv) =>
    readInputs(name => ({ image: IMAGE, ...values })[name] ?? '', env)

  it.each([
    ['model-data', 'model'],
    ['model-data', 'model.tar.gz'],
    ['training-data', 'training=data']
  ])(
    'refuses %s "%s" that links out of the workspace, naming the input and why',
    (input, value) => {
      const { ws, runnerTemp, outside } = setup()
      const attempt = () =>
        read({ [input]: value }, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: runnerTemp })
      expect(attempt).toThrow(InputError)
      const real = path.join(outside, value.endsWith('.gz') ? 'model.tar.gz' : '')
      expect(attempt).toThrow(
        `Input \`${input}\` has "${value.replace('training=', '')}", which resolves to ${real.replace(/\/$/, '')}, outside the workspace ${ws} and the runner temp directory ${runnerTemp}`
      )
    }
  )

  it('accepts model data, training data and payloads under RUNNER_TEMP (downloaded artifacts)', async () => {
    const { ws, runnerTemp } = setup()
    const artifact = path.join(runnerTemp, 'artifact')
    const inputs = read(
      { 'model-data': artifact, 'training-data': `training=${artifact}` },
      { GITHUB_WORKSPACE: ws, RUNNER_TEMP: runnerTemp }
    )
    expect(inputs.modelData).toBe(artifact)
    expect(inputs.trainingData).toEqual([{ channel: 'training', path: artifact }])
    const payloads = await resolvePayloads([`${artifact}/*.csv`], ws, undefined, runnerTemp)
    expect(payloads.map(p => p.file)).toEqual([path.join(artifact, 'sample.csv')])
    await expect(resolvePayloads([`${artifact}/*.csv`], ws)).rejects.toThrow(
      /outside the workspace/
    )
  })

  it.each([
    ['hyperparameters', 'hp.json', 'hp.json'],
    ['model-package-request', 'request.json', 'request.json'],
    ['algorithm-request', 'request.json', 'request.json'],
    ['validation-data', 's3://bucket/input/=validation', 'validation/input.csv']
  ])(
    'refuses %s linked to a credential outside the workspace, quoting none of it',
    (input, value, link) => {
      const { ws, runnerTemp } = setup()
      const credential = secretFile()
      mkdirSync(path.join(ws, 'validation'))
      writeFileSync(path.join(ws, 'validation', 'real.csv'), '1,2\n')
      symlinkSync(credential, path.join(ws, link))
      let message = ''
      try {
        read({ [input]: value }, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: runnerTemp })
      } catch (err) {
        expect(err).toBeInstanceOf(InputError)
        message = (err as Error).message
      }
      expect(message).toBe(
        `Input \`${input}\` has "${link}", which resolves to ${credential}, outside the workspace ${ws} and the runner temp directory ${runnerTemp}; give a path inside the repository or under RUNNER_TEMP (where workflows download artifacts)`
      )
      expect(message).not.toContain(SECRET)
    }
  )

  it('refuses a validation-data folder holding a link to nothing', () => {
    const { ws } = setup()
    mkdirSync(path.join(ws, 'validation'))
    symlinkSync(path.join(ws, 'gone.csv'), path.join(ws, 'validation', 'input.csv'))
    expect(() =>
      read({ 'validation-data': 's3://bucket/input/=validation' }, { GITHUB_WORKSPACE: ws })
    ).toThrow(
      'Input `validation-data` has "validation/input.csv", a link to nothing; delete it or point it at the data'
    )
  })

  it('reads input files linked inside the workspace', () => {
    const { ws } = setup()
    mkdirSync(path.join(ws, 'config'))
    writeFileSync(path.join(ws, 'config', 'hp.json'), '{"epochs": 3}')
    symlinkSync(path.join(ws, 'config', 'hp.json'), path.join(ws, 'hp.json'))
    writeFileSync(path.join(ws, 'config', 'request.json'), '{"ModelPackageName": "m"}')
    symlinkSync(path.join(ws, 'config', 'request.json'), path.join(ws, 'request.json'))
    mkdirSync(path.join(ws, 'validation'))
    symlinkSync(path.join(ws, 'config', 'hp.json'), path.join(ws, 'validation', 'input.json'))
    const inputs = read(
      {
        hyperparameters: 'hp.json',
        'model-package-request': 'request.json',
        'validation-data': 's3://bucket/input/=validation'
      },
      { GITHUB_WORKSPACE: ws }
    )
    expect(inputs.hyperparameters).toEqual({ epochs: '3' })
    expect(inputs.modelPackageRequest?.file).toBe(path.join(ws, 'config', 'request.json'))
    expect(inputs.validationData).toEqual([
      { uri: 's3://bucket/input/', path: path.join(ws, 'validation') }
    ])
  })

  it('refuses a payload that is a FIFO, which would hold the request open', async () => {
    const { ws } = setup()
    execFileSync('mkfifo', [path.join(ws, 'sample.csv')])
    await expect(resolvePayloads(['*.csv'], ws)).rejects.toThrow(
      'Input `payload` has "sample.csv", which is not a regular file; give sample files'
    )
  })

  it('returns the real path of a link that stays inside', () => {
    const ws = temp('ws-inside')
    mkdirSync(path.join(ws, 'real'))
    symlinkSync(path.join(ws, 'real'), path.join(ws, 'alias'))
    expect(confine('model-data', 'alias', path.join(ws, 'alias'), { workspace: ws })).toBe(
      path.join(ws, 'real')
    )
  })
})

describe('model archives', () => {
  const CAP = 1024 * 1024
  const file = (p: string, body = 'w'): TarEntry => ({ path: p, body })
  const archive = (entries: TarEntry[] | Buffer): string => {
    const f = path.join(temp('archive'), 'model.tar.gz')
    writeFileSync(f, Buffer.isBuffer(entries) ? entries : tarGz(entries))
    return f
  }
  const verdict = async (entries: TarEntry[] | Buffer, cap = CAP) => {
    const report = await inspectModelArchive(archive(entries), cap)
    const { findings, detail } = modelArchiveFindings('model.tar.gz', report)
    return { report, findings, detail, messages: findings.map(f => f.message).join('\n') }
  }

  it('passes a flat archive and unpacks it with plain permissions, no setuid', async () => {
    const a = archive([
      file('model.pth', 'weights'),
      { path: 'code', type: '5' },
      { path: 'code/serve.py', body: 'print()', mode: 0o4755 },
      { path: 'latest.pth', type: '2', linkpath: 'model.pth' }
    ])
    const { findings, detail } = modelArchiveFindings('m', await inspectModelArchive(a, CAP))
    expect(findings).toEqual([])
    expect(detail).toBe('4 entries, 14 bytes unpacked')
    const into = temp('into')
    await unpackModelArchive(a, into, CAP)
    expect(readFileSync(path.join(into, 'latest.pth'), 'utf8')).toBe('weights')
    expect(statSync(path.join(into, 'code', 'serve.py')).mode & 0o7777).toBe(0o755)
    expect(statSync(path.join(into, 'model.pth')).mode & 0o7777).toBe(0o644)
  })

  it('warns about everything under one folder, with the tar command that fixes it', async () => {
    const { findings } = await verdict([{ path: 'model/', type: '5' }, file('model/model.pth')])
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('/opt/ml/model/model/…'),
        help: "Archive the folder's contents rather than the folder: tar -C model -czf model.tar.gz ."
      })
    ])
  })

  it("accepts TensorFlow Serving's numbered version folder and a ./ prefix", async () => {
    expect((await verdict([file('./1/saved_model.pb')])).findings).toEqual([])
    expect((await verdict([{ path: './', type: '5' }, file('./a'), file('./b')])).findings).toEqual(
      []
    )
  })

  it.each([
    ['an absolute path', [file('/etc/cron.d/evil')], 'has an absolute path'],
    ['a `..` path', [file('../../outside.txt')], 'climbs out of the folder with ..'],
    [
      'a symbolic link out',
      [{ path: 'weights', type: '2' as const, linkpath: '../../../etc/shadow' }],
      'is a symbolic link to "../../../etc/shadow", outside the archive'
    ],
    [
      'an absolute symbolic link',
      [{ path: 'weights', type: '2' as const, linkpath: '/proc/self/environ' }],
      'outside the archive'
    ],
    [
      'a hard link out',
      [{ path: 'weights', type: '1' as const, linkpath: '../x' }],
      'is a hard link to "../x"'
    ]
  ])('refuses %s and writes nothing outside the folder', async (_what, entries, why) => {
    const { findings, messages } = await verdict(entries)
    expect(findings).toHaveLength(1)
    expect(findings[0].severity).toBe('error')
    expect(messages).toContain(why)
    expect(messages).toContain('was not unpacked')
    // defence in depth: unpacking anyway writes only inside
    const root = temp('escape')
    const into = path.join(root, 'a', 'b', 'c')
    mkdirSync(into, { recursive: true })
    await unpackModelArchive(archive(entries), into, CAP)
    expect(readdirSync(root)).toEqual(['a'])
    expect(readdirSync(into)).toEqual([])
    expect(existsSync('/etc/cron.d/evil')).toBe(false)
  })

  it('warns about device nodes and FIFOs and never creates them', async () => {
    const entries: TarEntry[] = [
      file('model.pth'),
      { path: 'zero', type: '3' },
      { path: 'pipe', type: '6' }
    ]
    const { findings } = await verdict(entries)
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          '"zero" is a CharacterDevice entry; "pipe" is a FIFO entry'
        )
      })
    ])
    const into = temp('devices')
    await unpackModelArchive(archive(entries), into, CAP)
    expect(readdirSync(into)).toEqual(['model.pth'])
  })

  it('refuses a file that is not gzip, and one that is corrupt, naming why', async () => {
    const plain = await verdict(tar([file('model.pth')]))
    expect(plain.messages).toContain('it is not gzip-compressed')
    const whole = tarGz([file('model.pth', randomBytes(50_000).toString('hex'))])
    const truncated = whole.subarray(0, whole.length / 2)
    const corrupt = await verdict(truncated)
    expect(corrupt.messages).toMatch(
      /was not unpacked, so the container was not served with it: it cannot be read: \S/
    )
  })

  it('stops reading an archive over max-model-data-size without unpacking it', async () => {
    const bomb = [file('a.bin', 'x'.repeat(600_000)), file('b.bin', 'y'.repeat(600_000))]
    const { messages } = await verdict(bomb)
    expect(messages).toContain('its files add up to more than 1.0 MiB')
    const into = temp('bomb')
    await expect(unpackModelArchive(archive(bomb), into, CAP)).rejects.toThrow(/grew past the caps/)
  })

  it('judges each entry the same way in both passes', () => {
    expect(judgeEntry({ path: 'a/../../b', type: 'File' })).toMatchObject({
      ok: false,
      error: true
    })
    expect(judgeEntry({ path: 'a/b', type: 'SymbolicLink', linkpath: '../c' })).toEqual({
      ok: true
    })
    expect(judgeEntry({ path: 'a/b', type: 'SymbolicLink', linkpath: '../../c' })).toMatchObject({
      ok: false
    })
  })
})
