// Which addresses the container listens on. The probe reaches 127.0.0.1 inside the container, but
// SageMaker's health check and requests come from outside it: a server bound to loopback only answers
// the probe and never SageMaker. The kernel's socket tables (/proc/<pid>/net/tcp, tcp6) say which.

import { readFile } from 'node:fs/promises'
import { docker } from './command.js'

export interface Listener {
  address: string
  port: number
}

const LISTEN = '0A'

/** The listening sockets in a /proc/net/tcp or tcp6 table (addresses in the kernel's hex form). */
export function parseListeners(table: string): Listener[] {
  const out: Listener[] = []
  for (const line of table.split('\n').slice(1)) {
    const [, local, , state] = line.trim().split(/\s+/)
    const m = /^([0-9A-Fa-f]{8}|[0-9A-Fa-f]{32}):([0-9A-Fa-f]{4})$/.exec(local ?? '')
    if (!m || state !== LISTEN) continue
    out.push({ address: addressOf(m[1]), port: parseInt(m[2], 16) })
  }
  return out
}

/** Each 32-bit word is in host (little-endian) byte order. */
function addressOf(hex: string): string {
  const bytes = (hex.match(/.{8}/g) ?? []).flatMap(word => [...Buffer.from(word, 'hex').reverse()])
  if (bytes.length === 4) return bytes.join('.')
  const groups: string[] = []
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16))
  // the URL parser writes IPv6 in its canonical short form (::1, ::ffff:7f00:1)
  return new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1)
}

export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:7f/.test(address)
}

/**
 * The loopback addresses a port is bound to, when it is bound to loopback only; undefined when
 * something listens on it where SageMaker can reach it (or nothing listens on it at all).
 */
export function loopbackOnly(listeners: Listener[], port: number): string[] | undefined {
  const on = listeners.filter(l => l.port === port)
  if (on.length === 0 || !on.every(l => isLoopback(l.address))) return undefined
  return on.map(l => (l.address.includes(':') ? `[${l.address}]:${port}` : `${l.address}:${port}`))
}

/**
 * The container's listening sockets: through the host's /proc when this process may read it, else
 * `docker exec cat` inside the container. Undefined when neither works (the check is then skipped).
 */
export async function readListeners(
  pid: number,
  container: string,
  env: NodeJS.ProcessEnv
): Promise<Listener[] | undefined> {
  const tables = ['tcp', 'tcp6']
  try {
    const texts = await Promise.all(
      tables.map(t => readFile(`/proc/${pid}/net/${t}`, 'utf8').catch(noTable))
    )
    return texts.flatMap(parseListeners)
  } catch {
    const r = await docker(['exec', container, 'cat', '/proc/net/tcp', '/proc/net/tcp6'], {
      env,
      timeoutMs: 10000
    })
    // cat reads both files even when one is missing (IPv6 disabled), and exits 1
    if (!r.stdout.includes('local_address')) return undefined
    return r.stdout.split(/\n(?=\s*sl\s)/).flatMap(parseListeners)
  }
}

/** A kernel without IPv6 has no tcp6 table; any other error means /proc is not readable. */
function noTable(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return ''
  throw err
}
