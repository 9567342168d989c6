import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_INPUTS } from '../../src/inputs/action-inputs.js'

const ROOT = new URL('../../', import.meta.url)
const DIR = new URL('.github/workflows/', ROOT)
const workflows = readdirSync(DIR)
  .filter(f => f.endsWith('.yml'))
  .map(f => ({ name: f, text: readFileSync(new URL(f, DIR), 'utf8') }))
const readme = { name: 'README.md', text: readFileSync(new URL('README.md', ROOT), 'utf8') }
const workflow = (name: string): string => workflows.find(w => w.name === name)?.text ?? ''

/** Whether every one of `steps` occurs in `text`, in that order. */
function inOrder(text: string, steps: string[]): boolean {
  const at = steps.map(s => text.indexOf(s))
  return at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]))
}

/** Every third-party `uses:` line: the action, its ref and what follows on the line. */
function thirdPartyUses(files: { name: string; text: string }[]) {
  return files.flatMap(({ name, text }) =>
    [...text.matchAll(/^\s*(?:-\s*)?uses:\s*([^@\s]+)@(\S+)(.*)$/gm)]
      .filter(([, action]) => !action.startsWith('./'))
      .filter(([, action]) => !action.startsWith('marketplace-ml-preflight/'))
      .map(([line, action, ref, rest]) => ({ file: name, line: line.trim(), action, ref, rest }))
  )
}

describe('workflows', () => {
  it('pin every third-party action to a commit SHA with its version in a comment, README included', () => {
    const uses = thirdPartyUses([...workflows, readme])
    expect(uses.length).toBeGreaterThan(10)
    const loose = uses
      .filter(u => !/^[0-9a-f]{40}$/.test(u.ref) || !/^\s+#\s*v\d+(\.\d+)*$/.test(u.rest))
      .map(u => `${u.file}: ${u.line}`)
    expect(loose).toEqual([])
  })

  it('use one commit and version of each action everywhere', () => {
    const pins = new Map<string, Set<string>>()
    for (const u of thirdPartyUses([...workflows, readme])) {
      const action = u.action.split('/').slice(0, 2).join('/') // codeql-action/upload-sarif → codeql-action
      pins.set(action, (pins.get(action) ?? new Set()).add(`${u.ref}${u.rest}`))
    }
    const split = [...pins].filter(([, refs]) => refs.size > 1).map(([a, refs]) => [a, [...refs]])
    expect(split).toEqual([])
  })

  it('has Dependabot keep both the npm packages and the pinned actions current', () => {
    const text = readFileSync(new URL('.github/dependabot.yml', ROOT), 'utf8')
    const ecosystems = [...text.matchAll(/package-ecosystem:\s*(\S+)/g)].map(m => m[1])
    expect(ecosystems.sort()).toEqual(['github-actions', 'npm'])
  })

  it('agree on the Node version: .node-version, engines, setup-node and the action runtime', () => {
    const pinned = readFileSync(new URL('.node-version', ROOT), 'utf8').trim()
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
      engines: { node: string }
    }
    const action = readFileSync(new URL('action.yml', ROOT), 'utf8')
    expect(action).toMatch(new RegExp(`using: node${pinned}\\b`))
    const minimum = Number(/^>=(\d+)/.exec(pkg.engines.node)?.[1])
    expect(minimum).toBeGreaterThanOrEqual(22)
    expect(Number(pinned)).toBeGreaterThanOrEqual(minimum)
    for (const { name, text } of workflows.filter(w => w.text.includes('actions/setup-node@'))) {
      expect(`${name}: ${/node-version(?:-file)?: .*/.exec(text)?.[0]}`).toBe(
        `${name}: node-version-file: .node-version`
      )
    }
  })

  it('the reusable workflow passes the action only inputs that action.yml declares, in every job', () => {
    const steps = actionSteps(workflow('preflight.yml'))
    const known = new Set(ACTION_INPUTS.map(i => i.name))
    expect(steps).toHaveLength(2) // the image jobs and the release gate
    for (const keys of steps) {
      expect(keys.length).toBeGreaterThan(10)
      expect(keys.filter(k => !known.has(k))).toEqual([])
    }
  })
})

/** The `with:` keys of each step of a workflow that runs the action. */
function actionSteps(text: string): string[][] {
  return text
    .split('uses: marketplace-ml-preflight/marketplace-ml-preflight@')
    .slice(1)
    .map(step => {
      const withBlock = step.slice(step.indexOf('with:\n') + 6).split(/\n {6}- /)[0]
      return [...withBlock.matchAll(/^ {10}([\w-]+):/gm)].map(m => m[1])
    })
}

