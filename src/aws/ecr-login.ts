// The registry password for pulling an ECR image, as `aws ecr get-login-password` gets it: one
// ecr:GetAuthorizationToken call in the image's Region. The token is a secret: it is returned to the
// caller only, never logged, and its failures say nothing of it.

import type { RunContext } from '../core/context.js'
import type { EcrImageRef } from '../image/ref.js'
import { AwsClients } from './clients.js'
import { AwsCallError, awsCall } from './errors.js'

export interface RegistryLogin {
  username: string
  password: string
}

const ACTION = 'ecr:GetAuthorizationToken'

/**
 * A login for the image's registry. The token is the caller's: it opens every registry in that Region
 * that the caller may pull from (registryIds is deprecated), so cross-account images work too.
 * Throws AwsCallError (denied, no credentials, …) for the caller to fall back on.
 */
export async function ecrLogin(ctx: RunContext, ref: EcrImageRef): Promise<RegistryLogin> {
  // its own client, closed at once: the AWS phase's clients are released before the smoke test
  const clients = new AwsClients()
  try {
    const ecr = await clients.ecr(ref.region, { fips: ref.fips, dualStack: ref.dualStack })
    const { GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr')
    const out = await awsCall(ACTION, ctx.signal, () =>
      ecr.send(new GetAuthorizationTokenCommand({}), { abortSignal: ctx.signal })
    )
    // base64 of "AWS:<password>"
    const token = out.authorizationData?.[0]?.authorizationToken ?? ''
    const decoded = Buffer.from(token, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon <= 0 || colon === decoded.length - 1) {
      throw new AwsCallError({
        kind: 'other',
        code: 'InvalidAuthorizationToken',
        action: ACTION,
        message: `${ACTION} answered without a usable authorization token.`
      })
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
  } finally {
    await clients.destroy()
  }
}
