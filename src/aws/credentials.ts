// Finds AWS credentials the way every SDK client will (the default chain: environment, shared files,
// web identity from aws-actions/configure-aws-credentials, SSO, container and instance roles).

import { InputError } from '../inputs/error.js'
import { within } from '../core/timing.js'

export const CONFIGURE_CREDENTIALS_HELP =
  'Add aws-actions/configure-aws-credentials before this step (OIDC: `permissions: id-token: write` and `role-to-assume: arn:aws:iam::ACCOUNT:role/ROLE`), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; locally, `aws configure` or AWS_PROFILE. Set `aws-checks: false` to skip the registry checks.'

/** Resolves credentials within `timeoutMs`; undefined when none are configured. */
export async function findCredentials(
  timeoutMs = 5000
): Promise<{ accessKeyId: string } | undefined> {
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node')
  return within(
    defaultProvider()().catch(() => undefined),
    timeoutMs
  )
}

/** `aws-checks`: auto runs when credentials exist; true insists on them; false never looks. */
export async function awsChecksEnabled(
  mode: 'auto' | 'true' | 'false'
): Promise<{ run: boolean; reason: string }> {
  if (mode === 'false') return { run: false, reason: '`aws-checks` is false' }
  const credentials = await findCredentials()
  if (credentials) return { run: true, reason: 'AWS credentials found' }
  if (mode === 'true') {
    throw new InputError(
      'aws-checks',
      `is true, but no AWS credentials were found. ${CONFIGURE_CREDENTIALS_HELP}`
    )
  }
  return {
    run: false,
    reason:
      'no AWS credentials (as on pull requests from forks); add aws-actions/configure-aws-credentials to run it'
  }
}
