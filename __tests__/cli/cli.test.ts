import { beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_INPUTS } from '../../src/inputs/action-inputs.js'
import { cli, EXIT, helpText, parseArgs } from '../../src/cli/main.js'
import { VERSION } from '../../src/core/version.js'

const DIGEST = `sha256:${'a'.repeat(64)}`
const ELIGIBLE = `111122223333.dkr.ecr.us-east-2.amazonaws.com/model@${DIGEST}`
const OPT_IN = `111122223333.dkr.ecr.af-south-1.amazonaws.com/model@${DIGEST}`
const OFFLINE = ['--smoke-test', 'false', '--aws-checks', 'false']

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-cli-'))
})

async function run(
  argv: string[],
  options: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await cli(argv, options.env ?? {}, {
    stdout: t => (stdout += t),
    stderr: t => (stderr += t),
    isTTY: options.isTTY,
    cwd: dir
  })
  return { code, stdout, stderr }
}

describe('parseArgs', () => {
  it('takes --flag value and --flag=value by the action input names', () => {
    const parsed = parseArgs(['--image', ELIGIBLE, '--fail-on=warning'])
    expect(parsed).toEqual({
      kind: 'run',
      values: new Map([
        ['image', ELIGIBLE],
        ['fail-on', 'warning']
      ])
    })
  })

  it('joins a repeated --payload with newlines, as the action input takes it', () => {
    const parsed = parseArgs(['--payload', 'a.json', '--payload=b.csv'])
    expect(parsed.kind === 'run' && parsed.values.get('payload')).toBe('a.json\nb.csv')
  })

  it('joins a repeated --validation-data with newlines, one mapping a line', () => {
    const parsed = parseArgs([
      '--validation-data',
      's3://b/in/=./in',
      '--validation-data=s3://b/m=./m'
    ])
    expect(parsed.kind === 'run' && parsed.values.get('validation-data')).toBe(
      's3://b/in/=./in\ns3://b/m=./m'
    )
  })

  it('takes the words of an unquoted glob after --payload', () => {
    const parsed = parseArgs(['--payload', 's/a.json', 's/b.json', '--batch', 'false'])
    expect(parsed.kind === 'run' && Object.fromEntries(parsed.values)).toEqual({
      payload: 's/a.json\ns/b.json',
      batch: 'false'
    })
  })

  it('reads a bare true/false/auto flag as true', () => {
    const parsed = parseArgs(['--smoke-test', '--image', ELIGIBLE])
    expect(parsed.kind === 'run' && parsed.values.get('smoke-test')).toBe('true')
  })
})

