import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../fixtures/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')

const DIGEST = `sha256:${'a'.repeat(64)}`
let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-main-'))
})

function inputs(extra: Record<string, string>): void {
  core.reset({
    'smoke-test': 'false',
    'report-file': path.join(dir, 'report.json'),
    ...extra
  })
}

function report(): { result: string; checks: { rule: string; status: string; detail: string }[] } {
  return JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))
}

describe('run', () => {
  it('fails an image in an opt-in Region with region-eligibility', async () => {
    inputs({ image: `111122223333.dkr.ecr.af-south-1.amazonaws.com/m@${DIGEST}` })
    await run()
    expect(core.outputs.result).toBe('fail')
    expect(core.outputs.errors).toBe(1)
    expect(core.error).toHaveBeenCalledWith(
      expect.stringContaining('af-south-1 is an opt-in Region'),
      { title: 'region-eligibility: Region cannot publish to AWS Marketplace' }
    )
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('1 error(s)'))
    expect(core.summaryWritten()).toContain('<code>region-eligibility</code>')
    expect(report().result).toBe('fail')
    // the post step finds this run's containers through the saved id
    expect(core.saveState).toHaveBeenCalledWith('container-run-id', expect.stringMatching(/\S/))
  })

  it('passes an eligible image and reports AWS checks as skipped without credentials', async () => {
    inputs({ image: `111122223333.dkr.ecr.us-east-2.amazonaws.com/m@${DIGEST}` })
    await run()
    expect(core.outputs.result).toBe('pass')
    expect(core.setFailed).not.toHaveBeenCalled()
    const ownership = report().checks.find(c => c.rule === 'ecr-ownership')
    expect(ownership).toMatchObject({
      status: 'skip',
      detail: expect.stringContaining('no AWS credentials')
    })
  })

  it('fails a Docker Hub image with image-uri', async () => {
    inputs({ image: 'docker.io/library/python:3.12' })
    await run()
    expect(core.outputs.result).toBe('fail')
    expect(report().checks.find(c => c.rule === 'image-uri')?.status).toBe('fail')
  })

  it('turns an unusable input into one message naming the input', async () => {
    inputs({
      image: `111122223333.dkr.ecr.us-east-2.amazonaws.com/m@${DIGEST}`,
      'fail-on': 'sometimes'
    })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'Input `fail-on` is "sometimes"; expected error, warning or never'
    )
    expect(core.outputs.result).toBeUndefined()
  })

  it('insists on credentials when aws-checks is true', async () => {
    inputs({
      image: `111122223333.dkr.ecr.us-east-2.amazonaws.com/m@${DIGEST}`,
      'aws-checks': 'true'
    })
    await run()
    const message = core.setFailed.mock.calls[0][0] as string
    expect(message).toMatch(/^Input `aws-checks` is true, but no AWS credentials were found/)
    expect(message).toContain('aws-actions/configure-aws-credentials')
  })

  it('lets fail-on: never pass a failing run and fail-on: warning fail on a tag', async () => {
    inputs({ image: 'docker.io/library/python:3.12', 'fail-on': 'never' })
    await run()
    expect(core.outputs.result).toBe('pass')
    expect(core.setFailed).not.toHaveBeenCalled()

    inputs({ image: '111122223333.dkr.ecr.us-east-2.amazonaws.com/model:v1', 'fail-on': 'warning' })
    await run()
    expect(core.outputs.result).toBe('fail')
    expect(core.outputs.warnings).toBe(1)
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('names the tag "v1"'), {
      title: 'pinned-digest: Image is referenced by a mutable tag'
    })
  })

  it('drops ignored rules from the findings and marks them skipped', async () => {
    inputs({
      image: `111122223333.dkr.ecr.af-south-1.amazonaws.com/m@${DIGEST}`,
      ignore: 'region-eligibility'
    })
    await run()
    expect(core.outputs.result).toBe('pass')
    expect(report().checks.find(c => c.rule === 'region-eligibility')).toMatchObject({
      status: 'skip',
      detail: 'ignored by the `ignore` input'
    })
  })
})
