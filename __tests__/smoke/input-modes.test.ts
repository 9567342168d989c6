// Issue 25: training input as SageMaker delivers it (File, Pipe FIFOs fed from the host epoch by
// epoch, FastFile read-only) and /opt/ml owned by root, so that a non-root USER fails here as it
// fails on SageMaker (train-exit explains it, container-user warns).
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { containerUserVerdict, nonRootUser } from '../../src/image/container-user.js'
import { InputError } from '../../src/inputs/error.js'
import { readInputs } from '../../src/inputs/index.js'
import {
  channelFiles,
  channelMounts,
  feedPipes,
  modeRuns,
  recordHeader
} from '../../src/smoke/input-modes.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const temp = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `preflight-${prefix}-`))

/** A channel folder with files out of key order on disk: b.csv, a.csv, sub/c.csv. */
function channel(): string {
  const dir = temp('channel')
  mkdirSync(path.join(dir, 'sub'))
  writeFileSync(path.join(dir, 'b.csv'), 'bb\n')
  writeFileSync(path.join(dir, 'a.csv'), 'a\n')
  writeFileSync(path.join(dir, 'sub', 'c.csv'), 'ccc\n')
  return dir
}

describe('training-input-mode', () => {
  const read = (mode: string) =>
    readInputs(name => ({ 'local-image': 'demo:1', 'training-input-mode': mode })[name] ?? '', {
      GITHUB_WORKSPACE: tmpdir()
    }).trainingInputMode

  it('is File by default and takes the API spellings in any case', () => {
    expect(read('')).toBe('File')
    expect(read('pipe')).toBe('Pipe')
    expect(read('FastFile')).toBe('FastFile')
  })

  it('refuses anything else, naming the input', () => {
    expect(() => read('Stream')).toThrow(InputError)
    expect(() => read('Stream')).toThrow(
      'Input `training-input-mode` is "Stream"; expected File, Pipe or FastFile'
    )
  })
})

describe('the training runs of a smoke test', () => {
  const trainingData = [
    { channel: 'training', path: '/data/train' },
    { channel: 'validation', path: '/data/val' }
  ]
  const algorithm = (channels: unknown[]) => ({
    kind: 'algorithm' as const,
    input: 'algorithm-request',
    file: '/ws/algorithm.json',
    request: { TrainingSpecification: { TrainingChannels: channels } }
  })

  it('is one run in training-input-mode without an algorithm request', () => {
    expect(modeRuns({ trainingData, trainingInputMode: 'Pipe' })).toEqual([
      { mode: 'Pipe', from: '`training-input-mode`', channels: trainingData }
    ])
  })

  it('runs every declared mode, File first, a channel in a mode it supports', () => {
    const runs = modeRuns({
      trainingData,
      trainingInputMode: 'File',
      algorithmRequest: algorithm([
        { Name: 'training', SupportedInputModes: ['FastFile', 'Pipe', 'File'] },
        { Name: 'validation', SupportedInputModes: ['File'] }
      ])
    })
    expect(runs.map(r => r.mode)).toEqual(['File', 'Pipe', 'FastFile'])
    expect(runs[1]).toEqual({
      mode: 'Pipe',
      from: "the algorithm request's SupportedInputModes",
      channels: [trainingData[0], { ...trainingData[1], mode: 'File' }]
    })
  })
})

describe('Pipe channels fed from the host (real FIFOs)', () => {
  it('streams the objects in key order, then the whole channel again as epoch 1', async () => {
    const dir = channel()
    const ml = temp('ml')
    const channels = [{ channel: 'training', path: dir }]
    const { mounts, pipeDir } = await channelMounts(ml, channels, 'Pipe')
    expect(mounts).toEqual([
      { source: path.join(ml, 'input', 'data'), target: '/opt/ml/input/data', readOnly: true }
    ])
    expect(readdirSync(pipeDir!)).toEqual(['training_0'])
    const stop = new AbortController()
    const feed = feedPipes(pipeDir!, channels, 'Pipe', stop.signal)
    expect((await readFile(path.join(pipeDir!, 'training_0'))).toString()).toBe('a\nbb\nccc\n')
    while (!existsSync(path.join(pipeDir!, 'training_1'))) await new Promise(r => setTimeout(r, 20))
    expect((await readFile(path.join(pipeDir!, 'training_1'))).toString()).toBe('a\nbb\nccc\n')
    expect(feed.opened.get('training')).toBe(2)
    stop.abort()
    await feed.done
  })

  it('wraps each object in a RecordIO record when RecordWrapperType is RecordIO', async () => {
    const ml = temp('ml')
    const channels = [{ channel: 'train', path: channel(), recordIO: true }]
    const { pipeDir } = await channelMounts(ml, channels, 'Pipe')
    const stop = new AbortController()
    const feed = feedPipes(pipeDir!, channels, 'Pipe', stop.signal)
    const bytes = await readFile(path.join(pipeDir!, 'train_0'))
    const record = (text: string) => {
      const pad = Buffer.alloc((4 - (text.length % 4)) % 4)
      return Buffer.concat([recordHeader(0, text.length), Buffer.from(text), pad])
    }
    expect(bytes).toEqual(Buffer.concat([record('a\n'), record('bb\n'), record('ccc\n')]))
    expect(bytes.readUInt32LE(0)).toBe(0xced7230a)
    stop.abort()
    await feed.done
  })

  it('ends at once when nothing ever opens the FIFO', async () => {
    const ml = temp('ml')
    const channels = [{ channel: 'training', path: channel() }]
    const { pipeDir } = await channelMounts(ml, channels, 'Pipe')
    const stop = new AbortController()
    const feed = feedPipes(pipeDir!, channels, 'Pipe', stop.signal)
    await new Promise(r => setTimeout(r, 200))
    const stopped = performance.now()
    stop.abort()
    await feed.done
    expect(performance.now() - stopped).toBeLessThan(500)
    expect(feed.opened.get('training')).toBe(0)
  })

  it('lists a single-file channel as that file', async () => {
    const file = path.join(channel(), 'a.csv')
    expect(await channelFiles(file)).toEqual([file])
  })
})

