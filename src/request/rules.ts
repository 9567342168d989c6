// The rules on a CreateModelPackage / CreateAlgorithm request, decided before anything exists in
// AWS: request-schema, instance-types, content-types, hyperparameters, metric-definitions,
// spot-training.
// Pure functions over the parsed request.

import type {
  HyperParameterSpecification,
  InferenceSpecification,
  TrainingJobDefinition,
  TrainingSpecification,
  TransformJobDefinition
} from '@aws-sdk/client-sagemaker'
import type { ResourceKind } from '../aws/resource-rules.js'
import { findingsOrPass, pass, warn, type Verdict } from '../core/findings.js'
import { fastFileRefusal } from '../inputs/training.js'
import { enumValues, list, OPERATIONS, schemaProblems } from './schema.js'
import { MAX_BATCH_PAYLOAD_MB, MAX_CONCURRENT_PAYLOAD_MB } from '../catalog/sagemaker-limits.js'

/** The request, typed after the API's own shapes (the schema rule reports where it is not). */
export interface CreateRequest {
  kind: ResourceKind
  name?: string
  inference?: InferenceSpecification
  training?: TrainingSpecification
  profiles: ValidationProfileRequest[]
  raw: Record<string, unknown>
}

export interface ValidationProfileRequest {
  name: string
  transform?: TransformJobDefinition
  training?: TrainingJobDefinition
}

export function createRequest(kind: ResourceKind, raw: Record<string, unknown>): CreateRequest {
  const spec = objectAs<{ ValidationProfiles?: unknown }>(raw.ValidationSpecification)
  const profiles = Array.isArray(spec?.ValidationProfiles) ? spec.ValidationProfiles : []
  const name = kind === 'algorithm' ? raw.AlgorithmName : raw.ModelPackageName
  return {
    kind,
    raw,
    ...(typeof name === 'string' ? { name } : {}),
    inference: objectAs<InferenceSpecification>(raw.InferenceSpecification),
    training: objectAs<TrainingSpecification>(raw.TrainingSpecification),
    profiles: profiles.flatMap((p: unknown, i) => {
      const profile = objectAs<Record<string, unknown>>(p)
      if (!profile) return []
      return [
        {
          name:
            typeof profile.ProfileName === 'string' ? profile.ProfileName : `(profile ${i + 1})`,
          transform: objectAs<TransformJobDefinition>(profile.TransformJobDefinition),
          training: objectAs<TrainingJobDefinition>(profile.TrainingJobDefinition)
        }
      ]
    })
  }
}

const OPERATION: Record<ResourceKind, string> = {
  'model-package': 'CreateModelPackage',
  algorithm: 'CreateAlgorithm'
}

export function requestSchema(req: CreateRequest): Verdict[] {
  const op = OPERATION[req.kind]
  const errors = schemaProblems(req.raw, OPERATIONS[op])
  if (req.kind === 'model-package') {
    if (req.raw.ModelPackageGroupName !== undefined) {
      errors.push(
        '`ModelPackageGroupName` makes this a versioned model package, which cannot be certified for AWS Marketplace: give `ModelPackageName` instead.'
      )
    } else if (req.raw.ModelPackageName === undefined) {
      errors.push(
        '`ModelPackageName` is missing; an unversioned model package (the kind Marketplace lists) needs a name.'
      )
    }
  }
  req.profiles.forEach((p, i) => {
    const at = `ValidationSpecification.ValidationProfiles[${i}]`
    const t = p.transform
    if (t) {
      const payload = t.MaxPayloadInMB
      const concurrent = t.MaxConcurrentTransforms
      if (typeof payload === 'number' && payload > MAX_BATCH_PAYLOAD_MB) {
        errors.push(
          `\`${at}.TransformJobDefinition.MaxPayloadInMB\` is ${payload}; batch transform accepts 0 to ${MAX_BATCH_PAYLOAD_MB}.`
        )
      }
      if (
        typeof payload === 'number' &&
        typeof concurrent === 'number' &&
        payload * concurrent > MAX_CONCURRENT_PAYLOAD_MB
      ) {
        errors.push(
          `\`${at}.TransformJobDefinition\` has MaxConcurrentTransforms ${concurrent} × MaxPayloadInMB ${payload} = ${concurrent * payload}; batch transform requires the product to be at most ${MAX_CONCURRENT_PAYLOAD_MB}.`
        )
      }
      const count = t.TransformResources?.InstanceCount
      if (count !== undefined && count !== 1) {
        errors.push(
          `\`${at}.TransformJobDefinition.TransformResources.InstanceCount\` is ${count}; a validation profile runs on 1 instance.`
        )
      }
    }
    // several hosts train only an algorithm that declares it can (SageMaker refuses the job otherwise)
    const count = p.training?.ResourceConfig?.InstanceCount
    if (count !== undefined && count !== 1 && req.training?.SupportsDistributedTraining !== true) {
      errors.push(
        `\`${at}.TrainingJobDefinition.ResourceConfig.InstanceCount\` is ${count}, but \`TrainingSpecification.SupportsDistributedTraining\` is not true: SageMaker trains such an algorithm on 1 instance only. Set the count to 1, or declare distributed training (and test it with \`training-instance-count\`).`
      )
    }
    if (req.kind === 'algorithm' && p.training?.ResourceConfig?.InstanceType === undefined) {
      if (p.training)
        errors.push(
          `\`${at}.TrainingJobDefinition.ResourceConfig.InstanceType\` is missing; the training job needs an instance type.`
        )
    }
  })
  return findingsOrPass(
    errors,
    [],
    `the request meets ${op}'s constraints (required members, types, lengths, ranges, patterns, enums)`
  )
}

