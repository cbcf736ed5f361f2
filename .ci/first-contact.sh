#!/usr/bin/env bash
# First contact: what a newcomer does on a fresh machine. In a clean clone, with no Node 24 installed and no
# JAVA_HOME, it runs the README's run command (./mvnw spring-boot:run), signs in as the demo leader in Chromium,
# waits for a drawn chart, and stops the application. Fails when any of it does not work.
#   bash .ci/first-contact.sh [SCREENSHOT.png]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
screenshot="${1:-}"
port="${FIRST_CONTACT_PORT:-18080}"
work=$(mktemp -d)
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill -- "-$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# no Node 24 anywhere: Vaadin's node folder goes, and PATH keeps only the machine's own directories
rm -rf "$HOME/.vaadin"
clean_path=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e '/\.vaadin/' -e '/jvm/' | paste -sd: -)

git clone --quiet "$repo" "$work/clone"
echo "first contact: ./mvnw spring-boot:run in a clean clone (port $port), log in $work/run.log"
(cd "$work/clone" && exec setsid env -u JAVA_HOME PATH="$clean_path" PORT="$port" ./mvnw -B spring-boot:run \
  >"$work/run.log" 2>&1) &
app_pid=$!

# the same Chromium driver the tests use, as an npm package for the machine's Node
(cd "$work" && npm install --silent --no-save --no-package-lock --no-fund --no-audit playwright-core@1.62.0 >/dev/null)
cp "$repo/.ci/first-contact.mjs" "$work/"

for _ in $(seq 1 600); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/login" 2>/dev/null && break
  kill -0 "$app_pid" 2>/dev/null || { tail -n 60 "$work/run.log"; echo "first contact: the application stopped" >&2; exit 1; }
  sleep 1
done
if ! (cd "$work" && node first-contact.mjs "http://localhost:$port" "$screenshot"); then
  grep -E 'ERROR|Exception' "$work/run.log" | head -n 40 || true
  exit 1
fi
if grep -q ' ERROR ' "$work/run.log"; then
  grep -A 20 ' ERROR ' "$work/run.log" | head -n 60
  echo "first contact: ERROR lines in the application's log" >&2
  exit 1
fi
