// AWS errors turned into what a seller can act on: which IAM action is missing, how to fix the
// credentials, or the AWS error code and request id to quote to AWS Support. Never a stack trace.

import { CONFIGURE_CREDENTIALS_HELP } from './credentials.js'
import { clip, oneLine } from '../core/text.js'

export type AwsProblemKind = 'credentials' | 'access-denied' | 'not-found' | 'aborted' | 'other'

export interface AwsProblem {
  kind: AwsProblemKind
  /** The AWS error code (the SDK's error name), e.g. ImageNotFoundException. */
  code: string
  /** The IAM action that was called, e.g. ecr:DescribeImages. */
  action: string
  /** One paragraph for the seller: what happened and how to fix it. */
  message: string
}

/** A failed AWS call, already explained. */
export class AwsCallError extends Error {
  constructor(readonly problem: AwsProblem) {
    super(problem.message)
    this.name = 'AwsCallError'
  }
}

const CREDENTIAL_CODES = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'CredentialsProviderError',
  'AuthFailure',
  'SignatureDoesNotMatch',
  'InvalidSignatureException'
])
const ACCESS_DENIED_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError'
])
const NOT_FOUND_CODES = new Set([
  'RepositoryNotFoundException',
  'ImageNotFoundException',
  'ScanNotFoundException',
  'LayersNotFoundException',
  'LayerInaccessibleException'
])

interface SdkError {
  name?: string
  code?: string
  message?: string
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number }
}

export function describeAwsError(err: unknown, action: string, signal?: AbortSignal): AwsProblem {
  const e = (typeof err === 'object' && err !== null ? err : { message: String(err) }) as SdkError
  const code = e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error')
  const text = clip(oneLine(e.message ?? ''), 400)
  const problem = (kind: AwsProblemKind, message: string): AwsProblem => ({
    kind,
    code,
    action,
    message
  })

  if (signal?.aborted || code === 'AbortError') {
    return problem('aborted', `${action} was stopped: ${abortReason(signal)}.`)
  }
  if (CREDENTIAL_CODES.has(code)) {
    const expired = /expired/i.test(code) || /expired/i.test(text)
    return problem(
      'credentials',
      `AWS rejected the credentials when calling ${action} (${code}${text ? `: ${text}` : ''}).${
        expired ? ' The session has expired: request fresh credentials for this run.' : ''
      } ${CONFIGURE_CREDENTIALS_HELP}`
    )
  }
  const ids = metadata(e)
  if (ACCESS_DENIED_CODES.has(code)) {
    return problem(
      'access-denied',
      `AWS denied ${action} (${code}${ids}${text ? `: ${text}` : ''}). Allow \`${action}\` in the IAM policy of the role this step runs as; the README's "Least-privilege IAM policy" lists every action the preflight calls.`
    )
  }
  if (NOT_FOUND_CODES.has(code)) {
    return problem('not-found', `${action}: ${code}${text ? `: ${text}` : ''}`)
  }
  const throttled = /Throttl|TooManyRequests|RequestLimitExceeded/.test(code)
  return problem(
    'other',
    `${action} failed: ${code}${text ? `: ${text}` : ''}${ids}.${
      throttled ? ' AWS kept throttling the call after every retry: run again later.' : ''
    }`
  )
}

/** Runs one AWS call, turning any failure into an AwsCallError. */
export async function awsCall<T>(
  action: string,
  signal: AbortSignal,
  fn: () => Promise<T>
): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw new AwsCallError(describeAwsError(err, action, signal))
  }
}

export function problemOf(err: unknown, action: string, signal?: AbortSignal): AwsProblem {
  return err instanceof AwsCallError ? err.problem : describeAwsError(err, action, signal)
}

function metadata(e: SdkError): string {
  const m = e.$metadata
  if (!m) return ''
  const parts = [
    m.httpStatusCode ? `HTTP ${m.httpStatusCode}` : '',
    m.requestId ? `request id ${m.requestId}` : '',
    m.attempts && m.attempts > 1 ? `${m.attempts} attempts` : ''
  ].filter(Boolean)
  return parts.length ? `, ${parts.join(', ')}` : ''
}

function abortReason(signal?: AbortSignal): string {
  const reason = signal?.reason as { name?: string; message?: string } | undefined
  if (!reason || reason.name === 'TimeoutError')
    return "the preflight's overall time limit was reached"
  return reason.message ?? String(reason)
}

/** Waits for every branch (none is left writing findings behind), then rethrows the first failure. */
export async function settleAll(tasks: Promise<unknown>[]): Promise<void> {
  const results = await Promise.allSettled(tasks)
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failed) throw failed.reason
}
