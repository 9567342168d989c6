#!/usr/bin/env bash
# Runs the committed bundle the way the runner does (node24, INPUT_* variables, GITHUB_OUTPUT and
# GITHUB_STEP_SUMMARY files) and asserts on what it writes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node24="$("$root/scripts/node24.sh")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
digest="sha256:$(printf 'a%.0s' $(seq 64))"
failures=0
total=0

# run NAME EXPECTED_EXIT INPUT=VALUE...
run() {
  local name="$1" expected="$2"
  shift 2
  : >"$work/output"; : >"$work/summary"
  set +e
  env -i PATH="$PATH" HOME="$work" AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent \
    GITHUB_OUTPUT="$work/output" GITHUB_STEP_SUMMARY="$work/summary" RUNNER_TEMP="$work" \
    INPUT_SMOKE-TEST=false "$@" "$node24" "$root/dist/index.js" >"$work/stdout" 2>&1
  local code=$?
  set -e
  total=$((total + 1))
  if [ "$code" != "$expected" ]; then
    echo "dist-smoke: $name exited $code, expected $expected"; cat "$work/stdout"; failures=$((failures + 1))
  fi
}

# expect NAME PATTERN FILE
expect() {
  total=$((total + 1))
  if ! grep -q -- "$2" "$work/$3"; then
    echo "dist-smoke: $1: '$2' not found in $3"; cat "$work/$3"; failures=$((failures + 1))
  fi
}

run opt-in-region 1 "INPUT_IMAGE=111122223333.dkr.ecr.af-south-1.amazonaws.com/m@$digest" "INPUT_SARIF-FILE=$work/preflight.sarif"
expect opt-in-region '"ruleId": "region-eligibility"' preflight.sarif
expect opt-in-region '^fail$' output
expect opt-in-region '^::error title=region-eligibility' stdout
expect opt-in-region '<code>region-eligibility</code>' summary
grep -q '"rule": "region-eligibility"' "$work/marketplace-preflight.json" || { echo "dist-smoke: report file missing"; failures=$((failures + 1)); }

run eligible-region 0 "INPUT_IMAGE=111122223333.dkr.ecr.us-east-2.amazonaws.com/m@$digest"
expect eligible-region '^pass$' output
expect eligible-region "^$digest\$" output
grep -q '"rule": "ecr-ownership",' -A1 "$work/marketplace-preflight.json" && \
  grep -A1 '"rule": "ecr-ownership",' "$work/marketplace-preflight.json" | grep -q '"status": "skip"' || {
  echo "dist-smoke: ecr-ownership is not reported as skip"; failures=$((failures + 1)); }

run docker-hub 1 "INPUT_IMAGE=docker.io/library/python:3.12"
expect docker-hub '^::error title=image-uri' stdout

run bad-input 1 "INPUT_IMAGE=111122223333.dkr.ecr.us-east-2.amazonaws.com/m:v1" "INPUT_MAX-IMAGE-SIZE=lots"
expect bad-input 'Input `max-image-size` is "lots"' stdout
if grep -q '    at ' "$work/stdout"; then echo "dist-smoke: a stack trace was printed"; failures=$((failures + 1)); fi

# The CLI bundle: runs through its shebang, exits 1 on a finding and 2 on an unknown flag.
cli() {
  local name="$1" expected="$2"
  shift 2
  set +e
  (cd "$work" && env -i PATH="$(dirname "$node24"):$PATH" HOME="$work" AWS_EC2_METADATA_DISABLED=true \
    AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent "$root/dist/cli/index.js" "$@" >"$work/stdout" 2>&1)
  local code=$?
  set -e
  total=$((total + 1))
  if [ "$code" != "$expected" ]; then
    echo "dist-smoke: cli $name exited $code, expected $expected"; cat "$work/stdout"; failures=$((failures + 1))
  fi
}
cli version 0 --version
expect cli-version '^marketplace-ml-preflight ' stdout
cli opt-in-region 1 --image "111122223333.dkr.ecr.af-south-1.amazonaws.com/m@$digest" --smoke-test false
expect cli-opt-in-region 'region-eligibility' stdout
grep -q '"result": "fail"' "$work/marketplace-preflight.json" || { echo "dist-smoke: cli report missing"; failures=$((failures + 1)); }
cli unknown-flag 2 --imgae x
expect cli-unknown-flag 'unknown flag --imgae' stdout

echo "dist-smoke ($("$node24" --version)): $((total - failures)) passed, $failures failed"
[ "$failures" = 0 ]
