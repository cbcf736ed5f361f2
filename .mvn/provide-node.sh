#!/bin/sh
# Provides the Node.js that Vaadin's frontend build and development mode use, from the npm registry.
#
#   sh .mvn/provide-node.sh NODE_VERSION NPM_VERSION USER_HOME
#
# Vaadin looks for Node NODE_VERSION in USER_HOME/.vaadin/node-vNODE_VERSION (USER_HOME: Java's user.home)
# when the node on PATH is not a supported 24.x, and otherwise downloads it from nodejs.org. Where that download is not possible (a machine
# that reaches only the package registries), this script lays out the same installation from the npm
# packages node-<os>-<arch> (the official binary) and npm, using whatever npm the machine has.
# The build runs it in its first phase (pom.xml, profile provide-node). It never fails the build: when it
# cannot help, it says so and leaves the download to Vaadin. Idempotent, and safe when two builds run at once
# (the installation is assembled aside and moved into place in one step).
set -eu

node_version="${1:?node version}"
node_version="${node_version#v}"
npm_version="${2:?npm version}"
vaadin_home="${3:-$HOME}/.vaadin"
target="${vaadin_home}/node-v${node_version}"

note() { echo "[provide-node] $*"; }

if [ -x "${target}/bin/node" ] && [ -f "${target}/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) note "no npm package of Node for $(uname -s); Vaadin downloads Node itself"; exit 0 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) note "no npm package of Node for $(uname -m); Vaadin downloads Node itself"; exit 0 ;;
esac
if ! command -v npm >/dev/null 2>&1; then
  note "npm not found; Vaadin downloads Node ${node_version} itself"
  exit 0
fi

mkdir -p "${vaadin_home}"
work=$(mktemp -d "${vaadin_home}/.provide-node.XXXXXX")
trap 'rm -rf "$work"' EXIT

note "installing Node ${node_version} (node-${os}-${arch}) and npm ${npm_version} into ${target}"
if ! (cd "$work" && npm pack --silent "node-${os}-${arch}@${node_version}" "npm@${npm_version}" >/dev/null 2>npm-pack.log); then
  note "npm could not fetch the packages ($(tail -n 1 "$work/npm-pack.log" 2>/dev/null)); Vaadin downloads Node itself"
  exit 0
fi

layout="$work/node-v${node_version}"
mkdir -p "$layout/bin" "$layout/lib/node_modules" "$work/node" "$work/npm"
tar xzf "$work"/node-"${os}"-"${arch}"-*.tgz -C "$work/node"
tar xzf "$work"/npm-*.tgz -C "$work/npm"
cp "$work/node/package/bin/node" "$layout/bin/node"
chmod 755 "$layout/bin/node"
mv "$work/npm/package" "$layout/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$layout/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$layout/bin/npx"

if ! "$layout/bin/node" "$layout/lib/node_modules/npm/bin/npm-cli.js" --version >/dev/null 2>&1; then
  note "the Node ${node_version} binary does not run here; Vaadin downloads Node itself"
  exit 0
fi

# an incomplete installation left by an interrupted download is set aside; one that another build finished
# meanwhile is kept
if [ -e "$target" ] && ! [ -x "${target}/bin/node" ]; then
  mv "$target" "${target}.incomplete.$$"
fi
if [ ! -e "$target" ] && mv "$layout" "$target"; then
  note "Node $("$target/bin/node" --version), npm $("$target/bin/node" "$target/lib/node_modules/npm/bin/npm-cli.js" --version)"
fi
