// src/inputs/action-inputs.ts: action.yml's inputs and outputs as data, for the CLI's flags and
// --help, the defaults readInputs falls back to, and the docs. The bundles cannot read action.yml at
// run time (the CLI ships without it), so `npm run generate` writes it.

import type { ActionYml } from './action-yml.js'

/** The module's source, before prettier formats it. */
export function actionInputsSource(yml: ActionYml): string {
  const outputs = yml.outputs.map(({ name, description }) => ({ name, description }))
  return `// The action's inputs and outputs as data, for the CLI's flags and --help, readInputs' defaults
// and the docs. Generated from action.yml by \`npm run generate\` (scripts/generate/): edit action.yml,
// not this file.

export interface ActionInput {
  name: string
  description: string
  default?: string
}

export interface ActionOutput {
  name: string
  description: string
}

export const ACTION_INPUTS: readonly ActionInput[] = ${JSON.stringify(yml.inputs, null, 2)}

export const ACTION_OUTPUTS: readonly ActionOutput[] = ${JSON.stringify(outputs, null, 2)}
`
}
