// How long the validation replay of one request or described resource may take, for the run's
// overall time limit. Read from the raw ValidationSpecification, not through src/request/ (its
// service model is not loaded before it is needed).

interface ReplayedProfile {
  TrainingJobDefinition?: { StoppingCondition?: { MaxRuntimeInSeconds?: unknown } }
  TransformJobDefinition?: unknown
}

/** Hours of transform per replayed profile, since its request count depends on the data. */
const REPLAY_TRANSFORM_SECONDS = 4 * 3600

/** Each profile's training (MaxRuntimeInSeconds, a day when unset, as the replay allows) and its
 * transform (`startup-timeout`, then the transform's hours). */
export function replaySeconds(raw: Record<string, unknown>, startupTimeoutSec: number): number {
  const spec = raw.ValidationSpecification as { ValidationProfiles?: unknown } | undefined
  const profiles = Array.isArray(spec?.ValidationProfiles) ? spec.ValidationProfiles : []
  let seconds = 0
  for (const profile of profiles as ReplayedProfile[]) {
    if (profile?.TrainingJobDefinition) {
      const max = profile.TrainingJobDefinition.StoppingCondition?.MaxRuntimeInSeconds
      seconds += (typeof max === 'number' && max > 0 ? max : 86400) + 120
    }
    if (profile?.TransformJobDefinition) {
      seconds += startupTimeoutSec + REPLAY_TRANSFORM_SECONDS
    }
  }
  return seconds
}
