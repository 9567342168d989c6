// README.md's generated tables: the rules (from src/catalog/rules.ts), the inputs and the outputs
// (from action.yml). `npm run generate` writes them; __tests__/repo/docs.test.ts checks they are current.

import { RULES, type Phase } from '../../src/catalog/rules.js'
import type { ActionYml, YmlEntry } from './action-yml.js'

const NEEDS: Record<Phase, string> = {
  static: 'inputs only',
  request: 'a request file',
  registry: 'AWS credentials',
  resource: 'AWS credentials, an ARN',
  serve: 'Docker',
  batch: 'Docker',
  training: 'Docker, a training image',
  replay: 'Docker, a request file or an ARN, `validation-data`',
  release: 'AWS credentials, a request file, `aws-validation`',
  comparison: '`baseline`'
}

// Read from ECR with credentials, or from the image on the engine during the smoke test; and the
// listing change set, checked offline and then, with `listing-validate`, by the catalog.
const ALSO_LOCAL: Record<string, string> = {
  'listing-request': '`listing-request` (AWS credentials with `listing-validate`)',
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

function rulesTable(): string {
  return [
    '| rule | severity | needs | what it catches | source |',
    '|---|---|---|---|---|',
    ...RULES.map(
      r =>
        `| [\`${r.id}\`](#${r.id}) | ${LEVELS[r.id] ?? r.severity} | ${ALSO_LOCAL[r.id] ?? NEEDS[r.phase]} | ${cell(r.title)} | [${cell(r.source.name)}](${r.source.url}) |`
    )
  ].join('\n')
}

function inputsTable(inputs: readonly YmlEntry[]): string {
  return [
    '| input | default | description |',
    '|---|---|---|',
    ...inputs.map(
      i => `| \`${i.name}\` | ${i.default ? `\`${i.default}\`` : '—'} | ${cell(i.description)} |`
    )
  ].join('\n')
}

function outputsTable(outputs: readonly YmlEntry[]): string {
  return [
    '| output | description |',
    '|---|---|',
    ...outputs.map(o => `| \`${o.name}\` | ${cell(o.description)} |`)
  ].join('\n')
}

/** Each table by the name of its markers, <!-- NAME-table --> and <!-- /NAME-table -->. */
export function readmeTables(yml: ActionYml): Record<string, string> {
  return {
    rules: rulesTable(),
    inputs: inputsTable(yml.inputs),
    outputs: outputsTable(yml.outputs)
  }
}

const between = (name: string): RegExp =>
  new RegExp(`(<!-- ${name}-table -->\\n)([\\s\\S]*?)(\\n<!-- /${name}-table -->)`)

/** The table now between the NAME markers of `doc`; undefined when the markers are missing. */
export function tableIn(doc: string, name: string): string | undefined {
  return between(name).exec(doc)?.[2]
}

/** `doc` with the text between each table's markers replaced by the table. */
export function fillTables(doc: string, tables: Record<string, string>): string {
  let out = doc
  for (const [name, table] of Object.entries(tables)) {
    if (tableIn(out, name) === undefined) {
      throw new Error(`README.md has no <!-- ${name}-table --> … <!-- /${name}-table --> markers`)
    }
    out = out.replace(
      between(name),
      (_m, open: string, _old: string, close: string) => `${open}${table}${close}`
    )
  }
  return out
}
