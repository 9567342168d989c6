import { dropWorkflowDebug } from '../src/cli/terminal.js'

// Every test runs offline: no credentials from the developer's machine, no instance-metadata probe.
process.env.AWS_EC2_METADATA_DISABLED = 'true'
for (const name of [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN'
]) {
  delete process.env[name]
}
process.env.AWS_CONFIG_FILE = '/nonexistent/aws-config'
process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws-credentials'

// Nor anything of the GitHub runner that may run the tests (the tests that want a runner build its
// environment): its run id would label every jest worker's containers alike (src/docker/labels.ts),
// and its GITHUB_OUTPUT and step summary are not the tests' to write.
for (const name of Object.keys(process.env)) {
  if (/^(GITHUB|RUNNER)_/.test(name)) delete process.env[name]
}

// @actions/glob logs through the real @actions/core, whose `::debug::` lines would flood the test
// output; the CLI drops them the same way. Tests that read debug lines read a Logger or the mocked
// core (fixtures/core.ts), never this process's stdout. Once per worker: the stream outlives a file.
const DROPPING = Symbol.for('preflight-tests.drop-workflow-debug')
const stdout = process.stdout as typeof process.stdout & { [DROPPING]?: true }
if (!stdout[DROPPING]) {
  dropWorkflowDebug(stdout, process.env)
  stdout[DROPPING] = true
}
