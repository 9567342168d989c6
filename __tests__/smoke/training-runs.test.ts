// Issue 24 item 1 for training: the smoke test trains on the channels the request names (the
// local copies `validation-data` maps, as the replay does), never on an empty channel the request
// has named; and issue 25: several hosts in each input mode, a sharded channel split between them.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readInputs } from '../../src/inputs/index.js'
import { smokeChannels } from '../../src/smoke/training-runs.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

const URI = 's3://seller-bucket/validation/train/'

/** An algorithm request whose validation profile trains on the channel "training" at URI. */
function algorithm(ws: string, modes: string[], distribution = 'FullyReplicated'): void {
  const request = {
    AlgorithmName: 'look-alike',
    TrainingSpecification: {
      TrainingChannels: [
        {
          Name: 'training',
          IsRequired: true,
          SupportedContentTypes: ['text/csv'],
          SupportedInputModes: modes
        }
      ]
    },
    ValidationSpecification: {
      ValidationProfiles: [
        {
          ProfileName: 'p1',
          TrainingJobDefinition: {
            TrainingInputMode: modes[0],
            InputDataConfig: [
              {
                ChannelName: 'training',
                DataSource: {
                  S3DataSource: {
                    S3DataType: 'S3Prefix',
                    S3Uri: URI,
                    S3DataDistributionType: distribution
                  }
                }
              }
            ]
          }
        }
      ]
    }
  }
  writeFileSync(path.join(ws, 'algorithm.json'), JSON.stringify(request))
  mkdirSync(path.join(ws, 'validation'))
  writeFileSync(path.join(ws, 'validation', 'a.csv'), '1,0\n')
  writeFileSync(path.join(ws, 'validation', 'b.csv'), '2,1\n')
}

describe('the channels the smoke test trains on', () => {
  const channels = (ws: string, values: Record<string, string>) =>
    smokeChannels(
      {
        inputs: readInputs(name => ({ 'local-training-image': 'algo:1', ...values })[name] ?? '', {
          GITHUB_WORKSPACE: ws
        })
      },
      mkdtempSync(path.join(tmpdir(), 'preflight-channels-'))
    )

  it('copies the channel the request names from its validation-data mapping', async () => {
    const ws = workspace()
    algorithm(ws, ['File'])
    const source = await channels(ws, {
      'algorithm-request': 'algorithm.json',
      'validation-data': `${URI}=./validation`
    })
    if ('missing' in source) throw new Error(source.missing)
    expect(source.shown).toEqual([`training: the local copy of ${URI} (\`validation-data\`)`])
    expect(source.channels.map(c => c.channel)).toEqual(['training'])
    expect(readdirSync(source.channels[0].path).sort()).toEqual(['a.csv', 'b.csv'])
  })

  it('keeps training-data over the request, and needs no mapping for the channels it gives', async () => {
    const ws = workspace()
    algorithm(ws, ['File'])
    mkdirSync(path.join(ws, 'data'))
    const source = await channels(ws, {
      'algorithm-request': 'algorithm.json',
      'training-data': 'training=./data'
    })
    expect(source).toEqual({
      channels: [{ channel: 'training', path: path.join(ws, 'data') }],
      shown: ['training: data (`training-data`)']
    })
  })

  it('leaves training to the replay when the named channel has no local copy', async () => {
    const ws = workspace()
    algorithm(ws, ['File'])
    const source = await channels(ws, { 'algorithm-request': 'algorithm.json' })
    expect(source).toEqual({
      missing: expect.stringContaining(
        `names the training channel ${URI}, which has no local copy, and the smoke test never trains on an empty channel the request names`
      )
    })
  })
})

dockerSuite('training on the channels the request names (real Docker)', () => {
  it('trains a folder-reading algorithm on its mapped channel instead of an empty one', async () => {
    const ws = workspace()
    algorithm(ws, ['File'])
    // the trainer fails when /opt/ml/input/data/training is missing or empty
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:modes-folder`,
        'algorithm-request': 'algorithm.json',
        'validation-data': `${URI}=./validation`,
        'training-timeout': '60',
        batch: 'false'
      },
      { ws }
    )
    expect(run.messages('train-exit')).toBe('')
    expect(run.status('train-exit')).toBe('pass')
    expect(run.facts.training?.channels).toEqual([
      `training: the local copy of ${URI} (\`validation-data\`)`
    ])
    expect(run.facts.training?.logExcerpt).toContain('a.csv')
  }, 60000)

  it('does not train on an empty channel the request names, and says so', async () => {
    const ws = workspace()
    algorithm(ws, ['File'])
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:modes-folder`,
        'algorithm-request': 'algorithm.json',
        batch: 'false'
      },
      { ws }
    )
    expect(run.status('train-exit')).toBe('skip')
    expect(run.detail('train-exit')).toContain('the validation replay trains with it')
    expect(run.facts.training).toBeUndefined()
  }, 60000)

  it('feeds each of two hosts its own FIFOs with its share of a ShardedByS3Key channel', async () => {
    const ws = workspace()
    algorithm(ws, ['Pipe'], 'ShardedByS3Key')
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:modes-pipe`,
        'algorithm-request': 'algorithm.json',
        'validation-data': `${URI}=./validation`,
        'training-instance-count': '2',
        'training-timeout': '60',
        batch: 'false'
      },
      { ws }
    )
    expect(run.messages('train-exit')).toBe('')
    expect(run.detail('train-exit')).toMatch(/^exited 0 on each of 2 hosts after [\d.]+ s in Pipe/)
    const log = run.facts.training?.logExcerpt ?? ''
    // a.csv to algo-1, b.csv to algo-2: 4 bytes each, epoch after epoch
    expect(log).toContain('[algo-1] epoch 0: 4 bytes, epoch 1: 4 bytes')
    expect(log).toContain('[algo-2] epoch 0: 4 bytes, epoch 1: 4 bytes')
  }, 60000)

  it('gives each of two hosts its FastFile channel read-only', async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'data'))
    writeFileSync(path.join(ws, 'data', 'train.csv'), '1,0\n')
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:modes-fastfile`,
        'training-data': 'training=./data',
        'training-input-mode': 'FastFile',
        'training-instance-count': '2',
        'training-timeout': '60',
        batch: 'false'
      },
      { ws }
    )
    expect(run.messages('train-exit')).toBe('')
    expect(run.detail('train-exit')).toMatch(/on each of 2 hosts .* in FastFile input mode$/)
    expect(run.facts.training?.logExcerpt).toContain('[algo-2] the channel is read-only')
  }, 60000)
})
