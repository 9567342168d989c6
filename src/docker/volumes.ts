// Every VOLUME an image declares becomes an anonymous volume on each container made of it, holding a
// copy of the image's files there; the engine gives it none of the container's labels, and
// `docker rm` without -v leaves it behind. So each container here mounts those volumes itself,
// anonymous still (`docker rm -v` removes them with the container) but labelled with the run
// (`volume-label`), for the post step to find any that a killed run left.

import path from 'node:path'
import { labelsOf } from './labels.js'

/** Beyond this many, an image's VOLUMEs are left to the engine unlabelled (still removed with the
 * container by -v): the command line stays bounded whatever the image declares. */
const MAX_LABELLED = 64

/** One field of a --mount value, CSV-quoted: a comma or quote in a path stays part of it. */
export function mountField(field: string): string {
  return `"${field.replace(/"/g, '""')}"`
}

/**
 * The VOLUMEs given an anonymous volume with the run's labels. Left to the engine: targets already
 * mounted (`taken`: a bind replaces the image's volume there), and paths --mount refuses (relative,
 * the root) or that hold control characters.
 */
function labelledTargets(volumes: readonly string[], taken: readonly string[]): string[] {
  // the engine matches a mount to a VOLUME by the cleaned path (/data/ and /x/../data are /data)
  const busy = new Set(taken.map(t => path.posix.resolve(t)))
  const targets = new Set(
    volumes
      // eslint-disable-next-line no-control-regex -- a line break in a mount spec is asking for trouble
      .filter(v => v.startsWith('/') && !/[\0-\x1f\x7f]/.test(v))
      .map(v => path.posix.resolve(v))
      .filter(t => t !== '/' && !busy.has(t))
  )
  return [...targets].sort().slice(0, MAX_LABELLED)
}

/** `--mount` arguments giving each of `volumes` an anonymous volume labelled with `labels` (the
 * values after `--label`), for `docker run`. */
export function labelledVolumeArgs(
  volumes: readonly string[],
  labels: readonly string[],
  taken: readonly string[] = []
): string[] {
  const options = Object.entries(labelsOf(labels))
    .map(([key, value]) => `,${mountField(`volume-label=${key}=${value}`)}`)
    .join('')
  return labelledTargets(volumes, taken).flatMap(t => [
    '--mount',
    `type=volume,${mountField(`target=${t}`)}${options}`
  ])
}

/** The same volumes as the engine API's HostConfig.Mounts, for a container created through it. */
export function labelledVolumeMounts(
  volumes: readonly string[],
  labels: readonly string[]
): { Type: 'volume'; Target: string; VolumeOptions: { Labels: Record<string, string> } }[] {
  const Labels = labelsOf(labels)
  return labelledTargets(volumes, []).map(Target => ({
    Type: 'volume',
    Target,
    VolumeOptions: { Labels }
  }))
}
