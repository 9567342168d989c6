// The tests make many temporary directories; they all go under one per-run TMPDIR, which the
// workers inherit and teardown.js removes, so a test run leaves nothing in /tmp.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup() {
  process.env.PREFLIGHT_TEST_TMPDIR = mkdtempSync(path.join(tmpdir(), 'preflight-tests-'))
  process.env.TMPDIR = process.env.PREFLIGHT_TEST_TMPDIR
}
