import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

// stderr kept back: `rm -f` of a container its run removed meanwhile says so, yet succeeds
const docker = args =>
  execFileSync('docker', args, {
    encoding: 'utf8',
    timeout: 60000,
    stdio: ['ignore', 'pipe', 'pipe']
  })

// What is removed, in this order: containers (with their anonymous volumes) first, as they hold
// volumes and networks.
const KINDS = [
  { kind: 'container', list: ['ls', '-a'], id: '.ID', remove: ['rm', '-f', '-v'] },
  { kind: 'volume', list: ['ls'], id: '.Name', remove: ['rm', '-f'] },
  { kind: 'network', list: ['ls'], id: '.ID', remove: ['rm'] }
]

/** Removes everything labelled with a run id the tests recorded (helpers/container-runs.ts): what a
 * test that timed out left running, since its own clean-up never ran. */
function removeLabelled(dir) {
  const runs = new Map() // label name → the run ids recorded under it
  for (const file of readdirSync(dir)) {
    const [name, id] = readFileSync(path.join(dir, file), 'utf8').split(/=(.*)/s)
    runs.set(name, (runs.get(name) ?? new Set()).add(id))
  }
  for (const { kind, list, id, remove } of KINDS) {
    const left = [...runs].flatMap(([name, ids]) =>
      docker([
        kind,
        ...list,
        '--filter',
        `label=${name}`,
        '--format',
        `{{${id}}}\t{{.Label "${name}"}}`
      ])
        .split('\n')
        .map(line => line.split('\t'))
        .filter(([, run]) => ids.has(run))
        .map(([object]) => object)
    )
    if (!left.length) continue
    console.warn(`The tests left ${left.length} ${kind}(s) behind; removing ${left.join(' ')}`)
    docker([kind, ...remove, ...left])
  }
}

export default function teardown() {
  const dir = process.env.PREFLIGHT_TEST_TMPDIR
  if (!dir) return
  try {
    removeLabelled(process.env.PREFLIGHT_TEST_RUN_IDS)
  } catch (err) {
    console.warn(`Could not remove what the tests left in Docker: ${err.message}`)
  }
  try {
    rmSync(dir, { recursive: true, force: true })
  } catch (err) {
    // files a container wrote as root, on a machine where the tests do not run as root
    console.warn(`Could not remove the tests' temporary directory ${dir}: ${err.message}`)
  }
}
