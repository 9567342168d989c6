// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one rule per finding id
// used, one result per finding. Code scanning rejects a result without a location
// ("locationFromSarifResult: expected at least one location"), and the location must be a path in
// the repository, so every result points at the file that names the image: the workflow file when
// running in GitHub Actions, else the Dockerfile.

import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { findingLocator, type FindingLocator } from './locations.js'
import { reportSubject, type Report } from './json.js'
import { rule } from '../catalog/rules.js'
import { forSarif } from './untrusted.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const INFORMATION_URI =
  'https://github.com/marketplace-ml-preflight/marketplace-ml-preflight'

export function renderSarif(report: Report, location: FindingLocator): object {
  const ids = [...new Set(report.findings.map(f => f.rule))]
  const rules = ids.map(id => {
    const r = rule(id)
    const help = `${r.help} Source: ${r.source.name} (${r.source.url})`
    return {
      id: r.id,
      name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.help },
      help: { text: help, markdown: `${r.help}\n\nSource: [${r.source.name}](${r.source.url})` },
      helpUri: r.source.url,
      defaultConfiguration: { level: r.severity },
      properties: { tags: ['aws-marketplace', 'sagemaker', r.phase] }
    }
  })
  const subject = reportSubject(report) ?? 'run'
  const results = report.findings.map(f => ({
    ruleId: f.rule,
    ruleIndex: ids.indexOf(f.rule),
    level: f.severity,
    // the message quotes the container and AWS: plain text, no controls, no @mentions
    message: { text: forSarif(`${f.message}\n\nHow to fix: ${f.help}`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: location.uri, uriBaseId: '%SRCROOT%' },
          region: { startLine: location.lineOf?.(f) ?? 1 }
        }
      }
    ],
    // Stable across runs, so code scanning tracks one alert per rule and image rather than per message.
    partialFingerprints: {
      'marketplacePreflight/v1': createHash('sha256').update(`${f.rule}\n${subject}`).digest('hex')
    }
  }))
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        automationDetails: { id: `${report.tool.name}/${subject.replace(/[^\w.@:-]+/g, '_')}/` },
        results
      }
    ]
  }
}

export async function writeSarif(
  report: Report,
  file: string,
  workspace: string,
  env: NodeJS.ProcessEnv
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const sarif = renderSarif(report, findingLocator(workspace, env))
  await writeFile(file, `${JSON.stringify(sarif, null, 2)}\n`)
}