describe('container-user', () => {
  it('knows root however it is spelt', () => {
    for (const user of [undefined, '', 'root', '0', '0:0', 'root:staff']) {
      expect(nonRootUser(user)).toBeUndefined()
    }
    expect(nonRootUser('1000:1000')).toBe('1000:1000')
  })

  it('warns for a training image, passes an inference image with its user', () => {
    const training = containerUserVerdict('local-training-image', '1000', true)
    expect(training.ok).toBe(false)
    expect(training.ok || training.finding.message).toMatch(
      /^`local-training-image` sets USER "1000": SageMaker runs the training container with \/opt\/ml owned by root/
    )
    expect(containerUserVerdict('image', '1000', false)).toEqual({
      ok: true,
      detail: 'image serves as USER "1000" (serving needs only to read /opt/ml/model)'
    })
    expect(containerUserVerdict('training-image', undefined, true)).toEqual({
      ok: true,
      detail: 'training-image runs as root'
    })
  })
})

dockerSuite('training input modes and /opt/ml ownership (real Docker)', () => {
  const train = async (tag: string, values: Record<string, string> = {}, ws = workspace()) => {
    mkdirSync(path.join(ws, 'data'))
    writeFileSync(path.join(ws, 'data', 'train.csv'), '1,0\n2,1\n')
    const runnerTemp = temp('runner')
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:${tag}`,
        'training-data': 'training=./data',
        'training-timeout': '60',
        batch: 'false',
        ...values
      },
      { ws, env: { ...process.env, RUNNER_TEMP: runnerTemp } }
    )
    // the run's /opt/ml folders (root-owned) are gone too
    expect(readdirSync(runnerTemp)).toEqual([])
    return run
  }

  it('passes a trainer that reads its FIFOs in Pipe mode, epoch 0 and 1', async () => {
    const run = await train('modes-pipe', { 'training-input-mode': 'Pipe' })
    expect(run.messages('train-exit')).toBe('')
    expect(run.status('train-exit')).toBe('pass')
    expect(run.facts.training?.logExcerpt).toContain('epoch 0: 8 bytes, epoch 1: 8 bytes')
  }, 60000)

  it('fails a folder-reading trainer in Pipe mode, naming the mode and what it looked for', async () => {
    const run = await train('modes-folder', { 'training-input-mode': 'Pipe' })
    expect(run.status('train-exit')).toBe('fail')
    const message = run.messages('train-exit')
    expect(message).toContain(
      'It trained in Pipe input mode (`training-input-mode`): channel "training" was the FIFO /opt/ml/input/data/training_0, with no /opt/ml/input/data/training folder, and the container never opened it.'
    )
    expect(message).toContain(
      'What the container looked for:\n    ls: /opt/ml/input/data/training: No such file or directory'
    )
  }, 60000)

  it('gives a FastFile channel as a read-only folder', async () => {
    const run = await train('modes-fastfile', { 'training-input-mode': 'FastFile' })
    expect(run.messages('train-exit')).toBe('')
    expect(run.status('train-model-output')).toBe('pass')
    expect(run.facts.training?.logExcerpt).toContain('the channel is read-only')
  }, 60000)

  it('fails a USER 1000 trainer that cannot write the root-owned /opt/ml/model, and warns', async () => {
    const run = await train('modes-user')
    expect(run.status('train-exit')).toBe('fail')
    expect(run.messages('train-exit')).toContain(
      'The image runs as USER "1000", and SageMaker expects a training container to run as root: /opt/ml is root\'s (mode 0755)'
    )
    expect(run.messages('train-exit')).toMatch(/\/opt\/ml\/model\/model\.txt: Permission denied/)
    expect(run.status('container-user')).toBe('warn')
    expect(run.messages('container-user')).toContain('`local-training-image` sets USER "1000"')
  }, 60000)

  it('runs every mode the algorithm request declares and fails the one the trainer cannot read', async () => {
    const ws = workspace()
    writeFileSync(
      path.join(ws, 'algorithm.json'),
      JSON.stringify({
        TrainingSpecification: {
          TrainingChannels: [{ Name: 'training', SupportedInputModes: ['Pipe', 'File'] }]
        }
      })
    )
    const run = await train('modes-folder', { 'algorithm-request': 'algorithm.json' }, ws)
    expect(run.status('train-exit')).toBe('fail')
    expect(run.detail('train-exit')).toMatch(/exited 0 after [\d.]+ s/)
    expect(run.messages('train-exit')).toContain(
      "It trained in Pipe input mode (the algorithm request's SupportedInputModes)"
    )
  }, 60000)

  it('runs the root trainer that reads folders in File mode', async () => {
    const run = await train('modes-folder')
    expect(run.status('train-exit')).toBe('pass')
    expect(run.status('container-user')).toBe('pass')
    expect(run.facts.training?.logExcerpt).toContain('trained as 0')
  }, 60000)
})
