import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseDockerRunArgs } from '../../src/inputs/docker-run-args.js'
import { EVIDENCE_MARK } from '../../src/report/listing-evidence.js'
import { readInputs, type Inputs } from '../../src/inputs/index.js'
import { parseSize } from '../../src/inputs/scalars.js'

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

  it('puts the report in a file of its own per user when there is no RUNNER_TEMP', () => {
    const inputs = readInputs(name => ({ image: IMAGE })[name] ?? '', {
      GITHUB_WORKSPACE: workspace
    })
    expect(inputs.reportFile).toBe(
      path.join(tmpdir(), `marketplace-preflight-${process.getuid!()}.json`)
    )
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
      ['nope.json', 'is "nope.json", which does not exist in the workspace'],
      ['epochs: 3', '; pass a JSON object, or the path of a JSON file in the repository'],
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

describe('readInputs ranges and output files', () => {
  it.each([
    [
      { 'startup-timeout': '0.0001' },
      'Input `startup-timeout` is "0.0001"; expected a number of seconds between 1 and 3600'
    ],
    [
      { 'invocation-timeout': '0' },
      'Input `invocation-timeout` is "0"; expected a number of seconds between 1'
    ],
    [{ 'training-timeout': '1e9' }, 'Input `training-timeout` is "1e9"'],
    [{ 'max-image-size': `${'9'.repeat(400)}GiB` }, 'expected a size between 1 MiB and 1 TiB'],
    [
      { 'max-image-size': '0' },
      'Input `max-image-size` is "0"; expected a size between 1 MiB and 1 TiB'
    ],
    [{ 'max-image-size': '2000GiB' }, 'expected a size between 1 MiB and 1 TiB']
  ])('refuses %j', (values, message) => {
    expect(error({ image: IMAGE, ...values })).toContain(message)
  })

  it('never echoes a huge bad input in full', () => {
    const message = error({ image: IMAGE, region: 'x'.repeat(1_000_000) })
    expect(message).toMatch(/^Input `region` is "x{80}"… \(1000000 characters\); expected a Region/)
    expect(message.length).toBeLessThan(300)
  })

  it('says where a hyperparameters file breaks, never what it holds', () => {
    writeFileSync(path.join(workspace, 'shadow'), 'root:$6$s3cr3tHash:19000:0:99999:7:::\n')
    const message = error({ image: IMAGE, hyperparameters: 'shadow' })
    expect(message).toBe(
      `Input \`hyperparameters\` names ${path.join(workspace, 'shadow')}, which is not valid JSON at line 1, column 1: Unexpected character`
    )
    writeFileSync(path.join(workspace, 'broken.json'), '{"epochs": 3, "secret": "s3cr3t",}')
    expect(error({ image: IMAGE, hyperparameters: 'broken.json' })).toMatch(
      /^Input `hyperparameters` names \S+broken\.json, which is not valid JSON at line 1, column 34: Expected double-quoted property name$/
    )
    expect(error({ image: IMAGE, hyperparameters: '{"a": "s3cr3t"' })).toBe(
      "Input `hyperparameters` is not valid JSON at line 1, column 15: Expected ',' or '}' after property value"
    )
  })

  // V8 quotes the text around an unexpected token and gives no position: the position is found
  it.each([
    ['{\n  "token": s3cr3t\n}', 'line 2, column 12'],
    ['{"epochs": 3}\ns3cr3t', 'line 2, column 1'],
    ['s3cr3t', 'line 1, column 1'],
    ['{"a": [1, 2]\n  "b": "s3cr3t"}', 'line 2, column 3']
  ])('places the break in %j and quotes none of it', (text, where) => {
    writeFileSync(path.join(workspace, 'token.json'), text)
    const message = error({ image: IMAGE, hyperparameters: 'token.json' })
    expect(message).toContain(`which is not valid JSON at ${where}`)
    expect(message).not.toContain('s3cr3t')
  })

  it('refuses a hyperparameters FIFO at once, instead of waiting for a writer', () => {
    execFileSync('mkfifo', [path.join(workspace, 'hp.fifo')])
    const start = performance.now()
    expect(error({ image: IMAGE, hyperparameters: 'hp.fifo' })).toBe(
      'Input `hyperparameters` is "hp.fifo", which is not a regular file; pass a JSON object, or the path of a JSON file in the repository'
    )
    expect(performance.now() - start).toBeLessThan(1000)
  })

  it.each(['hyperparameters', 'model-package-request', 'algorithm-request'])(
    'refuses a %s file over 4 MiB, reading no more than that',
    input => {
      const file = path.join(workspace, `big-${input}.json`)
      writeFileSync(file, '{"epochs": 3}')
      truncateSync(file, 1.5 * 1024 ** 3) // sparse: no disk used
      const before = process.memoryUsage().rss
      expect(error({ image: IMAGE, [input]: file })).toMatch(
        new RegExp(`^Input \`${input}\` is "\\S+big-${input}\\.json", a file larger than 4 MiB`)
      )
      expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 ** 2)
    }
  )

  it('refuses /dev/zero as outside the workspace', () => {
    expect(error({ image: IMAGE, hyperparameters: '/dev/zero' })).toContain(
      'Input `hyperparameters` has "/dev/zero", which resolves to /dev/zero, outside the workspace'
    )
  })

  describe.each(['report-file', 'sarif-file', 'listing-evidence'])('%s', input => {
    it('refuses a directory', () => {
      expect(error({ image: IMAGE, [input]: '/' })).toBe(
        `Input \`${input}\` is "/", a directory; give a file path such as preflight/report.json`
      )
    })

    it('refuses a path whose folder cannot be created', () => {
      writeFileSync(path.join(workspace, 'plain'), 'x')
      expect(error({ image: IMAGE, [input]: 'plain/out.json' })).toContain(
        `but ${path.join(workspace, 'plain')} is not a directory this run can write to`
      )
    })

    it('refuses to overwrite a file that is not an earlier report', () => {
      writeFileSync(path.join(workspace, 'notes.txt'), 'my notes')
      expect(error({ image: IMAGE, [input]: 'notes.txt' })).toBe(
        `Input \`${input}\` is ${JSON.stringify(path.join(workspace, 'notes.txt'))}, an existing file that is not a report of this tool; delete it or pick another path (only an earlier preflight report is overwritten)`
      )
    })

    it('overwrites an earlier report, or an empty file', () => {
      const earlier = path.join(workspace, `earlier-${input}.json`)
      writeFileSync(
        earlier,
        `${JSON.stringify({ version: 1, tool: { name: 'marketplace-ml-preflight' } }, null, 2)}\n`
      )
      writeFileSync(path.join(workspace, `empty-${input}`), '')
      expect(() => read({ image: IMAGE, [input]: earlier })).not.toThrow()
      expect(() => read({ image: IMAGE, [input]: `empty-${input}` })).not.toThrow()
    })
  })

  it('refuses a link in place of the report (writing would follow it)', () => {
    writeFileSync(path.join(workspace, 'target.json'), '{"name": "marketplace-ml-preflight"}')
    symlinkSync(path.join(workspace, 'target.json'), path.join(workspace, 'link.json'))
    expect(error({ image: IMAGE, 'report-file': 'link.json' })).toContain(
      'which exists and is not a regular file'
    )
  })

  it('refuses one path for both the report and SARIF', () => {
    expect(error({ image: IMAGE, 'report-file': 'r.json', 'sarif-file': 'r.json' })).toContain(
      'Input `sarif-file` is'
    )
  })

  it('writes the listing evidence only over an earlier one, and never over the report or SARIF', () => {
    const earlier = path.join(workspace, 'EVIDENCE.md')
    writeFileSync(earlier, `### Sample requests\n\n${EVIDENCE_MARK} 0.1.0 on 2026-12-01, …_\n`)
    expect(read({ image: IMAGE, 'listing-evidence': 'EVIDENCE.md' }).listingEvidence).toBe(earlier)
    expect(
      error({ image: IMAGE, 'sarif-file': 'r.sarif', 'listing-evidence': 'r.sarif' })
    ).toContain('Input `listing-evidence` is')
    expect(
      error({ image: IMAGE, 'report-file': 'r.json', 'listing-evidence': 'r.json' })
    ).toContain('the same file as `report-file`')
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
  it('splits like a shell, without expanding anything, and normalizes to --flag=value', () => {
    expect(
      parseDockerRunArgs(`--gpus all --memory=8g -e 'GREETING=hello world' -e "X=$(id)"`)
    ).toEqual(['--gpus=all', '--memory=8g', '--env=GREETING=hello world', '--env=X=$(id)'])
  })

  it.each([
    ['--memory 8g', ['--memory=8g']],
    ['-m8g', ['--memory=8g']],
    ['-m=8g', ['--memory=8g']],
    ['-m 512m', ['--memory=512m']],
    [
      '-c512 --cpus=1.5 --cpuset-cpus 0-3,6',
      ['--cpu-shares=512', '--cpus=1.5', '--cpuset-cpus=0-3,6']
    ],
    ['-eKEY=v -e=A=b --env C=', ['--env=KEY=v', '--env=A=b', '--env=C=']],
    [
      '--shm-size 1g --memory-swap -1 --memory-reservation=2GiB',
      ['--shm-size=1g', '--memory-swap=-1', '--memory-reservation=2GiB']
    ],
    [
      '--ulimit nofile=65536:65536 --ulimit memlock=-1',
      ['--ulimit=nofile=65536:65536', '--ulimit=memlock=-1']
    ],
    ['--gpus 2 --gpus "device=0,1"', ['--gpus=2', '--gpus=device=0,1']],
    ['--gpus \'"device=GPU-3a2b,1"\'', ['--gpus="device=GPU-3a2b,1"']],
    [
      '--device /dev/nvidia0 --device=/dev/neuron0:/dev/neuron0:rw --device /dev/dri',
      ['--device=/dev/nvidia0', '--device=/dev/neuron0:/dev/neuron0:rw', '--device=/dev/dri']
    ],
    ['--read-only --read-only=false --runtime nvidia', ['--read-only', '--runtime=nvidia']],
    ['', []]
  ])('accepts %s', (value, args) => {
    expect(parseDockerRunArgs(value)).toEqual(args)
  })

  // every bypass form of issue 18, and the options the allow-list leaves out
  it.each([
    ['-v/:/host', '-v'],
    ['-v/var/run/docker.sock:/var/run/docker.sock', '-v'],
    ['-u0', '-u'],
    ['-it', '-i'],
    ['-d', '-d'],
    ['--log-driver=syslog', '--log-driver'],
    ['--log-opt syslog-address=udp://203.0.113.1:514', '--log-opt'],
    ['--label marketplace-ml-preflight.run=x', '--label'],
    ['-l marketplace-ml-preflight.run=x', '-l'],
    ['--mount type=bind,source=/,target=/host', '--mount'],
    ['--network host', '--network'],
    ['--net=host', '--net'],
    ['-p 8080:8080', '-p'],
    ['--privileged', '--privileged'],
    ['--cap-add SYS_ADMIN', '--cap-add'],
    ['--pid=host', '--pid'],
    ['--ipc host', '--ipc'],
    ['--userns=host', '--userns'],
    ['--security-opt seccomp=unconfined', '--security-opt'],
    ['--entrypoint sh', '--entrypoint'],
    ['--name x', '--name'],
    ['--rm', '--rm'],
    ['--volumes-from other', '--volumes-from'],
    ['--env-file .env', '--env-file'],
    ['--add-host x:203.0.113.1', '--add-host'],
    ['--dns 203.0.113.1', '--dns'],
    ['--init', '--init'],
    ['--cgroup-parent /', '--cgroup-parent'],
    ['--restart always', '--restart'],
    ['--user=root', '--user'],
    ['--memory 8g --privileged', '--privileged']
  ])('refuses %s naming %s', (value, option) => {
    expect(() => parseDockerRunArgs(value)).toThrow(
      `Input \`docker-run-args\` contains "${option}"`
    )
    expect(() => parseDockerRunArgs(value)).toThrow(/which is not allowed/)
  })

  it.each([
    ['--memory lots', 'gives --memory the value "lots"; expected a size'],
    ['-m', 'ends with "-m", which needs a value'],
    ['--cpus 0', 'gives --cpus the value "0"'],
    ['--gpus "all --privileged"', 'gives --gpus the value "all --privileged"'],
    ['--device /dev/sda', 'gives --device the value "/dev/sda"; expected an accelerator'],
    ['--device /dev/nvidia0:/dev/../etc', 'gives --device the value'],
    ['--ulimit nofile', 'gives --ulimit the value "nofile"'],
    ['--runtime sysbox-runc', 'gives --runtime the value "sysbox-runc"'],
    ['--read-only=yes', 'has "--read-only=yes"; --read-only takes no value'],
    ['-e 1X=2', 'gives -e the value "1X=2"; expected NAME=VALUE']
  ])('refuses the bad value in %s', (value, message) => {
    expect(() => parseDockerRunArgs(value)).toThrow(message)
  })

  it('refuses a word that is neither an option nor its value (docker would take it as the image)', () => {
    expect(() => parseDockerRunArgs('--read-only other-image')).toThrow(
      /contains "other-image", which is neither an option nor an option's value/
    )
  })

  it('refuses -e NAME, which would copy NAME from the runner', () => {
    expect(() => parseDockerRunArgs('-e AWS_SECRET_ACCESS_KEY')).toThrow(/without a value/)
    expect(() => parseDockerRunArgs('--env=GITHUB_TOKEN')).toThrow(/without a value/)
    expect(() => parseDockerRunArgs('-eGITHUB_TOKEN')).toThrow(/without a value/)
  })

  it('quotes at most a short excerpt of a huge bad value', () => {
    expect(() => parseDockerRunArgs(`--memory ${'9'.repeat(100000)}x`)).toThrow(
      /"9{80}"… \(100001 characters\); expected a size/
    )
  })
})

describe('concurrency', () => {
  it('defaults to the vCPUs of instance-type, else 4, and takes 1 to turn it off', () => {
    expect(read({ image: IMAGE }).concurrency).toBe(4)
    expect(read({ image: IMAGE, 'instance-type': 'ml.c5.2xlarge' }).concurrency).toBe(8)
    expect(
      read({ image: IMAGE, 'instance-type': 'ml.c5.2xlarge', concurrency: '1' }).concurrency
    ).toBe(1)
  })

  it('refuses what is not a whole number of requests', () => {
    expect(error({ image: IMAGE, concurrency: '0' })).toContain('concurrency')
    expect(error({ image: IMAGE, concurrency: '2.5' })).toContain('1 (off) to 256')
    expect(error({ image: IMAGE, concurrency: '1000' })).toContain('1 (off) to 256')
  })
})

describe('endpoint-type', () => {
  it('defaults to realtime, 2048 MB serverless memory, and the type timeouts', () => {
    expect(read({ image: IMAGE })).toMatchObject({
      endpointType: 'realtime',
      serverlessMemoryMb: 2048,
      startupTimeoutSec: 480,
      invocationTimeoutSec: 60
    })
    expect(read({ image: IMAGE, 'endpoint-type': 'async' })).toMatchObject({
      startupTimeoutSec: 480,
      invocationTimeoutSec: 900
    })
    expect(
      read({ image: IMAGE, 'endpoint-type': 'serverless', 'serverless-memory': '6144' })
    ).toMatchObject({
      endpointType: 'serverless',
      serverlessMemoryMb: 6144,
      startupTimeoutSec: 180,
      invocationTimeoutSec: 60
    })
    expect(
      read({ image: IMAGE, 'endpoint-type': 'async', 'invocation-timeout': '3600' })
        .invocationTimeoutSec
    ).toBe(3600)
    // real time keeps measuring past 60 s when asked, as before
    expect(read({ image: IMAGE, 'invocation-timeout': '120' }).invocationTimeoutSec).toBe(120)
  })

  it('refuses an unknown type, a memory SageMaker does not offer, and timeouts past the type', () => {
    expect(error({ image: IMAGE, 'endpoint-type': 'batch' })).toBe(
      'Input `endpoint-type` is "batch"; expected realtime, async, serverless'
    )
    for (const mb of ['1000', '7168', '512', '2 GB']) {
      expect(error({ image: IMAGE, 'serverless-memory': mb })).toContain(
        "expected a serverless endpoint's MemorySizeInMB: 1024, 2048, 3072, 4096, 5120, 6144"
      )
    }
    expect(
      error({ image: IMAGE, 'endpoint-type': 'serverless', 'invocation-timeout': '61' })
    ).toContain('is 61 seconds, but a serverless endpoint allows at most 60')
    expect(
      error({ image: IMAGE, 'endpoint-type': 'serverless', 'startup-timeout': '480' })
    ).toContain('`startup-timeout` is 480 seconds, but a serverless endpoint allows at most 180')
    expect(
      error({ image: IMAGE, 'endpoint-type': 'async', 'invocation-timeout': '3601' })
    ).toContain('between 1 and 3600')
  })
})
