#!/usr/bin/env bash
# Queue page and supervisor dashboard timings, then the service-level section, with N cases
# (default 1,000,000) on a throwaway PostgreSQL cluster:
# 20,000 cases from `casebook generate` over the five years up to today (so that due times,
# today's replies and the recent weeks the dashboard reads hold cases), worked by the demo's
# practitioners (so replies have authors and responses responders, as in real use), copied up
# to N by bench_queue.py, then timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export UV_PYTHON_DOWNLOADS=never CASEBOOK_MODE=test
cases=${1:-1000000}
PGTEST_PORT=${PGTEST_PORT:-54419} scripts/with-postgres sh -c "
  .venv/bin/casebook migrate -v0 &&
  .venv/bin/casebook shell -c 'from casebook.demo.loader import create_demo_users; create_demo_users()' &&
  .venv/bin/casebook generate --cases 20000 --seed 1 --from 2021-12-01 --to $(date -d tomorrow +%F) &&
  .venv/bin/python benchmarks/queue/bench_queue.py --cases $cases &&
  .venv/bin/python benchmarks/triage/bench_service_levels.py --db"
