// SageMaker ml.* instance types from the embedded table (src/catalog/data/instance-types.json, which names
// its source): what a container gets on each type, and the hardware the image must suit.

import table from './data/instance-types.json' with { type: 'json' }

export type Accelerator = 'none' | 'nvidia' | 'neuron'
export type Architecture = 'x86_64' | 'arm64'

export interface InstanceType {
  name: string
  /** ml.g4dn for ml.g4dn.xlarge: drivers and architectures are decided per family. */
  family: string
  vcpus: number
  memoryGiB: number
  /** GPUs, or Inferentia/Trainium chips; 0 on CPU types. */
  accelerators: number
  accelerator: Accelerator
  acceleratorModel?: string
  architecture: Architecture
}

interface Family {
  accelerator: string
  architecture: string
  acceleratorModel?: string
  sizes: Record<string, number[]>
}

const FAMILIES = table.families as Record<string, Family>

export const INSTANCE_TABLE_SOURCE = table.source

const ALL: InstanceType[] = Object.entries(FAMILIES).flatMap(([family, f]) =>
  Object.entries(f.sizes).map(([size, [vcpus, memoryGiB, accelerators]]) => ({
    name: `${family}.${size}`,
    family,
    vcpus,
    memoryGiB,
    accelerators,
    accelerator: f.accelerator as Accelerator,
    ...(f.acceleratorModel ? { acceleratorModel: f.acceleratorModel } : {}),
    architecture: f.architecture as Architecture
  }))
)
const BY_NAME = new Map(ALL.map(t => [t.name, t]))

export function findInstanceType(name: string): InstanceType | undefined {
  return BY_NAME.get(name.trim().toLowerCase())
}

/** The table's names closest to a mistyped one (edit distance), best first. */
export function closeInstanceTypes(name: string, count = 3): string[] {
  const wanted = name.trim().toLowerCase()
  const withPrefix = wanted.startsWith('ml.') ? wanted : `ml.${wanted}`
  return ALL.map(t => ({ name: t.name, d: distance(withPrefix, t.name) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, count)
    .map(t => t.name)
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = row
  }
  return prev[b.length]
}
