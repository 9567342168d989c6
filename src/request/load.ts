// Reads a CreateModelPackage / CreateAlgorithm request file, as given to
// `aws sagemaker create-model-package --cli-input-json file://…`: confined to the workspace or
// RUNNER_TEMP and bounded like every input file. A missing or malformed file is an InputError
// naming the input, the file and the line and column, never a stack trace or the file's content.

import path from 'node:path'
import { InputError } from '../inputs/error.js'
import { parseJsonInput } from '../inputs/json-input.js'
import { MAX_FILE_BYTES, readInputFile, type Roots } from '../inputs/paths.js'
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

export function loadRequest(kind: ResourceKind, roots: Roots, value: string): RequestFile {
  const input = REQUEST_INPUTS[kind]
  const { file, object } = readJsonObjectFile(input, roots, value, {
    hint: `give the path of the JSON request you pass to \`aws sagemaker ${kind === 'algorithm' ? 'create-algorithm' : 'create-model-package'} --cli-input-json file://…\``,
    example: '{"ModelPackageName": …, "InferenceSpecification": …}'
  })
  return { kind, input, file, request: object }
}

/** A JSON object file an input names (a request as the AWS CLI's --cli-input-json takes it), read
 * through readInputFile; anything else is an InputError naming the input, never the content. */
export function readJsonObjectFile(
  input: string,
  roots: Roots,
  value: string,
  expected: { hint: string; example: string }
): { file: string; object: Record<string, unknown> } {
  const { real: file, data } = readInputFile(
    {
      input,
      value,
      file: path.resolve(roots.workspace, value),
      maxBytes: MAX_FILE_BYTES.json,
      hint: expected.hint
    },
    roots
  )
  const parsed = parseJsonInput(input, `names ${file}, which is not valid JSON`, data.toString())
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(
      input,
      `names ${file}, which holds ${Array.isArray(parsed) ? 'an array' : typeof parsed}; expected a JSON object with the API's keys, such as ${expected.example}`
    )
  }
  return { file, object: parsed as Record<string, unknown> }
}
