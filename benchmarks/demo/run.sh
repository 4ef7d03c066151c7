#!/usr/bin/env bash
# Wall time and peak memory of the demo and of `casebook generate`, each on a fresh database.
#
#   benchmarks/demo/run.sh demo                  # make demo DEMO_ARGS=--no-serve (SQLite)
#   benchmarks/demo/run.sh generate [N]          # casebook generate --cases N (default 1,000,000) on SQLite
#   PGTEST_PORT=54401 scripts/with-postgres benchmarks/demo/run.sh generate [N]   # ... on PostgreSQL
#
# Results (GNU time's "Elapsed" and "Maximum resident set size") go to stdout and to
# $BENCH_DIR (default: a new temporary directory), with the commands' own output.
set -euo pipefail
cd "$(dirname "$0")/../.."
export UV_PYTHON_DOWNLOADS=never CASEBOOK_MODE=test
out=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$out"
what=${1:-demo}

case "$what" in
demo)
    # A var directory of its own, so the benchmark never touches var/casebook.sqlite3.
    CASEBOOK_VAR_DIR="$out/var" /usr/bin/time -v -o "$out/demo.time" \
        make demo DEMO_ARGS=--no-serve >"$out/demo.log" 2>&1
    grep -E '^\[' "$out/demo.log" | grep -E 'Loaded|Writing|Done' || true
    grep -E 'Elapsed|Maximum resident' "$out/demo.time"
    ;;
generate)
    cases=${2:-1000000}
    if [ -z "${DATABASE_URL:-}" ]; then
        export CASEBOOK_VAR_DIR="$out/var"
    fi
    .venv/bin/casebook migrate -v0
    /usr/bin/time -v -o "$out/generate.time" \
        .venv/bin/casebook generate --cases "$cases" >"$out/generate.log" 2>&1
    tail -n 1 "$out/generate.log"
    grep -E 'Elapsed|Maximum resident' "$out/generate.time"
    ;;
*)
    echo "usage: $0 demo | generate [N]" >&2
    exit 2
    ;;
esac
echo "details in $out"
