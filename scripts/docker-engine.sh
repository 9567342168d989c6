#!/usr/bin/env bash
# Makes sure a Docker engine answers. A running engine (Docker Desktop, a systemd service) is used as
# is. Otherwise, on a Debian machine where we are root or have passwordless sudo (CI, a fresh cloud
# VM), it installs Debian's docker.io and starts dockerd in the background. Anywhere else it says how
# to start Docker and fails. NEED_BUSYBOX=1 adds busybox-static (the demo's and fixtures' base);
# NEED_FIXTURE_TOOLS=1 adds curl and python3 (the fixtures for the docker exec probe) and debootstrap
# (the Debian root filesystem of the scikit_bring_your_own look-alikes).
set -euo pipefail

missing_tools() {
  [ "${NEED_BUSYBOX:-0}" = 0 ] || [ -x /bin/busybox ] || echo busybox-static
  if [ "${NEED_FIXTURE_TOOLS:-0}" = 1 ]; then
    command -v curl >/dev/null 2>&1 || echo curl
    /usr/bin/python3 -c 'import urllib.request' >/dev/null 2>&1 || echo python3
    command -v debootstrap >/dev/null 2>&1 || echo debootstrap
  fi
}

if docker info >/dev/null 2>&1 && [ -z "$(missing_tools)" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi
fi
if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null 2>&1; then
  docker info >/dev/null 2>&1 && exit 0
  echo "No Docker engine answers 'docker info'. Start Docker (Docker Desktop, or 'sudo systemctl start docker') and try again." >&2
  exit 1
fi

packages=()
command -v dockerd >/dev/null 2>&1 || packages+=(docker.io)
for tool in $(missing_tools); do packages+=("$tool"); done
if [ "${#packages[@]}" -gt 0 ]; then
  echo "Installing ${packages[*]} from Debian's packages"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
fi
if ! docker info >/dev/null 2>&1; then
  echo "Starting dockerd in the background (log: /tmp/dockerd.log)"
  ($SUDO dockerd >/tmp/dockerd.log 2>&1 &)
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { tail -20 /tmp/dockerd.log >&2; echo "dockerd did not start" >&2; exit 1; }
fi
