#!/usr/bin/env bash
# tok's benchmark: a cache hit vs `cat` of the file it reads, a cold fetch vs
# `curl | jq`, a hit through a config-file account, `tok curl` on a hit vs
# plain `curl -H`, 32 cold processes at
# once, peak RSS and binary size, all against a loopback token server in one
# run. Prints a Markdown report.
#
#   bash bench/run.sh           full run (about two minutes)
#   bash bench/run.sh --smoke   a few runs, to keep the script working (CI)
#   bash bench/run.sh --static  full run of a static-pie build (x86_64 glibc
#                               Linux: see BENCHMARKS.md for its trade-off)
#
# Needs hyperfine, curl, jq and /usr/bin/time (Debian: hyperfine curl jq time).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=300 warmup=30 rounds=10 static=
if [ "${1:-}" = "--smoke" ]; then runs=5 warmup=1 rounds=2; fi
if [ "${1:-}" = "--static" ]; then static=x86_64-unknown-linux-gnu; fi

for tool in hyperfine curl jq /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install hyperfine curl jq time)" >&2; exit 1; }
done

cargo build --release --quiet --example bench_server
if [ -n "$static" ]; then
  # --target keeps the flag off proc-macros, which cannot be static
  RUSTFLAGS="-C target-feature=+crt-static" cargo build --release --quiet \
    --target "$static" --target-dir target/static
  tok="$PWD/target/static/$static/release/tok"
else
  cargo build --release --quiet
  tok="$PWD/target/release/tok"
fi

work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
target/release/examples/bench_server > "$work/port" &
server_pid=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.05; done
port=$(head -n1 "$work/port")
base="http://127.0.0.1:$port"
url="$base/oauth2/token"

# a clean, isolated environment for every command measured
unset $(env | grep -E '^(TOK_|HTTPS?_PROXY|https?_proxy|ALL_PROXY|all_proxy|NO_PROXY|no_proxy|RUST_BACKTRACE|GITHUB_ACTIONS)' | cut -d= -f1) 2>/dev/null || true
export HOME="$work/home" TOK_CACHE_DIR="$work/cache"
export TOK_ELFSQUAD_CLIENT_ID=bench-client TOK_ELFSQUAD_CLIENT_SECRET=bench-secret
mkdir -p "$HOME"

hits() { curl -s "$base/hits"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "met" : "**missed**" }'; }
mean_ms() { jq -r ".results[$2].mean * 1000" "$1"; }
ratio() { jq -r "(.results[0].mean / .results[1].mean) * 100 | round / 100" "$1"; }

# tok against its baseline is a comparison of two short times on a
# machine whose speed drifts: measured as $pairs rounds of (tok, baseline),
# each round's medians; reported as the median round (by ratio, or by
# difference) with the lowest and highest.
pairs=5
[ "$runs" -lt 50 ] && pairs=1
paired() { # name cmd-a cmd-b: writes $work/name.pairs: ratio a_ms b_ms a-b_ms per round
  : > "$work/$1.pairs"
  for _ in $(seq "$pairs"); do
    hyperfine -N --style none --warmup "$warmup" --runs "$(( runs / pairs ))" --export-json "$work/$1.json" \
      "$2" "$3" >/dev/null 2>>"$work/hyperfine.log"
    jq -r '[.results[0].median, .results[1].median]
      | "\(.[0] / .[1]) \(.[0] * 1000) \(.[1] * 1000) \((.[0] - .[1]) * 1000)"' \
      "$work/$1.json" >> "$work/$1.pairs"
  done
}
# the median round by column $2 (1 ratio, 4 difference): its column $3
mid() {
  sort -g -k"$2","$2" "$work/$1.pairs" |
    awk -v col="$3" '{a[NR]=$col} END {printf "%.2f", a[int((NR+1)/2)]}'
}
range() { sort -g -k"$2","$2" "$work/$1.pairs" | awk -v c="$2" 'NR==1{lo=$c} {hi=$c} END {printf "%.2f–%.2f", lo, hi}'; }

