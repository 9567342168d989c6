import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../fixtures/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/action/main.js')

const OPT_IN = `111122223333.dkr.ecr.af-south-1.amazonaws.com/m@sha256:${'a'.repeat(64)}`
let dir: string
const saved = { ...process.env }

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-publish-'))
  process.env = { ...saved, GITHUB_WORKSPACE: dir }
})

describe('run publishes', () => {
  it('SARIF pointing at the workflow line that names the image, when sarif-file is set', async () => {
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
    writeFileSync(
      path.join(dir, '.github/workflows/pr.yml'),
      'jobs:\n  p:\n    steps:\n      - with:\n          image: x\n'
    )
    process.env.GITHUB_REPOSITORY = 'octo/models'
    process.env.GITHUB_WORKFLOW_REF = 'octo/models/.github/workflows/pr.yml@refs/pull/7/merge'
    core.reset({
      image: OPT_IN,
      'smoke-test': 'false',
      'aws-checks': 'false',
      'report-file': 'report.json',
      'sarif-file': 'out.sarif'
    })
    await run()
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'))
    const location = sarif.runs[0].results[0].locations[0].physicalLocation
    expect(location).toEqual({
      artifactLocation: { uri: '.github/workflows/pr.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5 }
    })
  })

  it('the listing evidence file and output, which say so when no container ran', async () => {
    core.reset({
      image: OPT_IN,
      'smoke-test': 'false',
      'aws-checks': 'false',
      'report-file': 'report.json',
      'listing-evidence': 'evidence/EVIDENCE.md'
    })
    await run()
    expect(readFileSync(path.join(dir, 'evidence/EVIDENCE.md'), 'utf8')).toMatch(
      /^_Measured with marketplace-ml-preflight \S+ on \d{4}-\d\d-\d\d: no container was run, so there is nothing to show yet\._\n$/
    )
    expect(core.outputs['listing-evidence']).toBe('')
  })

  it('no pull-request comment outside a pull request, without failing', async () => {
    process.env.GITHUB_EVENT_NAME = 'push'
    core.reset({
      image: OPT_IN,
      'smoke-test': 'false',
      'aws-checks': 'false',
      'report-file': 'report.json',
      comment: 'true',
      'github-token': 'ghs_x'
    })
    await run()
    expect(core.debug).toHaveBeenCalledWith(
      'No pull-request comment: the event is "push", not a pull request.'
    )
    expect(core.setFailed).toHaveBeenCalledTimes(1) // the opt-in Region finding, nothing else
  })
})
