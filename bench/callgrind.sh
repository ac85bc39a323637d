#!/usr/bin/env bash
# Instructions executed by a cache hit through a config-file account (and by
# `cat` of the entry it reads), counted by valgrind's callgrind: figures that
# do not drift with the machine's load, unlike the wall-clock rows of
# bench/run.sh. Prints one line per command.
#
#   bash bench/callgrind.sh [TOK_BINARY]   (default: a fresh release build)
#
# Needs valgrind (Debian: valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
cargo build --release --quiet --example bench_server
if [ -n "${1:-}" ]; then tok=$1; else cargo build --release --quiet; tok="$PWD/target/release/tok"; fi

work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
target/release/examples/bench_server > "$work/port" &
server_pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
url="http://127.0.0.1:$(head -n1 "$work/port")/oauth2/token"
cat > "$work/config.toml" <<TOML
[accounts.bench-account]
provider = "elfsquad"
client-id = "bench-client"
token-url = "$url"
client-secret = { env = "BENCH_ACCOUNT_SECRET" }
TOML
mkdir -p "$work/home"
# the smallest environment, so the count does not depend on the caller's
clean=(env -i "PATH=/usr/bin:/bin" "HOME=$work/home" "TOK_CACHE_DIR=$work/cache"
  "TOK_CONFIG=$work/config.toml" "BENCH_ACCOUNT_SECRET=bench-secret")
"${clean[@]}" "$tok" get bench-account >/dev/null
entry=$(ls "$work"/cache/*.json)
count() { # label command... (the profile is kept in $CALLGRIND_KEEP when set)
  local label=$1; shift
  "${clean[@]}" valgrind --tool=callgrind --callgrind-out-file="$work/out" "$@" 2>&1 >/dev/null |
    sed -n "s/.*Collected : \([0-9]*\).*/$label: \1 instructions/p"
  if [ -n "${CALLGRIND_KEEP:-}" ]; then cp "$work/out" "$CALLGRIND_KEEP.$(echo "$label" | tr -c 'a-z0-9\n' _)"; fi
}
count "tok get bench-account (hit)" "$tok" get bench-account
count "tok git-credential bench-account get (hit)" "$tok" git-credential bench-account get </dev/null
count "cat of the entry" cat "$entry"
