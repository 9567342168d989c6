import { describe, expect, it } from '@jest/globals'
import { parseImageUri } from '../../src/image/ref.js'

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`

describe('parseImageUri', () => {
  it.each([
    [
      'standard',
      `111122223333.dkr.ecr.us-east-2.amazonaws.com/team/model:v1@${DIGEST}`,
      'us-east-2',
      false,
      false
    ],
    [
      'FIPS',
      '111122223333.dkr.ecr-fips.us-east-1.amazonaws.com/model:v1',
      'us-east-1',
      true,
      false
    ],
    ['dual-stack', '111122223333.dkr-ecr.eu-west-1.on.aws/model:v1', 'eu-west-1', false, true],
    [
      'China',
      '111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/model:v1',
      'cn-north-1',
      false,
      false
    ],
    [
      'EU sovereign cloud',
      '111122223333.dkr.ecr.eusc-de-east-1.amazonaws.eu/model:v1',
      'eusc-de-east-1',
      false,
      false
    ]
  ])('parses the %s hostname', (_name, uri, region, fips, dualStack) => {
    const parsed = parseImageUri(uri)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.ref).toMatchObject({ registryId: '111122223333', region, fips, dualStack })
  })

  it('splits repository, tag and digest', () => {
    const parsed = parseImageUri(
      `111122223333.dkr.ecr.us-east-2.amazonaws.com/team/model:v1.2@${DIGEST}`
    )
    expect(parsed).toMatchObject({
      ok: true,
      ref: { repository: 'team/model', tag: 'v1.2', digest: DIGEST }
    })
  })

  it('leaves tag and digest out when the reference has neither', () => {
    const parsed = parseImageUri('111122223333.dkr.ecr.us-east-2.amazonaws.com/model')
    expect(parsed.ok && parsed.ref.tag === undefined && parsed.ref.digest === undefined).toBe(true)
  })

  it.each([
    ['python:3.12', 'docker-hub'],
    ['docker.io/library/python:3.12', 'docker-hub'],
    ['registry-1.docker.io/me/model:v1', 'docker-hub'],
    ['public.ecr.aws/lambda/python:3.12', 'ecr-public'],
    ['ghcr.io/me/model:v1', 'other-registry'],
    ['11112222333.dkr.ecr.us-east-2.amazonaws.com/model:v1', 'other-registry'],
    ['https://111122223333.dkr.ecr.us-east-2.amazonaws.com/model:v1', 'malformed'],
    ['111122223333.dkr.ecr.us-east-2.amazonaws.com/Model:v1', 'malformed'],
    ['111122223333.dkr.ecr.us-east-2.amazonaws.com/model@sha256:abc', 'malformed'],
    ['111122223333.dkr.ecr.us-east-2.amazonaws.com/model:-bad', 'malformed'],
    ['', 'malformed']
  ])('refuses %s as %s', (uri, problem) => {
    expect(parseImageUri(uri)).toMatchObject({ ok: false, problem })
  })

  it('refuses a URI longer than SageMaker accepts, with its length', () => {
    const uri = `111122223333.dkr.ecr.us-east-2.amazonaws.com/${'a'.repeat(250)}`
    expect(parseImageUri(uri)).toMatchObject({
      ok: false,
      problem: 'too-long',
      reason: expect.stringContaining(`${uri.length} characters`)
    })
  })
})