describe('cli', () => {
  it('--help lists every action input with its default and description', async () => {
    const { code, stdout } = await run(['--help'])
    expect(code).toBe(EXIT.pass)
    for (const input of ACTION_INPUTS) {
      const block = stdout.slice(stdout.indexOf(`  --${input.name} `)).split('\n  --')[0]
      expect(block).toContain(`--${input.name} `)
      expect(block).toContain(input.description.replace(/\s*\(default[^)]*\)/, ''))
      if (input.default !== undefined && !input.default.includes('${{')) {
        expect(block).toContain(`default: ${input.default}`)
      }
    }
  })

  it('--help shows the CLI default of report-file', () => {
    expect(helpText()).toMatch(/--report-file VALUE\n.*default: \.\/marketplace-preflight\.json/)
  })

  it('--version prints the version', async () => {
    expect(await run(['--version'])).toEqual({
      code: EXIT.pass,
      stdout: `marketplace-ml-preflight ${VERSION}\n`,
      stderr: ''
    })
  })

  it('refuses an unknown flag by name, suggesting the closest', async () => {
    const { code, stderr } = await run(['--imgae', ELIGIBLE])
    expect(code).toBe(EXIT.usage)
    expect(stderr).toBe('error: unknown flag --imgae (did you mean --image?)\n')
  })

  it('refuses a flag given twice that is not repeatable', async () => {
    const { code, stderr } = await run(['--image', ELIGIBLE, '--image', OPT_IN])
    expect(code).toBe(EXIT.usage)
    expect(stderr).toContain('--image is given twice')
  })

  it('exits 2 naming the flag for an unusable value, without a stack trace', async () => {
    const { code, stderr, stdout } = await run(['--image', ELIGIBLE, '--max-image-size', 'lots'])
    expect(code).toBe(EXIT.usage)
    expect(stderr).toContain('error: --max-image-size is "lots"; expected a size')
    expect(stderr + stdout).not.toMatch(/\n\s+at /)
  })

  it('passes an eligible image, exits 0 and writes the JSON report in the current directory', async () => {
    const { code, stdout } = await run(['--image', ELIGIBLE, ...OFFLINE])
    expect(code).toBe(EXIT.pass)
    expect(stdout).toContain('PASSED, 0 error(s), 0 warning(s)')
    const report = JSON.parse(readFileSync(path.join(dir, 'marketplace-preflight.json'), 'utf8'))
    expect(report).toMatchObject({ version: 1, result: 'pass' })
  })

  it('exits 1 when a finding is at or above fail-on, and prints the finding with its fix', async () => {
    const { code, stdout } = await run(['--image', OPT_IN, ...OFFLINE])
    expect(code).toBe(EXIT.findings)
    expect(stdout).toContain('FAILED, 1 error(s)')
    expect(stdout).toMatch(/✖ error region-eligibility: .*\n.*af-south-1 is an opt-in Region/)
    expect(stdout).toContain('How to fix:')
  })

  it('takes --listing-request, checks it offline, and --listing-validate needs it', async () => {
    const listing = JSON.parse(readFileSync('__tests__/fixtures/requests/listing.json', 'utf8'))
    listing.ChangeSet[0].DetailsDocument.Version.ReleaseNotes = 'x'.repeat(30_001)
    writeFileSync(path.join(dir, 'listing.json'), JSON.stringify(listing))
    const checked = await run(['--listing-request', 'listing.json', ...OFFLINE])
    expect(checked.code).toBe(EXIT.findings)
    expect(checked.stdout).toMatch(
      /✖ error listing-request: .*\n.*`Version.ReleaseNotes` of 30,001 characters/
    )
    const bare = await run(['--image', ELIGIBLE, '--listing-validate', ...OFFLINE])
    expect(bare.code).toBe(EXIT.usage)
    expect(bare.stderr).toContain(
      'error: --listing-validate is true, but `listing-request` is not given'
    )
  })

  it('exits 0 for the same finding with --fail-on never', async () => {
    const { code } = await run(['--image', OPT_IN, ...OFFLINE, '--fail-on', 'never'])
    expect(code).toBe(EXIT.pass)
  })

  it('writes SARIF when --sarif-file is given', async () => {
    await run(['--image', OPT_IN, ...OFFLINE, '--sarif-file', 'out/preflight.sarif'])
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/preflight.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'region-eligibility'
    ])
  })

  it('appends the job summary when run inside a GitHub job', async () => {
    const summary = path.join(dir, 'summary.md')
    writeFileSync(summary, '')
    await run(['--image', OPT_IN, ...OFFLINE], { env: { GITHUB_STEP_SUMMARY: summary } })
    expect(readFileSync(summary, 'utf8')).toContain('<code>region-eligibility</code>')
  })

  it('exits 2 before any check, naming --report-file, when the report could not be written', async () => {
    writeFileSync(path.join(dir, 'file'), '')
    const { code, stderr } = await run([
      '--image',
      ELIGIBLE,
      ...OFFLINE,
      '--report-file',
      'file/report.json'
    ])
    expect(code).toBe(EXIT.usage)
    expect(stderr).toMatch(
      /^error: --report-file is ".*file\/report.json", but .*file is not a directory this run can write to/m
    )
    expect(stderr).not.toContain('▸ Static checks')
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(dir, 'file/report.json'))).toBe(false)
  })

  it('colours the report on a terminal', async () => {
    const { stdout } = await run(['--image', OPT_IN, ...OFFLINE], { isTTY: true })
    expect(stdout).toContain('\u001b[31m')
  })

  it('does not colour when NO_COLOR is set or the output is not a terminal', async () => {
    const tty = await run(['--image', OPT_IN, ...OFFLINE], { isTTY: true, env: { NO_COLOR: '1' } })
    const pipe = await run(['--image', OPT_IN, ...OFFLINE])
    expect(tty.stdout + pipe.stdout).not.toContain('\u001b[')
  })

  it('shows progress for each phase on stderr and each check once, in the report', async () => {
    const { stdout, stderr } = await run(['--image', OPT_IN, ...OFFLINE])
    expect(stderr).toMatch(/▸ Static checks\n.*\(\d+\.\d s\)\n▸ AWS checks/)
    expect(stderr).toContain('▸ Smoke test')
    expect(`${stdout}${stderr}`.match(/FAIL\s+region-eligibility/g)).toHaveLength(1)
  })
})
