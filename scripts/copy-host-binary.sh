#!/usr/bin/env bash
# Usage: copy-host-binary.sh ROOTFS DEST [BINARY]
# Copies one of this machine's binaries (node by default) into ROOTFS at DEST, with the dynamic
# loader and every shared library ldd lists for it at their own paths, so a FROM scratch image runs
# it with no registry.
set -euo pipefail
rootfs="$1" dest="$2" bin="$(readlink -f "${3:-$(command -v node)}")"
mkdir -p "$rootfs$(dirname "$dest")"
cp "$bin" "$rootfs$dest"
for lib in $(ldd "$bin" | grep -o '/[^ ]*'); do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
