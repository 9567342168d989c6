// Reads a CreateModelPackage / CreateAlgorithm request file, as given to
// `aws sagemaker create-model-package --cli-input-json file://…`. A missing or malformed file is an
// InputError naming the input, the file and the line and column, never a stack trace.

import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../inputs/error.js'
import type { ResourceKind } from '../aws/resource-rules.js'

export const REQUEST_INPUTS: Record<ResourceKind, string> = {
  'model-package': 'model-package-request',
  algorithm: 'algorithm-request'
}

export interface RequestFile {
  kind: ResourceKind
  input: string
  /** The absolute path. */
  file: string
  /** The parsed JSON object: the API's own keys. */
  request: Record<string, unknown>
}

export function loadRequest(kind: ResourceKind, workspace: string, value: string): RequestFile {
  const input = REQUEST_INPUTS[kind]
  const file = path.resolve(workspace, value)
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new InputError(
      input,
      `is "${value}", which is not a file (resolved to ${file}); give the path of the JSON request you pass to \`aws sagemaker ${kind === 'algorithm' ? 'create-algorithm' : 'create-model-package'} --cli-input-json file://…\``
    )
  }
  const text = readFileSync(file, 'utf8')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    const message = (err as Error).message
    const at = /at position (\d+)/.exec(message)
    const where = at ? ` at ${lineColumn(text, Number(at[1]))}` : ''
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')
    throw new InputError(input, `names ${file}, which is not valid JSON${where}: ${reason}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(
      input,
      `names ${file}, which holds ${Array.isArray(parsed) ? 'an array' : typeof parsed}; expected a JSON object with the API's keys, such as {"ModelPackageName": …, "InferenceSpecification": …}`
    )
  }
  return { kind, input, file, request: parsed as Record<string, unknown> }
}

/** "line 3, column 5" (both from 1) for an offset into the text. */
export function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}
