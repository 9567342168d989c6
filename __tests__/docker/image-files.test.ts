// Reading an image without running it: the tar-header reader (pure), and platform, ENTRYPOINT and
// /opt/ml contents of real images on the engine.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  FirstTarEntry,
  inspectLocalImage,
  readImageFiles,
  TarNames
} from '../../src/docker/image-files.js'
import { LABEL, labelArgs } from '../../src/docker/labels.js'
import { optMlVerdict } from '../../src/aws/registry-rules.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

function tarOf(format: string): { tar: Buffer; longName: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-tar-'))
  const longName = `model/${'deep/'.repeat(30)}weights.bin`
  mkdirSync(path.join(dir, path.dirname(longName)), { recursive: true })
  writeFileSync(path.join(dir, longName), Buffer.alloc(70000, 1))
  writeFileSync(path.join(dir, 'config.json'), '{}')
  const tar = execFileSync('tar', ['-c', `--format=${format}`, '-C', dir, 'config.json', 'model'])
  return { tar, longName }
}

describe('TarNames', () => {
  it.each(['gnu', 'pax', 'ustar'])(
    'reads file names from a %s archive fed in small chunks',
    format => {
      if (format === 'ustar') {
        // ustar has no long names beyond its 155+100 split: use a short tree
        const dir = mkdtempSync(path.join(tmpdir(), 'preflight-tar-'))
        writeFileSync(path.join(dir, 'a.txt'), 'x'.repeat(600))
        const tar = execFileSync('tar', ['-c', '--format=ustar', '-C', dir, 'a.txt'])
        const r = new TarNames(10)
        for (let i = 0; i < tar.length; i += 97) r.push(tar.subarray(i, i + 97))
        expect(r.files).toEqual(['a.txt'])
        return
      }
      const { tar, longName } = tarOf(format)
      const r = new TarNames(10)
      for (let i = 0; i < tar.length; i += 333) r.push(tar.subarray(i, i + 333))
      expect(r.files.sort()).toEqual(['config.json', longName].sort())
    }
  )

  it('stops after the number of names asked for', () => {
    const { tar } = tarOf('gnu')
    const r = new TarNames(1)
    expect(r.push(tar)).toBe(true)
    expect(r.files).toHaveLength(1)
  })
})

describe('FirstTarEntry', () => {
  it.each(['gnu', 'pax'])(
    'reads the mode and the first bytes of a %s archive cut off mid-body',
    format => {
      const dir = mkdtempSync(path.join(tmpdir(), 'preflight-tar-'))
      const name = `${'long-name-'.repeat(12)}serve`
      writeFileSync(path.join(dir, name), 'x'.repeat(70000), { mode: 0o750 })
      const tar = execFileSync('tar', ['-c', `--format=${format}`, '-C', dir, name])
      const first = new FirstTarEntry(1000)
      // cut where `docker cp` is killed: past the bytes wanted, long before the end
      const cut = tar.subarray(0, 5000)
      for (let i = 0; i < cut.length; i += 333) first.push(cut.subarray(i, i + 333))
      expect(first.type).toBe('File')
      expect(first.mode & 0o777).toBe(0o750)
      expect(first.content()).toEqual(Buffer.from('x'.repeat(1000)))
    }
  )

  it('gives the type of a first entry that is not a regular file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-tar-'))
    mkdirSync(path.join(dir, 'd'))
    const first = new FirstTarEntry(10)
    first.push(execFileSync('tar', ['-c', '-C', dir, 'd']))
    expect(first.type).toBe('Directory')
  })
})

describe('optMlVerdict', () => {
  it('passes an image with nothing under /opt/ml/model', () => {
    expect(optMlVerdict('local-image', [])).toEqual({
      ok: true,
      detail: 'local-image ships no files under /opt/ml/model'
    })
  })

  it('warns with the files an image ships under /opt/ml/model', () => {
    const v = optMlVerdict('image', ['/opt/ml/model/model.pkl'])
    expect(v.ok).toBe(false)
    if (!v.ok)
      expect(v.finding.message).toContain(
        'ships files under /opt/ml/model (/opt/ml/model/model.pkl), and `model-data` is given'
      )
  })
})

