#!/usr/bin/env bash
# Load test of issue 20 on loopback only: the web app (Release) on the corpus, `wrk` sending ordinary searches (words,
# pairs, phrases, case numbers and filters drawn from the corpus's vocabulary, so the answer cache rarely helps) on 16
# connections beside 16 connections of costly queries (12 unknown words, new ones each request), for DURATION seconds
# (default 60). Prints each side's latency percentiles and answers by status; exits 1 when the ordinary p99 exceeds
# 100 ms or any answer is a 5xx. Usage: scripts/load-test.sh [duration-seconds] [ordinary-connections] [costly-connections]
# LOAD_APP_ARGS adds settings to the app, e.g. LOAD_APP_ARGS=--NorPreM:SearchCacheEntries=0 (every search runs).
# The app serves a copy of corpus/ (plus the PDFs in LOAD_EXTRA, if any). LOAD_UPLOADS="a.pdf b.pdf" copies those PDFs
# into that folder one by one while wrk runs and times each until it is searchable (scripts/load/upload.py).
# LOAD_INDEX=folder keeps the index there between runs (the first run builds it; later ones start at once).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-60}
ordinary=${2:-16}
costly=${3:-16}
command -v wrk >/dev/null || { echo "wrk mangler (apt-get install wrk)"; exit 2; }

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet build src/Web -c Release -v q -nologo >/dev/null
mkdir -p "$work/corpus"
cp corpus/*.pdf ${LOAD_EXTRA:-} "$work/corpus/"
dotnet src/Web/bin/Release/net10.0/NorPreM.Web.dll --urls "http://127.0.0.1:$port" \
  --NorPreM:CorpusPath="$work/corpus" --NorPreM:IndexPath="${LOAD_INDEX:-$work/index}" --Logging:LogLevel:Default=Warning \
  --Logging:LogLevel:NorPreM.Web.Hosting.PipelineIngestion=Information ${LOAD_APP_ARGS:-} >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; wait $web 2>/dev/null; [ -n "${KEEP_LOAD_OUTPUT:-}" ] || rm -rf "$work"' EXIT

base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  if curl -fsS "$base/api/status" 2>/dev/null | grep -qi '"phase":"ready"'; then break; fi
  sleep 1
done
curl -fsS "$base/api/status" | grep -qi '"phase":"ready"' || { echo "the app never became ready"; cat "$work/web.log"; exit 2; }
curl -fsS "$base/api/search?q=helsedata" >/dev/null
# The ordinary searches are composed from the corpus's own words (scripts/load/make-pool.py), new ones each request.
export LOAD_POOL="$work/pool.tsv"
python3 scripts/load/make-pool.py "${LOAD_INDEX:-$work/index}/knowledge.json" "$LOAD_POOL"

export LOAD_DIR="$PWD/scripts/load"
# CPU time the app used (user + system, clock ticks): what a search costs, whatever else the machine runs.
cpu() { awk '{ print $14 + $15 }' "/proc/$web/stat"; }
cpuBefore=$(cpu)
echo "== $duration s: $ordinary ordinary + $costly costly connections on $base"
costlyRun=""
if [ "$costly" -gt 0 ]; then
  wrk -t1 -c"$costly" -d"${duration}s" --timeout 10s --latency -s scripts/load/costly.lua "$base" >"$work/costly.txt" 2>&1 &
  costlyRun=$!
else
  : >"$work/costly.txt"
fi
uploadRun=""
if [ -n "${LOAD_UPLOADS:-}" ]; then
  (sleep 5; python3 scripts/load/upload.py "$base" "$work/corpus" $LOAD_UPLOADS) >"$work/uploads.txt" 2>&1 &
  uploadRun=$!
fi
wrk -t1 -c"$ordinary" -d"${duration}s" --timeout 10s --latency -s scripts/load/ordinary.lua "$base" >"$work/ordinary.txt" 2>&1
[ -z "$costlyRun" ] || wait "$costlyRun"
uploadStatus=0
[ -z "$uploadRun" ] || wait "$uploadRun" || uploadStatus=$?
rss=$(ps -o rss= -p $web | tr -d ' ')
cpuUsed=$(( $(cpu) - cpuBefore ))
echo "-- ordinary"; grep -E 'Requests/sec|status:|latency p|distinct' "$work/ordinary.txt" || true
echo "-- costly";   grep -E 'Requests/sec|status:|latency p' "$work/costly.txt" || true
echo "web RSS after the run: $((rss / 1024)) MB"
answered=$(grep -h 'status:' "$work/ordinary.txt" "$work/costly.txt" | sed 's/status: //' | tr ' ' '\n' | grep -v '^429' | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }')
awk -v t="$cpuUsed" -v hz="$(getconf CLK_TCK)" -v n="$answered" -v d="$duration" \
  'BEGIN { printf "web CPU: %.1f s in %d s (%.2f cores), %.2f ms per answered search\n", t / hz, d, t / hz / d, n ? 1000 * t / hz / n : 0 }'

[ -z "$uploadRun" ] || { echo "-- uploads"; cat "$work/uploads.txt"; grep -o 'Indeksert .*' "$work/web.log" || true; }

p99=$(grep 'latency p99:' "$work/ordinary.txt" | awk '{print $3}')
fivexx=$(grep -h 'status:' "$work/ordinary.txt" "$work/costly.txt" | sed 's/.*5xx=//' | awk '{ s += $1 } END { print s + 0 }')
echo "load: ordinary-p99=${p99}ms 5xx=$fivexx load-average=$(cut -d' ' -f1-3 /proc/loadavg)"
awk -v p="$p99" -v f="$fivexx" -v u="$uploadStatus" 'BEGIN { exit !(p <= 100 && f == 0 && u == 0) }'
