import { rmSync } from 'node:fs'

export default function teardown() {
  const dir = process.env.PREFLIGHT_TEST_TMPDIR
  if (!dir) return
  try {
    rmSync(dir, { recursive: true, force: true })
  } catch (err) {
    // files a container wrote as root, on a machine where the tests do not run as root
    console.warn(`Could not remove the tests' temporary directory ${dir}: ${err.message}`)
  }
}
