"""`casebook serve` refuses to start when it would serve something unsafe or broken."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from casebook.security.management.commands.serve import gunicorn_options


def run_serve(tmp_path: Path, **env: str | None) -> subprocess.CompletedProcess[str]:
    full: dict[str, str | None] = {**os.environ, "CASEBOOK_VAR_DIR": str(tmp_path), **env}
    full.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "casebook", "serve", "--bind", "127.0.0.1:1"],
        env={k: v for k, v in full.items() if v is not None},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_without_a_secret_key(tmp_path):
    done = run_serve(
        tmp_path,
        CASEBOOK_MODE="production",
        SECRET_KEY=None,
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
    )
    assert done.returncode != 0
    assert "SECRET_KEY must be set" in done.stderr
    assert "Traceback" not in done.stderr


def test_refuses_an_unmigrated_database(tmp_path):
    done = run_serve(
        tmp_path,
        CASEBOOK_MODE="production",
        SECRET_KEY="s" * 50,
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    assert done.returncode != 0
    assert "run `casebook migrate` first" in done.stderr


def test_gunicorn_options(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    options = gunicorn_options(
        bind=["127.0.0.1:8000"], workers=3, threads=1, timeout=60, access_log=None
    )
    assert options["forwarded_allow_ips"] == "127.0.0.1,10.0.0.0/8"
    assert options["forwarder_headers"] == ""
    assert options["workers"] == 3 and options["worker_class"] == "sync"
    assert options["max_requests"] > 0 and options["preload_app"] is True
    assert options["wsgi_app"] == "casebook.wsgi:application"
