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
