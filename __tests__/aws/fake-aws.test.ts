import { afterEach, describe, expect, it } from '@jest/globals'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { DescribeRepositoriesCommand, ECRClient } from '@aws-sdk/client-ecr'
import { startFakeAws, useEnv, type FakeAws } from '../helpers/fake-aws.js'

// The fake endpoint itself: the SDK must reach it through AWS_ENDPOINT_URL_<SERVICE> alone.
describe('fake AWS endpoint', () => {
  let fake: FakeAws
  let restore: () => void
  afterEach(async () => {
    restore()
    await fake.close()
  })

  it('serves the query protocol (STS) and JSON 1.1 (ECR) to the real SDK', async () => {
    fake = await startFakeAws({
      GetCallerIdentity: () => ({
        body: '<GetCallerIdentityResponse><GetCallerIdentityResult><Account>111122223333</Account><Arn>arn:aws:iam::111122223333:user/x</Arn><UserId>X</UserId></GetCallerIdentityResult></GetCallerIdentityResponse>'
      }),
      DescribeRepositories: () => ({ body: { repositories: [{ repositoryName: 'model' }] } })
    })
    restore = useEnv(fake.env)
    const sts = await new STSClient({}).send(new GetCallerIdentityCommand({}))
    expect(sts.Account).toBe('111122223333')
    const ecr = await new ECRClient({}).send(new DescribeRepositoriesCommand({}))
    expect(ecr.repositories?.[0].repositoryName).toBe('model')
    expect(fake.operations()).toEqual(['GetCallerIdentity', 'DescribeRepositories'])
  })
})
