// Issue 22, hole 4: training gets an ML storage volume of `training-volume-size` GB (the validation
// replay: its profile's ResourceConfig.VolumeSizeInGB), as on SageMaker. What the container writes
// under /opt/ml is measured while it runs without following a link, and crossing the volume stops
// it within seconds (training-volume) instead of filling the runner's disk.
import { describe, expect, it } from '@jest/globals'
import { linkSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError } from '../../src/inputs/error.js'
import { readInputs } from '../../src/inputs/index.js'
import { profileVolume } from '../../src/replay/training.js'
import {
  diskUsed,
  GB,
  measureVolume,
  volumeVerdict,
  watchVolume
} from '../../src/smoke/training-volume.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const MiB = 1024 * 1024
const temp = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `preflight-${prefix}-`))
/** `bytes` of written data (not sparse: it takes that much disk). */
const dataFile = (file: string, bytes: number): void => writeFileSync(file, Buffer.alloc(bytes, 1))

describe('measuring what training wrote under /opt/ml', () => {
  it('counts the disk its files take, never a link out or what it points to', async () => {
    const outside = temp('outside')
    dataFile(path.join(outside, 'big.bin'), 64 * MiB)
    const ml = temp('ml')
    mkdirSync(path.join(ml, 'model'))
    dataFile(path.join(ml, 'model', 'model.bin'), MiB)
    symlinkSync(path.join(outside, 'big.bin'), path.join(ml, 'model', 'big.bin'))
    symlinkSync(outside, path.join(ml, 'outside'))
    const use = await measureVolume(ml, await diskUsed(ml))
    expect(use.estimated).toBe(false)
    // the 1 MiB file and its filesystem blocks; never the 64 MiB behind the links
    expect(use.bytes).toBeGreaterThanOrEqual(MiB)
    expect(use.bytes).toBeLessThan(2 * MiB)
  })

  it('counts a hard-linked file once and a sparse file as the little it holds', async () => {
    const ml = temp('ml')
    dataFile(path.join(ml, 'a.bin'), 4 * MiB)
    for (const name of ['b.bin', 'c.bin', 'd.bin'])
      linkSync(path.join(ml, 'a.bin'), path.join(ml, name))
    writeFileSync(path.join(ml, 'sparse.bin'), 'x')
    truncateSync(path.join(ml, 'sparse.bin'), 8 * GB)
    const use = await measureVolume(ml, await diskUsed(ml))
    expect(use.bytes).toBeGreaterThanOrEqual(4 * MiB)
    expect(use.bytes).toBeLessThan(5 * MiB)
  })

  it('past the entry bound, counts at least what it walked and says it is an estimate', async () => {
    const ml = temp('ml')
    for (let i = 0; i < 50; i++) dataFile(path.join(ml, `f${i}`), 64 * 1024)
    const use = await measureVolume(ml, await diskUsed(ml), { entries: 20, ms: 10000 })
    expect(use.estimated).toBe(true)
    expect(use.bytes).toBeGreaterThanOrEqual(20 * 64 * 1024)
  })

  it('sees the volume crossed within about a second while the container runs', async () => {
    const ml = temp('ml')
    const baseline = await diskUsed(ml)
    const running = {
      exitsWithin: (ms: number) => new Promise<boolean>(r => setTimeout(() => r(false), ms))
    }
    const watching = watchVolume(ml, 2 * MiB, baseline, running)
    await new Promise(r => setTimeout(r, 300))
    const wroteAt = performance.now()
    dataFile(path.join(ml, 'checkpoint.bin'), 3 * MiB)
    const use = await watching
    expect(use?.bytes).toBeGreaterThanOrEqual(3 * MiB)
    expect(performance.now() - wroteAt).toBeLessThan(3000)
  })

  it('stops watching once the container exited within the volume', async () => {
    const ml = temp('ml')
    const exited = { exitsWithin: async () => true }
    expect(await watchVolume(ml, MiB, await diskUsed(ml), exited)).toBeUndefined()
  })
})