describe('reusable workflow: the release gate', () => {
  const text = workflow('preflight.yml')
  const job = text.slice(text.indexOf('\n  release:\n'), text.indexOf('\n  result:\n'))

  it('runs on version tags with a request file, after every image passed', () => {
    expect(job).toContain('needs: preflight')
    expect(job).toMatch(/startsWith\(github\.ref, 'refs\/tags\/v'\)/)
    expect(job).toContain("inputs.model-package-request != '' || inputs.algorithm-request != ''")
  })

  it('does the local preflight, SageMaker validation and the listing validation in one step', () => {
    expect(
      inOrder(job, [
        'aws-actions/configure-aws-credentials@',
        'model-package-request: ${{ inputs.model-package-request }}',
        'listing-request: ${{ inputs.listing-request }}',
        'aws-validation: true',
        "listing-validate: ${{ inputs.listing-request != '' }}"
      ])
    ).toBe(true)
    // an action input the workflow takes under the same name
    for (const input of ['model-package-request', 'algorithm-request', 'listing-request']) {
      expect(text).toMatch(new RegExp(`^ {6}${input}:\\n {8}description:`, 'm'))
    }
  })

  it('is part of the one required check: Marketplace preflight fails when the gate fails', () => {
    const result = text.slice(text.indexOf('\n  result:\n'))
    expect(result).toContain('needs: [preflight, release]')
    expect(result).toContain('RELEASE: ${{ needs.release.result }}')
    expect(result).toMatch(/\[ "\$RELEASE" = skipped \]/)
    expect(result).toContain('The release gate did not pass')
  })

  it('is documented in the README with the permissions it needs', () => {
    expect(readme.text).toContain('Marketplace release gate')
    for (const action of [
      'sagemaker:CreateModelPackage',
      'sagemaker:DescribeModelPackage',
      'sagemaker:DeleteModelPackage',
      'sagemaker:CreateAlgorithm',
      'logs:FilterLogEvents',
      'aws-marketplace:StartChangeSet',
      'aws-marketplace:DescribeChangeSet'
    ]) {
      expect(readme.text).toContain(`"${action}"`)
    }
  })
})

