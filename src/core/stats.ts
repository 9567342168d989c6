// Figures over a run's samples, shared by the smoke test (latency under concurrency) and the report
// (the comparison with a baseline, the listing evidence).

/** The nearest-rank percentile `p` (0–100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
