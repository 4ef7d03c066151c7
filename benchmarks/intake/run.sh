#!/usr/bin/env bash
# Intake benchmark: `casebook ingest` vs django-helpdesk's `get_email` vs the stdlib parse floor
# (email.message_from_bytes with policy.default, nothing stored) on the same N messages, in one
# run. Usage: benchmarks/intake/run.sh [N]   (default 10000). Prints a Markdown table.
# Peak memory of `ingest` is also measured on N/4 messages, to show it does not grow with N.
# django-helpdesk is installed from PyPI into benchmarks/envs/helpdesk (gitignored) and run
# in the throwaway project benchmarks/intake/helpdesk_project; it is never a Casebook dependency.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}
data="$root/benchmarks/data"
work=$(mktemp -d /tmp/casebook-intake-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export UV_PYTHON_DOWNLOADS=never PATH="$HOME/.local/bin:$PATH"
unset PYTHONDONTWRITEBYTECODE  # both tools start from cached bytecode (the migrate steps warm it)

mkdir -p "$data"
mbox="$data/intake-$n.mbox"
emls="$data/intake-$n-eml"
if [ ! -f "$mbox" ] || [ ! -d "$emls" ]; then
  rm -rf "$emls"
  "$root/.venv/bin/python" "$here/make_mbox.py" "$mbox" --count "$n" --eml-dir "$emls"
fi

measure() {  # measure LABEL CMD... -> prints "seconds peak_kib" (whole command: start-up included)
  local label=$1; shift
  /usr/bin/time -v "$@" >"$work/$label.out" 2>"$work/$label.time"
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$work/$label.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/$label.time" | awk '{print $NF}')
  python3 - "$wall" "$rss" <<'PY'
import sys
parts = [float(p) for p in sys.argv[1].split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
print(f"{seconds:.1f} {int(sys.argv[2])}")
PY
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# --- Casebook -----------------------------------------------------------------------------
export DATABASE_URL="sqlite:///$work/casebook.sqlite3" CASEBOOK_MODE=test ATTACHMENTS_DIR="$work/files"
"$root/.venv/bin/casebook" migrate -v0
read -r cb_s cb_kib < <(measure casebook "$root/.venv/bin/casebook" ingest "$mbox")
tail -n 1 "$work/casebook.out" >&2
unset DATABASE_URL

# --- Casebook on a quarter of the messages: peak memory must not grow with N -------------
quarter="$data/intake-$((n / 4)).mbox"
[ -f "$quarter" ] || "$root/.venv/bin/python" "$here/make_mbox.py" "$quarter" --count "$((n / 4))"
export DATABASE_URL="sqlite:///$work/quarter.sqlite3" ATTACHMENTS_DIR="$work/files-quarter"
"$root/.venv/bin/casebook" migrate -v0
read -r q_s q_kib < <(measure quarter "$root/.venv/bin/casebook" ingest "$quarter")
unset DATABASE_URL

# --- the stdlib parse floor ----------------------------------------------------------------
read -r fl_s fl_kib < <(measure floor "$root/.venv/bin/python" "$here/stdlib_floor.py" "$mbox")
cat "$work/floor.out" >&2

# --- django-helpdesk ----------------------------------------------------------------------
env="$root/benchmarks/envs/helpdesk"
if [ ! -x "$env/bin/python" ]; then
  uv venv -q "$env" --python python3.11
  uv pip install -q --python "$env/bin/python" "django-helpdesk==2.6.1"
fi
export HELPDESK_DB="$work/helpdesk.sqlite3" HELPDESK_MEDIA="$work/media" HELPDESK_MAIL_DIR="$work/mail"
cd "$here/helpdesk_project"
"$env/bin/python" manage.py migrate -v0
"$env/bin/python" manage.py shell -v0 -c "exec(open('make_queue.py').read())"
cp -r "$emls" "$HELPDESK_MAIL_DIR"
read -r hd_s hd_kib < <(measure helpdesk "$env/bin/python" manage.py get_email --quiet)
left=$(find "$HELPDESK_MAIL_DIR" -type f | wc -l)
counts=$("$env/bin/python" manage.py shell -v0 -c \
  "from helpdesk.models import Ticket, FollowUp; print(Ticket.objects.count(), FollowUp.objects.count())")
echo "helpdesk: tickets/follow-ups $counts; $left files left unprocessed" >&2
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$n" "$cb_s" "$cb_kib" "$hd_s" "$hd_kib" "$fl_s" "$fl_kib" "$q_s" "$q_kib" <<'PY'
import sys
n = int(sys.argv[1])
cb_s, cb_kib, hd_s, hd_kib, fl_s, fl_kib, q_s, q_kib = map(float, sys.argv[2:])
cb_rate, hd_rate, fl_rate = n / cb_s, n / hd_s, n / fl_s
print("| tool | messages | seconds | messages/s | peak RSS MiB |")
print("|---|---|---|---|---|")
print(f"| casebook ingest | {n} | {cb_s:.1f} | {cb_rate:.0f} | {cb_kib / 1024:.0f} |")
print(f"| casebook ingest (a quarter) | {n // 4} | {q_s:.1f} | {n / 4 / q_s:.0f} | {q_kib / 1024:.0f} |")
print(f"| django-helpdesk get_email | {n} | {hd_s:.1f} | {hd_rate:.0f} | {hd_kib / 1024:.0f} |")
print(f"| stdlib parse floor (policy.default) | {n} | {fl_s:.1f} | {fl_rate:.0f} | {fl_kib / 1024:.0f} |")
print(f"casebook is {cb_rate / hd_rate:.1f}x django-helpdesk and {cb_rate / fl_rate:.2f}x the floor")
PY
