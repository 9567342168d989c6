import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseDockerRunArgs, parseSize, readInputs, type Inputs } from '../src/inputs.js'

const IMAGE = `111122223333.dkr.ecr.us-east-2.amazonaws.com/model@sha256:${'a'.repeat(64)}`
let workspace: string

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'preflight-inputs-'))
  mkdirSync(path.join(workspace, 'data/train'), { recursive: true })
  mkdirSync(path.join(workspace, 'model'))
  writeFileSync(path.join(workspace, 'hp.json'), '{"epochs": 3}')
})

function read(values: Record<string, string>): Inputs {
  return readInputs(name => values[name] ?? '', {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: '/runner/tmp'
  })
}

function error(values: Record<string, string>): string {
  try {
    read(values)
  } catch (err) {
    return (err as Error).message
  }
  throw new Error('expected an input error')
}

describe('readInputs', () => {
  it('applies the documented defaults', () => {
    const inputs = read({ image: IMAGE })
    expect(inputs).toMatchObject({
      maxImageSizeBytes: 10 * 1024 ** 3,
      awsChecks: 'auto',
      smokeTest: 'auto',
      startupTimeoutSec: 480,
      invocationTimeoutSec: 60,
      batch: true,
      trainingTimeoutSec: 1800,
      failOn: 'error',
      summary: true,
      hyperparameters: {},
      reportFile: '/runner/tmp/marketplace-preflight.json'
    })
  })

  it('resolves paths against the workspace', () => {
    const inputs = read({
      image: IMAGE,
      'model-data': 'model',
      'report-file': 'out/report.json',
      'sarif-file': 'out/x.sarif'
    })
    expect(inputs.modelData).toBe(path.join(workspace, 'model'))
    expect(inputs.reportFile).toBe(path.join(workspace, 'out/report.json'))
    expect(inputs.sarifFile).toBe(path.join(workspace, 'out/x.sarif'))
  })

  it.each([
    [
      { 'fail-on': 'sometimes' },
      'Input `fail-on` is "sometimes"; expected error, warning or never'
    ],
    [
      { 'max-image-size': 'lots' },
      'Input `max-image-size` is "lots"; expected a size such as 10GiB'
    ],
    [
      { 'seller-account-id': '1111,222233334444' },
      'Input `seller-account-id` has "1111"; expected 12-digit AWS account ids'
    ],
    [{ 'aws-checks': 'maybe' }, 'Input `aws-checks` is "maybe"; expected auto, true or false'],
    [{ batch: 'sure' }, 'Input `batch` is "sure"; expected true or false'],
    [{ 'startup-timeout': '-5' }, 'Input `startup-timeout` is "-5"; expected a number of seconds'],
    [{ region: 'Ohio' }, 'Input `region` is "Ohio"; expected a Region name'],
    [
      { digest: 'sha256:nothex' },
      'Input `digest` is "sha256:nothex"; expected sha256: followed by 64'
    ],
    [{ ignore: 'ping,not-a-rule' }, 'Input `ignore` has "not-a-rule", which is not a rule id'],
    [
      { 'model-data': 'missing.tar.gz' },
      'Input `model-data` is "missing.tar.gz"; expected an existing directory or .tar.gz'
    ],
    [
      { 'model-package-arn': 'arn:aws:sagemaker:us-east-2:111122223333:model/x' },
      'Input `model-package-arn` is "arn:aws:sagemaker:us-east-2:111122223333:model/x"; expected arn:aws:sagemaker:REGION:ACCOUNT:model-package/NAME'
    ]
  ])('refuses %j with a message naming the input', (values, message) => {
    expect(error({ image: IMAGE, ...values })).toContain(message)
  })

  it('requires an image when no ARN or local image is given', () => {
    expect(error({})).toMatch(/^Input `image` is required/)
    expect(
      read({ 'model-package-arn': 'arn:aws:sagemaker:us-east-2:111122223333:model-package/m/1' })
        .image
    ).toBeUndefined()
  })

  it('refuses two different digests', () => {
    expect(error({ image: IMAGE, digest: `sha256:${'b'.repeat(64)}` })).toContain('pass one digest')
  })

  it('reads seller accounts separated by commas and newlines', () => {
    expect(
      read({ image: IMAGE, 'seller-account-id': '111122223333,\n444455556666\n' }).sellerAccountIds
    ).toEqual(['111122223333', '444455556666'])
  })

  describe('training-data', () => {
    it('reads channel=path lines', () => {
      expect(
        read({ image: IMAGE, 'training-data': 'training=data/train\nvalidation = data' })
          .trainingData
      ).toEqual([
        { channel: 'training', path: path.join(workspace, 'data/train') },
        { channel: 'validation', path: path.join(workspace, 'data') }
      ])
    })

    it.each([
      ['training', 'expected CHANNEL=PATH'],
      ['train ing=data', 'has the channel name "train ing"'],
      ['training=nowhere', 'has the path "nowhere" for channel "training", which does not exist'],
      ['a=data\na=data', 'names the channel "a" twice'],
      [
        Array.from({ length: 9 }, (_, i) => `c${i}=data`).join('\n'),
        'has 9 channels; an algorithm may declare at most 8'
      ]
    ])('refuses %j', (value, message) => {
      expect(error({ image: IMAGE, 'training-data': value })).toContain(message)
    })
  })

  describe('hyperparameters', () => {
    it('turns numbers and booleans into strings, as SageMaker passes them', () => {
      expect(
        read({
          image: IMAGE,
          hyperparameters: '{"epochs": 10, "lr": 0.1, "verbose": true, "name": "x"}'
        }).hyperparameters
      ).toEqual({
        epochs: '10',
        lr: '0.1',
        verbose: 'true',
        name: 'x'
      })
    })

    it('reads a JSON file', () => {
      expect(read({ image: IMAGE, hyperparameters: 'hp.json' }).hyperparameters).toEqual({
        epochs: '3'
      })
    })

    it.each([
      ['{"epochs": }', 'is not valid JSON'],
      ['[1, 2]', 'must be a JSON object'],
      ['{"nested": {"a": 1}}', 'has a nested value for "nested"'],
      ['nope.json', 'is neither a JSON object nor the path of a JSON file'],
      [
        JSON.stringify(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]))),
        'has 101 keys; SageMaker allows 100'
      ],
      [JSON.stringify({ k: 'v'.repeat(2501) }), 'has a value of 2501 characters for "k"']
    ])('refuses %s', (value, message) => {
      expect(error({ image: IMAGE, hyperparameters: value })).toContain(message)
    })
  })
})

