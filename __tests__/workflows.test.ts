import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { ACTION_INPUTS } from '../src/action-inputs.js'

const DIR = new URL('../.github/workflows/', import.meta.url)
const workflows = readdirSync(DIR)
  .filter(f => f.endsWith('.yml'))
  .map(f => ({ name: f, text: readFileSync(new URL(f, DIR), 'utf8') }))

describe('workflows', () => {
  it('pin every third-party action to a commit SHA with its version in a comment', () => {
    const loose = workflows.flatMap(({ name, text }) =>
      [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)]
        .filter(([, ref]) => !ref.startsWith('./') && !ref.startsWith('marketplace-ml-preflight/'))
        .filter(([, ref, rest]) => !/@[0-9a-f]{40}$/.test(ref) || !/#\s*v\d/.test(rest))
        .map(([line]) => `${name}: ${line.trim()}`)
    )
    expect(loose).toEqual([])
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

describe('release workflow', () => {
  const text = readFileSync(new URL('release.yml', DIR), 'utf8')

  it('runs on version tags, tests, proves dist/ fresh, releases and moves the major tag', () => {
    expect(text).toMatch(/tags: \['v\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+'\]/)
    const order = ['npm test', 'npm run build', 'git status --porcelain dist', 'gh release create']
    const at = order.map(s => text.indexOf(s))
    expect(at.every(i => i > 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(text).toContain('major="${TAG%%.*}"')
    expect(text).toContain('git/refs/tags/$major')
  })

  it('takes its notes from a CHANGELOG section that exists for the current version', () => {
    const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
      .version as string
    const changelog = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8')
    expect(changelog).toMatch(new RegExp(`^## v${version.replace(/\./g, '\\.')}$`, 'm'))
  })
})

describe('action.yml metadata for the GitHub Marketplace listing', () => {
  const yml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
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