export function instanceTypes(req: CreateRequest): Verdict[] {
  const errors: string[] = []
  const checked: string[] = []
  const check = (
    at: string,
    type: string | undefined,
    supported: readonly string[] | undefined,
    supportedAt: string,
    enumShape: string,
    job: string
  ): void => {
    if (type === undefined) return
    checked.push(type)
    const accepted = enumValues(enumShape)
    if (accepted.length && !accepted.includes(type)) {
      errors.push(
        `\`${at}\` is "${type}", which SageMaker does not accept for ${job} jobs; expected ${list(accepted)}.`
      )
    }
    if (!supported?.includes(type)) {
      errors.push(
        `\`${at}\` is "${type}", but \`${supportedAt}\` ${listsOnly(supported)}: validation must run on a type the listing supports.`
      )
    }
  }
  req.profiles.forEach((p, i) => {
    const at = `ValidationSpecification.ValidationProfiles[${i}]`
    for (const [field, type, supported, supportedAt, enumShape, job] of [
      [
        'TransformJobDefinition.TransformResources.InstanceType',
        p.transform?.TransformResources?.InstanceType,
        req.inference?.SupportedTransformInstanceTypes,
        'InferenceSpecification.SupportedTransformInstanceTypes',
        'TransformInstanceType',
        'batch transform'
      ],
      [
        'TrainingJobDefinition.ResourceConfig.InstanceType',
        p.training?.ResourceConfig?.InstanceType,
        req.training?.SupportedTrainingInstanceTypes,
        'TrainingSpecification.SupportedTrainingInstanceTypes',
        'TrainingInstanceType',
        'training'
      ]
    ] as const) {
      check(`${at}.${field}`, type, supported, supportedAt, enumShape, job)
    }
  })
  return findingsOrPass(
    errors,
    [],
    checked.length
      ? `validation runs on ${[...new Set(checked)].join(', ')}, supported by the request and accepted by SageMaker`
      : 'no validation profile names an instance type'
  )
}

