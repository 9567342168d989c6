// `baseline`: the JSON report of an earlier run, read back for the comparison. Only what the
// comparison uses is taken, each field checked for its type: a report of another report version, a
// foreign JSON file or a field of the wrong type is refused naming the file and the field, never
// misread. A report of an older action version that lacks a later field is read; the comparison says
// what it could not compare.

import path from 'node:path'
import { InputError, shown } from './error.js'
import { parseJsonInput } from './json-input.js'
import { readInputFile, type Roots } from './paths.js'
import { optional } from './scalars.js'

/** The report version this action writes and reads (report/json.ts). */
export const REPORT_VERSION = 1
export const TOOL_NAME = 'marketplace-ml-preflight'

/** A report with logs and many findings is a few hundred KiB; this bound only keeps a wrong file
 * (a log, an image tarball) out of memory (project choice). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024

export interface InvocationFigures {
  payload: string
  mode: 'realtime' | 'batch'
  latencyMs: number
  status?: number
  error?: string
  answerBytes?: number
  answerSha256?: string
  answerStart?: string
}

export interface FindingFigures {
  rule: string
  severity: 'error' | 'warning'
  title: string
  message: string
}

/** What a run measured that another run is compared on. */
export interface RunFigures {
  /** Compressed size in ECR. */
  imageSizeBytes?: number
  startupSeconds?: number
  peakMemoryBytes?: number
  peakCpuPercent?: number
  invocations: InvocationFigures[]
  findings: FindingFigures[]
}

export interface Baseline {
  /** The file's real path. */
  file: string
  /** The action version that wrote it (tool.version). */
  toolVersion: string
  startedAt?: string
  /** The image or resource it checked. */
  subject?: string
  figures: RunFigures
}

type Json = Record<string, unknown>

/** Reads and checks the `baseline` file; an InputError naming it and what is wrong otherwise. */
export function readBaseline(value: string, roots: Roots): Baseline {
  const hint =
    "give the report-file of an earlier run of this action (the default branch's report, downloaded as an artifact), or leave `baseline` empty"
  const { real, data } = readInputFile(
    {
      input: 'baseline',
      value,
      file: path.resolve(roots.workspace, value),
      maxBytes: MAX_REPORT_BYTES,
      hint
    },
    roots
  )
  const refuse = (why: string): never => {
    throw new InputError('baseline', `is ${real}, ${why}; ${hint}`)
  }
  const report = parseJsonInput(
    'baseline',
    `names ${real}, which is not valid JSON`,
    data.toString()
  )
  if (!isObject(report)) return refuse(`which holds ${kindOf(report)}, not a report object`)
  const tool = report.tool
  if (!isObject(tool) || tool.name !== TOOL_NAME) {
    return refuse(
      `a JSON file that is not a ${TOOL_NAME} report (its tool.name is ${isObject(tool) ? kindOf(tool.name) : 'missing'})`
    )
  }
  const toolVersion = typeof tool.version === 'string' ? tool.version : 'an unknown version'
  if (report.version !== REPORT_VERSION) {
    return refuse(
      report.version === undefined
        ? `a ${TOOL_NAME} report (${toolVersion}) without the report \`version\` field, so its fields cannot be read safely`
        : `a report of version ${shown(String(report.version), 20)} (written by ${TOOL_NAME} ${toolVersion}), which this action (report version ${REPORT_VERSION}) cannot read; compare with a report this version wrote, or run the same action version on both sides`
    )
  }
  const fields = new Fields(refuse)
  const image = fields.object(report, 'image')
  const smoke = fields.object(report, 'smokeTest')
  const resources = smoke ? fields.object(smoke, 'resources', 'smokeTest.') : undefined
  const startedAt = fields.string(report, 'startedAt')
  const subject = image
    ? (fields.string(image, 'uri', 'image.') ?? fields.string(image, 'local', 'image.'))
    : undefined
  return {
    file: real,
    toolVersion,
    ...(startedAt ? { startedAt } : {}),
    ...(subject ? { subject } : {}),
    figures: {
      imageSizeBytes: image ? fields.number(image, 'sizeBytes', 'image.') : undefined,
      startupSeconds: smoke ? fields.number(smoke, 'startupSeconds', 'smokeTest.') : undefined,
      peakMemoryBytes: resources
        ? fields.number(resources, 'peakMemoryBytes', 'smokeTest.resources.')
        : undefined,
      peakCpuPercent: resources
        ? fields.number(resources, 'peakCpuPercent', 'smokeTest.resources.')
        : undefined,
      invocations: fields
        .list(smoke ?? {}, 'invocations', 'smokeTest.')
        .map((o, i) => invocationOf(fields, o, `smokeTest.invocations[${i}].`)),
      findings: fields
        .list(report, 'findings', '')
        .map((o, i) => findingOf(fields, o, `findings[${i}].`))
    }
  }
}

