// Issue 22, hole 3: every VOLUME an image declares leaves an anonymous volume holding a copy of the
// image's files unless its container is removed with -v, and the engine gives it none of the
// container's labels. Real Docker with an image of twelve VOLUMEs (fixtures/images/build.sh
// volumes-*): reading its files, a full smoke run and a killed run (the post step's cleanup) leave
// `docker volume ls` exactly as it was. Volume-creating tests all live here, so that no other test
// file running alongside changes the volume list under them.
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { removeRunLeftovers } from '../../src/docker/cleanup.js'
import { Container, runArgs } from '../../src/docker/container.js'
import { declaredVolumes, filesUnder, readImageFiles } from '../../src/docker/image-files.js'
import { LABEL, labelArgs, runId, socketDirPrefix } from '../../src/docker/labels.js'
import { labelledVolumeArgs } from '../../src/docker/volumes.js'
import {
  buildActionBundles,
  runBundle,
  runContainers,
  runnerEnv,
  spawnBundle,
  untilServing
} from '../helpers/action.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const VOLUMES = `${FIXTURE}:volumes-ok`
/** The image's VOLUMEs --mount takes, cleaned as the engine cleans them ("relative/dir" is not). */
const LABELLED = [
  '/a,b',
  '/cache',
  '/data',
  '/home/app',
  '/opt/ml/input',
  '/opt/ml/model',
  '/opt/ml/output',
  '/srv',
  '/tmp',
  '/var/lib/model-cache',
  '/var/log/app'
]

const docker = (...args: string[]): string =>
  execFileSync('docker', args, { encoding: 'utf8', timeout: 60000 })
const lines = (text: string): string[] => text.split('\n').filter(Boolean)
const volumeList = (): string[] => lines(docker('volume', 'ls', '-q')).sort()
const labelled = (kind: 'volume' | 'network', id: string): string[] =>
  lines(docker(kind, 'ls', '-q', '--filter', `label=${LABEL}.run=${id}`))

/** The targets of the --mount arguments `labelledVolumeArgs` gave. */
const targets = (args: string[]): string[] =>
  args.filter((_, i) => args[i - 1] === '--mount').map(m => /"target=((?:[^"]|"")*)"/.exec(m)![1])

describe('labelledVolumeArgs', () => {
  const labels = labelArgs({ GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'j' })

  it('mounts each VOLUME anonymous, with every label of the run, its path CSV-quoted', () => {
    expect(labelledVolumeArgs(['/a,b', '/q"r'], labels)).toEqual([
      '--mount',
      `type=volume,"target=/a,b","volume-label=${LABEL}=true","volume-label=${LABEL}.run=7-1-j-"`,
      '--mount',
      `type=volume,"target=/q""r","volume-label=${LABEL}=true","volume-label=${LABEL}.run=7-1-j-"`
    ])
  })

  it('cleans paths as the engine does and leaves bound, relative, root and odd paths to it', () => {
    const args = labelledVolumeArgs(
      ['/data/', '/x/../data', '/opt/ml/model/', 'relative/dir', '/', '/a\nb', '/srv', '/tmp'],
      labels,
      ['/opt/ml/model']
    )
    expect(targets(args)).toEqual(['/data', '/srv', '/tmp'])
  })

  it('labels at most 64 volumes, whatever the image declares', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `/v${String(i).padStart(4, '0')}`)
    const args = labelledVolumeArgs(many, labels)
    expect(targets(args)).toEqual(many.slice(0, 64))
  })

  it('puts them in the docker run arguments, after the binds they must not repeat', () => {
    const args = runArgs('c1', {
      image: 'img',
      command: 'serve',
      env: {},
      mounts: [{ source: '/m', target: '/opt/ml/model', readOnly: true }],
      extraArgs: [],
      labels: ['--label', 'x=1'],
      volumes: ['/opt/ml/model', '/data']
    })
    expect(args.join(' ')).toContain(
      'target=/opt/ml/model,readonly --mount type=volume,"target=/data","volume-label=x=1" --log-driver'
    )
  })
})