export function contentTypes(req: CreateRequest): Verdict[] {
  const errors: string[] = []
  const seen: string[] = []
  req.profiles.forEach((p, i) => {
    const at = `ValidationSpecification.ValidationProfiles[${i}]`
    const input = p.transform?.TransformInput?.ContentType
    const accept = p.transform?.TransformOutput?.Accept
    for (const [value, field, supported, supportedAt] of [
      [
        input,
        'TransformInput.ContentType',
        req.inference?.SupportedContentTypes,
        'SupportedContentTypes'
      ],
      [
        accept,
        'TransformOutput.Accept',
        req.inference?.SupportedResponseMIMETypes,
        'SupportedResponseMIMETypes'
      ]
    ] as const) {
      if (value === undefined) continue
      seen.push(value)
      if (!supported?.includes(value)) {
        errors.push(
          `\`${at}.TransformJobDefinition.${field}\` is "${value}", but \`InferenceSpecification.${supportedAt}\` ${listsOnly(supported)}: validation must use a type the listing declares.`
        )
      }
    }
    if (!p.training) return
    const channels = req.training?.TrainingChannels ?? []
    const given = p.training.InputDataConfig ?? []
    given.forEach((ch, c) => {
      const chAt = `${at}.TrainingJobDefinition.InputDataConfig[${c}]`
      const spec = channels.find(s => s.Name === ch.ChannelName)
      if (!spec) {
        errors.push(
          `\`${chAt}\` is the channel "${ch.ChannelName}", which \`TrainingSpecification.TrainingChannels\` does not declare (${channels.map(s => s.Name).join(', ') || 'none declared'}).`
        )
        return
      }
      if (ch.ContentType !== undefined) {
        seen.push(ch.ContentType)
        if (!spec.SupportedContentTypes?.includes(ch.ContentType)) {
          errors.push(
            `\`${chAt}.ContentType\` is "${ch.ContentType}", but the channel "${spec.Name}" supports ${spec.SupportedContentTypes?.join(', ') || 'no content type'}.`
          )
        }
      }
      const compression = ch.CompressionType ?? 'None'
      if (compression !== 'None' && !(spec.SupportedCompressionTypes ?? []).includes(compression)) {
        errors.push(
          `\`${chAt}.CompressionType\` is "${compression}", but the channel "${spec.Name}" supports ${spec.SupportedCompressionTypes?.join(', ') || 'no compression'}.`
        )
      }
      const mode = ch.InputMode ?? p.training?.TrainingInputMode
      if (mode && spec.SupportedInputModes && !spec.SupportedInputModes.includes(mode)) {
        errors.push(
          `\`${chAt}\` reads the channel "${spec.Name}" in ${mode} mode, but it supports ${spec.SupportedInputModes.join(', ')}.`
        )
      }
      const dataType = ch.DataSource?.S3DataSource?.S3DataType
      if (mode === 'FastFile' && dataType && dataType !== 'S3Prefix') {
        errors.push(`\`${chAt}\`: ${fastFileRefusal(spec.Name ?? '', dataType)}`)
      }
    })
    for (const spec of channels) {
      if (spec.IsRequired && !given.some(ch => ch.ChannelName === spec.Name)) {
        errors.push(
          `\`${at}.TrainingJobDefinition.InputDataConfig\` has no "${spec.Name}" channel, which \`TrainingSpecification.TrainingChannels\` marks IsRequired.`
        )
      }
    }
  })
  return findingsOrPass(
    errors,
    [],
    seen.length
      ? `the validation data's content types (${[...new Set(seen)].join(', ')}) are declared by the request`
      : 'no validation profile names a content type'
  )
}

export function hyperparameters(req: CreateRequest): Verdict[] {
  const errors: string[] = []
  const specs = req.training?.SupportedHyperParameters ?? []
  for (const spec of specs) {
    if (spec.DefaultValue === undefined) continue
    const problem = outOfRange(spec, spec.DefaultValue)
    if (problem) {
      errors.push(
        `The default of the hyperparameter "${spec.Name}" is "${spec.DefaultValue}", which ${problem}.`
      )
    }
  }
  let set = 0
  req.profiles.forEach((p, i) => {
    if (!p.training) return
    const at = `ValidationSpecification.ValidationProfiles[${i}].TrainingJobDefinition.HyperParameters`
    const given = p.training.HyperParameters ?? {}
    for (const [name, value] of Object.entries(given)) {
      set++
      const spec = specs.find(s => s.Name === name)
      if (!spec) {
        errors.push(
          `\`${at}\` sets "${name}", which \`TrainingSpecification.SupportedHyperParameters\` does not declare (${specs.map(s => s.Name).join(', ') || 'none declared'}).`
        )
        continue
      }
      const problem = outOfRange(spec, String(value))
      if (problem) errors.push(`\`${at}\` sets "${name}" to "${value}", which ${problem}.`)
    }
    for (const spec of specs) {
      if (spec.IsRequired && given[spec.Name ?? ''] === undefined) {
        errors.push(
          `\`${at}\` does not set "${spec.Name}", which \`SupportedHyperParameters\` marks IsRequired.`
        )
      }
    }
  })
  return findingsOrPass(
    errors,
    [],
    `${set} hyperparameter value(s) and ${specs.length} declaration(s) are within their types and ranges`
  )
}