dockerSuite('image contents on the engine (real Docker)', () => {
  const bad = `${FIXTURE}-test:opt-ml-shell-form`
  beforeAll(() => {
    // shell-form ENTRYPOINT and a model baked into /opt/ml: both warned about, without a registry
    const ctx = mkdtempSync(path.join(tmpdir(), 'preflight-img-'))
    mkdirSync(path.join(ctx, 'ml/model'), { recursive: true })
    writeFileSync(path.join(ctx, 'ml/model/model.pkl'), 'weights')
    writeFileSync(
      path.join(ctx, 'Dockerfile'),
      `FROM ${FIXTURE}:ok\nCOPY ml/ /opt/ml/\nENTRYPOINT node /srv/model-server.mjs ok\n`
    )
    execFileSync('docker', ['build', '-q', '-t', bad, ctx], { stdio: 'ignore' })
  }, 300000)

  it('passes platform and entrypoint for a correct local image, and records its facts', async () => {
    const run = await smoke({ 'local-image': `${FIXTURE}:ok`, batch: 'false' })
    expect(run.status('platform')).toBe('pass')
    expect(run.status('entrypoint')).toBe('pass')
    expect(run.facts.image).toMatchObject({
      local: `${FIXTURE}:ok`,
      platforms: ['linux/amd64'],
      entrypoint: ['node', '/srv/model-server.mjs', 'ok']
    })
  })

  it('warns about a shell-form ENTRYPOINT, and files under /opt/ml/model when model-data is given', async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'model'))
    const run = await smoke({ 'local-image': bad, batch: 'false', 'model-data': 'model' }, { ws })
    expect(run.status('entrypoint')).toBe('warn')
    expect(run.messages('entrypoint')).toContain('has the shell-form ENTRYPOINT ["/bin/sh","-c"')
    expect(run.messages('entrypoint')).toContain(
      'ships files under /opt/ml/model (/opt/ml/model/model.pkl)'
    )
  })

  it('reads files over one engine connection: links followed, directories and absent paths undefined, large files cut', async () => {
    const before = labelledContainers()
    const files = await readImageFiles(
      process.env,
      `${FIXTURE}:ok`,
      [
        '/etc/nginx/nginx.conf', // absent
        '/srv/model-server.mjs/x', // through a file: the engine refuses it, and it is absent
        '/bin/sh', // a link to /bin/busybox, followed as docker cp -L does
        '/bin', // a directory: its stream is dropped unread
        '/bin/busybox', // 1.9 MB: only the first bytes are read
        '/srv/model-server.mjs'
      ],
      labelArgs(process.env),
      {},
      4096
    )
    expect([...files.keys()]).toHaveLength(6)
    expect(files.get('/etc/nginx/nginx.conf')).toBeUndefined()
    expect(files.get('/srv/model-server.mjs/x')).toBeUndefined()
    expect(files.get('/bin')).toBeUndefined()
    const sh = files.get('/bin/sh')
    expect(sh?.path).toBe('/bin/sh')
    expect(sh?.content.subarray(0, 4)).toEqual(Buffer.from('\x7fELF', 'latin1'))
    expect(sh?.mode).toBe(0o755)
    expect(files.get('/bin/busybox')?.content).toHaveLength(4096)
    // read after a large file dropped its connection: the next request opened another
    expect(files.get('/srv/model-server.mjs')?.content.toString()).toContain('createServer')
    expect(labelledContainers()).toEqual(before)
  })

  it('inspects an image by a name with a registry path, by its ID, and names one it lacks', async () => {
    const pathed = `localhost:5000/preflight/${FIXTURE}:pathed`
    execFileSync('docker', ['tag', `${FIXTURE}:ok`, pathed])
    try {
      const id = execFileSync('docker', ['image', 'inspect', '-f', '{{.Id}}', pathed], {
        encoding: 'utf8'
      }).trim()
      for (const name of [pathed, id]) {
        const inspected = await inspectLocalImage(process.env, name)
        expect(inspected).toMatchObject({
          ok: true,
          config: { platform: 'linux/amd64', entrypoint: ['node', '/srv/model-server.mjs', 'ok'] }
        })
      }
    } finally {
      execFileSync('docker', ['rmi', pathed], { stdio: 'ignore' })
    }
    expect(await inspectLocalImage(process.env, `${FIXTURE}-test:no-such-tag`)).toEqual({
      ok: false,
      reason: `No such image: ${FIXTURE}-test:no-such-tag`
    })
  })

  it('names the engine fault when there is no docker CLI to reach it', async () => {
    await expect(
      readImageFiles({ PATH: '/nonexistent' }, `${FIXTURE}:ok`, ['/bin/sh'], [])
    ).rejects.toThrow(/docker ENOENT/)
    await expect(
      readImageFiles(process.env, `${FIXTURE}-test:no-such-tag`, ['/bin/sh'], [])
    ).rejects.toThrow(/No such image/i)
  })
})

function labelledContainers(): string {
  return execFileSync('docker', ['ps', '-aq', '--filter', `label=${LABEL}`], { encoding: 'utf8' })
}
