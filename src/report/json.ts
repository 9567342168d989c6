// The JSON report (version 1, product-spec.md): the machine-readable result of a run.

import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunFacts } from '../core/context.js'
import type { Check, Finding } from '../core/findings.js'
import { VERSION } from '../core/version.js'
import type { Comparison } from './comparison.js'
import { REPORT_VERSION, TOOL_NAME } from '../inputs/baseline.js'

export interface Report {
  /** REPORT_VERSION (inputs/baseline.ts): a baseline of another version is refused. */
  version: typeof REPORT_VERSION
  tool: { name: string; version: string }
  result: 'pass' | 'fail'
  startedAt: string
  durationMs: number
  errors: number
  warnings: number
  region?: RunFacts['region']
  sellerAccountIds?: string[]
  image?: RunFacts['image']
  trainingImage?: RunFacts['trainingImage']
  resources?: RunFacts['resources']
  checks: Check[]
  findings: Finding[]
  runner?: RunFacts['runner']
  smokeTest?: RunFacts['smokeTest']
  training?: RunFacts['training']
  validation?: RunFacts['validation']
  awsValidation?: RunFacts['awsValidation']
  listingValidation?: RunFacts['listingValidation']
  containerNotRun?: RunFacts['containerNotRun']
  /** This run against `baseline` (an earlier report). */
  comparison?: Comparison
}

export function buildReport(args: {
  started: Date
  result: 'pass' | 'fail'
  checks: Check[]
  findings: Finding[]
  facts: RunFacts
  comparison?: Comparison
}): Report {
  const { facts } = args
  return {
    version: REPORT_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    result: args.result,
    startedAt: args.started.toISOString(),
    durationMs: Date.now() - args.started.getTime(),
    errors: args.findings.filter(f => f.severity === 'error').length,
    warnings: args.findings.filter(f => f.severity === 'warning').length,
    ...(facts.region ? { region: facts.region } : {}),
    ...(facts.sellerAccountIds ? { sellerAccountIds: facts.sellerAccountIds } : {}),
    ...(facts.image ? { image: facts.image } : {}),
    ...(facts.trainingImage ? { trainingImage: facts.trainingImage } : {}),
    ...(facts.resources.length ? { resources: facts.resources } : {}),
    checks: args.checks,
    findings: args.findings,
    ...(facts.runner ? { runner: facts.runner } : {}),
    ...(facts.smokeTest ? { smokeTest: facts.smokeTest } : {}),
    ...(facts.training ? { training: facts.training } : {}),
    ...(facts.validation ? { validation: facts.validation } : {}),
    ...(facts.awsValidation ? { awsValidation: facts.awsValidation } : {}),
    ...(facts.listingValidation ? { listingValidation: facts.listingValidation } : {}),
    ...(facts.containerNotRun ? { containerNotRun: facts.containerNotRun } : {}),
    ...(args.comparison ? { comparison: args.comparison } : {})
  }
}

/** What the run checked, to tell apart the reports, comments and alerts of a matrix of images. */
export function reportSubject(report: Report): string | undefined {
  return (
    report.image?.uri ??
    report.image?.local ??
    report.trainingImage?.uri ??
    report.resources?.[0]?.arn ??
    report.smokeTest?.image
  )
}

/** "Passed" said of a run that ran no container would read as a tested container. */
export function verdictWord(report: Report): string {
  if (report.result === 'fail') return 'Failed'
  return report.containerNotRun ? 'Passed without running the container' : 'Passed'
}

/** What the smoke test served at /opt/ml/model (smokeTest.modelData), in words. */
export function modelServed(report: Report): string | undefined {
  const served = report.smokeTest?.modelData
  if (served === 'image')
    return "the image's own /opt/ml/model (no model data given: nothing mounted)"
  if (served === 'training') return 'the model `train` left in /opt/ml/model'
  return served
}

export async function writeReport(report: Report, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
}