describe('parseSize', () => {
  it.each([
    ['10GiB', 10 * 1024 ** 3],
    ['800MB', 800e6],
    ['1.5 GB', 1.5e9],
    ['5368709120', 5368709120],
    ['512kib', 512 * 1024]
  ])('reads %s', (value, bytes) => {
    expect(parseSize('max-image-size', value)).toBe(bytes)
  })
})

describe('parseDockerRunArgs', () => {
  it('splits like a shell, without expanding anything', () => {
    expect(
      parseDockerRunArgs(`--gpus all --memory=8g -e 'GREETING=hello world' -e "X=$(id)"`)
    ).toEqual(['--gpus', 'all', '--memory=8g', '-e', 'GREETING=hello world', '-e', 'X=$(id)'])
  })

  it.each([
    '--network host',
    '--net=host',
    '-p 8080:8080',
    '--privileged',
    '--cap-add SYS_ADMIN',
    '--pid=host',
    '-v /var/run/docker.sock:/s',
    '--entrypoint sh',
    '--env-file .env'
  ])('refuses %s', value => {
    expect(() => parseDockerRunArgs(value)).toThrow(/^Input `docker-run-args` contains/)
  })

  it('refuses a word that is neither an option nor its value (docker would take it as the image)', () => {
    expect(parseDockerRunArgs('--init --memory 8g --read-only')).toEqual([
      '--init',
      '--memory',
      '8g',
      '--read-only'
    ])
    expect(() => parseDockerRunArgs('--init other-image')).toThrow(
      /contains "other-image", which is neither an option nor an option's value/
    )
  })

  it('refuses -e NAME, which would copy NAME from the runner', () => {
    expect(() => parseDockerRunArgs('-e AWS_SECRET_ACCESS_KEY')).toThrow(/without a value/)
    expect(() => parseDockerRunArgs('--env=GITHUB_TOKEN')).toThrow(/without a value/)
  })
})
