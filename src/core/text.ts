// Small text helpers every layer shares: sizes for people, and cutting long text to a length.

export const MiB = 1024 * 1024

/** 1536 -> "1.5 KiB": binary units, one decimal below 100. */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${i === 0 ? v : v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`
}

/** `s` cut to `max` characters, marked with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}

/** `s` on one line: runs of white space, newlines included, become one space. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
