import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { RULES } from '../src/rules.js'
import { fillTables, TABLES } from './helpers/docs-tables.js'

const FILE = new URL('../README.md', import.meta.url)
// UPDATE_DOCS=1 npm test -- __tests__/docs.test.ts regenerates the tables in place.
if (process.env.UPDATE_DOCS === '1') writeFileSync(FILE, fillTables(readFileSync(FILE, 'utf8')))
const doc = readFileSync(FILE, 'utf8')

describe('README.md', () => {
  it.each(Object.keys(TABLES))('has the current %s table', name => {
    expect(doc).toContain(`<!-- ${name}-table -->\n${TABLES[name]()}\n<!-- /${name}-table -->`)
  })

  it('has a troubleshooting paragraph for every rule', () => {
    const missing = RULES.filter(r => !doc.includes(`\n### \`${r.id}\`\n`)).map(r => r.id)
    expect(missing).toEqual([])
  })

  it('gives the set-up commands', () => {
    for (const command of ['npm ci', 'npm run demo', 'npm test']) expect(doc).toContain(command)
  })
})