function invocationOf(fields: Fields, o: Json, at: string): InvocationFigures {
  const mode = fields.string(o, 'mode', at, true)
  if (mode !== 'realtime' && mode !== 'batch') {
    return fields.wrong(`${at}mode`, o.mode, 'realtime or batch')
  }
  const optional = {
    status: fields.number(o, 'status', at),
    error: fields.string(o, 'error', at),
    answerBytes: fields.number(o, 'answerBytes', at),
    answerSha256: fields.string(o, 'answerSha256', at),
    answerStart: fields.string(o, 'answerStart', at)
  }
  return {
    payload: fields.string(o, 'payload', at, true)!,
    mode,
    latencyMs: fields.number(o, 'latencyMs', at, true)!,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined))
  }
}

function findingOf(fields: Fields, o: Json, at: string): FindingFigures {
  const severity = fields.string(o, 'severity', at, true)
  if (severity !== 'error' && severity !== 'warning') {
    return fields.wrong(`${at}severity`, o.severity, 'error or warning')
  }
  return {
    rule: fields.string(o, 'rule', at, true)!,
    severity,
    title: fields.string(o, 'title', at) ?? '',
    message: fields.string(o, 'message', at, true)!
  }
}

/** Typed reads of a report's fields; a field of the wrong type refuses the file, naming the field. */
class Fields {
  constructor(private readonly refuse: (why: string) => never) {}

  wrong(field: string, value: unknown, expected: string): never {
    return this.refuse(`whose ${field} is ${kindOf(value)} where ${expected} is expected`)
  }

  number(o: Json, key: string, at = '', required = false): number | undefined {
    const v = o[key]
    if (v === undefined && !required) return undefined
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      return this.wrong(`${at}${key}`, v, 'a number of 0 or more')
    }
    return v
  }

  string(o: Json, key: string, at = '', required = false): string | undefined {
    const v = o[key]
    if (v === undefined && !required) return undefined
    return typeof v === 'string' ? v : this.wrong(`${at}${key}`, v, 'a string')
  }

  object(o: Json, key: string, at = ''): Json | undefined {
    const v = o[key]
    if (v === undefined) return undefined
    return isObject(v) ? v : this.wrong(`${at}${key}`, v, 'an object')
  }

  /** A list of objects; absent is empty. */
  list(o: Json, key: string, at: string): Json[] {
    const v = o[key]
    if (v === undefined) return []
    if (!Array.isArray(v)) return this.wrong(`${at}${key}`, v, 'a list')
    return v.map((e, i) => (isObject(e) ? e : this.wrong(`${at}${key}[${i}]`, e, 'an object')))
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** What a value is, for an error: its type, and a short number or string (never a long text). */
function kindOf(v: unknown): string {
  if (v === undefined) return 'missing'
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'string') return `the string ${shown(v, 40)}`
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`
  return `an ${typeof v}`
}

/** Past this a regression threshold turns the rule off in all but name; `ignore` says that plainly. */
const MAX_REGRESSION_PERCENT = 1000

/** `baseline` and the threshold it is judged with. */
export function readComparison(
  get: (name: string) => string,
  value: (name: string) => string,
  roots: Roots
): { baseline?: Baseline; regressionThresholdPercent: number } {
  const threshold = value('regression-threshold')
  const percent = Number(threshold.replace(/\s*%$/, ''))
  if (!/^\d+(\.\d+)?\s*%?$/.test(threshold) || percent > MAX_REGRESSION_PERCENT) {
    throw new InputError(
      'regression-threshold',
      `is ${shown(threshold)}; expected a percentage from 0 to ${MAX_REGRESSION_PERCENT} such as 25 (ignore: regression turns the warning off)`
    )
  }
  const file = optional(get, 'baseline')
  return {
    regressionThresholdPercent: percent,
    ...(file ? { baseline: readBaseline(file, roots) } : {})
  }
}
