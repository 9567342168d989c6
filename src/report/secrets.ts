// Values the run knows to be secret, kept out of everything it writes. The runner masks registered
// secrets in its own log only: not in the report, SARIF or PR comment, and not in the job summary
// once its text is escaped. A container can print the runner's environment (a failure file linked
// to /proc/self/environ), so every string goes through here before it leaves the process.

import type { Logger } from '../core/context.js'

/** Shorter values are words ("true", a Region), not credentials; redacting them would garble text. */
export const MIN_SECRET_LENGTH = 8
/** A token cut short (a truncated failure file, a log line) still leaks its start: a run of this many
 * characters of a known credential is redacted too. */
const MIN_PREFIX = 12
export const REDACTED = '***'

/** Credentials of the runner and of AWS, whatever their value looks like. */
const KNOWN = [
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_ACCESS_KEY_ID'
]
/** Any other variable named like a credential (INPUT_GITHUB-TOKEN, NPM_TOKEN, DB_PASSWORD, SSH_KEY…). */
const SECRET_NAME = /TOKEN|SECRET|PASSW|KEY|CREDENTIAL|PRIVATE|AUTH(?!OR)/i

interface Secret {
  value: string
  /** Also redact a truncated copy (known credentials only: a guessed one may be a common path). */
  prefixes: boolean
}

export class Secrets {
  private constructor(private readonly secrets: Secret[]) {}

  /** The secrets in `env`, plus explicit ones such as the `github-token` input. */
  static from(env: NodeJS.ProcessEnv, explicit: (string | undefined)[] = []): Secrets {
    const found = new Map<string, boolean>()
    const add = (value: string | undefined, prefixes: boolean): void => {
      // a multi-line secret (a private key) may show one line at a time
      for (const v of [value ?? '', ...(value ?? '').split(/\r?\n/).map(l => l.trim())]) {
        if (v.length >= MIN_SECRET_LENGTH) found.set(v, prefixes || (found.get(v) ?? false))
      }
    }
    for (const v of explicit) add(v, true)
    for (const name of KNOWN) add(env[name], true)
    for (const [name, v] of Object.entries(env)) if (SECRET_NAME.test(name)) add(v, false)
    // longest first, so a secret containing another is redacted whole
    const secrets = [...found]
      .map(([value, prefixes]) => ({ value, prefixes }))
      .sort((a, b) => b.value.length - a.value.length)
    return new Secrets(secrets)
  }

  /** The values, for core.setSecret. */
  values(): string[] {
    return this.secrets.map(s => s.value)
  }

  /** A copy with every string (keys too, at any depth) redacted. */
  redact<T>(value: T): T {
    if (typeof value === 'string') return this.text(value) as T
    if (Array.isArray(value)) return value.map(v => this.redact(v)) as T
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [this.text(k), this.redact(v)])
      ) as T
    }
    return value
  }

  /** The same logger, with every line redacted. */
  logger(log: Logger): Logger {
    return {
      info: m => log.info(this.text(m)),
      warning: m => log.warning(this.text(m)),
      debug: m => log.debug(this.text(m)),
      group: (name, fn) => log.group(this.text(name), fn)
    }
  }

  private text(s: string): string {
    for (const { value, prefixes } of this.secrets) {
      if (s.includes(value)) s = s.split(value).join(REDACTED)
      if (prefixes) s = redactPrefixes(s, value)
    }
    return s
  }
}

/** Redacts each run of MIN_PREFIX or more characters that starts `secret` (a truncated copy). */
function redactPrefixes(s: string, secret: string): string {
  const head = secret.slice(0, MIN_PREFIX)
  if (head.length < MIN_PREFIX) return s
  let out = ''
  let from = 0
  for (let at = s.indexOf(head); at !== -1; at = s.indexOf(head, from)) {
    let end = at + MIN_PREFIX
    while (end < s.length && end - at < secret.length && s[end] === secret[end - at]) end++
    out += s.slice(from, at) + REDACTED
    from = end
  }
  return out + s.slice(from)
}
