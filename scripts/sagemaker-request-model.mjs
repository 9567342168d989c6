#!/usr/bin/env node
// Dev tool: writes src/catalog/data/sagemaker-request-model.json, the constraints `request-schema` checks,
// taken from the SageMaker service model the botocore SDK ships (not from memory). The
// @aws-sdk/client-sagemaker schemas carry member names and types only (no min/max/pattern), so the
// source is botocore's data/sagemaker/*/service-2.json, e.g. Debian's python3-botocore:
//   apt-get install -y python3-botocore
//   node scripts/sagemaker-request-model.mjs [/usr/lib/python3/dist-packages/botocore]
// CI uses the committed JSON; rerun this after updating botocore to pick up new instance types.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = process.argv[2] ?? '/usr/lib/python3/dist-packages/botocore'
const dir = path.join(root, 'data', 'sagemaker')
const apiVersion = readdirSync(dir).sort().at(-1)
const model = JSON.parse(readFileSync(path.join(dir, apiVersion, 'service-2.json'), 'utf8'))
let botocoreVersion = 'unknown'
try {
  botocoreVersion = /__version__ = '([^']+)'/.exec(
    readFileSync(path.join(root, '__init__.py'), 'utf8')
  )[1]
} catch {
  // the version is informative only
}

const OPERATIONS = {
  CreateModelPackage: 'CreateModelPackageInput',
  CreateAlgorithm: 'CreateAlgorithmInput'
}
const KEEP = ['type', 'required', 'min', 'max', 'pattern', 'enum']
const shapes = {}
const visit = name => {
  if (shapes[name]) return
  const s = model.shapes[name]
  const out = {}
  for (const k of KEEP) if (s[k] !== undefined) out[k] = s[k]
  shapes[name] = out
  if (s.members) {
    out.members = {}
    for (const [m, ref] of Object.entries(s.members)) {
      out.members[m] = ref.shape
      visit(ref.shape)
    }
  }
  for (const k of ['member', 'key', 'value']) {
    if (s[k]) {
      out[k] = s[k].shape
      visit(s[k].shape)
    }
  }
}
for (const input of Object.values(OPERATIONS)) visit(input)

const sorted = Object.fromEntries(Object.entries(shapes).sort(([a], [b]) => a.localeCompare(b)))
const out = {
  source: `botocore ${botocoreVersion}, data/sagemaker/${apiVersion}/service-2.json (shapes reachable from ${Object.values(OPERATIONS).join(', ')})`,
  operations: OPERATIONS,
  shapes: sorted
}
const file = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'data',
  'sagemaker-request-model.json'
)
// formatted by the repository's prettier, so `npm run lint` accepts the file as written
const { format, resolveConfig } = await import('prettier')
writeFileSync(
  file,
  await format(JSON.stringify(out), { ...(await resolveConfig(file)), filepath: file })
)
console.log(`wrote ${file}: ${Object.keys(sorted).length} shapes from ${out.source}`)
