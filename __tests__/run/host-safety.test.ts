// Issue 18, items 1, 2, 4 and 6, through the real engine: a hostile training image leaves links,
// FIFOs, devices, a 1.5 GB file or 200,000 files in /opt/ml; a hostile model.tar.gz. Issue 22,
// hole 1: a pull request links an input file (hyperparameters, a request) to a credential on the
// runner. Secrets planted where the container or the pull request points must appear nowhere the
// run writes; every case ends promptly, in bounded memory, with a finding or an error that says what
// was found, and no container left behind.
import { beforeAll, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import {
  buildActionBundles,
  readOutputs,
  runBundle,
  runContainers,
  runnerEnv,
  STACK_LINE
} from '../helpers/action.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'
import { tarGz } from '../helpers/tar-writer.js'

const MiB = 1024 * 1024
const ATTACKS = `${FIXTURE}:files-attacks`
const SECRETS = {
  GITHUB_TOKEN: 'ghs_plantedsecretGITHUBTOKEN0000000000',
  'INPUT_GITHUB-TOKEN': 'ghp_plantedsecretINPUTTOKEN000000000',
  AWS_SECRET_ACCESS_KEY: 'plantedSecretAwsKey/0000000000000000000000',
  ACTIONS_RUNTIME_TOKEN: 'plantedsecretRuntimeToken0000000000'
}

function trainingWorkspace(): string {
  const ws = workspace()
  mkdirSync(path.join(ws, 'data'))
  writeFileSync(path.join(ws, 'data', 'train.csv'), '1,0\n')
  return ws
}

/** A training run of the files-attacks image with `ATTACK` (and more -e variables). */
async function attack(name: string, extra = '', timeoutSec = 60) {
  const lines: string[] = []
  const run = await smoke(
    {
      'local-training-image': ATTACKS,
      'training-data': 'training=./data',
      'docker-run-args': `-e ATTACK=${name} ${extra}`,
      'training-timeout': String(timeoutSec)
    },
    {
      ws: trainingWorkspace(),
      logLine: line => lines.push(line),
      signal: AbortSignal.timeout((timeoutSec + 60) * 1000)
    }
  )
  // everything the run wrote: findings, checks, facts (the report's content), and its log lines
  const written = JSON.stringify({
    findings: run.findings.allFindings(),
    checks: run.findings.allChecks(),
    facts: run.facts,
    lines
  })
  return { run, written }
}

dockerSuite('files a training container leaves in /opt/ml (real Docker)', () => {
  it('never follows a failure file linked to a host file holding a credential', async () => {
    const hostDir = workspace()
    const config = path.join(hostDir, 'config')
    writeFileSync(config, `[http]\n\textraheader = AUTHORIZATION: basic ${SECRETS.GITHUB_TOKEN}\n`)
    const { run, written } = await attack('link', `-e TARGET=${config}`)
    expect(run.status('train-exit')).toBe('fail')
    expect(run.messages('train-exit')).toContain('exited with code 1 after')
    expect(run.messages('train-exit')).toContain(
      '/opt/ml/output/failure is a symbolic link; not followed or read.'
    )
    expect(run.facts.training?.failureReason).toBeUndefined()
    expect(written).not.toContain(SECRETS.GITHUB_TOKEN)
  })

  it.each([
    ['fifo', 'is a FIFO (named pipe)'],
    ['zero-link', 'is a symbolic link'],
    ['zero-device', 'is a device node']
  ])('ends promptly when the failure file is %s, saying what it is', async (name, what) => {
    const before = process.memoryUsage().rss
    const { run } = await attack(name)
    expect(run.messages('train-exit')).toContain(
      `/opt/ml/output/failure ${what}; not followed or read.`
    )
    expect(run.seconds).toBeLessThan(30)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MiB)
  })

  it('reads at most the 1024 characters SageMaker keeps of a 1.5 GB failure file', async () => {
    const before = process.memoryUsage().rss
    const { run } = await attack('big')
    expect(run.status('train-exit')).toBe('fail')
    expect(run.facts.training?.failureReason?.length).toBeLessThanOrEqual(1024)
    expect(run.seconds).toBeLessThan(30)
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MiB)
  })

  it('counts 200,000 model files up to its bound, in bounded memory, never walking a link', async () => {
    const before = process.memoryUsage().rss
    // 200,000 files take the container a few seconds, or minutes on a loaded machine
    const { run } = await attack('many', '', 400)
    expect(run.status('train-exit')).toBe('pass')
    // 100,000 entries walked; the link is one of them and counts as no file
    // the bound on entries (100,000), or on time (10 s) on a slow machine, whichever comes first
    const counted = /^at least ([\d,]+) file\(s\), at least 0 bytes in \/opt\/ml\/model$/.exec(
      run.detail('train-model-output')
    )
    expect(counted).not.toBeNull()
    const files = Number(counted![1].replace(/,/g, ''))
    expect(files).toBeGreaterThan(0)
    expect(files).toBeLessThan(100_000)
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * MiB)
  }, 500000)
})

