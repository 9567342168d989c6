#!/usr/bin/env bash
# npm run demo: builds the example model image in examples/demo-model/ and runs the full offline
# preflight on it with the CLI, as a seller would before pushing: the real container, started with
# `serve` and `train` under --network none, probed on /ping, /invocations and /execution-parameters,
# stopped with SIGTERM; then the CreateModelPackage request in create-model-package.json is checked
# and its validation profile replayed on the same image, with validation/input standing in for the
# S3 input. No AWS account and no registry access needed: only a Docker engine.
#
# Base image: on Linux the demo builds its base FROM scratch out of this machine's own node binary and
# the shared libraries it links (plus busybox when present), so it works offline. Elsewhere (macOS or
# Windows Docker Desktop, where the host's node cannot run in a Linux container) it uses node:24-slim.
# Force one with DEMO_BASE=host or DEMO_BASE=node. The host base is tagged per user
# (marketplace-ml-preflight-demo-base:host-<uid>), so users of one engine do not replace each
# other's; DEMO_IMAGE names the demo image itself (default marketplace-ml-preflight-demo:latest).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
example="$root/examples/demo-model"
image="${DEMO_IMAGE:-marketplace-ml-preflight-demo:latest}"
out="$root/.cache/demo"
say() { printf '\n==> %s\n' "$*"; }

NEED_BUSYBOX=1 bash "$root/scripts/docker-engine.sh" || { echo "demo: needs a Docker engine; run 'npm run demo' again once one answers." >&2; exit 1; }

server_os="$(docker version --format '{{.Server.Os}}')"
server_arch="$(docker version --format '{{.Server.Arch}}')"
case "$(uname -m)" in x86_64) host_arch=amd64 ;; aarch64 | arm64) host_arch=arm64 ;; *) host_arch="$(uname -m)" ;; esac
node_bin="$(readlink -f "$(command -v node)")"

# The host's node can run in the container only if the engine runs Linux containers on this kernel
# and architecture, and node is a dynamically linked ELF whose libraries ldd can list.
host_base_works() {
  [ "$(uname -s)" = Linux ] && [ "$server_os" = linux ] && [ "$server_arch" = "$host_arch" ] &&
    command -v ldd >/dev/null && ldd "$node_bin" >/dev/null 2>&1
}

base="${DEMO_BASE:-}"
if [ -z "$base" ]; then
  if host_base_works; then base=host; else base=node; fi
fi

build_args=()
if [ "$base" = host ]; then
  say "Building a base image FROM scratch from this machine's node ($node_bin, $("$node_bin" --version)); no registry needed"
  ctx="$(mktemp -d)"
  trap 'rm -rf "$ctx"' EXIT
  mkdir -p "$ctx/rootfs/bin" "$ctx/rootfs/tmp"
  chmod 1777 "$ctx/rootfs/tmp"
  bash "$root/scripts/copy-host-binary.sh" "$ctx/rootfs" /usr/local/bin/node "$node_bin"
  # busybox gives the image a shell and wget for anyone debugging it with docker exec
  if [ -x /bin/busybox ] && file -L /bin/busybox 2>/dev/null | grep -q 'statically linked'; then
    cp /bin/busybox "$ctx/rootfs/bin/busybox"
    for applet in sh ls cat ps kill sleep wget; do ln -s busybox "$ctx/rootfs/bin/$applet"; done
  fi
  printf 'FROM scratch\nCOPY rootfs/ /\nENV PATH=/usr/local/bin:/usr/bin:/bin\n' >"$ctx/Dockerfile"
  base_image="marketplace-ml-preflight-demo-base:host-$(id -u)"
  docker build --quiet -t "$base_image" "$ctx" >/dev/null
  build_args=(--build-arg BASE="$base_image")
else
  say "Building on node:24-slim (pulled from Docker Hub)"
fi

say "Building $image from examples/demo-model/Dockerfile"
docker build --quiet "${build_args[@]}" -t "$image" "$example" >/dev/null
docker image ls "$image" --format '    {{.Repository}}:{{.Tag}}  {{.ID}}  {{.Size}}'

# The CLI bundle (dist/cli); rebuilt when missing or when the content of its sources changed since the
# last bundle (a hash, not file times: a checkout or a branch switch touches files without changing them).
cli="$root/dist/cli/index.js"
stamp="$root/.cache/demo/cli-sources.sha256"
sources_hash="$(cd "$root" && { find src -type f \( -name '*.ts' -o -name '*.json' \) -print0 | LC_ALL=C sort -z | xargs -0 sha256sum; sha256sum package-lock.json; } | sha256sum | cut -d' ' -f1)"
if [ ! -f "$cli" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sources_hash" ]; then
  say "Bundling the CLI (dist/cli)"
  (cd "$root" && npx ncc build src/cli/bin.ts -o dist/cli --license licenses.txt >/dev/null)
  mkdir -p "$(dirname "$stamp")"
  echo "$sources_hash" >"$stamp"
fi

say "Running the preflight: marketplace-ml-preflight --local-image $image …"
mkdir -p "$out"
cd "$root"
set +e
node "$cli" \
  --local-image "$image" \
  --model-data examples/demo-model/model \
  --payload examples/demo-model/payloads/rows.csv \
  --payload examples/demo-model/payloads/rows.json \
  --local-training-image "$image" \
  --training-data training=examples/demo-model/data/train \
  --hyperparameters examples/demo-model/hyperparameters.json \
  --model-package-request examples/demo-model/create-model-package.json \
  --validation-data "s3://demo-validation-111122223333-us-east-2/input/=examples/demo-model/validation/input" \
  --region us-east-2 \
  --aws-checks "${DEMO_AWS_CHECKS:-false}" \
  --smoke-test true \
  --report-file "$out/marketplace-preflight.json" \
  --sarif-file "$out/marketplace-preflight.sarif"
status=$?
set -e
echo "demo: the CLI exited $status (exit codes: 0 pass, 1 findings, 2 unusable input, 3 stopped). Reports in .cache/demo/."
exit "$status"
