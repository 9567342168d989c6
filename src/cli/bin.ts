#!/usr/bin/env node
// The CLI's entry point (bundled to dist/cli/index.js); everything else lives in cli.ts.
import { cli } from './main.js'
import { dropWorkflowDebug } from './terminal.js'

process.exitCode = await cli(process.argv.slice(2), process.env, {
  stdout: dropWorkflowDebug(process.stdout, process.env),
  stderr: text => process.stderr.write(text),
  isTTY: process.stdout.isTTY,
  stderrColumns: process.stderr.isTTY ? process.stderr.columns || 80 : undefined
})
