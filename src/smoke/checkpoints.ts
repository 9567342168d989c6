// A spot interruption, replayed (`checkpoint-resume`): after the normal training run, train again,
// stop the container with SIGTERM (as SageMaker does when the spot instance is reclaimed) once half
// the normal run's time has passed and it has written to /opt/ml/checkpoints, then start a fresh
// container with the same checkpoints folder. A trainer that resumes finishes well before a full
// run; one that starts over takes as long, and on spot it may never finish within its wait time.

import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../core/context.js'
import { fail, pass, warn, type Verdict } from '../core/findings.js'
import { within } from '../core/timing.js'
import type { Container } from '../docker/container.js'
import { spotRun } from '../request/rules.js'
import { singleHost } from './hosts.js'
import { quote } from './log-signs.js'
import { HostRun, layout, type HostPlan } from './training-host.js'
import { runMode, trainSpec, type TrainSetup } from './training.js'

/** How often the interrupted run is checked for checkpoints and elapsed time. */
const POLL_MS = 250
/** A restart that takes this share of a full run or more did not resume. */
const RESUMED_BELOW = 0.8

/** What the interrupted and the restarted runs did. */
export interface ResumeRuns {
  /** Seconds the normal (uninterrupted) run took. */
  fullSeconds: number
  /** Seconds after which the first run got SIGTERM; undefined when it ended on its own first. */
  interruptedAfter?: number
  /** Whether /opt/ml/checkpoints had files when the first run ended. */
  checkpointed: boolean
  /** The first run's exit code when it ended on its own. */
  firstExit?: number | null
  restartSeconds: number
  /** Undefined: still running at the training-timeout. */
  restartExit?: number | null
  /** The restarted run's last log lines, quoted. */
  log: string
}

/** checkpoint-resume: error when the restart fails, warning when it did not resume. */
export function resumeVerdict(r: ResumeRuns): Verdict {
  const full = `The normal training run took ${r.fullSeconds} s (each time here counts from when the container ran).`
  if (r.interruptedAfter === undefined && r.firstExit !== 0) {
    return fail({
      message: `${full} Trained again to test a spot interruption, \`train\` exited with code ${r.firstExit} before it was interrupted. Last log lines:\n${r.log}`
    })
  }
  const stopped =
    r.interruptedAfter === undefined
      ? ' Trained again, it finished before it could be interrupted.'
      : ` Trained again, it was stopped with SIGTERM after ${r.interruptedAfter.toFixed(1)} s, as a spot interruption stops it.`
  if (!r.checkpointed) {
    return warn({
      message: `${full}${stopped} It had written nothing to /opt/ml/checkpoints, so a buyer's managed spot job that is interrupted starts over from the beginning.`
    })
  }
  const restart = `A fresh container with the same /opt/ml/checkpoints`
  if (r.restartExit !== 0) {
    const how =
      r.restartExit === undefined
        ? `did not finish within the training-timeout`
        : `exited with code ${r.restartExit} after ${r.restartSeconds.toFixed(1)} s`
    return fail({
      message: `${full}${stopped} ${restart} ${how}: on SageMaker the restarted spot job fails. Last log lines:\n${r.log}`
    })
  }
  const times = `full run ${r.fullSeconds} s, restarted run ${r.restartSeconds.toFixed(1)} s`
  if (r.restartSeconds >= RESUMED_BELOW * r.fullSeconds) {
    return warn({
      message: `${full}${stopped} ${restart} took ${r.restartSeconds.toFixed(1)} s to finish, as long as a full run: it did not resume from its checkpoints (${times}). An interrupted spot job starts over, and may run out of its 3600 s wait.`
    })
  }
  return pass(`resumed from /opt/ml/checkpoints: ${times}`)
}

/** What follows the training smoke test: spot-training from its time, then checkpoint-resume. */
export async function afterTraining(
  ctx: RunContext,
  setup: TrainSetup,
  trained: string | undefined
): Promise<void> {
  const seconds = ctx.facts.training?.durationSeconds
  if (trained && seconds !== undefined) ctx.findings.apply('spot-training', spotRun(seconds))
  if (!ctx.inputs.checkpointResume) {
    ctx.findings.skip('checkpoint-resume', '`checkpoint-resume` is false')
  } else if (!trained || seconds === undefined) {
    ctx.findings.skip('checkpoint-resume', 'training did not complete (see train-exit)')
  } else {
    await checkResume(ctx, setup, seconds)
  }
}

