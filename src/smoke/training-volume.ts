// The ML storage volume of a training job (ResourceConfig.VolumeSizeInGB): SageMaker gives `train`
// that much disk for /opt/ml, and the write that fills it fails with "No space left on device".
// Here /opt/ml is host folders under RUNNER_TEMP that nothing else would stop a container from
// filling the runner's disk through, so what it wrote there is measured while it runs, and crossing
// the volume's size stops it. Measured, not enforced by a size-limited mount: a loop device or a
// quota needs privileges the runner's user lacks, and a tmpfs would hold the files in memory.

import { statfs } from 'node:fs/promises'
import { tallyFiles } from '../docker/container-files.js'
import type { Verdict } from '../core/findings.js'

/** VolumeSizeInGB counts GB of 2^30 bytes, as EBS sizes the volume. */
export const GB = 1024 ** 3

/** The volume a training run gets, and where its size comes from (named in the finding). */
export interface TrainingVolume {
  gb: number
  from: string
}

export interface VolumeUse {
  bytes: number
  /** More entries than a walk visits: `bytes` is the larger of what it counted and what the
   * filesystem grew by since training started. */
  estimated: boolean
}

/** What `train` wrote, and when it was stopped for it (undefined: it ran to its end). */
export interface Written {
  use: VolumeUse
  /** Seconds after the container started. */
  stoppedAfter?: number
}

/** One walk, bounded so that a look every second stays cheap. */
const WALK_BOUNDS = { entries: 100_000, ms: 2000 }
/** How often what training wrote is measured: crossing the volume is seen within about this. */
const WATCH_EVERY_MS = 1000

/** Bytes in use on the filesystem holding `dir`. */
export async function diskUsed(dir: string): Promise<number> {
  const fs = await statfs(dir)
  return (fs.blocks - fs.bfree) * fs.bsize
}

/**
 * The disk space the files under `root` take, never following a link; `baseline` is diskUsed(root)
 * from before training started.
 */
export async function measureVolume(
  root: string,
  baseline: number,
  bounds = WALK_BOUNDS
): Promise<VolumeUse> {
  const tally = await tallyFiles(root, bounds)
  if (!tally.partial) return { bytes: tally.diskBytes, estimated: false }
  // a flood of small files would hide big ones from a bounded walk, not from the runner's disk
  return { bytes: Math.max(tally.diskBytes, (await diskUsed(root)) - baseline), estimated: true }
}

/**
 * Measures `root` about every second while the container runs: the use that first crosses
 * `limitBytes`, or undefined once the container exited.
 */
export async function watchVolume(
  root: string,
  limitBytes: number,
  baseline: number,
  container: { exitsWithin(ms: number): Promise<boolean> }
): Promise<VolumeUse | undefined> {
  for (;;) {
    const started = performance.now()
    const use = await measureVolume(root, baseline)
    if (use.bytes > limitBytes) return use
    // a slow walk is followed by as long a pause: the host's disk is walked at most half the time
    const pause = Math.max(WATCH_EVERY_MS, performance.now() - started)
    if (await container.exitsWithin(pause)) return undefined
  }
}

/** GB to three significant digits (whole GB from 100): 0.0525, 2.5, 30.1, 250. */
export function gb(bytes: number): string {
  const n = bytes / GB
  return n >= 100 ? n.toFixed(0) : String(Number(n.toPrecision(3)))
}

/** training-volume: what `train` wrote under /opt/ml against the volume; `log`, its last lines. */
export function volumeVerdict(written: Written, volume: TrainingVolume, log: string): Verdict {
  const { use, stoppedAfter } = written
  const about = use.estimated ? 'about ' : ''
  if (use.bytes <= volume.gb * GB) {
    return {
      ok: true,
      detail: `wrote ${about}${gb(use.bytes)} GB under /opt/ml; the ML storage volume holds ${volume.gb} GB (${volume.from})`
    }
  }
  const estimated = use.estimated
    ? " (More files than are counted one by one, so that is how much the runner's disk grew while it ran.)"
    : ''
  const stopped =
    stoppedAfter === undefined
      ? 'It exited before it could be stopped.'
      : `It was stopped ${stoppedAfter.toFixed(1)} s after it started, before it could fill the runner's disk.`
  return {
    ok: false,
    finding: {
      message: `Training wrote ${about}${gb(use.bytes)} GB under /opt/ml; the ML storage volume holds ${volume.gb} GB (${volume.from}).${estimated} On SageMaker the write that fills the volume fails with "No space left on device", and so does the training job. ${stopped}${log ? ` Last log lines:\n${log}` : ''}`
    }
  }
}
