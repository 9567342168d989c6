import { describe, expect, it } from '@jest/globals'
import { Findings, fail, findingsOrPass, pass, resultOf, warn } from '../../src/core/findings.js'
import { RULES, isRuleId, type RuleId } from '../../src/catalog/rules.js'

describe('Findings', () => {
  it('records one check per rule, in rule-table order', () => {
    const f = new Findings()
    f.pass('ping', 'ok')
    f.pass('image-uri', 'ok')
    expect(f.allChecks().map(c => c.rule)).toEqual(['image-uri', 'ping'])
  })

  it('lets the worse outcome lead when a rule is seen twice, keeping both details', () => {
    const f = new Findings()
    f.pass('invocation', 'a.json: 200')
    f.add('invocation', { message: 'b.json: 500' })
    f.pass('invocation', 'c.json: 200')
    expect(f.allChecks()).toEqual([
      {
        rule: 'invocation',
        status: 'fail',
        durationMs: 0,
        detail: 'b.json: 500; a.json: 200; c.json: 200'
      }
    ])
  })

  it('never lets a skip hide a result', () => {
    const f = new Findings()
    f.skip('entrypoint', 'no config blob')
    f.pass('entrypoint', 'exec form')
    f.skip('entrypoint', 'again')
    expect(f.allChecks()[0]).toMatchObject({ status: 'pass', detail: 'exec form' })
  })

  it('uses the rule severity unless the finding overrides it, and appends the source', () => {
    const f = new Findings()
    f.add('payload-size', { message: 'big', severity: 'warning', help: 'Use a smaller sample.' })
    const [finding] = f.allFindings()
    expect(finding).toMatchObject({
      rule: 'payload-size',
      severity: 'warning',
      title: 'Sample payload or its answer too large'
    })
    expect(finding.help).toMatch(
      /^Use a smaller sample\. Real-time requests are capped.*Source: .*\(https:\/\/docs\.aws\.amazon\.com\//
    )
    expect(f.allChecks()[0].status).toBe('warn')
  })

  it('orders findings errors first, then by rule table', () => {
    const f = new Findings()
    f.add('pinned-digest', { message: 'tag' })
    f.add('ping', { message: '404' })
    f.add('image-uri', { message: 'hub' })
    expect(f.allFindings().map(x => x.rule)).toEqual(['image-uri', 'ping', 'pinned-digest'])
    expect(f.counts()).toEqual({ errors: 2, warnings: 1 })
  })

  it('drops findings of ignored rules and reports them as skipped', () => {
    const f = new Findings(new Set(['ping']))
    f.add('ping', { message: '404' })
    f.pass('ping', 'ok')
    expect(f.allFindings()).toEqual([])
    expect(f.allChecks()[0]).toMatchObject({
      status: 'skip',
      detail: 'ignored by the `ignore` input'
    })
  })

  it('skips every rule of a phase with the reason', () => {
    const f = new Findings()
    f.skipPhase('training', 'no training image')
    expect(f.allChecks()).toEqual([
      { rule: 'train-exit', status: 'skip', durationMs: 0, detail: 'no training image' },
      { rule: 'train-model-output', status: 'skip', durationMs: 0, detail: 'no training image' },
      { rule: 'training-volume', status: 'skip', durationMs: 0, detail: 'no training image' },
      { rule: 'checkpoint-resume', status: 'skip', durationMs: 0, detail: 'no training image' }
    ])
  })

  it('adds the time spent to the checks recorded', async () => {
    const f = new Findings()
    await f.timed(['ping'], async () => {
      await new Promise(r => setTimeout(r, 20))
      f.pass('ping', 'ok')
    })
    expect(f.allChecks()[0].durationMs).toBeGreaterThanOrEqual(15)
  })

  it('keeps one finding per root cause, naming every run where it showed', () => {
    const f = new Findings()
    const crash =
      'POST /invocations with a.csv (text/csv) answered 500. Last log lines:\n    KeyError'
    f.add('invocation', { message: crash, run: 'the real-time run' })
    f.add('invocation', {
      message: 'POST /invocations with b.csv answered 400.',
      run: 'the real-time run'
    })
    f.add('invocation', { message: crash, run: 'the batch-transform run' })
    expect(f.counts()).toEqual({ errors: 2, warnings: 0 })
    const messages = f.allFindings().map(x => x.message)
    expect(messages).toEqual([
      `In the real-time run and the batch-transform run: ${crash}`,
      'In the real-time run: POST /invocations with b.csv answered 400.'
    ])
    // the check's detail names both runs once, not the first run's message beside the merged one
    expect(f.allChecks()[0].detail).toBe(`${messages[0]}; ${messages[1]}`)
  })

  it('recognises one cause in another run by its message, whatever log lines each run showed', () => {
    const f = new Findings()
    const refused = 'POST /invocations with big.csv (text/csv) answered 413.'
    f.add('invocation', {
      message: refused,
      run: 'the real-time run',
      evidence: 'Last log lines:\n    10:00:01 POST 413'
    })
    f.add('invocation', {
      message: refused,
      run: 'the batch-transform run',
      evidence: 'Last log lines:\n    10:00:09 POST 413'
    })
    expect(f.allFindings()).toEqual([
      expect.objectContaining({
        seenIn: ['the real-time run', 'the batch-transform run'],
        message: `In the real-time run and the batch-transform run: ${refused} Last log lines:\n    10:00:01 POST 413`
      })
    ])
    expect(f.counts()).toEqual({ errors: 1, warnings: 0 })
    expect(f.allChecks()[0].detail).toBe(f.allFindings()[0].message)
  })

  it('links a finding to the root cause that may explain it and lists the cause first', () => {
    const f = new Findings()
    f.add('invocation', { message: 'answered 500', run: 'the real-time run' })
    f.add('image-uri', { message: 'Docker Hub' })
    f.add('model-archive', { message: 'nested under model/' })
    f.add('ping', { message: 'answered 404' }) // recorded after its cause
    expect(f.allFindings().map(x => [x.rule, x.cause])).toEqual([
      ['image-uri', undefined],
      ['model-archive', undefined],
      ['ping', 'model-archive'],
      ['invocation', 'model-archive']
    ])
    const invocation = f.allFindings()[3]
    expect(invocation.message).toBe(
      'This may follow from the `model-archive` warning listed before it: fix that one first. In the real-time run: answered 500'
    )
    expect(f.allChecks().find(c => c.rule === 'invocation')?.detail).toBe(invocation.message)
    // a cause forgotten (replaced by a better-informed check) is no longer named
    f.forget('model-archive')
    expect(f.allFindings().map(x => x.message)).toEqual([
      'Docker Hub',
      'answered 404',
      'In the real-time run: answered 500'
    ])
  })

  it("names only rule ids in the table's `explains`, never a rule as its own cause", () => {
    for (const r of RULES) {
      const explains: readonly string[] = 'explains' in r ? r.explains : []
      expect(explains.filter(id => !isRuleId(id) || id === r.id)).toEqual([])
    }
  })

  it('refuses a misspelt rule id: tsc rejects it (each @ts-expect-error), and so does the run', () => {
    const f = new Findings()
    // @ts-expect-error 'nope' is not a rule id
    expect(() => f.pass('nope', 'x')).toThrow('Unknown rule id "nope"')
    // @ts-expect-error 'pinged' is not a rule id
    expect(() => f.add('pinged', { message: 'x' })).toThrow('Unknown rule id "pinged"')
    // @ts-expect-error 'pong' is not a rule id
    expect(() => f.skipAll(['ping', 'pong'], 'x')).toThrow('Unknown rule id "pong"')
    // @ts-expect-error 'entry-point' is not a rule id
    expect(() => f.apply('entry-point', pass('x'))).toThrow('Unknown rule id "entry-point"')
    // @ts-expect-error 'pinned_digest' is not a rule id
    expect(f.status('pinned_digest')).toBeUndefined()
    // @ts-expect-error a rule-id list takes only ids from the table
    const list: RuleId[] = ['image-uri', 'image-url']
    expect(list.filter(isRuleId)).toEqual(['image-uri'])
  })

  it('narrows text from outside (the `ignore` input) to a rule id only when the table has it', () => {
    const ids: RuleId[] = ['ping', 'pong', 'same-region'].filter(isRuleId)
    expect(ids).toEqual(['ping', 'same-region'])
  })
})

describe('Findings.apply', () => {
  it('records a rule function’s verdicts in order: a pass beside a warning keeps both details', () => {
    const f = new Findings()
    f.apply('resource-status', [pass('Completed'), warn({ message: 'no image scan status' })])
    expect(f.allChecks()).toEqual([
      {
        rule: 'resource-status',
        status: 'warn',
        durationMs: 0,
        detail: 'no image scan status; Completed'
      }
    ])
    expect(f.allFindings()).toMatchObject([
      { severity: 'warning', message: 'no image scan status' }
    ])
  })

  it('points findings at the input given, unless the rule named one', () => {
    const f = new Findings()
    f.apply('content-types', fail({ message: 'json only' }), 'model-package-request')
    f.apply('entrypoint', fail({ message: 'shell form', file: 'image' }), 'training-image')
    f.apply('platform', pass('linux/amd64'), 'image')
    expect(f.allFindings().map(x => [x.rule, x.file])).toEqual([
      ['content-types', 'model-package-request'],
      ['entrypoint', 'image']
    ])
    expect(f.status('platform')).toBe('pass')
  })

  it('makes errors and warnings findings, and passes only when there are none', () => {
    expect(findingsOrPass(['bad'], ['odd'], 'fine')).toEqual([
      fail({ message: 'bad' }),
      warn({ message: 'odd' })
    ])
    expect(findingsOrPass([], ['odd'], 'fine')).toEqual([warn({ message: 'odd' })])
    expect(findingsOrPass([], [], 'fine')).toEqual([pass('fine')])
  })
})

describe('resultOf', () => {
  it.each([
    [{ errors: 1, warnings: 0 }, 'error', 'fail'],
    [{ errors: 0, warnings: 3 }, 'error', 'pass'],
    [{ errors: 0, warnings: 1 }, 'warning', 'fail'],
    [{ errors: 5, warnings: 5 }, 'never', 'pass']
  ] as const)('%j with fail-on %s is %s', (counts, failOn, result) => {
    expect(resultOf(counts, failOn)).toBe(result)
  })
})

describe('the rule table', () => {
  it('has every rule id of the product spec exactly once', () => {
    // product-spec.md, "Rules (finding ids)"
    const spec =
      'image-uri ecr-ownership same-region region-eligibility image-exists pinned-digest image-size manifest-type platform vulnerabilities entrypoint serve-start network-dependency ping invocation invocation-latency payload-size execution-parameters sigterm train-exit train-model-output certify-for-marketplace validation-spec builtin-algorithm resource-status'
    // product-spec.md, "Additions": ids fixed for rules added since
    const additions =
      'request-schema instance-types content-types hyperparameters metric-definitions validation-replay request-size-limit instance-resources model-archive'.split(
        ' '
      )
    // product-spec.md, "Additions, round three": the ones built so far
    const roundThree = [
      'training-volume',
      'container-user',
      'aws-validation',
      'listing-request',
      'regression',
      'checkpoint-resume',
      'spot-training'
    ]
    // issue 17: the failures sellers report that no tool checked
    const issue17 = 'cuda-driver instance-arch toolkit-env server-timeouts'
    const ids = RULES.map(r => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter(id => ![...additions, ...roundThree].includes(id)).sort()).toEqual(
      [...spec.split(' '), ...issue17.split(' ')].sort()
    )
  })

  it('gives every rule a title, help and an https source', () => {
    for (const r of RULES) {
      expect(r.title.length).toBeGreaterThan(5)
      expect(r.help.length).toBeGreaterThan(20)
      expect(r.source.url).toMatch(/^https:\/\//)
    }
  })
})
