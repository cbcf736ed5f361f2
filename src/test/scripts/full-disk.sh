#!/usr/bin/env bash
# The H2 file database on a full disk: the production jar runs from a small tmpfs (root needed for the mount), the
# disk is filled, then a save and an import are tried through the API. Expected: a 503 with a Vietnamese reason,
# no corruption (after freeing space and restarting, the database opens and holds what it held before).
# Usage, after ./mvnw -DskipTests package:  sudo bash src/test/scripts/full-disk.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=$(ls target/cadre-dashboard-*.jar | grep -v plain | head -1)
JAVA=${JAVA_HOME:-/usr}/bin/java
DIR=$(mktemp -d /tmp/full-disk.XXXXXX)
PORT=${PORT:-18765}
URL=http://127.0.0.1:$PORT
API="curl -s -u bantochuc:demo123"
mount -t tmpfs -o size=160m tmpfs "$DIR"
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; sleep 2; umount "$DIR" 2>/dev/null || true; rmdir "$DIR"; }
trap cleanup EXIT

start() {
  LOG="$DIR/app-$1.log"
  (cd "$DIR" && exec "$JAVA" -Xmx1g -jar "$OLDPWD/$JAR" --server.port=$PORT >"$LOG" 2>&1) &
  PID=$!
  for _ in $(seq 1 180); do
    grep -qE "cadre records generated|already holds" "$LOG" 2>/dev/null && return 0
    sleep 1
  done
  echo "the jar did not start"; tail -50 "$LOG"; exit 1
}
roster_rows() { $API "$URL/api/v1/roster.csv" | tail -n +2 | grep -c . || true; }

start first
BEFORE=$(roster_rows)
$API "$URL/api/v1/roster.csv?form=codes" > /tmp/full-disk-roster.csv
echo "== started on a 160 MB tmpfs; database $(du -sh "$DIR/data" | cut -f1); $BEFORE active cadres"
# fill the disk, leaving nothing
dd if=/dev/zero of="$DIR/filler" bs=1M status=none 2>/dev/null || true
echo "== disk full: $(df -h "$DIR" | tail -1)"
Q=$($API "$URL/api/v1/communes/xa-hung-dien/quotas")
V=$(echo "$Q" | sed -E 's/.*"NHA_NUOC":\{"quota":([0-9]+),"version":([0-9]+)\}.*/\1 \2/')
set -- $V
echo "== quota NHA_NUOC of xa-hung-dien before: $1 (version $2); a save on the full disk:"
$API -w ' -> HTTP %{http_code}\n' -X PUT -H 'Content-Type: application/json' -d "{\"quota\":$(( $1 + 1 )),\"version\":$2}" \
  "$URL/api/v1/communes/xa-hung-dien/quotas/NHA_NUOC"
echo "== an import of the whole roster (add) on the full disk:"
$API -w ' -> HTTP %{http_code}\n' -F file=@/tmp/full-disk-roster.csv "$URL/api/v1/import?mode=add&onMatch=add" | cut -c1-400
echo "== reading on the full disk:"
$API -o /dev/null -w 'indicators -> HTTP %{http_code}\n' "$URL/api/v1/indicators?commune=xa-hung-dien"
rm -f "$DIR/filler"
echo "== space freed; the same save again:"
$API -w ' -> HTTP %{http_code}\n' -X PUT -H 'Content-Type: application/json' -d "{\"quota\":$(( $1 + 1 )),\"version\":$2}" \
  "$URL/api/v1/communes/xa-hung-dien/quotas/NHA_NUOC"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
start second
AFTER=$(roster_rows)
echo "== after a restart: the database opens, $AFTER active cadres (before: $BEFORE); quota NHA_NUOC of xa-hung-dien:" \
  "$($API "$URL/api/v1/communes/xa-hung-dien/quotas")"
grep -hE "WARN|ERROR" "$DIR"/app-*.log | grep -iE "database|space|h2" | cut -c1-300 | head -8
