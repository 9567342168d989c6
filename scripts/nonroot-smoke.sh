#!/usr/bin/env bash
# GitHub's runners run the action as a non-root user with passwordless sudo. This runs the committed
# bundles as such users against a fixture image and asserts how the container was probed:
#   - a user with passwordless sudo, through the action bundle: `sudo -n nsenter` (the forwarder);
#   - a user without sudo, through the CLI bundle: the `docker exec` fallback.
# Both must pass and leave no container and no forwarder behind. It needs root to create the users
# (CI as root, or sudo on a GitHub-hosted runner); elsewhere it says so and does nothing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
image="marketplace-ml-preflight-fixture:ok"

if [ "$(id -u)" != 0 ]; then
  # a GitHub-hosted runner is a throwaway machine with passwordless sudo: make the users there
  if [ "${GITHUB_ACTIONS:-}" = true ] && sudo -n true 2>/dev/null; then
    exec sudo -n env "PATH=$PATH" bash "$0" "$@"
  fi
  echo "nonroot-smoke: not root, so no test users can be made; skipped (the uses: ./ job in ci.yml runs as the runner's user)"
  exit 0
fi
if ! command -v sudo >/dev/null 2>&1; then
  echo "Installing sudo from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sudo >/dev/null
fi
for user in preflight-sudo preflight-nosudo; do
  id "$user" >/dev/null 2>&1 || useradd --create-home --groups docker "$user"
done
echo 'preflight-sudo ALL=(ALL) NOPASSWD:ALL' >/etc/sudoers.d/preflight-sudo
chmod 440 /etc/sudoers.d/preflight-sudo

# everything the users read lives in a directory they can reach, wherever the clone is
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/dist" "$work/dist"
cp "$("$root/scripts/node24.sh")" "$work/node"
mkdir -p "$work/ws/samples"
printf 'sepal_length,sepal_width\n5.1,3.5\n' >"$work/ws/samples/one.csv"
chmod -R a+rX "$work"
failures=0

# as USER EXPECTED_PROBE COMMAND...: runs the bundle as USER with a clean environment
as() {
  local user="$1" probe="$2" out="$work/$1"
  shift 2
  mkdir -p "$out" && chown "$user" "$out"
  : >"$out/output"
  chown "$user" "$out/output"
  set +e
  (cd "$work/ws" && runuser -u "$user" -- env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
    HOME="/home/$user" AWS_EC2_METADATA_DISABLED=true RUNNER_TEMP="$out" GITHUB_OUTPUT="$out/output" \
    GITHUB_STEP_SUMMARY="$out/summary" GITHUB_WORKSPACE="$work/ws" "$@" >"$out/log" 2>&1)
  local code=$?
  set -e
  local seen
  seen="$(grep -o '"probeMethod": "[^"]*"' "$out/report.json" 2>/dev/null || true)"
  if [ "$code" != 0 ] || [[ "$seen" != *"\"$probe"* ]]; then
    echo "nonroot-smoke: $user exited $code with ${seen:-no probe method}; expected 0 and $probe"
    tail -40 "$out/log"
    failures=$((failures + 1))
  else
    echo "nonroot-smoke: $user passed, probing with ${seen#*: }"
  fi
}

as preflight-sudo nsenter env INPUT_LOCAL-IMAGE="$image" INPUT_PAYLOAD=samples/one.csv \
  INPUT_BATCH=true INPUT_AWS-CHECKS=false INPUT_REPORT-FILE="$work/preflight-sudo/report.json" \
  "$work/node" "$work/dist/index.js"
as preflight-nosudo "docker exec" "$work/node" "$work/dist/cli/index.js" --local-image "$image" \
  --payload samples/one.csv --aws-checks false --report-file "$work/preflight-nosudo/report.json"

left="$(docker ps -aq --filter "ancestor=$image")"
if [ -n "$left" ]; then
  echo "nonroot-smoke: containers left behind: $left"
  failures=$((failures + 1))
fi
if pgrep -f "nsenter --net=/proc/" >/dev/null; then
  echo "nonroot-smoke: a forwarder outlived its run: $(pgrep -af 'nsenter --net=/proc/')"
  failures=$((failures + 1))
fi
[ "$failures" = 0 ] || exit 1
