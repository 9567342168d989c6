// The SageMaker API's own constraints on a Create* request (required members, types, lengths,
// ranges, patterns, enums), read from the service model botocore ships
// (scripts/sagemaker-request-model.mjs wrote src/catalog/data/sagemaker-request-model.json from it).

import model from '../catalog/data/sagemaker-request-model.json' with { type: 'json' }
import { clip } from '../core/text.js'

interface Shape {
  type: string
  required?: string[]
  members?: Record<string, string>
  member?: string
  key?: string
  value?: string
  min?: number
  max?: number
  pattern?: string
  enum?: string[]
}

const SHAPES = model.shapes as Record<string, Shape>
export const MODEL_SOURCE = model.source
export const OPERATIONS = model.operations as Record<string, string>

/** The values an enum shape allows (instance types, batch strategies, …). */
export function enumValues(shapeName: string): readonly string[] {
  return SHAPES[shapeName]?.enum ?? []
}

const patterns = new Map<string, RegExp | null>()
/** Smithy patterns are not anchored (a match anywhere counts) and use \p{…} classes; a few are
 * written for Java's regex engine and do not compile in JavaScript: those are not checked. */
function pattern(source: string): RegExp | null {
  if (!patterns.has(source)) {
    let re: RegExp | null = null
    for (const flags of ['u', '']) {
      try {
        re = new RegExp(source, flags)
        break
      } catch {
        // try the next dialect
      }
    }
    patterns.set(source, re)
  }
  return patterns.get(source) ?? null
}

const NUMERIC = new Set(['integer', 'long', 'float', 'double'])

/** Every way `value` breaks the shape, as "`Path.To.Member` …" sentences. */
export function schemaProblems(value: unknown, shapeName: string, at = ''): string[] {
  const shape = SHAPES[shapeName]
  const name = at ? `\`${at}\`` : 'The request'
  const problems: string[] = []
  const type = typeOf(value)
  const expected =
    shape.type === 'structure'
      ? 'object'
      : shape.type === 'list'
        ? 'array'
        : shape.type === 'map'
          ? 'object'
          : NUMERIC.has(shape.type)
            ? 'number'
            : shape.type === 'timestamp'
              ? type
              : shape.type === 'blob'
                ? 'string'
                : shape.type
  if (
    type !== expected ||
    ((shape.type === 'integer' || shape.type === 'long') && !Number.isInteger(value))
  ) {
    return [
      `${name} is ${describe(value)}; expected ${article(shape.type === 'structure' ? 'object' : shape.type === 'list' ? 'array' : shape.type)}.`
    ]
  }
  if (shape.type === 'structure') {
    const obj = value as Record<string, unknown>
    const members = shape.members ?? {}
    for (const req of shape.required ?? []) {
      if (obj[req] === undefined || obj[req] === null)
        problems.push(`\`${join(at, req)}\` is missing; it is required.`)
    }
    for (const [key, v] of Object.entries(obj)) {
      if (!(key in members)) {
        problems.push(
          `${name} has the unknown member "${key}"; the API accepts ${Object.keys(members).join(', ')}.`
        )
      } else if (v !== null && v !== undefined) {
        problems.push(...schemaProblems(v, members[key], join(at, key)))
      }
    }
    return problems
  }
  if (shape.type === 'list' || shape.type === 'map') {
    const entries =
      shape.type === 'list'
        ? (value as unknown[]).map((v, i) => [`${at}[${i}]`, v] as const)
        : Object.entries(value as Record<string, unknown>).map(
            ([k, v]) => [join(at, k), v] as const
          )
    const count = entries.length
    if (shape.min !== undefined && count < shape.min)
      problems.push(`${name} has ${count} entries; at least ${shape.min} required.`)
    if (shape.max !== undefined && count > shape.max)
      problems.push(`${name} has ${count} entries; at most ${shape.max} allowed.`)
    if (shape.type === 'map' && shape.key) {
      for (const k of Object.keys(value as object)) {
        problems.push(...schemaProblems(k, shape.key, `${at} key "${k}"`))
      }
    }
    const item = shape.type === 'list' ? shape.member : shape.value
    for (const [p, v] of entries) if (item) problems.push(...schemaProblems(v, item, p))
    return problems
  }
  if (shape.type === 'string') {
    const s = value as string
    if (shape.enum && !shape.enum.includes(s)) {
      problems.push(
        `${name} is "${clip(s, 80)}", which the API does not accept; expected ${list(shape.enum)}.`
      )
      return problems
    }
    if (shape.min !== undefined && s.length < shape.min)
      problems.push(`${name} is ${s.length} characters long; at least ${shape.min} required.`)
    if (shape.max !== undefined && s.length > shape.max)
      problems.push(`${name} is ${s.length} characters long; at most ${shape.max} allowed.`)
    const re = shape.pattern ? pattern(shape.pattern) : null
    if (re && !re.test(s))
      problems.push(
        `${name} is "${clip(s, 80)}", which does not match the API's pattern ${shape.pattern}.`
      )
    return problems
  }
  if (NUMERIC.has(shape.type)) {
    const n = value as number
    if (shape.min !== undefined && n < shape.min)
      problems.push(`${name} is ${n}; the minimum is ${shape.min}.`)
    if (shape.max !== undefined && n > shape.max)
      problems.push(`${name} is ${n}; the maximum is ${shape.max}.`)
  }
  return problems
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  return typeof value
}

function describe(value: unknown): string {
  const type = typeOf(value)
  if (type === 'object' || type === 'array') return article(type)
  return `${type === 'number' && !Number.isInteger(value) ? 'the fraction' : `the ${type}`} ${clip(JSON.stringify(value), 80)}`
}

function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`
}

/** Up to six values, then how many more. */
export function list(values: readonly string[]): string {
  const shown = values.slice(0, 6).join(', ')
  return values.length > 6 ? `one of ${shown}, … (${values.length} values)` : `one of ${shown}`
}
