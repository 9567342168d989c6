// SageMaker keeps sending GET /ping to an instance in service and takes it out of service when the
// answer is not 200 within 2 s. While invocations run, the monitor asks the same every second, so
// a server whose health route waits behind inference (one worker, busy) is caught.

import { PING_TIMEOUT_MS, PING_UNDER_LOAD_EVERY_MS } from '../catalog/sagemaker-limits.js'
import { fail, pass, type Verdict } from '../core/findings.js'
import { SMALL_ANSWER_BYTES, type Probe, type ProbeError } from '../docker/probe.js'
import type { PingSample, PingUnderLoadFacts } from '../core/context.js'

/** How many failed pings a finding and the report quote. */
const QUOTED = 5

export class PingMonitor {
  private readonly samples: PingSample[] = []
  private readonly started = performance.now()
  private stopped = false
  private wake: () => void = () => undefined
  private readonly loop: Promise<void>

  /** Starts pinging at once; `during` names what runs at the moment a ping is sent. */
  constructor(
    private readonly probe: Probe,
    private readonly during: () => string | undefined,
    private readonly everyMs = PING_UNDER_LOAD_EVERY_MS
  ) {
    this.loop = this.run()
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const sent = performance.now()
      const during = this.during()
      // between invocations there is no load to measure
      if (during !== undefined) this.samples.push({ ...(await this.ping()), during })
      const pause = Math.max(0, this.everyMs - (performance.now() - sent))
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, pause)
        this.wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
    }
  }

  private async ping(): Promise<Omit<PingSample, 'during'>> {
    const atSeconds = Number(((performance.now() - this.started) / 1000).toFixed(1))
    try {
      const r = await this.probe.request({
        method: 'GET',
        path: '/ping',
        timeoutMs: PING_TIMEOUT_MS,
        maxBodyBytes: SMALL_ANSWER_BYTES
      })
      return { atSeconds, ms: r.ms, status: r.status }
    } catch (err) {
      // a ProbeError carries how long it waited (the whole 2 s on a timeout)
      return { atSeconds, ms: (err as ProbeError).ms ?? 0, error: (err as Error).message }
    }
  }

  /** Stops (after the ping in flight, at most 2 s) and returns what was seen. */
  async stop(): Promise<PingSample[]> {
    this.stopped = true
    this.wake()
    await this.loop
    return this.samples
  }
}

const failed = (s: PingSample): boolean => s.error !== undefined || s.status !== 200

/** The report's summary of one run's pings under load. */
export function pingUnderLoadFacts(
  samples: readonly PingSample[],
  mode: string
): PingUnderLoadFacts {
  const times = samples.map(s => s.ms).sort((a, b) => a - b)
  return {
    mode,
    pings: samples.length,
    ...(times.length
      ? { p50Ms: times[Math.floor((times.length - 1) / 2)], maxMs: times[times.length - 1] }
      : {}),
    failed: samples.filter(failed).length,
    failures: samples.filter(failed).slice(0, QUOTED)
  }
}

const PING_HELP =
  'Answer /ping without waiting behind inference: run more workers than the requests an instance serves at once (gunicorn --workers, TorchServe default_workers_per_model, a model server thread pool), or serve /ping from a route that does not queue behind the model (nginx or the front server answering it, an async health handler); and check the server’s worker timeout (gunicorn --timeout) is longer than the slowest inference.'

/** `ping`: every /ping under load answered 200 within 2 s, or a finding quoting the ones that did not. */
export function pingUnderLoadVerdict(
  samples: readonly PingSample[],
  where: string
): Verdict | undefined {
  if (samples.length === 0) return undefined
  const bad = samples.filter(failed)
  const facts = pingUnderLoadFacts(samples, where)
  if (bad.length === 0) {
    return pass(
      `${samples.length} GET /ping sent while invocations ran${where} answered 200 (p50 ${facts.p50Ms} ms, slowest ${facts.maxMs} ms)`
    )
  }
  const lines = bad
    .slice(0, QUOTED)
    .map(
      s =>
        `  at ${s.atSeconds} s, while ${s.during}: ${s.error ?? `answered ${s.status}`} (${s.ms} ms)`
    )
  return fail({
    message: `${bad.length} of ${samples.length} GET /ping sent every second while invocations ran${where} did not answer 200 within 2 s. SageMaker keeps pinging an endpoint in service and takes an instance that fails out of service, so buyers' requests fail while the model is busy:\n${lines.join('\n')}`,
    help: PING_HELP
  })
}
