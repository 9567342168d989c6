// Progress while the preflight waits on a container: the ticker, the escaping of container output,
// the terminal's status line, and (with real Docker) training logs streamed as they come.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from '../../src/core/context.js'
import { printable, streamLines, withProgress } from '../../src/core/progress.js'
import { dropWorkflowDebug, styleFor, terminalLogger } from '../../src/cli/terminal.js'
import { dockerSuite } from '../helpers/docker-suite.js'
import { FIXTURE, smoke, workspace } from '../helpers/smoke.js'

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: m => void lines.push(m),
    warning: m => void lines.push(`warning: ${m}`),
    debug: () => undefined,
    group: (_name, fn) => fn()
  }
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

describe('printable', () => {
  it('strips escape sequences and control characters from a container log line', () => {
    expect(printable('\u001b[31mERROR\u001b[0m loading\u0007 model\u0000\tshard')).toBe(
      'ERROR loading model shard'
    )
    expect(
      printable('\u001b]0;title\u0007\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ done')
    ).toBe('link done')
    expect(printable('a\u2028b\u009bc')).toBe('abc')
  })

  it('cuts a long line', () => {
    expect(printable('x'.repeat(500), 10)).toBe(`${'x'.repeat(10)}…`)
  })
})

describe('withProgress', () => {
  it('reports the elapsed time, the limit and the latest log line while waiting, then stops', async () => {
    const log = recorder()
    let latest: string | undefined
    const value = await withProgress(
      log,
      {
        what: 'Waiting for GET /ping to answer 200',
        limitSeconds: 480,
        elapsedSeconds: () => 42.7,
        latestLine: () => latest,
        everyMs: 20
      },
      (async () => {
        await sleep(70)
        latest = '\u001b[32mLoading weights\u001b[0m 3/8'
        await sleep(70)
        return 'ready'
      })()
    )
    expect(value).toBe('ready')
    expect(log.lines[0]).toBe(
      'Waiting for GET /ping to answer 200: 42 s of 480 s; no log output yet'
    )
    expect(log.lines.at(-1)).toBe(
      'Waiting for GET /ping to answer 200: 42 s of 480 s; latest log line: Loading weights 3/8'
    )
    const count = log.lines.length
    await sleep(80)
    expect(log.lines.length).toBe(count)
  })

  it('says nothing when the wait ends before the first tick', async () => {
    const log = recorder()
    const options = { what: 'x', limitSeconds: 1, elapsedSeconds: () => 0, latestLine: () => 'y' }
    await withProgress(log, options, sleep(10))
    expect(log.lines).toEqual([])
  })

  it('stops ticking when the wait rejects', async () => {
    const log = recorder()
    const options = {
      what: 'x',
      limitSeconds: 1,
      elapsedSeconds: () => 0,
      latestLine: () => 'y',
      everyMs: 10
    }
    await expect(
      withProgress(
        log,
        options,
        sleep(30).then(() => Promise.reject(new Error('aborted')))
      )
    ).rejects.toThrow('aborted')
    const count = log.lines.length
    await sleep(40)
    expect(log.lines.length).toBe(count)
  })
})

describe('streamLines', () => {
  it('prefixes each line, so a workflow command in the log never starts a line', () => {
    const log = recorder()
    const stream = streamLines(log, 'train', 3)
    for (const l of [
      'epoch 1',
      '',
      '::error::pwned',
      '\u001b[1mepoch 3\u001b[0m',
      'epoch 4',
      'epoch 5'
    ]) {
      stream(l)
    }
    expect(log.lines).toEqual([
      'train | epoch 1',
      'train | ::error::pwned',
      'train | epoch 3',
      'train | … more than 3 lines: the rest is not shown here (the report keeps the last ones)'
    ])
  })
})