dockerSuite('model-data archives served (real Docker)', () => {
  const serveArchive = async (archive: Buffer, extra: Record<string, string> = {}) => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'model.tar.gz'), archive)
    const run = await smoke(
      {
        'local-image': `${FIXTURE}:needs-model`,
        'model-data': 'model.tar.gz',
        batch: 'false',
        ...extra
      },
      { ws }
    )
    return { run, ws }
  }

  it('serves a flat archive unpacked into /opt/ml/model', async () => {
    const { run } = await serveArchive(tarGz([{ path: 'model.json', body: '{"w": 1}' }]))
    expect(run.status('model-archive')).toBe('pass')
    expect(run.detail('model-archive')).toBe('1 entries, 8 bytes unpacked')
    // needs-model answers /ping only with files in /opt/ml/model: the unpacked files were readable
    expect(run.status('serve-start')).toBe('pass')
  })

  it('warns about a nested archive and still serves it', async () => {
    const { run } = await serveArchive(
      tarGz([
        { path: 'model/', type: '5' },
        { path: 'model/model.json', body: '{}' }
      ])
    )
    expect(run.status('model-archive')).toBe('warn')
    expect(run.messages('model-archive')).toContain('under the folder model/')
    expect(run.status('serve-start')).toBe('pass')
  })

  it.each([
    ['`../` entries', tarGz([{ path: '../../escaped.txt', body: 'x' }]), {}, 'climbs out'],
    [
      'a link out',
      tarGz([{ path: 'w', type: '2', linkpath: '/proc/self/environ' }]),
      {},
      'outside the archive'
    ],
    ['a plain tar', Buffer.from('not gzip at all'), {}, 'not gzip-compressed'],
    [
      'an archive over max-model-data-size',
      tarGz([{ path: 'weights.bin', body: 'x'.repeat(4096) }]),
      { 'max-model-data-size': '1KiB' },
      'add up to more than 1024 bytes'
    ]
  ])(
    'reports %s as model-archive and never starts the container',
    async (_what, archive, extra, why) => {
      const { run, ws } = await serveArchive(archive, extra)
      expect(run.status('model-archive')).toBe('fail')
      expect(run.messages('model-archive')).toContain(why)
      expect(run.detail('serve-start')).toBe('`model-data` cannot be unpacked (see model-archive)')
      expect(readdirSync(path.dirname(ws)).filter(f => f === 'escaped.txt')).toEqual([])
      expect(readdirSync(ws)).toEqual(['model.tar.gz'])
    }
  )
})

dockerSuite('a failure file linked to /proc/self/environ (the action bundle, real Docker)', () => {
  let bundles: { main: string; post: string }
  beforeAll(async () => {
    bundles = await buildActionBundles()
  }, 660000)

  it('keeps the runner secrets out of the report, summary, outputs and log', async () => {
    const ws = trainingWorkspace()
    const action = runnerEnv(
      {
        'local-training-image': ATTACKS,
        'training-data': 'training=./data',
        'docker-run-args': '-e ATTACK=link -e TARGET=/proc/self/environ',
        'aws-checks': 'false',
        'report-file': 'report.json'
      },
      ws
    )
    const exited = await runBundle(bundles.main, { ...action.env, ...SECRETS }, ws)
    expect(exited.code).toBe(1)
    expect(exited.stdout + exited.stderr).not.toMatch(STACK_LINE)
    const report = readFileSync(path.join(ws, 'report.json'), 'utf8')
    expect(JSON.parse(report).training.failureReason).toBeUndefined()
    expect(report).toContain('/opt/ml/output/failure is a symbolic link; not followed or read.')
    // the action registers each secret with the runner (`::add-mask::`, never shown): the rest of
    // what it writes must not carry them
    const lines = exited.stdout.split('\n')
    const masks = lines.filter(l => l.startsWith('::add-mask::'))
    const written = [
      report,
      readFileSync(action.summaryFile, 'utf8'),
      JSON.stringify(readOutputs(action.outputFile)),
      lines.filter(l => !l.startsWith('::add-mask::')).join('\n'),
      exited.stderr
    ].join('\n')
    for (const secret of Object.values(SECRETS)) {
      expect(written).not.toContain(secret)
      expect(masks).toContain(`::add-mask::${secret}`)
    }
    expect(await runContainers(action.runId)).toEqual([])
  })
})

