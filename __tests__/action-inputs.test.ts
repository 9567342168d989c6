import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../src/inputs/action-inputs.js'
import { parseArgs } from '../src/cli/main.js'
import { DEFAULTS, readInputs } from '../src/inputs/index.js'
import { readActionYml } from './helpers/action-yml.js'

const yml = readActionYml()
const FILE = new URL('../src/inputs/action-inputs.ts', import.meta.url)

// Regenerates src/inputs/action-inputs.ts from action.yml when UPDATE_ACTION_INPUTS=1.
if (process.env.UPDATE_ACTION_INPUTS === '1') {
  const text = readFileSync(FILE, 'utf8')
  const list = (name: string, entries: unknown[]): string =>
    `export const ${name}: readonly ${name === 'ACTION_INPUTS' ? 'ActionInput' : 'ActionOutput'}[] = ${JSON.stringify(entries, null, 2)}\n`
  const outputs = yml.outputs.map(({ name, description }) => ({ name, description }))
  writeFileSync(
    FILE,
    text
      .replace(
        /export const ACTION_INPUTS[^=]*= (\[\]|\[[\s\S]*?\n\])\n/,
        list('ACTION_INPUTS', yml.inputs)
      )
      .replace(
        /export const ACTION_OUTPUTS[^=]*= (\[\]|\[[\s\S]*?\n\])\n/,
        list('ACTION_OUTPUTS', outputs)
      )
  )
}

describe('action.yml, the CLI flags and readInputs agree', () => {
  it('src/inputs/action-inputs.ts lists exactly the inputs of action.yml, with their defaults and descriptions', () => {
    expect(ACTION_INPUTS).toEqual(yml.inputs)
  })

  it('src/inputs/action-inputs.ts lists exactly the outputs of action.yml', () => {
    expect(ACTION_OUTPUTS.map(o => o.name)).toEqual(yml.outputs.map(o => o.name))
  })

  it('the CLI takes every input of action.yml as a --flag of the same name', () => {
    for (const { name } of yml.inputs) {
      const parsed = parseArgs([`--${name}=x`])
      expect(parsed.kind === 'run' && [...parsed.values.keys()]).toEqual([name])
    }
  })

  it('readInputs reads every input of action.yml and nothing else', () => {
    const read = new Set<string>()
    readInputs(
      name => {
        read.add(name)
        return name === 'local-image' ? 'demo:latest' : ''
      },
      { GITHUB_WORKSPACE: '/tmp' }
    )
    expect([...read].sort()).toEqual(yml.inputs.map(i => i.name).sort())
  })

  it('the defaults readInputs falls back to are the defaults of action.yml', () => {
    const fromYml = Object.fromEntries(
      yml.inputs
        .filter(i => i.default !== undefined && !i.default.includes('${{'))
        .map(i => [i.name, i.default])
    )
    expect(DEFAULTS).toEqual(fromYml)
  })
})
