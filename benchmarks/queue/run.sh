#!/usr/bin/env bash
# Queue page timings with N cases (default 1,000,000) on a throwaway PostgreSQL cluster:
# 20,000 cases from `casebook generate`, copied up to N by bench_queue.py, then timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export UV_PYTHON_DOWNLOADS=never CASEBOOK_MODE=test
cases=${1:-1000000}
PGTEST_PORT=${PGTEST_PORT:-54419} scripts/with-postgres sh -c "
  .venv/bin/casebook migrate -v0 &&
  .venv/bin/casebook generate --cases 20000 --seed 1 &&
  .venv/bin/python benchmarks/queue/bench_queue.py --cases $cases"
