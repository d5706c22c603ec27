#!/usr/bin/env bash
# This product beside the tools a user would pick instead, in one run (issue 19; results in BENCHMARKS.md):
#   extraction vs PdfPig alone and pdftotext -raw; indexing vs bare Lucene.Net with the stock NorwegianAnalyzer;
#   queries (with snippets, facets, grouping) vs bare Lucene top-10 and vs PostgreSQL full-text search
#   ('norwegian' configuration, GIN index, ts_rank, ts_headline) in a throw-away cluster on a socket in a temp folder;
#   the web search page under wrk on loopback (16 connections, bounded time) when wrk is installed.
# Usage: scripts/bench-peers.sh [pages]   (no argument: the corpus in corpus/; a number: a seeded generated council
#        archive of that many pages, `NorPreM.Bench generate --pages n`, kept in /tmp/norprem-archive-<n>-19 between runs)
#        scripts/bench-peers.sh --units pages   (the same generator's archive made straight to index units, no PDFs: the
#        query rows only — product, bare Lucene, PostgreSQL — for sizes whose PDFs would not fit the disk or the time,
#        e.g. --units 100000; both indexes are kept in ${UNITS_KEEP:-/tmp/norprem-units-<pages>-19} and reused by later runs)
# Ends with one line: peers: extract=<share of PdfPig> index=<share of Lucene> query-p99=<ms> lucene-p99=<ms> pg-p99=<ms> qps-vs-pg=<ratio>
# and writes the figures as JSON under bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
units=""
if [[ "${1:-}" == "--units" ]]; then
    units="${2:?--units needs a page count}"
    shift 2