describe('the terminal status line', () => {
  it('is redrawn in place on a terminal, cleared before other lines, and fits one row', () => {
    const out: string[] = []
    const log = terminalLogger(l => void out.push(`${l}\n`), styleFor(false, {}), false, {
      write: t => void out.push(t),
      columns: 40
    })
    log.status!('Waiting for GET /ping to answer 200: 10 s of 480 s; latest log line: loading')
    log.status!('Waiting for GET /ping to answer 200: 20 s of 480 s')
    log.info('Pulling image')
    log.status!(undefined)
    const row = expect.stringMatching(/^ {2}Waiting for GET \/ping to answer 200.*…$/)
    expect(out).toEqual([row, '\r\u001b[2K', row, '\r\u001b[2K', '  Pulling image\n'])
    expect(Math.max(out[0].length, out[2].length)).toBeLessThanOrEqual(40)
  })

  it('is a plain line when stderr is not a terminal', () => {
    const out: string[] = []
    const log = terminalLogger(l => void out.push(l), styleFor(false, {}), false)
    log.status!('Training (`train`): 10 s of 1800 s; no log output yet')
    log.status!(undefined)
    expect(out).toEqual(['  Training (`train`): 10 s of 1800 s; no log output yet'])
  })
})

dockerSuite('progress with real Docker', () => {
  it('streams training logs line by line and ticks with the latest one until the training-timeout', async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'data'))
    writeFileSync(path.join(ws, 'data', 'train.csv'), '1,0\n')
    const log = recorder()
    const run = await smoke(
      {
        'local-training-image': `${FIXTURE}:ignore-sigterm`,
        'training-data': 'training=./data',
        'training-timeout': '3'
      },
      { ws, log, progressMs: 1000 }
    )
    expect(run.status('train-exit')).toBe('fail')
    const streamed = log.lines.filter(l => l.startsWith('train | '))
    expect(streamed.slice(0, 2)).toEqual([
      'train | training (ignore-sigterm)',
      expect.stringMatching(/^train \| config: hyperparameters=\{\}/)
    ])
    expect(streamed).toContain('train | still training')
    // each tick: the time against the limit, and a line the container had printed by then
    const ticks = log.lines.filter(l => l.startsWith('Training (`train`): '))
    expect(ticks.length).toBeGreaterThanOrEqual(1)
    for (const tick of ticks) {
      const m =
        /^Training \(`train`\): \d s of 3 s; (?:latest log line: (.*)|no log output yet)$/.exec(
          tick
        )
      expect(m).not.toBeNull()
      // (cut, or caught before its end arrived, it is the start of a streamed line)
      const shown = m?.[1]?.replace(/…$/, '')
      if (shown) expect(streamed.filter(l => l.startsWith(`train | ${shown}`))).not.toEqual([])
    }
  }, 60000)

  it('ticks while waiting for /ping, with the container latest log line', async () => {
    const log = recorder()
    const run = await smoke(
      { 'local-image': `${FIXTURE}:wrong-port`, 'startup-timeout': '3', batch: 'false' },
      { log, progressMs: 1000 }
    )
    expect(run.status('serve-start')).toBe('fail')
    const ticks = log.lines.filter(l => l.startsWith('Waiting for GET /ping'))
    expect(ticks.length).toBeGreaterThanOrEqual(1)
    // the server logs this line at once, but a loaded machine may tick before it does
    expect(ticks.at(-1)).toMatch(
      /^Waiting for GET \/ping to answer 200: \d s of 3 s; (latest log line: listening \(wrong-port\)|no log output yet)$/
    )
  }, 60000)
})

describe('the CLI stdout', () => {
  function stream() {
    const out: string[] = []
    const s = { write: ((t: string) => out.push(t) > 0) as NodeJS.WriteStream['write'] }
    return { s, out }
  }

  it("drops the libraries' ::debug:: workflow commands outside a runner, keeps the report", () => {
    const { s, out } = stream()
    const report = dropWorkflowDebug(s, {})
    s.write("::debug::Search path '/work/samples'\n")
    s.write('other library output\n')
    report('::debug:: is kept when it is the report itself\n')
    expect(out).toEqual([
      'other library output\n',
      '::debug:: is kept when it is the report itself\n'
    ])
  })

  it('leaves them to the runner inside GitHub Actions', () => {
    const { s, out } = stream()
    dropWorkflowDebug(s, { GITHUB_ACTIONS: 'true' })
    s.write('::debug::x\n')
    expect(out).toEqual(['::debug::x\n'])
  })
})
