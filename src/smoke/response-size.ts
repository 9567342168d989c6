// How much of an /invocations answer is read: what SageMaker passes on of one (LIMITS), so an answer
// that never ends costs the runner neither memory nor the whole invocation timeout, and ends in a
// finding that names the limit.

import { ENDPOINT_LIMITS, LIMITS, type EndpointType } from '../catalog/sagemaker-limits.js'
import { capitalize } from '../core/text.js'
import { mib } from './payloads.js'
import type { ServeMode } from './serve-run.js'

/** The most of one answer read in a run: the endpoint type's (InvokeEndpoint's 6 MiB real-time,
 * 4 MB serverless), 100 MB in batch. */
export function responseLimit(mode: ServeMode, type: EndpointType = 'realtime'): number {
  return mode === 'realtime' ? ENDPOINT_LIMITS[type].responseBytes : LIMITS.batchBytes
}

const ENDLESS =
  'A body that never ends (no Content-Length, and no last chunk of a chunked answer) holds the request open until it times out'

/**
 * The finding on an answer past its run's limit. `what` names the request; `seen` is the probe's
 * "answered 200 with a body of more than … bytes; reading stopped there".
 */
export function oversizedAnswer(
  what: string,
  seen: string,
  mode: ServeMode,
  type: EndpointType = 'realtime'
): { message: string; help: string } {
  if (mode === 'realtime' && type !== 'realtime') {
    const limits = ENDPOINT_LIMITS[type]
    return {
      message: `${what} ${seen}. ${capitalize(limits.name)} passes on at most ${mib(limits.responseBytes)} of an answer${type === 'async' ? ' (SageMaker documents no limit on an asynchronous answer; the preflight reads no more of one)' : ''}. ${ENDLESS}.`,
      help: `Answer each request with at most ${mib(limits.responseBytes)}: the predictions, not the input echoed back, and end the body (a Content-Length, or the last chunk). Source: ${limits.source}.`
    }
  }
  if (mode === 'realtime') {
    return {
      message: `${what} ${seen}. InvokeEndpoint returns at most 6 MiB (6,291,456 bytes) of an answer, so SageMaker cannot pass this one to the buyer. ${ENDLESS}.`,
      help: 'Answer each request with at most 6 MiB: the predictions, not the input echoed back or full-precision arrays, and end the body (a Content-Length, or the last chunk). Source: SageMaker Runtime API reference, InvokeEndpoint (response Body: maximum length 6291456).'
    }
  }
  return {
    message: `${what} ${seen}. A transform job sends at most 100 MB in one request and SageMaker documents no larger answer; the preflight reads no more of one. ${ENDLESS}, and a transform job fails once InvocationsTimeoutInSeconds (600 s by default) runs out.`,
    help: 'Answer each request with the predictions for the records it carried, and end the body (a Content-Length, or the last chunk); if answers grow with the request, lower MaxPayloadInMB. Source: AWS Marketplace seller guide, Service restrictions and quotas (100 MB per batch-transform invocation); CreateTransformJob (MaxPayloadInMB at most 100).'
  }
}
