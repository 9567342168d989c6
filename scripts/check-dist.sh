#!/usr/bin/env bash
# dist/ must be the bundle of the committed sources: rebuilds it with `npm run build` and fails on
# any difference or file not committed. CI (.ci/run, so ci.yml and release.yml) and check-dist.yml
# run this one check.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build
if [ -n "$(git status --porcelain dist)" ]; then
  git status --porcelain dist
  git diff --stat dist
  echo "dist/ differs from a fresh build of the sources: run 'npm run build' and commit dist/." >&2
  exit 1
fi
