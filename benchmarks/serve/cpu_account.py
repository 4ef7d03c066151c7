"""CPU per request of each process under wrk: the gunicorn workers, PostgreSQL and wrk itself.

Usage, against a server already running (`casebook serve`, as benchmarks/serve/run.sh starts
it) on this machine, its workers children of MASTER_PID, with the cookie run.sh makes:

    python3 benchmarks/serve/cpu_account.py PORT PAGE CLIENTS SECONDS MASTER_PID COOKIE

Prints one line: requests/s, p50 and p95 (ms), and the CPU milliseconds per request of the
workers, of the PostgreSQL backends of the database user `casebook` on 127.0.0.1, and of wrk,
read from /proc (in clock ticks, 10 ms each: use runs of a few thousand requests). A worker
recycled during the run (gunicorn's max_requests) makes the workers' and PostgreSQL's figures
wrong, negative: run again.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def children(parent: int) -> list[int]:
    """The processes whose parent is `parent`."""
    return [pid for pid in _pids() if (s := _stat(pid)) is not None and int(s[1]) == parent]


def postgres_backends() -> list[int]:
    """The PostgreSQL backends serving user casebook over TCP on this machine."""
    found = []
    for pid in _pids():
        try:
            command = Path(f"/proc/{pid}/cmdline").read_text()
        except OSError:
            continue
        if command.startswith("postgres: casebook casebook 127.0.0.1"):
            found.append(pid)
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU of these processes, in seconds."""
    ticks = 0
    for pid in pids:
        s = _stat(pid)
        if s is not None:
            ticks += int(s[11]) + int(s[12])
    return ticks / TICK


def main() -> None:
    port, page, clients, seconds, master, cookie = sys.argv[1:7]
    url = f"http://127.0.0.1:{port}{page}"
    header = ["-H", f"Cookie: {cookie}"]
    subprocess.run(["wrk", "-t1", "-c1", "-d2s", *header, url], capture_output=True, check=True)
    workers, backends = children(int(master)), postgres_backends()
    w0, p0, t0 = cpu_seconds(workers), cpu_seconds(backends), os.times()
    threads = "1" if int(clients) < 2 else "2"
    script = str(Path(__file__).with_name("p95.lua"))
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "-s", script, *header, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    t1 = os.times()
    w1, p1 = cpu_seconds(workers), cpu_seconds(backends)
    line = next(row for row in out.splitlines() if row.startswith("RESULT "))
    values = dict(item.split("=") for item in line.split()[1:])
    n = int(values["requests"])
    wrk_cpu = (t1.children_user + t1.children_system) - (t0.children_user + t0.children_system)
    print(
        f"{page} clients={clients} req/s={n / (int(values['duration_us']) / 1e6):.1f} "
        f"p50={int(values['p50_us']) / 1000:.2f} p95={int(values['p95_us']) / 1000:.2f} "
        f"workers_cpu_ms/req={1000 * (w1 - w0) / n:.2f} "
        f"postgres_cpu_ms/req={1000 * (p1 - p0) / n:.2f} wrk_cpu_ms/req={1000 * wrk_cpu / n:.2f} "
        f"load={Path('/proc/loadavg').read_text().split()[0]}"
    )


if __name__ == "__main__":
    main()
