import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { ACTION_INPUTS } from '../../src/inputs/action-inputs.js'
import { RULES } from '../../src/catalog/rules.js'
import { readActionYml } from '../../scripts/generate/action-yml.js'
import { readmeTables, tableIn } from '../../scripts/generate/readme-tables.js'
import { expectGenerated } from '../helpers/generated.js'

const doc = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const tables = readmeTables(readActionYml(new URL('../../action.yml', import.meta.url)))

describe('README.md', () => {
  it.each(Object.keys(tables))('has the current %s table (npm run generate writes it)', name => {
    expectGenerated(`README.md's ${name} table`, tableIn(doc, name), tables[name])
  })

  it('has a troubleshooting paragraph for every rule', () => {
    const missing = RULES.filter(r => !doc.includes(`\n### \`${r.id}\`\n`)).map(r => r.id)
    expect(missing).toEqual([])
  })

  it('has an IAM policy allowing exactly the AWS actions the code names', () => {
    const src = new URL('../../src/', import.meta.url)
    const code = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter(f => f.endsWith('.ts'))
      .map(f => readFileSync(new URL(f, src), 'utf8'))
      .join('\n')
    // sts:GetCallerIdentity needs no permission; sagemaker:REGION is an ARN placeholder
    const called = new Set(
      code.match(/\b(?:ecr|sagemaker|s3|ec2|logs|aws-marketplace):[A-Z][A-Za-z]+/g)
    )
    called.delete('sagemaker:REGION')
    // the read-only policy, then the release gate's statement (`aws-validation`)
    const start = doc.indexOf('## Least-privilege IAM policy')
    const section = doc.slice(start, doc.indexOf('\n## ', start + 1))
    const [policy, release] = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map(
      m => JSON.parse(m[1]) as { Statement?: { Action: string | string[] }[]; Action?: string[] }
    )
    const allowed = new Set(
      [...policy.Statement!, release]
        .flatMap(st => [st.Action ?? []].flat())
        .filter(a => a !== 'iam:PassRole')
    )
    expect([...allowed].sort()).toEqual([...called].sort())
  })

  it('has a .env.example that sets only inputs action.yml declares', () => {
    const sample = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8')
    const names = [...sample.matchAll(/^INPUT_([A-Z-]+)=/gm)].map(m => m[1].toLowerCase())
    expect(names.length).toBeGreaterThan(0)
    const declared = new Set(ACTION_INPUTS.map(i => i.name))
    expect(names.filter(n => !declared.has(n))).toEqual([])
  })

  it('gives the set-up commands', () => {
    for (const command of ['npm ci', 'npm run demo', 'npm test']) expect(doc).toContain(command)
  })
})