/** Why a value breaks its declaration, or undefined when it fits. */
function outOfRange(spec: HyperParameterSpecification, value: string): string | undefined {
  const range = spec.Range
  if (spec.Type === 'Integer' || spec.Type === 'Continuous') {
    const n = Number(value)
    const word = spec.Type === 'Integer' ? 'an integer' : 'a number'
    if (
      value.trim() === '' ||
      !Number.isFinite(n) ||
      (spec.Type === 'Integer' && !Number.isInteger(n))
    ) {
      return `is not ${word} (Type ${spec.Type})`
    }
    const r =
      spec.Type === 'Integer'
        ? range?.IntegerParameterRangeSpecification
        : range?.ContinuousParameterRangeSpecification
    if (r && (n < Number(r.MinValue) || n > Number(r.MaxValue))) {
      return `is outside its range ${r.MinValue} to ${r.MaxValue}`
    }
  }
  const values = range?.CategoricalParameterRangeSpecification?.Values
  if (spec.Type === 'Categorical' && values && !values.includes(value)) {
    return `is not one of its values ${values.join(', ')}`
  }
  return undefined
}

/** Marketplace fixes MaxWaitTimeInSeconds at this for every algorithm's managed spot training
 * (seller guide, ML service restrictions: managed spot training). */
export const SPOT_MAX_WAIT_SECONDS = 3600

const SPOT_STOP = `Buyers who train this algorithm with managed spot training are stopped at ${SPOT_MAX_WAIT_SECONDS} s (AWS Marketplace fixes MaxWaitTimeInSeconds at ${SPOT_MAX_WAIT_SECONDS} s for every algorithm, whatever its checkpoints), so their job fails before it finishes.`

/** spot-training: a validation profile allowed to train longer than managed spot ever waits. */
export function spotTraining(req: CreateRequest): Verdict[] {
  return req.profiles.flatMap(p => {
    const max = p.training?.StoppingCondition?.MaxRuntimeInSeconds
    if (typeof max !== 'number') return []
    if (max <= SPOT_MAX_WAIT_SECONDS) {
      return [
        pass(
          `"${p.name}" trains for at most ${max} s, within managed spot's ${SPOT_MAX_WAIT_SECONDS} s`
        )
      ]
    }
    return [
      warn({
        message: `Validation profile "${p.name}" sets StoppingCondition.MaxRuntimeInSeconds to ${max} s, more than ${SPOT_MAX_WAIT_SECONDS} s. ${SPOT_STOP}`
      })
    ]
  })
}

/** spot-training, from a training run that took `seconds`. */
export function spotRun(seconds: number): Verdict {
  if (seconds <= SPOT_MAX_WAIT_SECONDS) {
    return pass(`training took ${seconds} s, within managed spot's ${SPOT_MAX_WAIT_SECONDS} s`)
  }
  return warn({
    message: `Training took ${seconds} s, more than ${SPOT_MAX_WAIT_SECONDS} s. ${SPOT_STOP}`
  })
}

export function metricDefinitions(req: CreateRequest): Verdict[] {
  const errors: string[] = []
  const metrics = req.training?.MetricDefinitions ?? []
  metrics.forEach((m, i) => {
    const at = `TrainingSpecification.MetricDefinitions[${i}]`
    const re = metricRegex(m.Regex ?? '')
    if (typeof re === 'string') {
      errors.push(`\`${at}.Regex\` for "${m.Name}" does not compile: ${re}.`)
    } else if (!/\((?!\?[:=!<])|\(\?<[A-Za-z]/.test(m.Regex ?? '')) {
      errors.push(
        `\`${at}.Regex\` for "${m.Name}" has no capturing group; SageMaker reads the metric's value from the first group, as in "loss=([0-9.]+)".`
      )
    }
  })
  return findingsOrPass(
    errors,
    [],
    `${metrics.length} metric regex(es) compile with a capturing group`
  )
}

/** The compiled metric regex, or why it does not compile. Python's (?P<name>…) groups are
 * rewritten to JavaScript's (?<name>…). */
export function metricRegex(source: string): RegExp | string {
  try {
    return new RegExp(source.replace(/\(\?P</g, '(?<'))
  } catch (err) {
    return (err as Error).message.replace(/^Invalid regular expression: /, '')
  }
}

/** "lists only a, b", or what an empty list means. */
function listsOnly(supported: readonly string[] | undefined): string {
  return supported?.length ? `lists only ${supported.join(', ')}` : 'is empty or missing'
}

/** A JSON object read as the API shape it should be; request-schema reports where it is not. */
function objectAs<T>(v: unknown): T | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as T) : undefined
}
