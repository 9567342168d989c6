// Reads the `inputs:` and `outputs:` blocks of action.yml: the small YAML subset that file uses
// (two-space nesting; plain, single- or double-quoted scalars), without a YAML dependency.

import { readFileSync } from 'node:fs'

export interface YmlEntry {
  name: string
  description: string
  default?: string
}

export interface ActionYml {
  inputs: YmlEntry[]
  outputs: YmlEntry[]
}

function scalar(raw: string): string {
  const v = raw.trim()
  if (v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'")
  if (v.startsWith('"') && v.endsWith('"')) return JSON.parse(v) as string
  return v
}

export function parseActionYml(text: string): ActionYml {
  const blocks: Record<string, YmlEntry[]> = { inputs: [], outputs: [] }
  let block: YmlEntry[] | undefined
  let entry: YmlEntry | undefined
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      block = blocks[line.replace(/:.*$/, '')]
      entry = undefined
      continue
    }
    if (!block) continue
    const name = /^ {2}([\w-]+):\s*$/.exec(line)
    if (name) {
      entry = { name: name[1], description: '' }
      block.push(entry)
      continue
    }
    const field = /^ {4}(description|default):\s?(.*)$/.exec(line)
    if (field && entry) {
      if (field[1] === 'description') entry.description = scalar(field[2])
      else entry.default = scalar(field[2])
    }
  }
  return { inputs: blocks.inputs, outputs: blocks.outputs }
}

export function readActionYml(file: string | URL): ActionYml {
  return parseActionYml(readFileSync(file, 'utf8'))
}
