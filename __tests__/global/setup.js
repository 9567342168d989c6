// The tests make many temporary directories; they all go under one per-run TMPDIR, which the
// workers inherit and teardown.js removes, so a test run leaves nothing in /tmp. The run ids the
// tests label containers with are recorded in it too (helpers/container-runs.ts).
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup() {
  process.env.PREFLIGHT_TEST_TMPDIR = mkdtempSync(path.join(tmpdir(), 'preflight-tests-'))
  process.env.TMPDIR = process.env.PREFLIGHT_TEST_TMPDIR
  process.env.PREFLIGHT_TEST_RUN_IDS = path.join(process.env.PREFLIGHT_TEST_TMPDIR, 'run-ids')
  mkdirSync(process.env.PREFLIGHT_TEST_RUN_IDS)
}
