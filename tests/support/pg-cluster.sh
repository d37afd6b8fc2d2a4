#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free loopback port, for the test suite (CTest fixture).
#   pg-cluster.sh start DIR   initdb + start; writes DIR/conninfo ("host=... port=... user=... dbname=...")
#   pg-cluster.sh stop DIR    stop fast and delete the cluster
# As root the server runs as the postgres user (PostgreSQL refuses to run as root).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pg-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  rm -rf "$dir"; mkdir -p "$dir"
  # The cluster lives in a private temporary folder the postgres user can write.
  data=$(mktemp -d "${TMPDIR:-/tmp}/motcua-pg.XXXXXX")
  echo "$data" > "$dir/datadir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  as_owner "$bin/initdb" -D "$data/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  for attempt in $(seq 20); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    # Skip ports something already listens on; pg_ctl also fails cleanly if we lose a race.
    (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && continue
    if as_owner "$bin/pg_ctl" -D "$data/data" -l "$data/log.txt" -w -t 60 \
         -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=on -c max_connections=200" start >/dev/null; then
      echo "host=127.0.0.1 port=$port user=postgres dbname=postgres" > "$dir/conninfo"
      echo "pg-cluster: PostgreSQL up on 127.0.0.1:$port ($data)"
      exit 0
    fi
  done
  cat "$data/log.txt" >&2 || true
  exit 1
  ;;
stop)
  [ -f "$dir/datadir" ] || exit 0
  data=$(cat "$dir/datadir")
  as_owner "$bin/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$data" "$dir/conninfo" "$dir/datadir"
  echo "pg-cluster: stopped"
  ;;
*) echo "usage: pg-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