dockerSuite('anonymous volumes of an image with twelve VOLUMEs (real Docker)', () => {
  let before: string[]
  beforeAll(() => {
    before = volumeList()
  })

  it('reads the files under its VOLUMEs from a created container, leaving no volume', async () => {
    const labels = labelArgs(process.env)
    // the twelve VOLUMEs build.sh declares, cleaned; relative/dir only the engine can mount
    const declared = await declaredVolumes(process.env, VOLUMES)
    expect(declared).toHaveLength(12)
    expect(targets(labelledVolumeArgs(declared, labels))).toEqual(LABELLED)
    const files = await readImageFiles(
      process.env,
      VOLUMES,
      ['/data/notes.txt', '/var/lib/model-cache/weights.bin', '/srv/model-server.mjs'],
      labels,
      undefined,
      16
    )
    // the volumes are filled from the image, as the engine fills its own
    expect(files.get('/data/notes.txt')?.content.toString()).toBe('kept\n')
    expect(files.get('/var/lib/model-cache/weights.bin')?.content).toEqual(Buffer.alloc(16))
    expect(files.get('/srv/model-server.mjs')).toBeDefined()
    expect(await filesUnder(process.env, VOLUMES, '/var/lib/model-cache', labels)).toEqual([
      '/var/lib/model-cache/weights.bin'
    ])
    expect(volumeList()).toEqual(before)
  })

  it('labels every volume of a running container with the run; removing it removes them', async () => {
    const id = runId(process.env)
    const container = await Container.start(
      {
        image: `${FIXTURE}:volumes-wrong-port`,
        command: 'serve',
        env: {},
        mounts: [{ source: workspace(), target: '/opt/ml/model', readOnly: true }],
        extraArgs: [],
        labels: labelArgs(process.env)
      },
      process.env
    )
    try {
      expect(await container.pid(AbortSignal.timeout(20000))).toBeGreaterThan(0)
      const mounts = JSON.parse(
        docker('inspect', '--format', '{{json .Mounts}}', container.name)
      ) as { Type: string; Name: string; Destination: string }[]
      const volumes = mounts.filter(m => m.Type === 'volume')
      // /opt/ml/model is the bind; relative/dir gets the engine's own (unlabelled) volume
      expect(volumes.map(m => m.Destination).sort()).toEqual(
        [...LABELLED.filter(t => t !== '/opt/ml/model'), 'relative/dir'].sort()
      )
      const named = labelled('volume', id)
      expect(named).toHaveLength(10)
      expect(volumes.filter(m => named.includes(m.Name)).map(m => m.Destination)).toEqual(
        expect.arrayContaining(LABELLED.filter(t => t !== '/opt/ml/model'))
      )
      expect(volumeList()).toHaveLength(before.length + 11)
    } finally {
      await container.remove()
    }
    expect(volumeList()).toEqual(before)
  })

  it('trains, serves and runs batch with it, leaving no volume, container or temp folder', async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'data'))
    writeFileSync(path.join(ws, 'data', 'train.csv'), '1,0\n')
    writeFileSync(path.join(ws, 'sample.csv'), '1,2,3\n')
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'preflight-volumes-temp-'))
    const run = await smoke(
      {
        'local-training-image': VOLUMES,
        'local-image': VOLUMES,
        'training-data': 'training=./data',
        payload: 'sample.csv',
        batch: 'true'
      },
      { ws, env: { ...process.env, RUNNER_TEMP: runnerTemp } }
    )
    for (const rule of ['train-exit', 'train-model-output', 'serve-start', 'invocation']) {
      expect([rule, run.status(rule)]).toEqual([rule, 'pass'])
    }
    expect(run.facts.smokeTest?.invocations.map(i => [i.mode, i.status])).toEqual([
      ['realtime', 200],
      ['batch', 200]
    ])
    expect(volumeList()).toEqual(before)
    expect(readdirSync(runnerTemp)).toEqual([])
    const sockets = path.basename(socketDirPrefix(runId(process.env)))
    expect(readdirSync('/tmp').filter(f => f.startsWith(sockets))).toEqual([])
  })

  it('has the post step remove labelled containers with their volumes, volumes and networks', async () => {
    const id = `volumes-test-${process.pid}`
    const labels = ['--label', `${LABEL}=true`, '--label', `${LABEL}.run=${id}`]
    // a container a killed run left, with its twelve anonymous volumes
    docker('create', ...labels, '--', `${FIXTURE}:volumes-wrong-port`, 'serve')
    // volumes whose container went without -v (an image without VOLUMEs: only these)
    const mounts = labelledVolumeArgs(LABELLED, labels)
    docker('rm', docker('create', ...mounts, `${FIXTURE}:busybox`).trim())
    // the network a multi-host training run will create
    docker('network', 'create', '--internal', ...labels, `marketplace-ml-preflight-${id}`)
    const left = { labelled: labelled('volume', id), volumes: volumeList() }
    const removed = await removeRunLeftovers(process.env, id)
    expect(left.labelled).toHaveLength(11)
    expect(left.volumes).toHaveLength(before.length + 12 + 11)
    expect(removed).toEqual({ counts: { container: 1, volume: 11, network: 1 }, errors: [] })
    expect(await runContainers(id)).toEqual([])
    expect(labelled('network', id)).toEqual([])
    expect(volumeList()).toEqual(before)
  })

  describe('a main step killed while its container runs (the ncc bundles)', () => {
    let bundles: { main: string; post: string }
    beforeAll(async () => {
      bundles = await buildActionBundles()
    }, 660000)

    it('leaves the post step to remove the container and every volume it had', async () => {
      const ws = workspace()
      const action = runnerEnv(
        {
          'local-image': `${FIXTURE}:volumes-wrong-port`,
          'startup-timeout': '300',
          batch: 'false',
          'aws-checks': 'false'
        },
        ws
      )
      const main = spawnBundle(bundles.main, action.env, ws)
      // killed and cleaned up after even when the container never ran: that failure shows last
      const ran = await untilServing(action.runId).catch((err: Error) => err)
      main.child.kill('SIGKILL')
      await main.exited
      const left = labelled('volume', action.runId)

      const post = await runBundle(bundles.post, action.env, ws)
      expect(ran).toBeUndefined()
      // /opt/ml/model too: without model data nothing is bound there (the image's own model is
      // served), so the image's VOLUME there gets a labelled volume like the others
      expect(left).toHaveLength(LABELLED.length)
      expect(post.code).toBe(0)
      expect(post.stdout).toContain('Removed 1 container(s) left by the preflight.')
      expect(await runContainers(action.runId)).toEqual([])
      expect(volumeList()).toEqual(before)
    })
  })
})
