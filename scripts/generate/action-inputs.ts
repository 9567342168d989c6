// The two lists of src/inputs/action-inputs.ts, action.yml's inputs and outputs as data: the bundles
// cannot read action.yml at run time (the CLI ships without it). The rest of that file is written by
// hand.

import type { ActionYml } from './action-yml.js'

function replaceList(source: string, name: string, entries: unknown[]): string {
  const list = new RegExp(`(export const ${name}: [^=]+= )\\[[\\s\\S]*?\\n\\]\\n`)
  if (!list.test(source)) {
    throw new Error(`src/inputs/action-inputs.ts has no \`export const ${name}\` list to fill`)
  }
  return source.replace(list, (_m, head: string) => `${head}${JSON.stringify(entries, null, 2)}\n`)
}

/** `source`, the text of src/inputs/action-inputs.ts, with action.yml's lists (before prettier). */
export function fillActionInputs(source: string, yml: ActionYml): string {
  const outputs = yml.outputs.map(({ name, description }) => ({ name, description }))
  return replaceList(replaceList(source, 'ACTION_INPUTS', yml.inputs), 'ACTION_OUTPUTS', outputs)
}
