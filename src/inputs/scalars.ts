// The scalar inputs: sizes, lists, booleans, tri-states, seconds and GB, each parsed with an error
// that names the input and the value expected.

import { InputError, shown } from './error.js'

export type Tristate = 'auto' | 'true' | 'false'

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
}

/** Bounds of a size input; the defaults only keep a number finite and meaningful. */
export interface SizeRange {
  min: number
  max: number
}
const ANY_SIZE: SizeRange = { min: 1, max: 1024 ** 5 }

export function parseSize(input: string, value: string, range: SizeRange = ANY_SIZE): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value)
  const unit = m ? (m[2] || 'b').toLowerCase() : ''
  if (!m || !(unit in SIZE_UNITS)) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a size such as 10GiB, 800MB or 5368709120 (units: B, KB, MB, GB, KiB, MiB, GiB)`
    )
  }
  const bytes = Math.round(Number(m[1]) * SIZE_UNITS[unit])
  // 400 digits make Infinity, which no comparison can ever exceed
  if (!Number.isFinite(bytes) || bytes < range.min || bytes > range.max) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a size between ${sizeName(range.min)} and ${sizeName(range.max)}`
    )
  }
  return bytes
}

/** The largest binary unit that divides `bytes`, for the bounds named in errors. */
function sizeName(bytes: number): string {
  const units: [string, number][] = [
    ['PiB', 1024 ** 5],
    ['TiB', 1024 ** 4],
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024]
  ]
  const [name, size] = units.find(([, size]) => bytes % size === 0) ?? ['B', 1]
  return `${bytes / size} ${name}`
}

/** Comma- or newline-separated values, trimmed, empty entries dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
}

export function parseBoolean(input: string, value: string): boolean {
  if (/^(true|yes|1)$/i.test(value)) return true
  if (/^(false|no|0)$/i.test(value)) return false
  throw new InputError(input, `is ${shown(value)}; expected true or false`)
}

export function parseTristate(input: string, value: string): Tristate {
  const v = value.toLowerCase()
  if (v === 'auto' || v === 'true' || v === 'false') return v
  throw new InputError(input, `is ${shown(value)}; expected auto, true or false`)
}

/** Timeouts: whole or fractional seconds from 1 (below a second nothing can start or answer). */
export function parseSeconds(input: string, value: string, max: number): number {
  const n = Number(value)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || n < 1 || n > max) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a number of seconds between 1 and ${max}`
    )
  }
  return n
}

/** gp2, the only ML storage volume type SageMaker training uses, holds at most 16 TiB. */
const MAX_VOLUME_GB = 16384

/** `training-volume-size`: GB, fractions allowed (a test writes megabytes, not gigabytes). */
export function parseVolumeGB(input: string, value: string): number {
  const n = Number(value)
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || n <= 0 || n > MAX_VOLUME_GB) {
    throw new InputError(
      input,
      `is ${shown(value)}; expected a number of GB above 0 and up to ${MAX_VOLUME_GB}, such as 30 or 0.5`
    )
  }
  return n
}

/** A whole number from 1 to `max` (`training-instance-count`). */
export function parseCount(input: string, value: string, max: number): number {
  const n = Number(value)
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > max) {
    throw new InputError(input, `is ${shown(value)}; expected a whole number from 1 to ${max}`)
  }
  return n
}

/** The input's value, trimmed; undefined when not given. */
export function optional(get: (name: string) => string, name: string): string | undefined {
  const v = get(name).trim()
  return v === '' ? undefined : v
}
