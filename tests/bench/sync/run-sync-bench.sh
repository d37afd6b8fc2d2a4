#!/usr/bin/env bash
# The figures of issue 11 §4 (docs/PERFORMANCE.md, "First sync and change propagation"):
#   1. a new workstation's first sync for an agency with COUNT dossiers in its history (spread
#      over ten years; those older than 30 days carried through to the return of the result),
#      RUNS times, against the reference of downloading the same pages only;
#   2. a change shown on WORKSTATIONS waiting workstations (this version's long poll) and, as
#      the reference, on as many polling every 15 s (the old client); server CPU idle and busy.
#   tests/bench/sync/run-sync-bench.sh [BUILD_DIR=build/dev] [COUNT=1000000] [RUNS=3]
#                                      [WORKSTATIONS=500] [SECONDS=60]
# BENCH_KEEP=DIR keeps the seeded database in DIR and reuses it (seeding takes minutes).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BUILD=${1:-$ROOT/build/dev}
COUNT=${2:-1000000}
RUNS=${3:-3}
WORKSTATIONS=${4:-500}
DURATION=${5:-60}
AGENCY=000.00.71.H36 # Xuân Hương, the demo's first ward
export MOTCUA_DEMO_PASSWORD='Bench-Pass-2026!' QT_QPA_PLATFORM=offscreen TZ=Asia/Ho_Chi_Minh
WORK=$(mktemp -d "${TMPDIR:-/tmp}/motcua-sync-bench.XXXXXX")
SPID=
cleanup() { [ -n "$SPID" ] && kill "$SPID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
ulimit -n 65536 2>/dev/null || true # 2 × WORKSTATIONS sockets in this process and the server

DATA=$WORK/data
if [ -n "${BENCH_KEEP:-}" ] && [ "$(cat "$BENCH_KEEP/count" 2>/dev/null)" = "$COUNT" ]; then
  echo "reusing $COUNT seeded dossiers in $BENCH_KEEP" >&2
  DATA=$BENCH_KEEP/data
else
  echo "seeding $COUNT dossiers of $AGENCY..." >&2
  "$BUILD/server/motcua-server" --data-dir "$DATA" --demo --setup-only > /dev/null 2>&1
  "$BUILD/tests/bench/motcua-seed" --data-dir "$DATA" --count "$COUNT" --agency "$AGENCY" \
    --days 3650 --open-days 30 >&2
  if [ -n "${BENCH_KEEP:-}" ]; then
    rm -rf "$BENCH_KEEP"; mkdir -p "$BENCH_KEEP"; mv "$DATA" "$BENCH_KEEP/data"
    DATA=$BENCH_KEEP/data; echo "$COUNT" > "$BENCH_KEEP/count"
  fi
fi
du -sh "$DATA" >&2

"$BUILD/server/motcua-server" --data-dir "$DATA" --port 0 --port-file "$WORK/port" \
  --set motcua.auth.accessTokenSeconds=7200 > "$WORK/server.log" 2>&1 & SPID=$!
for _ in $(seq 300); do [ -s "$WORK/port" ] && break; sleep 0.1; done
URL=http://127.0.0.1:$(cat "$WORK/port")
BENCH=$BUILD/tests/bench/sync/motcua-bench-sync

echo "## first sync ($COUNT dossiers in the agency's history, $RUNS runs)"
for _ in $(seq "$RUNS"); do
  "$BENCH" first-sync "$URL" demo-reception "$MOTCUA_DEMO_PASSWORD"
done
echo "## change propagation ($WORKSTATIONS workstations, one intake a second for $DURATION s)"
"$BENCH" propagation "$URL" demo-reception demo-specialist "$MOTCUA_DEMO_PASSWORD" "$SPID" \
  --workstations "$WORKSTATIONS" --seconds "$DURATION" --mode wait
"$BENCH" propagation "$URL" demo-reception demo-specialist "$MOTCUA_DEMO_PASSWORD" "$SPID" \
  --workstations "$WORKSTATIONS" --seconds "$DURATION" --mode poll
echo "server resident memory: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$SPID/status), threads: $(ls /proc/$SPID/task | wc -l)"