describe('the training-volume verdict', () => {
  const volume = { gb: 0.05, from: '`training-volume-size`' }

  it('passes within the volume, saying how much was written', () => {
    expect(volumeVerdict({ use: { bytes: 8 * MiB, estimated: false } }, volume, '')).toEqual({
      ok: true,
      detail:
        'wrote 0.00781 GB under /opt/ml; the ML storage volume holds 0.05 GB (`training-volume-size`)'
    })
  })

  it('fails past it, saying what SageMaker would do and that the container was stopped', () => {
    const verdict = volumeVerdict(
      { use: { bytes: 64 * MiB, estimated: false }, stoppedAfter: 2.345 },
      volume,
      '    saved 60 MB'
    )
    expect(verdict).toEqual({
      ok: false,
      finding: {
        message:
          'Training wrote 0.0625 GB under /opt/ml; the ML storage volume holds 0.05 GB (`training-volume-size`). On SageMaker the write that fills the volume fails with "No space left on device", and so does the training job. It was stopped 2.3 s after it started, before it could fill the runner\'s disk. Last log lines:\n    saved 60 MB'
      }
    })
  })

  it('says when the number is the disk growth, not a count', () => {
    const verdict = volumeVerdict(
      { use: { bytes: 2 * GB, estimated: true } },
      { gb: 1, from: 'x' },
      ''
    )
    expect(verdict.ok || verdict.finding.message).toMatch(
      /^Training wrote about 2 GB under \/opt\/ml; the ML storage volume holds 1 GB \(x\)\. \(More files than are counted one by one, so that is how much the runner's disk grew while it ran\.\) .* It exited before it could be stopped\.$/
    )
  })
})

describe('the volume training gets', () => {
  const read = (size?: string) =>
    readInputs(
      name => ({ 'local-image': 'demo:1', 'training-volume-size': size ?? '' })[name] ?? '',
      { GITHUB_WORKSPACE: tmpdir() }
    ).trainingVolumeGB

  it("is 30 GB by default, SageMaker's own, and takes fractions", () => {
    expect(read()).toBe(30)
    expect(read('0.05')).toBe(0.05)
    expect(read('500')).toBe(500)
  })

  it.each(['0', '-1', '30GB', 'lots', '16385'])('refuses %s, naming the input', size => {
    expect(() => read(size)).toThrow(InputError)
    expect(() => read(size)).toThrow(
      `Input \`training-volume-size\` is "${size}"; expected a number of GB above 0 and up to 16384, such as 30 or 0.5`
    )
  })

  it("is the validation profile's VolumeSizeInGB in the replay, else the input's", () => {
    expect(profileVolume({ ResourceConfig: { VolumeSizeInGB: 10 } } as never, 30)).toEqual({
      gb: 10,
      from: "the profile's ResourceConfig.VolumeSizeInGB"
    })
    expect(profileVolume({} as never, 30)).toEqual({
      gb: 30,
      from: '`training-volume-size`: the profile sets no ResourceConfig.VolumeSizeInGB'
    })
  })
})

dockerSuite('a training container that fills its ML storage volume (real Docker)', () => {
  const train = (values: Record<string, string>) => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'data'))
    writeFileSync(path.join(ws, 'data', 'train.csv'), '1,0\n')
    return smoke(
      {
        'local-training-image': `${FIXTURE}:fill-train`,
        'training-data': 'training=./data',
        'training-timeout': '120',
        batch: 'false',
        ...values
      },
      { ws }
    )
  }

  it('is stopped within seconds of writing past training-volume-size', async () => {
    // the image saves 400 MB of checkpoints over about 10 s unless it is stopped
    const run = await train({ 'training-volume-size': '0.05' })
    expect(run.status('training-volume')).toBe('fail')
    const message = run.messages('training-volume')
    const wrote =
      /^Training wrote ([\d.]+) GB under \/opt\/ml; the ML storage volume holds 0\.05 GB \(`training-volume-size`\)\./.exec(
        message
      )
    expect(wrote).not.toBeNull()
    expect(Number(wrote![1])).toBeGreaterThan(0.05)
    expect(Number(wrote![1])).toBeLessThan(0.3)
    expect(message).toMatch(
      /It was stopped [\d.]+ s after it started, .* Last log lines:\n {4}step \d+: saved/
    )
    expect(run.detail('train-exit')).toBe(
      'training wrote more than its ML storage volume holds (see training-volume)'
    )
    expect(run.status('train-model-output')).toBe('skip')
    expect(run.facts.training?.exitCode).toBe(137)
    expect(run.seconds).toBeLessThan(30)
  }, 60000)

  it('passes a training that stays within the volume', async () => {
    const run = await train({ 'training-volume-size': '0.05', 'docker-run-args': '-e MB=8' })
    expect(run.status('train-exit')).toBe('pass')
    expect(run.status('train-model-output')).toBe('pass')
    // 8 MiB of checkpoints, a model and the config files
    expect(run.detail('training-volume')).toMatch(
      /^wrote 0\.00[78]\d* GB under \/opt\/ml; the ML storage volume holds 0\.05 GB \(`training-volume-size`\)$/
    )
  }, 60000)
})
