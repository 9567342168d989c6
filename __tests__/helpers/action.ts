// Runs the action the way the runner does: the ncc bundles of src/action/index.ts and src/action/post.ts (built
// from the current sources into a temporary directory, cached by their hash), INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, a run id for the container labels.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { recordRunId } from './container-runs.js'

const exec = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

function sourceHash(): string {
  const hash = createHash('sha256')
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name)
    )) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else hash.update(p).update(readFileSync(p))
    }
  }
  walk(path.join(root, 'src'))
  hash.update(readFileSync(path.join(root, 'package-lock.json')))
  return hash.digest('hex').slice(0, 16)
}

/** The action's main and post bundles for the current sources; built once per source hash. */
export async function buildActionBundles(): Promise<{ main: string; post: string }> {
  const dir = path.join(tmpdir(), `marketplace-ml-preflight-bundle-${sourceHash()}`)
  const bundles = { main: path.join(dir, 'index.js'), post: path.join(dir, 'post', 'index.js') }
  if (existsSync(bundles.post)) return bundles
  const work = `${dir}.${process.pid}`
  const ncc = path.join(root, 'node_modules', '.bin', 'ncc')
  const builds = await Promise.allSettled([
    exec(ncc, ['build', 'src/action/index.ts', '-o', work, '-q'], { cwd: root, timeout: 600000 }),
    exec(ncc, ['build', 'src/action/post.ts', '-o', `${work}/post`, '-q'], {
      cwd: root,
      timeout: 600000
    })
  ])
  const failed = builds.find(b => b.status === 'rejected')
  if (failed) {
    rmSync(work, { recursive: true, force: true })
    throw failed.reason
  }
  // bundles of earlier sources are of no more use
  for (const old of readdirSync(tmpdir())) {
    if (/^marketplace-ml-preflight-bundle-[0-9a-f]{16}$/.test(old)) {
      rmSync(path.join(tmpdir(), old), { recursive: true, force: true })
    }
  }
  renameSync(work, dir)
  return bundles
}

export interface ActionRun {
  /** GITHUB_RUN_ID and friends: the value of the marketplace-ml-preflight.run label. */
  runId: string
  env: NodeJS.ProcessEnv
  dir: string
  outputFile: string
  summaryFile: string
}

/** A runner environment for one action run: INPUT_* from `inputs`, nothing of this process's own. */
export function runnerEnv(inputs: Record<string, string>, workspace: string): ActionRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-runner-'))
  const id = `faults${randomBytes(4).toString('hex')}`
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    GITHUB_RUN_ID: id,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'preflight',
    GITHUB_ACTION: '__marketplace-ml-preflight',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    RUNNER_TEMP: dir
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  recordRunId(env)
  // the runner creates both files before the step; @actions/core refuses to create them
  writeFileSync(env.GITHUB_OUTPUT!, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '')
  return {
    runId: `${id}-1-preflight-__marketplace-ml-preflight`,
    env,
    dir,
    outputFile: env.GITHUB_OUTPUT!,
    summaryFile: env.GITHUB_STEP_SUMMARY!
  }
}

export interface Exited {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  seconds: number
  /** Peak resident memory of the node process (VmHWM), in bytes. */
  peakRssBytes: number
}

export interface Spawned {
  child: ChildProcess
  exited: Promise<Exited>
}

/** Starts `node BUNDLE` in `cwd`, sampling its peak resident memory until it exits. */
export function spawnBundle(bundle: string, env: NodeJS.ProcessEnv, cwd: string): Spawned {
  const start = performance.now()
  const child = spawn(process.execPath, [bundle], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()))
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
  let peakRssBytes = 0
  const sample = (): void => {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]
      if (kb) peakRssBytes = Math.max(peakRssBytes, Number(kb) * 1024)
    } catch {
      // exited between two samples: the last sample stands
    }
  }
  const sampler = setInterval(sample, 50)
  const exited = new Promise<Exited>(resolve => {
    child.on('close', (code, signal) => {
      clearInterval(sampler)
      resolve({
        code,
        signal,
        stdout,
        stderr,
        seconds: (performance.now() - start) / 1000,
        peakRssBytes
      })
    })
  })
  return { child, exited }
}

/** Runs a bundle to completion. */
export function runBundle(bundle: string, env: NodeJS.ProcessEnv, cwd: string): Promise<Exited> {
  return spawnBundle(bundle, env, cwd).exited
}

/** Containers (running or not) labelled with this run id. */
export async function runContainers(runId: string, only: 'all' | 'running' = 'all') {
  const args = ['ps', '-q', '--filter', `label=marketplace-ml-preflight.run=${runId}`]
  if (only === 'all') args.splice(1, 0, '-a')
  const { stdout } = await exec('docker', args)
  return stdout.split('\n').filter(Boolean)
}

/** The action's outputs as written to GITHUB_OUTPUT (name<<delimiter … delimiter blocks). */
export function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!existsSync(file)) return out
  const text = readFileSync(file, 'utf8')
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3]
  return out
}

/** Waits for `test` to hold, checking every 100 ms; fails after `ms`. */
export async function until(what: string, test: () => Promise<boolean>, ms = 20000): Promise<void> {
  const deadline = performance.now() + ms
  while (!(await test())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(r => setTimeout(r, 100))
  }
}

/**
 * Waits until the run's one container runs alone: the image's files, read from a created container
 * while it starts, are read, so killing the run now leaves exactly that container.
 */
export function untilServing(runId: string): Promise<void> {
  return until('the container to run alone', async () => {
    const [all, running] = await Promise.all([
      runContainers(runId),
      runContainers(runId, 'running')
    ])
    return all.length === 1 && running.length === 1
  })
}

/** A line of a stack trace, which the seller must never see. */
export const STACK_LINE = /^\s+at \S/m