fi
pages="${1:-}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="bench/results/$stamp${pages:+-p$pages}${units:+-u$units}"
mkdir -p "$out"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d /tmp/norprem-peers.XXXXXX)"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
cleanup() {
    if [[ -n "${pg_bin}" && -f "$work/pg/postmaster.pid" ]]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
    fi
    if [[ -n "${web_pid:-}" ]]; then kill "$web_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

dotnet build tools/NorPreM.Bench -c Release -v q -nologo >/dev/null
bench=tools/NorPreM.Bench/bin/Release/net10.0/NorPreM.Bench.dll
corpus="$PWD/corpus"
rounds=3
if [[ -n "$pages" ]]; then
    corpus="/tmp/norprem-archive-$pages-19"
    if [[ ! -f "$corpus/.complete" ]]; then
        echo "== generating a council archive of $pages pages in $corpus"
        dotnet "$bench" generate --pages "$pages" --out "$corpus" corpus
        touch "$corpus/.complete"
    fi
    rounds=1
fi
if [[ -n "$units" ]]; then
    echo "== .NET: this product and bare Lucene on the units of a generated $units-page archive (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    dotnet "$bench" peers "$corpus" --units "$units" --rounds 1 --keep "${UNITS_KEEP:-/tmp/norprem-units-$units-19}" --out "$out" | tee "$out/dotnet.txt"
else
    echo "== .NET: this product, PdfPig, pdftotext, bare Lucene ($corpus, load average $(cut -d' ' -f1-3 /proc/loadavg))"
    dotnet "$bench" peers "$corpus" --rounds "$rounds" --out "$out" | tee "$out/dotnet.txt"
fi

pg_p50=null; pg_p95=null; pg_p99=null; pg_qps=null
if [[ -n "$pg_bin" ]] && id postgres >/dev/null 2>&1; then
    echo "== PostgreSQL full-text search (throw-away cluster in $work/pg)"
    mkdir -p "$work/pg" "$work/sock"
    chown -R postgres "$work"
    chmod 755 "$work"
    cp "$out/units.tsv" "$out/queries.txt" "$work/"
    chown postgres "$work/units.tsv" "$work/queries.txt"
    runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -E UTF8 --locale=C.UTF-8 -A trust >/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -o "-k $work/sock -c listen_addresses='' -c shared_buffers=128MB" -w start >/dev/null
    psql_run() { runuser -u postgres -- psql -h "$work/sock" -d postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
    # No key on id: the product and bare Lucene index every unit as given (per document), and a generated archive
    # can repeat a case id across documents (the same council and case number in two bundles).
    psql_run <<SQL
CREATE TABLE units (id text, title text, body text, tsv tsvector);
\copy units (id, title, body) FROM '$work/units.tsv' WITH (FORMAT text)
UPDATE units SET body = replace(body, E'\\\\n', E'\n');
UPDATE units SET tsv = setweight(to_tsvector('norwegian', coalesce(title, '')), 'A') || to_tsvector('norwegian', body);
CREATE INDEX units_tsv ON units USING gin (tsv);
ANALYZE units;
SQL
    # Each query: ranked top 10 with a highlighted snippet, as the product answers; timed by psql per statement.
    python3 - "$work/queries.txt" "$work/queries.sql" <<'PY'
import sys
queries = [q for q in open(sys.argv[1], encoding='utf-8').read().splitlines() if q.strip()]
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    f.write('\\timing on\n')
    for rounds in range(3):
        for q in queries:
            lit = q.replace("'", "''")
            f.write(f"SELECT id, ts_rank(tsv, query) AS rank, ts_headline('norwegian', body, query, 'MaxFragments=1, MaxWords=35, MinWords=15') "
                    f"FROM units, plainto_tsquery('norwegian', '{lit}') query WHERE tsv @@ query ORDER BY rank DESC LIMIT 10;\n")
PY
    chown postgres "$work/queries.sql"
    psql_run -o /dev/null -f "$work/queries.sql" > "$work/pg-timing.txt" 2>&1 || true
    read -r pg_p50 pg_p95 pg_p99 pg_qps < <(python3 - "$work/pg-timing.txt" <<'PY'
import re, sys
ms = sorted(float(m.group(1)) for m in re.finditer(r'Time: ([0-9.]+) ms', open(sys.argv[1]).read()))
if not ms:
    print('null null null null'); sys.exit()
def p(q): return ms[min(len(ms) - 1, max(0, int(-(-q * len(ms) // 1)) - 1))]
print(f"{p(0.5):.3f} {p(0.95):.3f} {p(0.99):.3f} {1000.0 / (sum(ms) / len(ms)):.1f}")
PY
)
    echo "| PostgreSQL ts_rank + ts_headline top 10 | p50 $pg_p50 ms, p95 $pg_p95 ms, p99 $pg_p99 ms; $pg_qps q/s on 1 connection |"
else
    echo "PostgreSQL server not installed (apt-get install postgresql): its column stays empty."
fi

web_rps=null; web_p99=null; web_errors=null; web_rss=null; web_cold=null
if [[ -n "$units" ]]; then
    echo "Units without PDFs: the web app ingests PDFs, so the web load test was skipped."
    web_errors="skipped (units mode)"
elif command -v wrk >/dev/null 2>&1; then
    echo "== web search page under wrk (16 connections, 20 s, loopback; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    port=18080
    dotnet build src/Web -c Release -v q -nologo >/dev/null
    web_start=$(date +%s.%N)
    Logging__LogLevel__Default=Warning NorPreM__IndexPath="$work/web-index" NorPreM__CorpusPath="$corpus" ASPNETCORE_URLS="http://127.0.0.1:$port" \
        dotnet src/Web/bin/Release/net10.0/NorPreM.Web.dll >"$work/web.log" 2>&1 &
    web_pid=$!
    # The app ingests the whole archive before it answers (its extract workers stay running, one per core); bounded wait.
    web_ready=no
    for _ in $(seq 1 "${WEB_WAIT_SECONDS:-5400}"); do
        if curl -fsS "http://127.0.0.1:$port/api/search?q=helsedata" 2>/dev/null | grep -q '"totalHits":[1-9]'; then web_ready=yes; break; fi
        if ! kill -0 "$web_pid" 2>/dev/null; then break; fi
        sleep 1
    done
    web_cold="$(python3 -c "import time; print(f'{time.time() - $web_start:.1f}')")"
    if [[ "$web_ready" == yes ]]; then
        echo "| web cold start (launch, ingest of $corpus, first answer) | ${web_cold} s |"
        wrk -t 2 -c 16 -d 20s --timeout 10s --latency "http://127.0.0.1:$port/?q=helsedata" | tee "$work/wrk.txt" || true
        web_rps="$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")"
        web_p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
        web_errors="$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt" | tr -d '\n')"
        web_errors="${web_errors:-0}"
        web_rss="$(awk '/VmHWM/ {print $2}' "/proc/$web_pid/status" 2>/dev/null || echo null)"
        echo "| web /?q=helsedata | ${web_rps:-?} req/s, p99 ${web_p99:-?}, errors: $web_errors, peak RSS ${web_rss} kB |"
    else
        web_errors="not ready after ${web_cold} s"
        echo "| web | not ready after ${web_cold} s (see $work/web.log): no load test |"
        tail -n 20 "$work/web.log" || true
    fi
    kill "$web_pid" 2>/dev/null || true
    wait "$web_pid" 2>/dev/null || true
    web_pid=
else
    echo "wrk not installed (apt-get install wrk): the web load test was skipped."
fi

python3 - "$out" "$pg_p50" "$pg_p95" "$pg_p99" "$pg_qps" "${web_rps:-null}" "${web_p99:-null}" "${web_errors:-null}" "${web_rss:-null}" "${web_cold:-null}" "$load_start" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, sys
out, pg_p50, pg_p95, pg_p99, pg_qps, web_rps, web_p99, web_errors, web_rss, web_cold, load_start, load_end = sys.argv[1:]
num = lambda s: None if s in ('null', '') else float(s.rstrip('ms')) if s.replace('.', '', 1).rstrip('ms').isdigit() else s
d = json.load(open(f'{out}/peers-dotnet.json'))
d['postgres'] = {'p50': num(pg_p50), 'p95': num(pg_p95), 'p99': num(pg_p99), 'qps1': num(pg_qps)}
d['web'] = {'rps': num(web_rps), 'p99': web_p99 if web_p99 != 'null' else None, 'errors': web_errors, 'peakRssKB': num(web_rss), 'coldStartSeconds': num(web_cold)}
d['loadAverage'] = {'start': load_start, 'end': load_end}
json.dump(d, open(f'{out}/peers.json', 'w'), indent=2)
q = d['query']
pg = d['postgres']
ratio = f"{q['qps1'] / pg['qps1']:.1f}" if pg['qps1'] else 'n/a'
extract = f"{d['extract']['shareOfPdfPig']:.2f}" if d.get('extract') else 'n/a'
print(f"peers: extract={extract} index={d['index']['shareOfLucene']:.2f} query-p99={q['p99']:.2f} "
      f"lucene-p99={q['luceneP99']:.2f} pg-p99={pg['p99'] if pg['p99'] is not None else 'n/a'} qps-vs-pg={ratio}")
if 'cpuMean' in q:
    print(f"query-cpu: product p50={q['cpuP50']:.2f} p99={q['cpuP99']:.2f} mean={q['cpuMean']:.2f} ms; lucene p50={q['luceneCpuP50']:.2f} "
          f"p99={q['luceneCpuP99']:.2f} mean={q['luceneCpuMean']:.2f} ms; p99 ratio={q['p99'] / q['luceneP99']:.1f}")
w = d['web']
print(f"web: p99={w['p99'] or 'n/a'} rps={w['rps'] if w['rps'] is not None else 'n/a'} errors={w['errors']} peak-rss-kb={w['peakRssKB'] if w['peakRssKB'] is not None else 'n/a'} "
      f"cold-start-s={w['coldStartSeconds'] if w['coldStartSeconds'] is not None else 'n/a'}; load average {load_start} at start, {load_end} at end")
PY
rm -f "$out/units.tsv"
echo "results: $out/peers.json"
