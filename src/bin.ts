#!/usr/bin/env node
// The CLI's entry point (bundled to dist/cli/index.js); everything else lives in cli.ts.
import { cli } from './cli.js'

process.exitCode = await cli(process.argv.slice(2), process.env, {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  isTTY: process.stdout.isTTY,
  stderrColumns: process.stderr.isTTY ? process.stderr.columns || 80 : undefined
})
