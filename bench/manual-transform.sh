#!/usr/bin/env bash
# The hand-written baseline for a transform validation profile: split a CSV input into requests of
# at most MAX_BYTES whole lines, serve the image offline, POST each with curl inside its network
# namespace, and concatenate the answers, as a seller would script it.
set -euo pipefail
image="$1" input="$2" max_bytes="$3" out="$4"
work="$(mktemp -d)"
cid=$(docker run -d --network none -e SAGEMAKER_BATCH=true "$image" serve)
trap 'docker rm -f "$cid" >/dev/null; rm -rf "$work"' EXIT
split -C "$max_bytes" -d "$input" "$work/part-"
pid=$(docker inspect -f '{{.State.Pid}}' "$cid")
in_ns() { nsenter --net="/proc/$pid/ns/net" "$@"; }
until [ "$(in_ns curl -s -m 2 -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/ping)" = 200 ]; do
  sleep 0.1
done
: >"$out"
for part in "$work"/part-*; do
  in_ns curl -sf -m 600 -H 'Content-Type: text/csv' -H 'Accept: text/csv' \
    --data-binary "@$part" http://127.0.0.1:8080/invocations >>"$out"
  echo >>"$out"
done
docker stop -t 30 "$cid" >/dev/null
