// npm run generate: writes what is derived from action.yml and the rule table, so no one keeps two
// copies by hand: src/inputs/action-inputs.ts and README.md's rules, inputs and outputs tables.
// __tests__/inputs/action-inputs.test.ts and __tests__/repo/docs.test.ts fail until it has run after an edit.
// npm runs it from the repository's root.

import { readFileSync, writeFileSync } from 'node:fs'
import * as prettier from 'prettier'
import { fillActionInputs } from './action-inputs.js'
import { readActionYml } from './action-yml.js'
import { fillTables, readmeTables } from './readme-tables.js'

const yml = readActionYml('action.yml')

/** Writes `file` when its text differs, and says which it did. */
function update(file: string, text: string): void {
  const changed = readFileSync(file, 'utf8') !== text
  if (changed) writeFileSync(file, text)
  console.log(`${changed ? 'wrote    ' : 'unchanged'} ${file}`)
}

const inputsFile = 'src/inputs/action-inputs.ts'
const options = await prettier.resolveConfig(inputsFile)
update(
  inputsFile,
  await prettier.format(fillActionInputs(readFileSync(inputsFile, 'utf8'), yml), {
    ...options,
    filepath: inputsFile
  })
)
update('README.md', fillTables(readFileSync('README.md', 'utf8'), readmeTables(yml)))