dockerSuite('input files linked to a runner credential (the action bundle, real Docker)', () => {
  let bundles: { main: string; post: string }
  beforeAll(async () => {
    bundles = await buildActionBundles()
  }, 660000)

  const PLANTED = 'plantedSecretRefreshToken1//0000000000'
  /** A JSON credential outside the workspace, where a cloud SDK or a Docker login keeps one: its
   * secret both as a value and as a key (a request's unknown keys are named in findings). */
  function plantedCredential(): string {
    const file = path.join(workspace(), 'application_default_credentials.json')
    writeFileSync(
      file,
      JSON.stringify({
        type: 'authorized_user',
        refresh_token: PLANTED,
        [PLANTED]: 'x'
      })
    )
    return file
  }

  /** The action run as the runner runs it, and everything it wrote: step log, summary, outputs,
   * the JSON report (when there is one). */
  async function action(inputs: Record<string, string>, ws: string) {
    const run = runnerEnv({ 'aws-checks': 'false', 'report-file': 'report.json', ...inputs }, ws)
    const exited = await runBundle(bundles.main, run.env, ws)
    const report = path.join(ws, 'report.json')
    const written = [
      existsSync(report) ? readFileSync(report, 'utf8') : '',
      readFileSync(run.summaryFile, 'utf8'),
      JSON.stringify(readOutputs(run.outputFile)),
      exited.stdout,
      exited.stderr
    ].join('\n')
    expect(exited.stdout + exited.stderr).not.toMatch(STACK_LINE)
    expect(await runContainers(run.runId)).toEqual([])
    return { exited, written }
  }

  // train-fail prints hyperparameters.json and fails: what it was handed ends up in the log excerpt
  const training = {
    'local-training-image': `${FIXTURE}:train-fail`,
    'training-data': 'training=./data'
  }

  it('refuses a hyperparameters file linked out of the workspace, before any container runs', async () => {
    const ws = trainingWorkspace()
    symlinkSync(plantedCredential(), path.join(ws, 'hp.json'))
    const { exited, written } = await action({ ...training, hyperparameters: 'hp.json' }, ws)
    expect(exited.code).toBe(1)
    expect(exited.stdout).toMatch(
      /^::error::Input `hyperparameters` has "hp\.json", which resolves to \S+application_default_credentials\.json, outside the workspace/m
    )
    expect(written).not.toContain(PLANTED)
    expect(written).not.toContain('refresh_token')
  })

  it.each(['model-package-request', 'algorithm-request'])(
    'refuses %s linked out of the workspace, naming none of its keys',
    async input => {
      const ws = workspace()
      symlinkSync(plantedCredential(), path.join(ws, 'request.json'))
      const { exited, written } = await action(
        { [input]: 'request.json', 'smoke-test': 'false' },
        ws
      )
      expect(exited.code).toBe(1)
      expect(exited.stdout).toMatch(
        new RegExp(
          `^::error::Input \`${input}\` has "request\\.json", which resolves to \\S+, outside the workspace`,
          'm'
        )
      )
      expect(written).not.toContain(PLANTED)
      expect(written).not.toContain('refresh_token')
    }
  )

  it('refuses an oversize hyperparameters file, naming the input, reading only past the bound', async () => {
    const ws = trainingWorkspace()
    writeFileSync(path.join(ws, 'hp.json'), '{"epochs": 3}')
    truncateSync(path.join(ws, 'hp.json'), 1.5 * 1024 ** 3) // sparse: no disk used
    const { exited } = await action({ ...training, hyperparameters: 'hp.json' }, ws)
    expect(exited.code).toBe(1)
    expect(exited.stdout).toContain(
      '::error::Input `hyperparameters` is "hp.json", a file larger than 4 MiB'
    )
    expect(exited.peakRssBytes).toBeLessThan(200 * MiB)
  })

  it('hands the container a hyperparameters file linked inside the workspace', async () => {
    const ws = trainingWorkspace()
    mkdirSync(path.join(ws, 'config'))
    writeFileSync(path.join(ws, 'config', 'hp.json'), '{"epochs": 3}')
    symlinkSync(path.join(ws, 'config', 'hp.json'), path.join(ws, 'hp.json'))
    const { written } = await action({ ...training, hyperparameters: 'hp.json' }, ws)
    const report = JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8'))
    expect(report.training.logExcerpt).toContain('config: hyperparameters={"epochs":"3"}')
    expect(written).not.toContain('Input `hyperparameters`')
  })
})
