// Which model the smoke test serves, the one SageMaker would: `model-data`; else the local copy
// `validation-data` maps for the model data the request (or the described model package) names, the
// copy the replay serves too; else nothing is mounted and the image's own /opt/ml/model is served
// (a model baked into the image, as AWS's Marketplace listing sample ships it).

import path from 'node:path'
import type { RunContext } from '../core/context.js'
import { requestFiles } from '../request/index.js'
import { resolveObjects } from '../replay/validation-data.js'

export type ModelSource =
  /** A file or folder to mount; `shown` is how the report names it. */
  | { local: string; shown: string }
  /** Nothing named: the image's own /opt/ml/model. */
  | { image: true }
  /** Named by the request or resource, with no local copy: serving it empty would prove nothing. */
  | { missing: string }

/** The first inference container's model data, as CreateModelPackage names it. */
export function modelDataUrl(raw: Record<string, unknown>): string | undefined {
  const spec = raw.InferenceSpecification as
    | {
        Containers?: {
          ModelDataUrl?: unknown
          ModelDataSource?: { S3DataSource?: { S3Uri?: unknown } }
        }[]
      }
    | undefined
  const c = spec?.Containers?.[0]
  const url = c?.ModelDataUrl ?? c?.ModelDataSource?.S3DataSource?.S3Uri
  return typeof url === 'string' ? url : undefined
}

export function modelSource(ctx: Pick<RunContext, 'inputs' | 'facts'>): ModelSource {
  const { modelData, validationData, workspace } = ctx.inputs
  const shown = (p: string): string => path.relative(workspace, p) || p
  if (modelData) return { local: modelData, shown: shown(modelData) }
  const named =
    requestFiles(ctx)
      .map(f => ({ url: modelDataUrl(f.request), by: f.input }))
      .find(n => n.url) ??
    ctx.facts.resources
      .filter(r => r.servingModelData)
      .map(r => ({ url: r.servingModelData, by: r.arn }))[0]
  if (!named?.url) return { image: true }
  const found = resolveObjects(named.url, validationData)
  const local = (found?.find(o => o.key === named.url) ?? found?.[0])?.file
  if (local) return { local, shown: `${shown(local)} (the local copy of ${named.url})` }
  return {
    missing: `${named.by} names the model data ${named.url}, which has no local copy: map it in \`validation-data\` (${named.url}=./path/to/model.tar.gz) or pass \`model-data\`, so the container is served with its model`
  }
}
