// The rules decided from the inputs alone: image-uri, region-eligibility, same-region, pinned-digest.
// Pure functions: they read the inputs and write findings and facts, nothing else.

import type { RunContext } from '../core/context.js'
import { imageFacts, type Located, type StaticResult } from '../core/phase.js'
import { capitalize, clip } from '../core/text.js'
import { parseImageUri, withDigest, type EcrImageRef } from '../image/ref.js'
import { regionFromTable, type RegionVerdict } from '../catalog/regions.js'

export function runStaticChecks(ctx: RunContext): StaticResult {
  const { inputs, findings, facts } = ctx
  const result: StaticResult = {}

  const parse = (input: string, uri: string | undefined): EcrImageRef | undefined => {
    if (uri === undefined) return undefined
    const parsed = parseImageUri(uri)
    if (!parsed.ok) {
      findings.add('image-uri', {
        message: `\`${input}\` "${clip(uri, 120)}" ${parsed.reason}.`,
        file: input
      })
      return undefined
    }
    findings.pass(
      'image-uri',
      `${input} is a private ECR image in account ${parsed.ref.registryId}, ${parsed.ref.region}`
    )
    return parsed.ref
  }
  const image = parse('image', inputs.image)
  result.image = image && inputs.digest ? withDigest(image, inputs.digest) : image
  result.trainingImage = parse('training-image', inputs.trainingImage)
  if (result.image) facts.image = imageFacts(result.image)
  if (result.trainingImage) facts.trainingImage = imageFacts(result.trainingImage)
  if (!inputs.image && !inputs.trainingImage) {
    findings.skip('image-uri', 'no ECR image given (`image` or `training-image`)')
  }

  // Everything that must live in the publishing Region, with where it came from.
  const located: Located[] = []
  if (result.image) located.push({ what: 'the image', input: 'image', region: result.image.region })
  if (result.trainingImage) {
    located.push({
      what: 'the training image',
      input: 'training-image',
      region: result.trainingImage.region
    })
  }
  for (const [input, arn] of [
    ['model-package-arn', inputs.modelPackageArn],
    ['algorithm-arn', inputs.algorithmArn]
  ] as const) {
    if (arn)
      located.push({
        what: `the ${input.replace(/-arn$/, '').replace('-', ' ')}`,
        input,
        region: arn.split(':')[3]
      })
  }

  result.region = inputs.region ?? located[0]?.region
  if (result.region === undefined) {
    findings.skip('region-eligibility', 'no Region known: pass `region` or an ECR image URI')
    findings.skip('same-region', 'no Region known: pass `region` or an ECR image URI')
  } else {
    facts.region = checkRegionEligibility(ctx, regionFromTable(result.region))
    checkSameRegion(ctx, result.region, inputs.region ? 'region' : located[0].input, located)
  }

  for (const [input, ref] of [
    ['image', result.image],
    ['training-image', result.trainingImage]
  ] as const) {
    if (!ref) continue
    if (ref.digest) findings.pass('pinned-digest', `${input} is pinned to ${ref.digest}`)
    else {
      findings.add('pinned-digest', {
        message: `\`${input}\` "${ref.uri}" names the tag "${ref.tag ?? 'latest'}" without a digest; a tag can move after this check runs.`,
        file: input
      })
    }
  }
  if (!result.image && !result.trainingImage) {
    findings.skip('pinned-digest', 'no valid ECR image to check')
  }
  return result
}

/** Records region-eligibility for a verdict (from the table, or later from a live API). */
export function checkRegionEligibility(ctx: RunContext, verdict: RegionVerdict): RegionVerdict {
  const detail = `${verdict.reason} (decided by ${verdict.source === 'table' ? 'the embedded Region table' : verdict.source})`
  if (verdict.eligible) ctx.findings.pass('region-eligibility', detail)
  else {
    ctx.findings.add('region-eligibility', {
      message: `${detail}.`,
      help: `Marketplace publishes ML products only from Regions where SageMaker runs and that are enabled by default; ${verdict.region} is not one.`,
      file: ctx.inputs.region ? 'region' : 'image'
    })
  }
  return verdict
}

export function checkSameRegion(
  ctx: RunContext,
  region: string,
  regionInput: string,
  located: Located[]
): void {
  const outside = located.filter(l => l.region !== region)
  for (const l of outside) {
    ctx.findings.add('same-region', {
      message: `${capitalize(l.what)} (\`${l.input}\`) is in ${l.region}, but the publishing Region (from \`${regionInput}\`) is ${region}.`,
      file: l.input
    })
  }
  if (outside.length === 0) {
    ctx.findings.pass(
      'same-region',
      located.length
        ? `${located.map(l => l.what).join(', ')} ${located.length > 1 ? 'are' : 'is'} in ${region}`
        : `publishing from ${region}; nothing else to compare yet`
    )
  }
}
