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