/**
 * Trains twice more with one checkpoints folder, interrupting the first; reports
 * checkpoint-resume. One host, in the normal run's input mode.
 */
export async function checkResume(
  ctx: RunContext,
  setup: TrainSetup,
  fullSeconds: number
): Promise<void> {
  const checkpoints = path.join(setup.tmp, 'resume-checkpoints')
  const plan = { ...singleHost(ctx.inputs.trainingData), checkpoints }
  ctx.log.info(
    `Training again to test a spot interruption (\`checkpoint-resume\`): SIGTERM after ${(fullSeconds / 2).toFixed(1)} s once /opt/ml/checkpoints has files, then a restart`
  )
  const first = await startRun(ctx, setup, 'resume-1', plan)
  let interruptedAfter: number | undefined
  // times count from when a container runs: Docker's start-up, seconds on a busy runner, is
  // no training time and would hide a resume
  let work = fullSeconds
  try {
    const { container } = first
    const startup = await runningAfter(ctx, container)
    work = Math.max(fullSeconds - startup, 0.1)
    const stoppedAt = await interrupt(
      ctx,
      container,
      checkpoints,
      startup + work / 2,
      setup.stopGraceMs
    )
    if (stoppedAt !== undefined) interruptedAfter = stoppedAt - startup
  } finally {
    await first.remove()
  }
  const checkpointed = (await readdir(checkpoints)).length > 0
  const second = await startRun(ctx, setup, 'resume-2', plan)
  try {
    const restart = second.container
    const startup = await runningAfter(ctx, restart)
    await within(restart.exited, ctx.inputs.trainingTimeoutSec * 1000, ctx.signal)
    ctx.signal.throwIfAborted()
    const runs: ResumeRuns = {
      fullSeconds: Number(work.toFixed(2)),
      checkpointed,
      restartSeconds: restart.secondsSinceStart() - startup,
      ...(restart.running ? {} : { restartExit: restart.exitCode ?? null }),
      ...(interruptedAfter === undefined
        ? { firstExit: first.container.exitCode ?? null }
        : { interruptedAfter }),
      log: quote(restart.log.lines(15))
    }
    ctx.findings.apply('checkpoint-resume', resumeVerdict(runs))
  } finally {
    await second.remove()
  }
}

/** Seconds from `docker run` until the container runs (or exited without running). */
async function runningAfter(ctx: RunContext, container: Container): Promise<number> {
  await container.pid(ctx.signal).catch(() => undefined)
  return container.secondsSinceStart()
}

async function startRun(
  ctx: RunContext,
  setup: TrainSetup,
  name: string,
  plan: HostPlan
): Promise<HostRun> {
  const mode = runMode(ctx, setup)
  const laid = await layout(ctx, path.join(setup.tmp, name, 'ml'), plan, mode)
  return HostRun.start(ctx, trainSpec(ctx, setup), { plan, laid, mode, log: `train (${name})` })
}

/**
 * SIGTERM once `after` seconds have passed and `checkpoints` has files: the seconds it was
 * stopped after, or undefined when it exited first.
 */
async function interrupt(
  ctx: RunContext,
  container: Container,
  checkpoints: string,
  after: number,
  graceMs: number
): Promise<number | undefined> {
  const deadline = ctx.inputs.trainingTimeoutSec
  while (container.secondsSinceStart() < deadline) {
    if (await container.exitsWithin(POLL_MS)) return undefined
    ctx.signal.throwIfAborted()
    if (container.secondsSinceStart() < after) continue
    if ((await readdir(checkpoints)).length === 0) continue
    const seconds = container.secondsSinceStart()
    await container.stop(graceMs)
    return seconds
  }
  const seconds = container.secondsSinceStart()
  await container.stop(graceMs)
  return seconds
}
