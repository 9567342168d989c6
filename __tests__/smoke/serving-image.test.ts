import { describe, expect, it } from '@jest/globals'
import type { ResourceFacts } from '../../src/core/context.js'
import type { EcrImageRef } from '../../src/image/ref.js'
import { servingImage } from '../../src/smoke/index.js'
import { modelSource } from '../../src/smoke/model-source.js'
import { testContext } from '../helpers/context.js'

// Which image the smoke test serves, in order of preference.
const ECR = '111122223333.dkr.ecr.us-east-2.amazonaws.com/model'
const ARN = 'arn:aws:sagemaker:us-east-2:111122223333:model-package/m/1'
const PACKAGE: ResourceFacts = {
  arn: ARN,
  kind: 'model-package',
  images: [`${ECR}@sha256:${'c'.repeat(64)}`],
  servingImage: `${ECR}@sha256:${'c'.repeat(64)}`,
  servingModelData: 's3://models/model.tar.gz'
}

function context(values: Record<string, string>, resources: ResourceFacts[] = []) {
  const ctx = testContext(values)
  ctx.facts.resources.push(...resources)
  const infos: string[] = []
  ctx.log = { ...ctx.log, info: m => void infos.push(m) }
  return { ctx, infos }
}

describe('servingImage', () => {
  it('prefers local-image, then the image input (pinned to its resolved digest)', () => {
    const { ctx } = context({ 'local-image': 'my-model:pr', image: `${ECR}:v1` })
    expect(servingImage(ctx, {}, undefined)).toBe('my-model:pr')
    const pinned = { uri: `${ECR}:v1@sha256:${'d'.repeat(64)}` } as EcrImageRef
    expect(servingImage(context({ image: `${ECR}:v1` }).ctx, { image: pinned }, undefined)).toBe(
      pinned.uri
    )
  })

  it("serves the model package's inference image when only the ARN is given", () => {
    const { ctx, infos } = context({ 'model-package-arn': ARN }, [PACKAGE])
    expect(servingImage(ctx, {}, undefined)).toBe(PACKAGE.servingImage)
    expect(infos.join('\n')).toContain(`the inference image of ${ARN}`)
  })

  it('falls back to the training image for an algorithm that serves its own model', () => {
    const { ctx } = context({ 'local-training-image': 'algo:dev' })
    expect(servingImage(ctx, {}, 'algo:dev')).toBe('algo:dev')
  })
})

describe('modelSource', () => {
  it('is `model-data` when given, else the image itself when nothing names model data', () => {
    expect(modelSource(context({ 'local-image': 'm:1', 'model-data': 'src' }).ctx)).toEqual({
      local: expect.stringMatching(/src$/),
      shown: 'src'
    })
    expect(modelSource(context({ 'local-image': 'm:1' }).ctx)).toEqual({ image: true })
  })

  it("refuses to serve the described package's model data empty when there is no local copy", () => {
    const source = modelSource(context({ 'model-package-arn': ARN }, [PACKAGE]).ctx)
    expect(source).toEqual({
      missing: expect.stringContaining(
        `${ARN} names the model data s3://models/model.tar.gz, which has no local copy`
      )
    })
  })
})
