#!/usr/bin/env bash
# `casebook reparse --all` on the demo helpline (4,596 cases, 17,861 messages).
# Usage: benchmarks/intake/reparse_demo.sh   Prints a Markdown table.
# Three runs on a throwaway copy of the demo (its own CASEBOOK_VAR_DIR, never var/):
#   1. the demo as built: the original email of its 6,961 inbound emailed messages;
#   2. every one of the 17,861 messages given an original (a benchmark-only step: notes and
#      replies stand in for inbound mail), nothing to change;
#   3. the same 17,861 with every message's text, subject and sender blanked first, so every
#      message is rewritten (the worst case: a parser fix that changes everything).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d /tmp/casebook-reparse-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export CASEBOOK_VAR_DIR="$work" CASEBOOK_MODE=demo UV_PYTHON_DOWNLOADS=never
cb="$root/.venv/bin/casebook"
py="$root/.venv/bin/python"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$cb" demo --no-serve --no-report >/dev/null

timed() {  # timed LABEL CMD... -> "seconds peak_kib"
  local label=$1; shift
  /usr/bin/time -v "$@" >"$work/$label.out" 2>"$work/$label.time"
  grep "originals re-read" "$work/$label.out" >&2
  "$py" - "$work/$label.time" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\).*: (\S+)", text).group(1)
secs = sum(float(p) * 60 ** i for i, p in enumerate(reversed(wall.split(":"))))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
print(f"{secs:.1f} {rss}")
PY
}

read -r a_s a_kib < <(timed demo "$cb" reparse --all -v0)
DJANGO_SETTINGS_MODULE=casebook.settings "$py" - <<'PY'
import django
django.setup()
from casebook.cases.models import Message
from casebook.intake.demo_originals import store_demo_originals
# Benchmark only: stand every message in for an inbound email with an original.
missing = Message.objects.filter(original__isnull=True)
for m in missing.filter(message_id__isnull=True).only("pk", "case_id"):
    Message.objects.filter(pk=m.pk).update(message_id=f"<bench-{m.pk}@demo.casebook.invalid>")
Message.objects.filter(original__isnull=True).update(direction="in")
store_demo_originals()
print(Message.objects.filter(original__isnull=False).count(), "messages with an original")
PY
read -r b_s b_kib < <(timed all "$cb" reparse --all -v0)
DJANGO_SETTINGS_MODULE=casebook.settings "$py" -c "
import django; django.setup()
from casebook.cases.models import Message
print(Message.objects.update(body_text='', subject='', from_name=''), 'messages blanked')"
read -r c_s c_kib < <(timed changed "$cb" reparse --all -v0)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
updated() { grep -o "[0-9]* messages updated" "$work/$1.out" | cut -d' ' -f1; }
read_() { grep -o "^[0-9]* originals re-read" "$work/$1.out" | cut -d' ' -f1; }
echo "| run | originals read | messages updated | seconds | peak RSS MiB |"
echo "|---|---|---|---|---|"
echo "| demo as built | $(read_ demo) | $(updated demo) | $a_s | $((a_kib / 1024)) |"
echo "| every demo message with an original | $(read_ all) | $(updated all) | $b_s | $((b_kib / 1024)) |"
echo "| the same, every message rewritten | $(read_ changed) | $(updated changed) | $c_s | $((c_kib / 1024)) |"
