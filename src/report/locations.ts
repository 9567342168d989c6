// Where in the repository a finding points: the workflow file that set the input (found through
// GITHUB_WORKFLOW_REF), at the line naming that input. SARIF needs a location for every result;
// annotations use one when it is known.

import path from 'node:path'
import type { Finding } from '../core/findings.js'
import { MAX_FILE_BYTES, readInputFile } from '../inputs/paths.js'

export interface FindingLocator {
  /** Repository-relative path, forward slashes: the workflow file, else the Dockerfile. */
  uri: string
  /** Whether `uri` is the workflow file that ran this step. */
  workflow: boolean
  /** The line that names a finding's input (`image:`), when the file and the line are found. */
  lineOf?: (finding: Finding) => number | undefined
}

export function findingLocator(workspace: string, env: NodeJS.ProcessEnv): FindingLocator {
  const ref = env.GITHUB_WORKFLOW_REF // owner/repo/.github/workflows/ci.yml@refs/heads/main
  const repo = env.GITHUB_REPOSITORY
  const workflow =
    ref && repo && ref.startsWith(`${repo}/`)
      ? ref.slice(repo.length + 1).replace(/@[^@]*$/, '')
      : undefined
  const uri = workflow ?? 'Dockerfile'
  let lines: string[]
  try {
    const file = path.join(workspace, uri)
    const read = { input: uri, value: uri, file, maxBytes: MAX_FILE_BYTES.text, hint: '' }
    lines = readInputFile(read, { workspace }).data.toString().split('\n')
  } catch {
    // missing, or a link out of the workspace, a FIFO, a huge file: findings point at no line
    return { uri, workflow: workflow !== undefined }
  }
  return {
    uri,
    workflow: workflow !== undefined,
    lineOf: f => {
      if (!f.file) return undefined
      const input = new RegExp(`^\\s*${f.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`)
      const at = lines.findIndex(l => input.test(l))
      return at === -1 ? undefined : at + 1
    }
  }
}
