import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { ACTION_INPUTS } from '../src/action-inputs.js'

const ROOT = new URL('../', import.meta.url)
const DIR = new URL('.github/workflows/', ROOT)
const workflows = readdirSync(DIR)
  .filter(f => f.endsWith('.yml'))
  .map(f => ({ name: f, text: readFileSync(new URL(f, DIR), 'utf8') }))
const readme = { name: 'README.md', text: readFileSync(new URL('README.md', ROOT), 'utf8') }

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

  it('the reusable workflow passes the action only inputs that action.yml declares', () => {
    const text = readFileSync(new URL('preflight.yml', DIR), 'utf8')
    const step = text.slice(
      text.indexOf('uses: marketplace-ml-preflight/marketplace-ml-preflight@')
    )
    const withBlock = step.slice(step.indexOf('with:\n') + 6).split(/\n {6}- /)[0]
    const keys = [...withBlock.matchAll(/^ {10}([\w-]+):/gm)].map(m => m[1])
    const known = new Set(ACTION_INPUTS.map(i => i.name))
    expect(keys.length).toBeGreaterThan(10)
    expect(keys.filter(k => !known.has(k))).toEqual([])
  })
})
