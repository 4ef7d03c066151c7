#!/usr/bin/env bash
# The queue page against a bare page on the same gunicorn server (2 workers, production
# settings, PostgreSQL with N cases), at 1, 8 and 32 concurrent clients, with wrk.
#
#   benchmarks/serve/run.sh [--writer] [CASES] [SECONDS]      (defaults 1000000 and 20)
#
# --writer: during the measurement, another process changes one case's status every 100 ms
# (benchmarks/serve/writer.py), as a busy helpline would: each change makes every worker drop
# its copy of the queue's results (casebook.cases.queue_copy).
#
# The cases come as in benchmarks/queue: 20,000 from `casebook generate`, copied up to CASES.
# By default in a throwaway cluster (scripts/with-postgres). With BENCH_DATABASE_URL naming a
# database of your own, that one is used and kept: it is filled only if it holds fewer than
# CASES cases, so a second run measures again without building a million cases again.
set -euo pipefail
cd "$(dirname "$0")/../.."
export UV_PYTHON_DOWNLOADS=never PATH="$HOME/.local/bin:$PATH"
writer=0
if [ "${1:-}" = "--writer" ]; then
  writer=1
  shift
fi
cases=${1:-1000000}
seconds=${2:-20}
command -v wrk > /dev/null || { apt-get install -y -qq wrk > /dev/null; }
export PGTEST_PORT=${PGTEST_PORT:-54420}
export CASEBOOK_MODE=production
if [ -n "${BENCH_DATABASE_URL:-}" ]; then
  export DATABASE_URL=$BENCH_DATABASE_URL
  runner=()
else
  runner=(scripts/with-postgres)
fi
exec "${runner[@]}" bash -c '
  set -euo pipefail
  cases=$1 seconds=$2 writer=$3
  export CASEBOOK_MODE=production SECRET_KEY=benchmark-secret-key-$RANDOM-$RANDOM-$RANDOM-0123456789
  export DB_CONN_MAX_AGE=${DB_CONN_MAX_AGE:-600} CASEBOOK_VAR_DIR=$(mktemp -d) PYTHONPATH=$PWD
  export DJANGO_SETTINGS_MODULE=benchmarks.serve.settings
  .venv/bin/casebook migrate -v0
  # As the deploy does (deploy/install): static files collected into STATIC_ROOT before
  # anything loads the middleware (WhiteNoise warns of a missing directory, and the
  # server would not serve them as production does), and the server started without
  # collecting them again.
  .venv/bin/casebook collectstatic --noinput -v0
  count() {
    .venv/bin/python -c "import django; django.setup(); from casebook.cases.models import Case; print(Case.objects.count())"
  }
  if [ "$(count)" -lt "$cases" ]; then
    [ "$(count)" -gt 0 ] || .venv/bin/casebook generate --cases 20000 --seed 1 > /dev/null
  fi
  CASEBOOK_MODE=test .venv/bin/python benchmarks/queue/bench_queue.py --cases "$cases" --repeat 1 > /dev/null
  cookie=$(.venv/bin/python benchmarks/serve/session.py)
  port=$(python3 -c "import socket; s = socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])")
  .venv/bin/casebook serve --bind 127.0.0.1:$port --workers 2 --no-collectstatic --no-report-worker --access-log off \
    > "$CASEBOOK_VAR_DIR/server.log" 2>&1 &
  server=$!
  trap "kill $server; wait $server 2> /dev/null || true" EXIT
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/healthz/" > /dev/null && break
    sleep 0.2
  done
  for page in /cases/ /bench/bare/; do
    curl -fs -o /dev/null -H "Cookie: $cookie" "http://127.0.0.1:$port$page" ||
      { echo "$page does not answer 200 for the benchmark user" >&2; exit 1; }
  done
  if [ "$writer" = 1 ]; then
    writes="$CASEBOOK_VAR_DIR/writer.out"
    .venv/bin/python benchmarks/serve/writer.py 0.1 > "$writes" &
    writer_pid=$!
    trap "kill $writer_pid 2> /dev/null || true; wait $writer_pid 2> /dev/null || true; kill $server; wait $server 2> /dev/null || true" EXIT
  fi
  echo "$(.venv/bin/python -c "import django, os; os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"benchmarks.serve.settings\"); django.setup(); from casebook.cases.models import Case; print(f\"{Case.objects.count():,}\")") cases; gunicorn 2 workers; ${seconds}s per run; $(date -u +%Y-%m-%dT%H:%MZ); load $(cut -d" " -f1-3 < /proc/loadavg); writer $([ "$writer" = 1 ] && echo "one status change every 100 ms" || echo off); QUEUE_COPY=${QUEUE_COPY:-on}"
  echo
  echo "| page | clients | requests/s | p50 ms | p95 ms | p99 ms | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for clients in 1 8 32; do
    for page in /bench/bare/ /cases/; do
      threads=$(( clients < 2 ? 1 : 2 ))
      line=$(wrk -t$threads -c$clients -d${seconds}s --timeout 30s -s benchmarks/serve/p95.lua \
        -H "Cookie: $cookie" "http://127.0.0.1:$port$page" | grep "^RESULT")
      eval "${line#RESULT }"
      rps=$(python3 -c "print(f\"{$requests / ($duration_us / 1e6):.1f}\")")
      printf "| %s | %d | %s | %.1f | %.1f | %.1f | %d |\n" "$page" "$clients" "$rps" \
        "$(echo "$p50_us / 1000" | bc -l)" "$(echo "$p95_us / 1000" | bc -l)" \
        "$(echo "$p99_us / 1000" | bc -l)" $(( errors + non2xx ))
    done
  done
  if [ "$writer" = 1 ]; then
    kill "$writer_pid"
    wait "$writer_pid" || true
    echo
    echo "writer: $(cat "$writes") committed during the runs"
  fi
' run "$cases" "$seconds" "$writer"
