// The README's generated tables: rules (from src/catalog/rules.ts), inputs and outputs (from action.yml via
// src/inputs/action-inputs.ts). __tests__/docs.test.ts checks README.md contains them.

import { ACTION_INPUTS, ACTION_OUTPUTS } from '../../src/inputs/action-inputs.js'
import { RULES, type Phase } from '../../src/catalog/rules.js'

const NEEDS: Record<Phase, string> = {
  static: 'inputs only',
  request: 'a request file',
  registry: 'AWS credentials',
  resource: 'AWS credentials, an ARN',
  serve: 'Docker',
  batch: 'Docker',
  training: 'Docker, a training image',
  replay: 'Docker, a request file or an ARN, `validation-data`'
}

// Read from ECR with credentials, or from the image on the engine during the smoke test.
const ALSO_LOCAL: Record<string, string> = {
  platform: 'AWS credentials or Docker',
  entrypoint: 'AWS credentials or Docker',
  'cuda-driver': 'AWS credentials or Docker, `instance-type`',
  'instance-arch': 'AWS credentials or Docker, `instance-type`',
  'toolkit-env': 'AWS credentials or Docker',
  'server-timeouts': 'Docker (or AWS credentials, from the command line)'
}

// Rules with two levels (product-spec.md); the rule table carries the usual one.
const LEVELS: Record<string, string> = {
  vulnerabilities: 'error / warning',
  'payload-size': 'error / warning',
  entrypoint: 'error / warning',
  'cuda-driver': 'error / warning',
  'instance-arch': 'error / warning',
  'toolkit-env': 'error / warning'
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function rulesTable(): string {
  return [
    '| rule | severity | needs | what it catches | source |',
    '|---|---|---|---|---|',
    ...RULES.map(
      r =>
        `| [\`${r.id}\`](#${r.id}) | ${LEVELS[r.id] ?? r.severity} | ${ALSO_LOCAL[r.id] ?? NEEDS[r.phase]} | ${cell(r.title)} | [${cell(r.source.name)}](${r.source.url}) |`
    )
  ].join('\n')
}

export function inputsTable(): string {
  return [
    '| input | default | description |',
    '|---|---|---|',
    ...ACTION_INPUTS.map(
      i => `| \`${i.name}\` | ${i.default ? `\`${i.default}\`` : '—'} | ${cell(i.description)} |`
    )
  ].join('\n')
}

export function outputsTable(): string {
  return [
    '| output | description |',
    '|---|---|',
    ...ACTION_OUTPUTS.map(o => `| \`${o.name}\` | ${cell(o.description)} |`)
  ].join('\n')
}

export const TABLES: Record<string, () => string> = {
  rules: rulesTable,
  inputs: inputsTable,
  outputs: outputsTable
}

/** Replaces the text between <!-- NAME-table --> and <!-- /NAME-table --> with the generated table. */
export function fillTables(doc: string): string {
  let out = doc
  for (const [name, render] of Object.entries(TABLES)) {
    out = out.replace(
      new RegExp(`(<!-- ${name}-table -->\\n)[\\s\\S]*?(\\n<!-- /${name}-table -->)`),
      (_m, open: string, close: string) => `${open}${render()}${close}`
    )
  }
  return out
}
