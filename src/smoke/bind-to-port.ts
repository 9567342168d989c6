// accept-bind-to-port: SageMaker sets SAGEMAKER_BIND_TO_PORT only when the endpoint runs several
// containers (a multi-container endpoint or an inference pipeline); a model package with one
// container is served on 8080 whatever its label says (SageMaker developer guide, inference
// pipelines; /work/shared/reference/sagemaker-marketplace-rules.md, "pipelines only").

import type { RunContext } from '../core/context.js'

export const BIND_TO_PORT_LABEL = 'com.amazonaws.sagemaker.capabilities.accept-bind-to-port'
/** The port an image that accepts SAGEMAKER_BIND_TO_PORT is told to use: anything but 8080. */
export const BOUND_PORT = 9080

/** How many containers the endpoint runs, and what says so. */
export interface EndpointContainers {
  count: number
  source: string
}

/** Whether the run gives SAGEMAKER_BIND_TO_PORT, and why it does or does not (for the findings). */
export interface PortPlan {
  bindToPort: boolean
  /** Why the container is expected on its port; absent for an unlabelled image on 8080. */
  portReason?: string
}

/**
 * The containers of the first InferenceSpecification, from a described resource or a request:
 * that is the endpoint the served image runs in. Undefined when neither is given.
 */
export function endpointContainers(
  ctx: Pick<RunContext, 'inputs' | 'facts'>
): EndpointContainers | undefined {
  const resource = ctx.facts.resources.find(r => r.servingContainers !== undefined)
  if (resource?.servingContainers !== undefined) {
    return { count: resource.servingContainers, source: resource.arn }
  }
  for (const file of [ctx.inputs.modelPackageRequest, ctx.inputs.algorithmRequest]) {
    const spec = file?.request.InferenceSpecification as { Containers?: unknown } | undefined
    if (Array.isArray(spec?.Containers)) {
      return { count: spec.Containers.length, source: `\`${file!.input}\`` }
    }
  }
  return undefined
}

export function portPlan(
  labels: Record<string, string> | undefined,
  containers: EndpointContainers | undefined
): PortPlan {
  if (labels?.[BIND_TO_PORT_LABEL] !== 'true') return { bindToPort: false }
  if (containers && containers.count > 1) {
    return {
      bindToPort: true,
      portReason: `the image is labelled ${BIND_TO_PORT_LABEL}=true and ${containers.source} runs ${containers.count} containers, so SageMaker gives each its port in SAGEMAKER_BIND_TO_PORT`
    }
  }
  const one = containers
    ? `${containers.source} has one container`
    : 'no request or resource names other containers'
  return {
    bindToPort: false,
    portReason: `the image is labelled ${BIND_TO_PORT_LABEL}=true, but SageMaker sets SAGEMAKER_BIND_TO_PORT only when an endpoint runs several containers (multi-container endpoints, inference pipelines), and ${one}: it is served on 8080`
  }
}
