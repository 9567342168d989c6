import { describe, expect, it } from '@jest/globals'
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../../src/inputs/action-inputs.js'
import { parseArgs } from '../../src/cli/main.js'
import { DEFAULTS, readInputs } from '../../src/inputs/index.js'
import { readActionYml } from '../../scripts/generate/action-yml.js'
import { expectGenerated } from '../helpers/generated.js'

const yml = readActionYml(new URL('../../action.yml', import.meta.url))

describe('action.yml, the CLI flags and readInputs agree', () => {
  it('src/inputs/action-inputs.ts lists exactly the inputs and outputs of action.yml (npm run generate writes it)', () => {
    expectGenerated(
      'src/inputs/action-inputs.ts',
      { inputs: ACTION_INPUTS, outputs: ACTION_OUTPUTS },
      yml
    )
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
