#!/usr/bin/env bash
# Usage: copy-host-node.sh ROOTFS DEST [NODE]
# Copies this machine's node binary into ROOTFS at DEST, with the dynamic loader and every shared
# library ldd lists for it at their own paths, so a FROM scratch image runs node with no registry.
set -euo pipefail
rootfs="$1" dest="$2" node_bin="${3:-$(readlink -f "$(command -v node)")}"
mkdir -p "$rootfs$(dirname "$dest")"
cp "$node_bin" "$rootfs$dest"
for lib in $(ldd "$node_bin" | grep -o '/[^ ]*'); do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
