#!/usr/bin/env bash
# MotCua client benchmark (issue 4's figures): a workstation store with COUNT dossiers, then
#   - search-as-you-type in the store (motcua-bench-store, same store file);
#   - cold start of `motcua` to a ready intake screen, logging in online (server up) and offline
#     (server down, cached credentials): time from main() to the window ready, the whole process's
#     wall time, and its peak memory (VmHWM via /usr/bin/time);
#   - receipt PDF rendering (motcua-bench-forms).
# Medians of RUNS; prints Markdown for docs/PERFORMANCE.md.
#   tests/bench/client/run-client-bench.sh [BUILD_DIR=build/dev] [COUNT=200000] [RUNS=7]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BUILD=${1:-$ROOT/build/dev}
COUNT=${2:-200000}
RUNS=${3:-7}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/motcua-client-bench.XXXXXX")
SPID=
cleanup() { [ -n "$SPID" ] && kill "$SPID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$WORK/xdg TZ=Asia/Ho_Chi_Minh
export HOME=$WORK/home   # the client's settings (QSettings) stay inside the work folder
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" "$WORK/ws" && chmod 700 "$XDG_RUNTIME_DIR"
export MOTCUA_DEMO_PASSWORD='Bench-Pass-2026!' MOTCUA_USER=demo-reception MOTCUA_PASSWORD='Bench-Pass-2026!'

echo "seeding $COUNT dossiers into the workstation store and measuring search..." >&2
"$BUILD/tests/bench/store/motcua-bench-store" --file "$WORK/ws/motcua-client.sqlite" \
  --count "$COUNT" --repeat 5 > "$WORK/search.txt"

"$BUILD/server/motcua-server" --data-dir "$WORK/server" --demo --port 0 \
  --port-file "$WORK/port" > "$WORK/server.log" 2>&1 & SPID=$!
for _ in $(seq 200); do [ -s "$WORK/port" ] && break; sleep 0.1; done
URL=http://127.0.0.1:$(cat "$WORK/port")

# One start as the clerk's first login: credentials cached, catalogue and calendar synced.
"$BUILD/client/motcua" --bench-startup --server "$URL" --data-dir "$WORK/ws" > /dev/null

# median of a column of numbers
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
starts() { # label; prints "ready_ms wall_ms peak_MB" medians
  : > "$WORK/runs"
  for _ in $(seq "$RUNS"); do
    local t0 t1 ready peak
    t0=$(date +%s%N)
    /usr/bin/time -f 'peak_kb %M' -o "$WORK/time" \
      "$BUILD/client/motcua" --bench-startup --server "$URL" --data-dir "$WORK/ws" > "$WORK/out"
    t1=$(date +%s%N)
    ready=$(awk '/^ready_ms/ {print $2}' "$WORK/out")
    peak=$(awk '/^peak_kb/ {print $2}' "$WORK/time")
    echo "$ready $(( (t1 - t0) / 1000000 )) $(( peak / 1024 ))" >> "$WORK/runs"
  done
  echo "$(cut -d' ' -f1 "$WORK/runs" | median) $(cut -d' ' -f2 "$WORK/runs" | median) $(cut -d' ' -f3 "$WORK/runs" | median)"
}
echo "measuring cold starts ($RUNS each)..." >&2
ONLINE=$(starts)
kill "$SPID"; wait "$SPID" 2>/dev/null || true; SPID=
OFFLINE=$(starts)
DOSSIERS=$(sqlite3 "$WORK/ws/motcua-client.sqlite" 'SELECT count(*) FROM dossiers' 2>/dev/null || echo "?")

"$BUILD/tests/bench/forms/motcua-bench-forms" --runs 30 > "$WORK/forms.txt" 2>&1 || true

echo
echo "Workstation store: $DOSSIERS dossiers, $(du -m "$WORK/ws/motcua-client.sqlite" | cut -f1) MB; $(nproc) cores; medians of $RUNS starts."
echo
echo "| cold start to a ready intake screen | main() → ready, ms | process wall time, ms | peak memory, MB |"
echo "|---|---|---|---|"
set -- $ONLINE; echo "| online login (server on loopback) | $1 | $2 | $3 |"
set -- $OFFLINE; echo "| offline login (server down, cached credentials) | $1 | $2 | $3 |"
echo
echo "Search in the store (motcua-bench-store):"
echo '```'; grep -E 'open:|ALL|name|phone|ID number|code|register' "$WORK/search.txt"; echo '```'
echo
echo "Forms (motcua-bench-forms):"
echo '```'; cat "$WORK/forms.txt"; echo '```'
