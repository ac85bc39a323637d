#!/usr/bin/env bash
# Run every fuzz target of tok for SECONDS each (default 600), two at a time.
# Needs cargo-fuzz (cargo install cargo-fuzz); the installed stable compiler
# is enough with RUSTC_BOOTSTRAP=1. Crashes land in fuzz/artifacts/<target>/;
# turn each into a regression test (see README "Fuzzing").
#   bash fuzz/run.sh            # all targets, 10 minutes each
#   bash fuzz/run.sh 60 jwt     # one target, one minute
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' Cargo.toml | grep -v tok-fuzz)
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
seed() { # a small starting corpus per target, made here (nothing is downloaded)
  local dir=corpus/$1; mkdir -p "$dir"
  printf '\0\144{"access_token":"AT","token_type":"bearer","expires_in":3600,"refresh_token":"R","scope":"s"}' >"$dir/ok"
  printf '\1\54{"error":"invalid_grant","error_description":"bad"}' >"$dir/err"
  printf '\0\144{"accessToken":"AT","expiresIn":1800000}' >"$dir/legacy"
  printf '\0\144{"AccessToken":"AT","ExpiresIn":3600,"TokenType":"Bearer","RefreshToken":"R","Error":null}' >"$dir/pascal"
  printf '{"version":2,"key":"k","provider":"p","profile":"d","identity":"i","endpoint":"e","scope":null,"access_token":"A","token_type":"Bearer","expires_at":2e9,"obtained_at":1e9,"refresh_token":null,"secrets":{}}' >"$dir/entry"
  printf '\1{"version":2,"key":"fuzz key text","provider":"p","profile":"d","identity":"i","endpoint":"e","scope":null,"access_token":"A","token_type":"Bearer","expires_at":2e9,"obtained_at":1e9,"refresh_token":"R","secrets":{}}' >"$dir/shared"
  printf 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE5MDAwMDAwMDB9.c2ln' >"$dir/jwt"
  printf '\0\144{"device_code":"D","user_code":"WDJB-MJHT","verification_uri":"https://idp.test/device","verification_uri_complete":"https://idp.test/device?user_code=WDJB-MJHT","expires_in":1800,"interval":5}' >"$dir/device"
  printf 'code=C&state=tok-state-0123456789' >"$dir/redirect"
  printf 'error=access_denied&error_description=no%%0Away&state=tok-state-0123456789' >"$dir/redirect-error"
  printf 'protocol=https\nhost=git.example.com:8443\ncapability[]=authtype\npassword=AT-0\n\n' >"$dir/git"
}
run() {
  seed "$1"
  nice -n 19 cargo fuzz run -O "$1" "corpus/$1" -- -max_total_time="$secs" -rss_limit_mb=2048 \
    >"fuzz-$1.log" 2>&1 && echo "$1: ok ($(grep -o 'Done [0-9]* runs' "fuzz-$1.log" | tail -1))" \
    || { echo "$1: FAILED, see fuzz/fuzz-$1.log"; return 1; }
}
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" & a=$!
  if [ $((i + 1)) -lt ${#targets[@]} ]; then run "${targets[i + 1]}" & b=$!; wait $b || status=1; fi
  wait $a || status=1
done
exit $status
