#!/usr/bin/env bash
# Reading barcodes, the figures of docs/PERFORMANCE.md:
#   1. in process: median time to decode A4 pages through our zxing wrapper (motcua-bench-decode);
#   2. whole processes on the same 300-dpi grey page with one QR code, in the same run:
#      `motcua-decode page.png` (DecodeCommand as a program of its own, started like `motcua
#      decode`), `motcua decode page.png` once client/main.cpp knows the sub-command, and
#      `zbarimg -q page.png` — with hyperfine when it is installed, otherwise a timed loop.
#   tests/bench/decode/run-decode-bench.sh BUILD_DIR [RUNS]
set -euo pipefail

BUILD=$(cd "${1:?usage: run-decode-bench.sh BUILD_DIR [RUNS]}" && pwd)
RUNS=${2:-15}
BIN=$BUILD/tests/bench/decode
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "== in process (motcua-bench-decode --runs $RUNS)"
"$BIN/motcua-bench-decode" --runs "$RUNS" --dir "$WORK" 2>/dev/null

PAGE=$WORK/qr-300.png
echo
echo "== whole process on $(basename "$PAGE") (A4, 300 dpi, grey, one QR code)"
commands=("$BIN/motcua-decode $PAGE")
# `motcua decode` itself, once wired: without the sub-command motcua would open its login window,
# hence the time limit on the probe.
MOTCUA=$BUILD/client/motcua
if [ -x "$MOTCUA" ] && timeout 10 "$MOTCUA" decode "$PAGE" >/dev/null 2>&1; then
  commands+=("$MOTCUA decode $PAGE")
fi
if command -v zbarimg >/dev/null; then
  commands+=("zbarimg -q $PAGE")
else
  echo "(zbarimg is missing: Debian package zbar-tools)"
fi
for c in "${commands[@]}"; do
  # Each must actually read the code, or its time means nothing.
  if ! $c 2>/dev/null | grep -q 'tra-cuu'; then
    echo "FAILED: $c did not read the QR code" >&2
    exit 1
  fi
done

if command -v hyperfine >/dev/null; then
  hyperfine -N --style basic -w 2 -r "$RUNS" "${commands[@]}"
else
  # Median wall time of RUNS runs after one warm-up, in milliseconds.
  for c in "${commands[@]}"; do
    $c >/dev/null 2>&1 || true
    times=()
    for _ in $(seq "$RUNS"); do
      start=$(date +%s%N)
      $c >/dev/null 2>&1 || true
      times+=($((($(date +%s%N) - start) / 1000)))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf '%-70s median %6.1f ms (%d runs)\n' "$c" "$(echo "$median / 1000" | bc -l)" "$RUNS"
  done
fi
