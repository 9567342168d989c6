import { describe, expect, it } from '@jest/globals'
import {
  awsOwnedRegistry,
  builtinAlgorithm,
  type ResourceView
} from '../../src/aws/resource-rules.js'

const SELLER = '111122223333'

function view(extra: Partial<ResourceView>): ResourceView {
  return {
    arn: `arn:aws:sagemaker:us-east-2:${SELLER}:model-package/m/1`,
    kind: 'model-package',
    account: SELLER,
    region: 'us-east-2',
    hasInferenceSpec: true,
    containers: [],
    sourceAlgorithms: [],
    profiles: [],
    validationStatuses: [],
    imageScanStatuses: [],
    s3: [],
    ...extra
  }
}

describe('awsOwnedRegistry', () => {
  it('does not flag the seller’s own registry', () => {
    expect(awsOwnedRegistry(`${SELLER}.dkr.ecr.us-east-2.amazonaws.com/xgboost:1`)).toBeUndefined()
  })

  it('names the built-in algorithm of a built-in registry', () => {
    expect(awsOwnedRegistry('404615174143.dkr.ecr.us-east-2.amazonaws.com/kmeans:1')).toEqual({
      account: '404615174143',
      algorithm: 'kmeans'
    })
  })

  it('flags a SageMaker framework image without naming an algorithm', () => {
    expect(
      awsOwnedRegistry('763104351884.dkr.ecr.us-east-2.amazonaws.com/pytorch-inference:2.1-cpu')
    ).toEqual({ account: '763104351884' })
  })

  it('looks the account up in the image’s own Region', () => {
    // 404615174143 owns the us-east-2 built-ins, not the eu-west-1 ones
    expect(
      awsOwnedRegistry('404615174143.dkr.ecr.eu-west-1.amazonaws.com/kmeans:1')
    ).toBeUndefined()
  })
})

describe('builtinAlgorithm: source algorithms', () => {
  const sourceIn = (account: string): ResourceView =>
    view({ sourceAlgorithms: [{ name: `arn:aws:sagemaker:us-east-2:${account}:algorithm/a` }] })

  it('passes a source algorithm in a `seller-account-id` account', () => {
    expect(builtinAlgorithm(sourceIn('444455556666'), ['444455556666']).map(v => v.ok)).toEqual([
      true
    ])
  })

  it('fails a source algorithm in an account that is not the seller’s, naming the seller’s', () => {
    expect(builtinAlgorithm(sourceIn('444455556666'), [])).toEqual([
      {
        ok: false,
        finding: {
          message: `The model package was trained with the algorithm arn:aws:sagemaker:us-east-2:444455556666:algorithm/a, owned by account 444455556666, not by the seller (${SELLER}).`
        }
      }
    ])
  })
})
