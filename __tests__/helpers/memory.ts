// The most this process's memory grew while `fn` ran: its resident set sampled every 10 ms, so a
// surge that is freed again before `fn` returns still counts.

export async function peakRssGrowth<T>(fn: () => Promise<T>): Promise<{ result: T; grew: number }> {
  const before = process.memoryUsage().rss
  let peak = before
  const sample = (): void => void (peak = Math.max(peak, process.memoryUsage().rss))
  const sampler = setInterval(sample, 10)
  try {
    const result = await fn()
    sample()
    return { result, grew: peak - before }
  } finally {
    clearInterval(sampler)
  }
}
