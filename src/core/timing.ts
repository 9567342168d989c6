// Waiting with bounds: every wait in the preflight ends by itself, or when the run is cancelled.

/** `p`, unless `signal` aborts first: then its reason. Leaves no listener behind. */
export async function unlessAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  signal.throwIfAborted()
  let onAbort: (() => void) | undefined
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason)
        signal.addEventListener('abort', onAbort, { once: true })
      })
    ])
  } finally {
    signal.removeEventListener('abort', onAbort!)
  }
}

/**
 * Waits for `p` at most `ms`: its value, or undefined when time ran out; rejects with the abort
 * reason when `signal` aborts first. Leaves no timer behind.
 */
export async function within<T>(
  p: Promise<T>,
  ms: number,
  signal?: AbortSignal
): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const bounded = Promise.race([
    p,
    new Promise<undefined>(resolve => (timer = setTimeout(() => resolve(undefined), ms)))
  ])
  try {
    return await (signal ? unlessAborted(bounded, signal) : bounded)
  } finally {
    clearTimeout(timer)
  }
}
