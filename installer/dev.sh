#!/usr/bin/env bash
# MotCua developer entry point: the only two commands a contributor needs.
#   installer/dev.sh run    install packages, build, start motcua-server with demo data and the client
#   installer/dev.sh test   install packages, build, run the whole CTest suite, the codec fuzzer and
#                           the sanitizer suites (non-zero on failure; MOTCUA_SANITIZERS=0 skips
#                           the sanitizer suites for a quicker local run)
# Everything comes from Debian 12 packages, except the API contract test's Stoplight Prism, which
# comes from npm at the version pinned in tests/contract/package-lock.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${MOTCUA_BUILD_DIR:-$ROOT/build/dev}
FUZZ_BUILD=${MOTCUA_FUZZ_BUILD_DIR:-$ROOT/build/fuzz}
ASAN_BUILD=${MOTCUA_ASAN_BUILD_DIR:-$ROOT/build/asan}
TSAN_BUILD=${MOTCUA_TSAN_BUILD_DIR:-$ROOT/build/tsan}
JOBS=${MOTCUA_JOBS:-2}

# Debian packages the build, the tests and the run need. Keep in step with README.md.
PACKAGES=(
  build-essential cmake ninja-build pkg-config git ccache mold
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-multimedia-dev libqt6sql6-sqlite qt6-qpa-plugins
  libpoco-dev libsqlite3-dev sqlite3 libpq-dev libargon2-dev postgresql
  libzxing-dev libsane-dev sane-utils
  clang libclang-rt-14-dev clang-tidy
  fonts-noto-core fonts-dejavu-core openssl
  xvfb xauth
  python3-aiosmtpd
  poppler-utils zbar-tools cups cups-client cups-bsd printer-driver-cups-pdf libpoppler-qt6-dev qt6-image-formats-plugins
)

log() { printf '\033[1mdev.sh:\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all ${#PACKAGES[@]} Debian packages present"
    return
  fi
  log "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
    --no-install-recommends "${missing[@]}"
}

# Stoplight Prism for the API contract tests (*_contract, docs/API.md): `npm ci` from the lock
# file into tests/contract/node_modules, again only when the lock file changed. Node.js and npm
# come from Debian unless the machine already has an npm (NodeSource's nodejs carries its own
# and conflicts with Debian's npm package).
install_contract_tools() {
  local dir=$ROOT/tests/contract stamp=$ROOT/tests/contract/node_modules/.motcua-lock
  if ! command -v npm >/dev/null; then
    log "installing: nodejs npm"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
      --no-install-recommends nodejs npm
  fi
  if [ -x "$dir/node_modules/.bin/prism" ] && cmp -s "$dir/package-lock.json" "$stamp"; then
    log "Stoplight Prism present ($dir)"
    return
  fi
  log "installing Stoplight Prism from npm (tests/contract/package-lock.json)"
  # --ignore-scripts: Prism needs no install scripts (one of its dependencies' only phones home).
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund)
  cp "$dir/package-lock.json" "$stamp"
}

# Every tree compiles through ccache. Its base directory is the checkout, so a second clone (CI's)
# reuses what the first compiled; CCACHE_DISABLE=1 measures a cold build (docs/PERFORMANCE.md).
export CCACHE_BASEDIR=$ROOT CCACHE_NOHASHDIR=true
CCACHE=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

# The main tree: RelWithDebInfo with line tables only (-g1): backtraces keep file and line, and
# it compiles a quarter faster than with full debug information. For a debugger, the "debug"
# preset (CMakePresets.json) has everything.
configure_and_build() {
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMOTCUA_WERROR=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
    "${CCACHE[@]}"
  cmake --build "$BUILD" -j "$JOBS"
}

build_fuzzers() {
  # The codec fuzzer needs clang's libFuzzer and sanitizers: a separate build tree.
  CC=clang CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    "${CCACHE[@]}" -DMOTCUA_FUZZ=ON -DMOTCUA_WERROR=ON -DMOTCUA_FUZZ_SECONDS="${MOTCUA_FUZZ_SECONDS:-30}"
  cmake --build "$FUZZ_BUILD" -j "$JOBS" --target fuzz_codec
}

# A sanitizer tree (MOTCUA_SANITIZE, CMakeLists.txt, which sets the levels): gcc, only the target
# motcua_sanitized (the tests labelled "sanitized" and the processes they start), then only those
# tests. Reports fail the test that saw them, the server's included (tests/support/ServerProcess).
sanitizer_phase() {
  local dir=$1 sanitize=$2
  log "sanitizer tree $dir ($sanitize)"
  cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMOTCUA_WERROR=ON \
    "${CCACHE[@]}" -DMOTCUA_SANITIZE="$sanitize" &&
    cmake --build "$dir" -j "$JOBS" --target motcua_sanitized &&
    ctest --test-dir "$dir" -L sanitized --output-on-failure -j "$JOBS"
}

cmd_test() {
  install_packages
  install_contract_tools
  configure_and_build
  build_fuzzers
  local rc=0
  ctest --test-dir "$BUILD" --output-on-failure -j "$JOBS" || rc=1
  # The codec fuzzer (about 30 s), built with clang + ASan/UBSan/LSan in its own tree.
  ctest --test-dir "$FUZZ_BUILD" --output-on-failure || rc=1
  # The server, the domain core and the client core under ASan + UBSan (with LeakSanitizer), then
  # the server's concurrency tests under ThreadSanitizer (docs/PERFORMANCE.md, "CI time").
  if [ "${MOTCUA_SANITIZERS:-1}" != 0 ]; then
    sanitizer_phase "$ASAN_BUILD" address,undefined || rc=1
    sanitizer_phase "$TSAN_BUILD" thread || rc=1
  else
    log "sanitizer suites skipped (MOTCUA_SANITIZERS=0)"
  fi
  [ $rc -eq 0 ] && log "all tests passed" || log "TESTS FAILED"
  return $rc
}

cmd_run() {
  install_packages
  configure_and_build
  local data=${MOTCUA_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/motcua/server}
  mkdir -p "$data"
  "$ROOT/installer/run-local.sh" "$BUILD" "$data"
}

case "${1:-}" in
  test) cmd_test ;;
  run) cmd_run ;;
  *) echo "usage: installer/dev.sh run|test" >&2; exit 2 ;;
esac
