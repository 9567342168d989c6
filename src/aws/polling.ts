// Waiting on AWS for minutes or hours (SageMaker's validation, the catalog's check of a change set):
// a jittered, growing delay between polls, throttling ridden out, cancellation and a time limit honoured.

function isThrottling(err: unknown): boolean {
  const name = (err as { name?: string } | undefined)?.name ?? ''
  return /Throttl|TooManyRequests|RequestLimitExceeded/.test(name)
}

/** Up to ±20 % around the delay, so many runs polling at once do not throttle each other in step. */
function jittered(ms: number): number {
  return Math.round(ms * (0.8 + Math.random() * 0.4))
}

/** Sleeps `ms`; false when the time limit passed first; throws when the run was cancelled. */
function sleep(ms: number, cancel: AbortSignal, timeout: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    if (cancel.aborted) return reject(cancel.reason)
    if (timeout.aborted) return resolve(false)
    const done = (): void => {
      clearTimeout(timer)
      cancel.removeEventListener('abort', onCancel)
      timeout.removeEventListener('abort', onTimeout)
    }
    const onCancel = (): void => {
      done()
      reject(cancel.reason)
    }
    const onTimeout = (): void => {
      done()
      resolve(false)
    }
    const timer = setTimeout(() => {
      done()
      resolve(true)
    }, ms)
    cancel.addEventListener('abort', onCancel)
    timeout.addEventListener('abort', onTimeout)
  })
}

export interface PollTiming {
  /** The first wait between two describes; it grows to maxPollMs. */
  pollMs: number
  maxPollMs: number
  /** A progress line at least this often while nothing changes. */
  progressEveryMs: number
}

export interface Poll<T> {
  signal: AbortSignal
  /** The seller's limit on the wait: past it the last answer is returned, timed out. */
  timeout: AbortSignal
  timing: PollTiming
  describe: () => Promise<T>
  done: (answer: T) => boolean
  /** The progress line for an answer, ending ", N min". */
  progress: (answer: T, elapsedMs: number) => string
  log: (line: string) => void
  /** The service's name in the line said when it throttles ("SageMaker"). */
  service: string
}

/** Describes until `done`, the time limit (timedOut) or cancellation (which throws). */
export async function pollUntil<T>(p: Poll<T>): Promise<{ last?: T; timedOut: boolean }> {
  const start = Date.now()
  let delay = p.timing.pollMs
  let last: T | undefined
  let lastLine = ''
  let lastLogged = 0
  for (;;) {
    try {
      last = await p.describe()
    } catch (err) {
      if (p.signal.aborted || !isThrottling(err)) throw err
      // the SDK's own retries were not enough: wait longer, the status is not going anywhere
      delay = Math.min(delay * 2, p.timing.maxPollMs)
      p.log(
        `${p.service} throttled the status check; asking again in ${Math.round(delay / 1000)} s`
      )
    }
    if (last !== undefined && p.done(last)) return { last, timedOut: false }
    if (last !== undefined) {
      const line = p.progress(last, Date.now() - start)
      const same = line.replace(/, \d+ min$/, '') === lastLine
      if (!same || Date.now() - lastLogged >= p.timing.progressEveryMs) {
        p.log(line)
        lastLine = line.replace(/, \d+ min$/, '')
        lastLogged = Date.now()
      }
    }
    if (!(await sleep(jittered(delay), p.signal, p.timeout))) return { last, timedOut: true }
    delay = Math.min(Math.round(delay * 1.5), p.timing.maxPollMs)
  }
}