describe('the reusable workflow compares pull requests with the default branch', () => {
  const text = workflow('preflight.yml')
  const job = text.slice(text.indexOf('\n  preflight:\n'), text.indexOf('\n  result:\n'))
  /** The step whose `id:` or `name:` line is `key`, up to the next step. */
  const step = (key: string): string => {
    const at = job.indexOf(key)
    expect(at).toBeGreaterThan(0)
    return job.slice(at, job.indexOf('\n      - ', at) >>> 0)
  }

  it('keeps the report as an artifact only on pushes to the default branch', () => {
    const keep = step("name: Keep the report as the default branch's baseline")
    expect(keep).toContain("github.event_name == 'push'")
    expect(keep).toContain('github.ref_name == github.event.repository.default_branch')
    expect(keep).toMatch(/uses: actions\/upload-artifact@[0-9a-f]{40}/)
    expect(keep).toContain('name: ${{ steps.baseline-name.outputs.name }}')
    expect(keep).toContain('path: ${{ steps.preflight.outputs.report-file }}')
  })

  it("finds the default branch's newest artifact of this repository through the API, downloads it by run id and passes it as baseline", () => {
    const find = step('id: baseline-run')
    expect(find).toContain("github.event_name == 'pull_request'")
    expect(find).toContain('gh api "repos/$GITHUB_REPOSITORY/actions/artifacts?name=$NAME')
    expect(find).toContain('.workflow_run.head_branch == $branch')
    expect(find).toContain('.workflow_run.head_repository_id == .workflow_run.repository_id')
    const download = step('id: baseline-download')
    expect(download).toMatch(/uses: actions\/download-artifact@[0-9a-f]{40} # v4/)
    expect(download).toContain('run-id: ${{ steps.baseline-run.outputs.run-id }}')
    expect(download).toContain('github-token: ${{ github.token }}')
    expect(download).toContain('continue-on-error: true')
    expect(
      inOrder(job, [
        'id: baseline-name',
        'id: baseline-run',
        'id: baseline-download',
        'id: preflight',
        "name: Keep the report as the default branch's baseline"
      ])
    ).toBe(true)
    const action = step('id: preflight')
    expect(action).toContain(
      "baseline: ${{ steps.baseline-download.outcome == 'success' && format('{0}/marketplace-preflight-baseline/marketplace-preflight.json', runner.temp) || '' }}"
    )
    expect(action).toContain('regression-threshold: ${{ inputs.regression-threshold }}')
  })

  it('names the artifact after what stays the same between builds: no tag, no digest', () => {
    const script = /run: \|\n([\s\S]*)/.exec(step('id: baseline-name'))![1].replace(/^ {10}/gm, '')
    const output = path.join(mkdtempSync(path.join(tmpdir(), 'preflight-wf-')), 'output')
    const name = (subject: string): string => {
      writeFileSync(output, '')
      execFileSync('bash', ['-c', script], {
        env: { PATH: process.env.PATH, SUBJECT: subject, GITHUB_OUTPUT: output }
      })
      return readFileSync(output, 'utf8').trim()
    }
    const repo = '111122223333.dkr.ecr.us-east-2.amazonaws.com/team/model'
    const plain = name(repo)
    expect(plain).toMatch(/^name=marketplace-preflight-baseline-[0-9a-f]{16}$/)
    expect(name(`${repo}:v2`)).toBe(plain)
    expect(name(`${repo}@sha256:${'a'.repeat(64)}`)).toBe(plain)
    expect(name(`${repo}:v2@sha256:${'a'.repeat(64)}`)).toBe(plain)
    expect(name(`${repo}-b`)).not.toBe(plain)
  })

  it('documents the permission it needs in the README and the header', () => {
    expect(text).toMatch(/actions: read +# /)
    expect(readme.text).toContain('actions: read # the default branch')
    expect(readme.text).toContain('`compare-with-default-branch`')
  })
})

describe('CI', () => {
  const ciRun = readFileSync(new URL('.ci/run', ROOT), 'utf8')

  it('is one definition, .ci/run: ci.yml and release.yml run it, no workflow runs a check of its own', () => {
    for (const name of ['ci.yml', 'release.yml']) {
      expect(`${name}: ${/^ +(?:- )?run: bash \.ci\/run$/m.test(workflow(name))}`).toBe(
        `${name}: true`
      )
    }
    const own = workflows.flatMap(({ name, text }) =>
      [...text.matchAll(/\bnpm (?:test|ci|run [\w:-]+)|\bscripts\/[\w-]+\.sh|apt-get/g)].map(
        m => `${name}: ${m[0]}`
      )
    )
    expect(own).toEqual(['check-dist.yml: npm ci', 'check-dist.yml: scripts/check-dist.sh'])
  })

  it(".ci/run type-checks, lints, runs the README's test command, checks dist/, runs the bundle under Node 24 and as non-root users, and the demo", () => {
    const steps = [
      'npm run typecheck',
      'npm run lint',
      'bash __tests__/fixtures/images/build.sh',
      'bash __tests__/fixtures/sbyo/build.sh',
      'npm test',
      'bash scripts/check-dist.sh',
      'bash scripts/dist-smoke.sh',
      'bash scripts/nonroot-smoke.sh',
      'npm run demo'
    ]
    expect(inOrder(ciRun, steps)).toBe(true)
  })

  it('checks dist/ one way in .ci/run and check-dist.yml: a fresh npm run build, then no difference', () => {
    const script = readFileSync(new URL('scripts/check-dist.sh', ROOT), 'utf8')
    expect(inOrder(script, ['npm run build', 'git status --porcelain dist', 'exit 1'])).toBe(true)
    expect(ciRun).toContain('bash scripts/check-dist.sh')
    expect(workflow('check-dist.yml')).toMatch(/^ +run: bash scripts\/check-dist\.sh$/m)
  })

  it('runs the non-root check on GitHub too, where the runner user has sudo but is not root', () => {
    const script = readFileSync(new URL('scripts/nonroot-smoke.sh', ROOT), 'utf8')
    expect(script).toMatch(/GITHUB_ACTIONS.*= true \] && sudo -n true/)
    expect(script).toContain('exec sudo -n env "PATH=$PATH" bash "$0"')
  })
})

describe('release workflow', () => {
  const text = workflow('release.yml')

  it('runs on version tags, runs CI (dist/ freshness included), releases and moves the major tag', () => {
    expect(text).toMatch(/tags: \['v\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+'\]/)
    expect(inOrder(text, ['bash .ci/run', 'gh release create'])).toBe(true)
    expect(text).toContain('major="${TAG%%.*}"')
    expect(text).toContain('git/refs/tags/$major')
  })

  it('takes its notes from a CHANGELOG section that exists for the current version', () => {
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
      .version as string
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8')
    expect(changelog).toMatch(new RegExp(`^## v${version.replace(/\./g, '\\.')}$`, 'm'))
  })
})

describe('action.yml metadata for the GitHub Marketplace listing', () => {
  const yml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
  const top = (key: string): string =>
    (new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(yml)?.[1] ?? '').replace(/^['"]|['"]$/g, '')

  it('has a name, an author and a description under 125 characters', () => {
    expect(top('name').length).toBeGreaterThan(0)
    expect(top('author').length).toBeGreaterThan(0)
    expect(top('description').length).toBeGreaterThan(20)
    expect(top('description').length).toBeLessThan(125)
  })

  it('has branding with a supported colour and Feather icon', () => {
    const colour = /^ {2}color:\s*(\S+)/m.exec(yml)?.[1]
    const icon = /^ {2}icon:\s*(\S+)/m.exec(yml)?.[1]
    // GitHub's metadata syntax: the colours allowed, and a few of the Feather icons it supports
    expect([
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark'
    ]).toContain(colour)
    expect(['check-circle', 'check-square', 'shield', 'package', 'box', 'cpu', 'award']).toContain(
      icon
    )
  })

  it('runs on node24 with a post step', () => {
    expect(yml).toMatch(/^ {2}using: ['"]?node24['"]?$/m)
    expect(yml).toMatch(/^ {2}post: ['"]?dist\/post\/index\.js['"]?$/m)
  })
})
