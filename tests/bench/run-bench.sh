#!/usr/bin/env bash
# MotCua server benchmark: seeds N dossiers, then measures with wrk on loopback, in the same run,
# nginx serving a small static file (the ceiling) and motcua-server's public lookup, an
# authenticated dossier GET, search and intake; and the server's memory. Prints a Markdown table
# for docs/PERFORMANCE.md.
#   tests/bench/run-bench.sh [BUILD_DIR=build/dev] [COUNT=100000] [RUNS=3] [SECONDS=10]
# BENCH_KEEP=DIR keeps the seeded data in DIR and reuses it on the next run with the same COUNT
# (seeding a million dossiers takes minutes; the scenarios that write add dossiers to it).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${1:-$ROOT/build/dev}
COUNT=${2:-100000}
RUNS=${3:-3}
DURATION=${4:-10}
BENCH=$ROOT/tests/bench
export BENCH_DIR=$BENCH

need=()
for p in nginx wrk; do command -v $p >/dev/null || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${need[@]}" >&2
fi
free_port() { while :; do p=$(( 20000 + RANDOM % 40000 )); (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }; done; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/motcua-bench.XXXXXX")
pids=()
cleanup() {
  if [ -n "${SPID:-}" ] && ! kill -0 "$SPID" 2>/dev/null; then
    echo "motcua-server died during the benchmark; its log is kept in ${WORK}.server.log" >&2
    cp "$WORK/server.log" "${WORK}.server.log" 2>/dev/null || true
  fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"
}
trap cleanup EXIT
export MOTCUA_DEMO_PASSWORD='Bench-Pass-2026!'

if [ -n "${BENCH_KEEP:-}" ] && [ -s "$BENCH_KEEP/codes.txt" ] && [ "$(cat "$BENCH_KEEP/count")" = "$COUNT" ]; then
  echo "reusing $COUNT seeded dossiers in $BENCH_KEEP" >&2
  ln -s "$BENCH_KEEP/data" "$WORK/data"; cp "$BENCH_KEEP/codes.txt" "$WORK/codes.txt"
else
  echo "seeding $COUNT dossiers..." >&2
  "$BUILD/server/motcua-server" --data-dir "$WORK/data" --demo --setup-only >/dev/null 2>&1
  "$BUILD/tests/bench/motcua-seed" --data-dir "$WORK/data" --count "$COUNT" --codes "$WORK/codes.txt" >&2
  if [ -n "${BENCH_KEEP:-}" ]; then
    rm -rf "$BENCH_KEEP"; mkdir -p "$BENCH_KEEP"
    mv "$WORK/data" "$BENCH_KEEP/data"; ln -s "$BENCH_KEEP/data" "$WORK/data"
    cp "$WORK/codes.txt" "$BENCH_KEEP/codes.txt"; echo "$COUNT" > "$BENCH_KEEP/count"
  fi
fi

# nginx: one small JSON file, minimal configuration, as the ceiling.
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/www"
printf '{"code":"000.00.71.H36-261122-0001","status":"inProgress"}' > "$WORK/nginx/www/item.json"
chmod -R a+rX "$WORK/nginx"; chmod a+x "$WORK"   # nginx workers run as www-data
NPORT=$(free_port)
cat > "$WORK/nginx/nginx.conf" <<CONF
daemon off; worker_processes auto; error_log $WORK/nginx/logs/error.log; pid $WORK/nginx/nginx.pid;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NPORT; root $WORK/nginx/www; } }
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" & pids+=($!)

SPORT=$(free_port)
"$BUILD/server/motcua-server" --data-dir "$WORK/data" --port "$SPORT" --port-file "$WORK/port" \
  --set motcua.public.lookupsPerMinute=1000000000 --set motcua.auth.accessTokenSeconds=7200 \
  > "$WORK/server.log" 2>&1 & SPID=$!; pids+=($SPID)
