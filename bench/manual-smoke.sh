#!/usr/bin/env bash
# The hand-written baseline: what a seller would script to smoke-test an image offline.
set -euo pipefail
image="$1" payload="$2" concurrency="${3:-4}"
cid=$(docker run -d --network none "$image" serve)
trap 'docker rm -f "$cid" >/dev/null' EXIT
pid=$(docker inspect -f '{{.State.Pid}}' "$cid")
in_ns() { nsenter --net="/proc/$pid/ns/net" "$@"; }
until [ "$(in_ns curl -s -m 2 -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/ping)" = 200 ]; do
  sleep 0.1
done
invoke() {
  in_ns curl -s -m 60 -o /dev/null -w '%{http_code}\n' -H 'Content-Type: text/csv' \
    --data-binary "@$payload" http://127.0.0.1:8080/invocations >/dev/null
}
invoke
# the same payload sent `concurrency` times at once, as the preflight's concurrency pass does
for _ in $(seq "$concurrency"); do invoke & done
wait
docker stop -t 30 "$cid" >/dev/null
