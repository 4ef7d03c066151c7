"""`casebook serve` refuses to start when it would serve something unsafe or broken."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_web_statements_end_with_the_request():
    from casebook.security.management.commands.serve import bound_statements

    postgres = {"ENGINE": "django.db.backends.postgresql", "OPTIONS": {"sslmode": "require"}}
    bound_statements(postgres, seconds=60)
    assert postgres["OPTIONS"] == {"sslmode": "require", "options": "-c statement_timeout=60000"}
    sqlite = {"ENGINE": "django.db.backends.sqlite3", "OPTIONS": {}}
    bound_statements(sqlite, seconds=60)
    assert sqlite["OPTIONS"] == {}


@pytest.mark.django_db
def test_serve_binds_the_workers_statements_to_its_timeout(monkeypatch, settings):
    """`casebook serve --timeout N`: the connection settings the workers inherit carry it."""
    from django.core.management import call_command
    from django.db import connections

    from casebook.security.management.commands import serve

    seen: dict[str, object] = {}

    def fake_gunicorn(config):
        seen["config"] = config
        seen["database"] = dict(connections["default"].settings_dict)

    def fake_bound(database, *, seconds):
        seen["bound"] = (database is connections["default"].settings_dict, seconds)

    monkeypatch.setattr(serve, "run_gunicorn", fake_gunicorn)
    monkeypatch.setattr(serve, "bound_statements", fake_bound)
    settings.SECRET_KEY_EPHEMERAL = False
    call_command("serve", "--no-collectstatic", "--no-report-worker", "--timeout", "45")
    assert seen["bound"] == (True, 45)
    assert seen["config"]["timeout"] == 45  # type: ignore[index]


@pytest.mark.parametrize(
    ("binds", "loopback"),
    [
        (["127.0.0.1:8000"], True),
        (["localhost:8000", "[::1]:8000", "unix:/run/casebook.sock"], True),
        (["0.0.0.0:8000"], False),
        (["127.0.0.1:8000", "192.0.2.10:8000"], False),
        (["casebook.example.org:8000"], False),
        (["[::]:8000"], False),
    ],
)
def test_loopback_only(binds, loopback):
    from casebook.security.management.commands.serve import loopback_only

    assert loopback_only(binds) is loopback


def test_the_demo_is_never_served_beyond_this_machine(settings):
    """Demo and test mode have a public secret key, public passwords and no second factor."""
    from django.core.management import CommandError, call_command

    settings.MODE = "demo"
    with pytest.raises(CommandError, match="serves only on this machine"):
        call_command("serve", "--bind", "0.0.0.0:8000")


def test_workers_start_with_the_start_up_objects_frozen(monkeypatch):
    """The server's load (in gunicorn's master, before the workers are forked) freezes what
    start-up made, so that no worker's collection walks it, and raises the youngest
    generation's threshold; the collector is put back as it was after the test."""
    import gc

    from gunicorn.app.base import BaseApplication

    import casebook.wsgi
    from casebook.security.management.commands import serve

    seen: dict[str, object] = {}

    def fake_run(self):
        gc.unfreeze()
        seen["application"] = self.load()
        seen["frozen"] = gc.get_freeze_count()
        seen["threshold"] = gc.get_threshold()[0]
        seen["tracked"] = len(gc.get_objects())

    monkeypatch.setattr(BaseApplication, "run", fake_run)
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    threshold = gc.get_threshold()
    options = serve.gunicorn_options(
        bind=["127.0.0.1:1"], workers=1, threads=1, timeout=1, access_log=None
    )
    try:
        serve.run_gunicorn(options)
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert seen["application"] is casebook.wsgi.application
    assert seen["frozen"] > 10 * seen["tracked"]  # type: ignore[operator]
    assert seen["threshold"] == serve.WORKER_GC_THRESHOLD > 700


@pytest.mark.parametrize("setting", [True, False])
def test_the_server_turns_the_queue_copy_on_only_on_postgresql(monkeypatch, settings, setting):
    """The server's load turns the queue's per-process copy on where it can be kept fresh
    (PostgreSQL's notifications) unless QUEUE_COPY is off; nothing else turns it on."""
    import gc

    from django.db import connection

    from casebook.cases.queue_copy import queue_copy
    from casebook.security.management.commands import serve

    settings.QUEUE_COPY = setting
    monkeypatch.setattr(queue_copy, "enabled", False)
    assert not queue_copy.enabled  # tests (and commands, the report worker) have no copy
    threshold = gc.get_threshold()
    try:
        serve.load_application()
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
    assert queue_copy.enabled == (setting and connection.vendor == "postgresql")
    assert not queue_copy.listening  # each worker opens its own, on its first queue page
