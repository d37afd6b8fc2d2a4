#!/usr/bin/env bash
# Starts motcua-server on 127.0.0.1 with its embedded database in DATA_DIR, then the motcua client
# connected to it; stopping the client stops the server. Called by `installer/dev.sh run`.
#   installer/run-local.sh BUILD_DIR DATA_DIR
set -euo pipefail
build=${1:?build dir}
data=${2:?data dir}
port=${MOTCUA_PORT:-8686}
portfile=$(mktemp -u "${TMPDIR:-/tmp}/motcua-port.XXXXXX")

"$build/server/motcua-server" --bind 127.0.0.1 --port "$port" --data-dir "$data" --demo \
  --port-file "$portfile" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$portfile"' EXIT

for _ in $(seq 100); do
  [ -s "$portfile" ] && break
  kill -0 $server 2>/dev/null || { echo "motcua-server failed to start" >&2; exit 1; }
  sleep 0.1
done
url="http://127.0.0.1:$(cat "$portfile")"
echo "motcua-server is up at $url (data in $data)"
echo "Log in as demo-reception (the counter), demo-specialist, demo-leader or demo-admin with the"
echo "demo password: MOTCUA_DEMO_PASSWORD, or the one the server printed above on its first start."

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: the client cannot start here. The server keeps running; press Ctrl-C to stop." >&2
  wait $server
else
  "$build/client/motcua" --server "$url"
fi