# a. cache hit vs cat of the entry it reads
"$tok" get elfsquad --token-url "$url" >/dev/null
entry=$(ls "$TOK_CACHE_DIR"/*.json)
before=$(hits)
paired hit "$tok get elfsquad --token-url $url" "cat $entry"
[ "$(hits)" = "$before" ] || { echo "bench: a cache hit called the endpoint" >&2; exit 1; }

# b. cold fetch vs curl | jq (both through the shell; hyperfine subtracts its cost)
hyperfine --style none --warmup "$warmup" --runs "$runs" --export-json "$work/cold.json" \
  "$tok get elfsquad --no-cache --token-url $url" \
  "curl -s -X POST -d client_id=bench-client -d client_secret=bench-secret -d grant_type=client_credentials -d scope=Elfskot.Api $url | jq -r .access_token" \
  >/dev/null 2>>"$work/hyperfine.log"

# f. a cache hit through a config-file account vs cat of the entry
cat > "$work/config.toml" <<TOML
[accounts.bench-account]
provider = "elfsquad"
client-id = "bench-client"
token-url = "$url"
client-secret = { env = "BENCH_ACCOUNT_SECRET" }
TOML
export BENCH_ACCOUNT_SECRET=bench-secret
before=$(hits)
TOK_CONFIG="$work/config.toml" "$tok" get bench-account >/dev/null
TOK_CONFIG="$work/config.toml" paired account "$tok get bench-account" "cat $entry"
[ "$(hits)" = "$before" ] || { echo "bench: an account's cache hit called the endpoint (it must share the entry)" >&2; exit 1; }

# g. git's credential helper on a hit through the same account vs cat
# (hyperfine gives it an empty stdin: git's request with no host, answered)
before=$(hits)
TOK_CONFIG="$work/config.toml" paired git "$tok git-credential bench-account get" "cat $entry"
[ "$(hits)" = "$before" ] || { echo "bench: git-credential on a hit called the endpoint" >&2; exit 1; }

before_curl=$(hits)
# e. tok curl on a cache hit vs curl with the header typed in (same API)
"$tok" get elfsquad --token-url "$url" >/dev/null
token=$("$tok" get elfsquad --token-url "$url")
paired curl "$tok curl elfsquad --token-url $url -- -s $base/api" \
  "curl -s -H 'Authorization: Bearer $token' $base/api"
[ "$(hits)" = "$before_curl" ] || { echo "bench: tok curl on a cache hit called the token endpoint" >&2; exit 1; }

# c. 32 processes on a cold cache
calls_all=() walls=()
for _ in $(seq "$rounds"); do
  rm -rf "$TOK_CACHE_DIR"
  before=$(hits)
  start=$(date +%s%N)
  pids=()
  for i in $(seq 32); do "$tok" get elfsquad --token-url "$url" > "$work/out.$i" & pids+=($!); done
  wait "${pids[@]}"
  end=$(date +%s%N)
  calls=$(( $(hits) - before ))
  distinct=$(cat "$work"/out.* | sort -u | wc -l)
  [ "$calls" = 1 ] && [ "$distinct" = 1 ] || { echo "bench: 32 processes made $calls calls, printed $distinct tokens" >&2; exit 1; }
  calls_all+=("$calls")
  walls+=("$(( (end - start) / 1000 ))")
done
wall32_ms=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}')

# h. the shared tier (Redis): a shared hit with the local cache empty vs
# `cat` and vs `redis-cli GET` of the entry; 64 processes on 4 machines
shared_rows=
if command -v redis-server >/dev/null && command -v redis-cli >/dev/null; then
  rport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  mkdir -p "$work/redis"
  ( umask 077; printf 'port %s\nbind 127.0.0.1\nsave ""\nappendonly no\ndir %s\nuser default off\nuser tok on >bench-redis-pw ~tok:* +@all\n' \
      "$rport" "$work/redis" > "$work/redis/redis.conf" )
  redis-server "$work/redis/redis.conf" >/dev/null 2>&1 &
  redis_pid=$!
  trap 'kill $redis_pid 2>/dev/null; cleanup' EXIT
  for _ in $(seq 100); do redis-cli -p "$rport" ping >/dev/null 2>&1 && break; sleep 0.05; done
  "$tok" cache keygen > "$work/fleet.key"
  export REDISCLI_AUTH=bench-redis-pw
  shared_env="TOK_CACHE_URL=redis://tok@127.0.0.1:$rport/0 TOK_CACHE_PASSWORD=bench-redis-pw TOK_CACHE_KEY_FILE=$work/fleet.key"
  env $shared_env TOK_CACHE_DIR="$work/m0" "$tok" get elfsquad --token-url "$url" >/dev/null
  skey=$(redis-cli --no-auth-warning --user tok -p "$rport" --scan --pattern 'tok:*:e' | head -n1)
  before=$(hits)
  hyperfine -N --style none --warmup "$warmup" --runs "$runs" --export-json "$work/shared.json" \
    --prepare "rm -rf $work/m1" \
    "env $shared_env TOK_CACHE_DIR=$work/m1 $tok get elfsquad --token-url $url" \
    "redis-cli --no-auth-warning --user tok -p $rport GET $skey" \
    "cat $entry" >/dev/null 2>>"$work/hyperfine.log"
  [ "$(hits)" = "$before" ] || { echo "bench: a shared hit called the endpoint" >&2; exit 1; }
  fleet_calls=()
  for _ in $(seq "$rounds"); do
    redis-cli --no-auth-warning --user tok -p "$rport" DEL "$skey" >/dev/null
    rm -rf "$work"/m[1-4]
    before=$(hits)
    pids=()
    for m in 1 2 3 4; do for i in $(seq 16); do
      env $shared_env TOK_CACHE_DIR="$work/m$m" "$tok" get elfsquad --token-url "$url" > "$work/fleet.$m.$i" & pids+=($!)
    done; done
    wait "${pids[@]}"
    fleet_calls+=("$(( $(hits) - before ))")
  done
  sh_ms=$(jq -r '.results[0].median * 1000 | . * 100 | round / 100' "$work/shared.json")
  rc_ms=$(jq -r '.results[1].median * 1000 | . * 100 | round / 100' "$work/shared.json")
  sc_ms=$(jq -r '.results[2].median * 1000 | . * 100 | round / 100' "$work/shared.json")
  sh_rc=$(jq -r '(.results[0].median / .results[1].median) * 100 | round / 100' "$work/shared.json")
  sh_cat=$(jq -r '(.results[0].median / .results[2].median) * 100 | round / 100' "$work/shared.json")
  shared_rows="| shared-tier hit, local cache empty, vs \`redis-cli GET\` of the entry (medians) | $sh_ms ms | $rc_ms ms | ${sh_rc}× | ≤ 2.0× | $(verdict "$sh_rc" 2.0) |
| shared-tier hit, local cache empty, vs \`cat\` of a local entry (medians) | $sh_ms ms | $sc_ms ms | ${sh_cat}× | | |
| 64 processes on 4 machines (shared tier), cold: endpoint calls | ${fleet_calls[*]} | | | 1 each round | $( [ "$(printf '%s\n' "${fleet_calls[@]}" | sort -u)" = 1 ] && echo met || echo '**missed**') |"
else
  shared_rows="| shared tier | not measured: redis-server is not installed | | | | |"
fi

# d. peak RSS of a hit (max of 10) and binary size
rss_kib=0
for _ in $(seq 10); do
  r=$( { /usr/bin/time -f %M "$tok" get elfsquad --token-url "$url" >/dev/null; } 2>&1 )
  [ "$r" -gt "$rss_kib" ] && rss_kib=$r
done
size=$(stat -c %s "$tok")

hit_ms=$(mid hit 1 2); cat_ms=$(mid hit 1 3); hit_ratio=$(mid hit 1 1)
cold_ms=$(mean_ms "$work/cold.json" 0); curl_ms=$(mean_ms "$work/cold.json" 1)
cold_ratio=$(ratio "$work/cold.json")
tokcurl_ms=$(mid curl 4 2); plaincurl_ms=$(mid curl 4 3); curl_overhead=$(mid curl 4 4)
acct_ms=$(mid account 1 2); acct_cat_ms=$(mid account 1 3); acct_ratio=$(mid account 1 1)
git_ms=$(mid git 1 2); git_cat_ms=$(mid git 1 3); git_ratio=$(mid git 1 1)

cat <<REPORT
| measure | tok | baseline | ratio | target | |
|---|---|---|---|---|---|
| cache hit vs \`cat\` of the entry (median of $pairs rounds; range) | $hit_ms ms | $cat_ms ms | ${hit_ratio}× ($(range hit 1)) | ≤ 2.0× | $(verdict "$hit_ratio" 2.0) |
| cache hit through a config-file account vs \`cat\` (median of $pairs rounds; range) | $acct_ms ms | $acct_cat_ms ms | ${acct_ratio}× ($(range account 1)) | ≤ 1.5× | $(verdict "$acct_ratio" 1.5) |
| \`tok git-credential ACCOUNT get\` on a hit vs \`cat\` (median of $pairs rounds; range) | $git_ms ms | $git_cat_ms ms | ${git_ratio}× ($(range git 1)) | ≤ 1.5× | $(verdict "$git_ratio" 1.5) |
| cold fetch vs \`curl \| jq\` | $(printf %.2f "$cold_ms") ms | $(printf %.2f "$curl_ms") ms | ${cold_ratio}× | ≤ 1.0× | $(verdict "$cold_ratio" 1.0) |
| \`tok curl\` on a cache hit vs \`curl -H\` typed in (median of $pairs rounds; range) | $tokcurl_ms ms | $plaincurl_ms ms | +${curl_overhead} ms ($(range curl 4)) | ≤ +3 ms | $(verdict "$curl_overhead" 3) |
| 32 processes, cold cache: endpoint calls | ${calls_all[*]} | | | 1 each round | $( [ "$(printf '%s\n' "${calls_all[@]}" | sort -u)" = 1 ] && echo met || echo '**missed**') |
| 32 processes, cold cache: wall time (median of $rounds) | ${wall32_ms} ms | one cold fetch: $(printf %.2f "$cold_ms") ms | | | |
| peak RSS of a cache hit | $(awk -v k="$rss_kib" 'BEGIN{printf "%.1f", k/1024}') MiB | | | ≤ 8 MiB | $(verdict "$rss_kib" 8192) |
$shared_rows
| stripped release binary | $(awk -v s="$size" 'BEGIN{printf "%.2f", s/1048576}') MiB | | | ≤ 8 MiB | $(verdict "$size" 8388608) |

build: ${static:+static-pie ($static)}${static:-dynamic (cargo build --release)}; runs per hyperfine measure: $runs (warmup $warmup; the hit and curl rows: $pairs rounds of $(( runs / pairs )) each, times are medians); $(nproc) cores; $(date -u +%Y-%m-%d)
REPORT