for _ in $(seq 200); do [ -s "$WORK/port" ] && break; sleep 0.1; done
login() { curl -s -X POST "127.0.0.1:$SPORT/api/v1/auth/login" -d "{\"username\":\"$1\",\"password\":\"$MOTCUA_DEMO_PASSWORD\"}" |
          sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
export CODES_FILE="$WORK/codes.txt"
STAFF=$(login demo-admin)
# Dossier numbers are 4 digits per agency and day, so intake at full speed is spread over
# receptionists of 20 agencies (each gets up to 9999 codes a day).
CLERKS=
for i in $(seq 10 29); do
  curl -s -o /dev/null -X POST -H "Authorization: Bearer $STAFF" "127.0.0.1:$SPORT/api/v1/users" \
    -d "{\"user\":{\"username\":\"bench-clerk-$i\",\"fullName\":\"Bench $i\",\"roles\":[\"receptionist\"],\"agencyId\":\"000.00.$i.H36\",\"unit\":\"Bộ phận Một cửa\"},\"password\":\"$MOTCUA_DEMO_PASSWORD\"}"
  CLERKS="$CLERKS${CLERKS:+,}$(login bench-clerk-$i)"
done

# median of RUNS runs of one wrk scenario; prints "rps p50 p95 p99 errors"
measure() {
  local url=$1 script=$2 conns=$3; shift 3
  for r in $(seq "$RUNS"); do
    env "$@" wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${DURATION}s" -s "$BENCH/$script" "$url" | grep "^RESULT"
  done | sed -E 's/RESULT rps=([^ ]+) p50=([^ ]+) p95=([^ ]+) p99=([^ ]+) errors=([^ ]+) non2xx=([^ ]+)/\1 \2 \3 \4 \5 \6/' |
    sort -n | awk -v n="$RUNS" 'NR == int((n + 1) / 2)'
}
row() { # name, "rps p50 p95 p99 errors non2xx"
  set -- "$1" $2
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5" "$(( $6 + $7 ))"
}

echo "measuring ($RUNS runs of ${DURATION}s each, median by requests/s)..." >&2
NGINX=$(measure "http://127.0.0.1:$NPORT/item.json" static.lua 32)
PUBLIC=$(measure "http://127.0.0.1:$SPORT" lookup.lua 32)
GETDOSSIER=$(measure "http://127.0.0.1:$SPORT" lookup.lua 32 TOKEN="$STAFF" PATH_PREFIX=/api/v1/dossiers/)
SEARCH1=$(measure "http://127.0.0.1:$SPORT" search.lua 1 TOKEN="$STAFF")
SEARCH=$(measure "http://127.0.0.1:$SPORT" search.lua 8 TOKEN="$STAFF")
INTAKE=$(measure "http://127.0.0.1:$SPORT" intake.lua 8 TOKENS="$CLERKS")
RSS=$(awk '/VmRSS/ {print $2}' /proc/$SPID/status)
HWM=$(awk '/VmHWM/ {print $2}' /proc/$SPID/status)
DBSIZE=$(du -smL "$WORK/data" | cut -f1)

echo
echo "Seeded dossiers: $COUNT; database folder: ${DBSIZE} MB; wrk -t2, ${DURATION}s, median of $RUNS runs; $(nproc) cores, wrk on the same machine."
echo
echo "| scenario | requests/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
row "nginx 1.22, 58-byte static JSON (32 conns)" "$NGINX"
row "public lookup, random code (32 conns)" "$PUBLIC"
row "authenticated GET /dossiers/{code}, random (32 conns)" "$GETDOSSIER"
row "search ?q=family+given name (1 conn: one clerk typing)" "$SEARCH1"
row "search ?q=family+given name (8 conns)" "$SEARCH"
row "intake POST /dossiers (8 conns)" "$INTAKE"
awk -v a="$(echo "$PUBLIC" | cut -d' ' -f1)" -v b="$(echo "$NGINX" | cut -d' ' -f1)" \
  'BEGIN { printf "\nPublic lookup / nginx: %.1f%%\n", 100 * a / b }'
echo "Server memory after the run: VmRSS $((RSS / 1024)) MB, peak VmHWM $((HWM / 1024)) MB"
