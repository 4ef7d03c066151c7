"""`casebook serve`: the web app under gunicorn, static files by WhiteNoise.

Before the first worker starts it refuses a missing SECRET_KEY and a database that needs
migrating, and collects the static files (hashed and compressed by WhiteNoise's storage).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


def gunicorn_options(
    *, bind: list[str], workers: int, threads: int, timeout: int, access_log: str | None
) -> dict[str, Any]:
    """Gunicorn settings for Casebook (names as in gunicorn's settings reference)."""
    return {
        "wsgi_app": "casebook.wsgi:application",
        "bind": bind,
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        # A request that takes longer than this is killed: reports run in the report worker.
        "timeout": timeout,
        "graceful_timeout": 20,
        # Recycle workers now and then, so a slow leak can never grow without bound.
        "max_requests": 2000,
        "max_requests_jitter": 200,
        # Load Django once in the arbiter: startup errors show once, workers share memory.
        "preload_app": True,
        # Which proxies may say a request came over HTTPS (X-Forwarded-Proto): the same list
        # that decides whose X-Forwarded-For is believed.
        "forwarded_allow_ips": ",".join(settings.TRUSTED_PROXIES),
        # Nothing reaches the WSGI environ from proxy headers but the scheme.
        "forwarder_headers": "",
        "accesslog": access_log,
        # No per-user control socket: several servers (tests, benchmarks) share a machine.
        "control_socket_disable": True,
        "proc_name": "casebook",
    }


def bound_statements(database: dict[str, Any], *, seconds: int) -> None:
    """On PostgreSQL, make every statement of the web workers end within `seconds`.

    Gunicorn kills a worker whose request runs past --timeout, but PostgreSQL would carry on
    with the query that worker was waiting for (it notices a closed client only when it
    next writes to it): a statement timeout as long as the request's own ends it too. Other
    processes (report worker, retention, imports) are not bound by it."""
    if database.get("ENGINE") != "django.db.backends.postgresql":
        return
    options = database.setdefault("OPTIONS", {})
    setting = f"-c statement_timeout={seconds * 1000}"
    options["options"] = f"{options.get('options', '')} {setting}".strip()


def loopback_only(binds: list[str]) -> bool:
    """True if every address gunicorn would listen on is this machine's own (or a socket)."""
    import ipaddress

    for bind in binds:
        if bind.startswith(("unix:", "fd://")):
            continue
        host = bind.rsplit(":", 1)[0] if ":" in bind else bind
        host = host.strip("[]")
        if host == "localhost":
            continue
        try:
            if not ipaddress.ip_address(host).is_loopback:
                return False
        except ValueError:
            return False  # a host name: it may resolve to anything
    return True


def _pending_migrations() -> int:
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return len(plan)


class Command(BaseCommand):
    help = (
        "Serve the web UI under gunicorn (static files by WhiteNoise), with a report worker "
        "beside it. Put a TLS reverse proxy in front (deploy/nginx/casebook.conf) and list "
        "it in TRUSTED_PROXIES."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--bind",
            action="append",
            help="address:port or unix:/path to listen on; repeatable (default 127.0.0.1:8000)",
        )
        parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
        parser.add_argument("--threads", type=int, default=1, help="threads per worker (default 1)")
        parser.add_argument(
            "--timeout", type=int, default=60, help="seconds before a request is killed"
        )
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="skip collecting static files (already done by the deploy)",
        )
        parser.add_argument(
            "--access-log", default="-", help="access log file ('-': stdout; 'off': none)"
        )
        parser.add_argument(
            "--no-report-worker",
            action="store_true",
            help="do not start a report worker beside the server (systemd runs its own)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.SECRET_KEY_EPHEMERAL:
            raise CommandError("SECRET_KEY must be set to serve Casebook (see .env.example)")
        binds = options["bind"] or ["127.0.0.1:8000"]
        if settings.MODE != "production" and not loopback_only(binds):
            raise CommandError(
                f"CASEBOOK_MODE={settings.MODE} serves only on this machine (127.0.0.1): its "
                "secret key and passwords are public and two-factor sign-in is off"
            )
        if options["workers"] < 1 or options["threads"] < 1 or options["timeout"] < 1:
            raise CommandError("--workers, --threads and --timeout must be at least 1")
        pending = _pending_migrations()
        if pending:
            raise CommandError(
                f"the database has {pending} unapplied migration(s): run `casebook migrate` first"
            )
        if settings.SECURE_SSL_REDIRECT and not settings.TRUSTED_PROXIES:
            self.stderr.write(
                "warning: SECURE_COOKIES is on but TRUSTED_PROXIES is empty, so no request "
                "counts as HTTPS and every page redirects: list the TLS proxy's address"
            )
        if not options["no_collectstatic"]:
            call_command("collectstatic", interactive=False, verbosity=0)
        connections.close_all()  # nothing open crosses the fork into the workers
        bound_statements(connections[DEFAULT_DB_ALIAS].settings_dict, seconds=options["timeout"])
        access_log = None if options["access_log"] == "off" else options["access_log"]
        config = gunicorn_options(
            bind=binds,
            workers=options["workers"],
            threads=options["threads"],
            timeout=options["timeout"],
            access_log=access_log,
        )
        worker = None
        if not options["no_report_worker"]:
            # Reports are built off the request path, by `casebook reportworker`: started
            # here too, so that `casebook serve` alone (the demo) is a whole system.
            worker = subprocess.Popen(
                [sys.executable, "-m", "casebook", "reportworker", "--loop"],
                stdin=subprocess.DEVNULL,
            )
        try:
            run_gunicorn(config)
        finally:
            if worker is not None:
                worker.terminate()
                try:
                    worker.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    worker.kill()


# The web workers' youngest generation is collected after this many more container objects
# allocated than freed (Python's default is 700, which collects during most pages and
# examines objects the page is still using). Fewer collections run, and more of a page's
# objects are freed by reference counting before one does (benchmarks/README.md, Serving).
# At most this many objects wait for a collection: a few megabytes, not growing with time.
WORKER_GC_THRESHOLD = 10_000


def prepare_gc() -> None:
    """Set the garbage collector up for web workers, once the application is loaded.

    Every object alive now (Django, the settings, the URL patterns, the loaded modules: about
    150,000 containers) is collected once and frozen (`gc.freeze`): the collector never
    examines it again. Unfrozen, each full collection walked all of them (120 ms of CPU on a
    loaded machine: a stalled request) and wrote to each one's header, copying into every
    worker the memory it shares with the master process (preload_app). Then the youngest
    generation's threshold is raised to WORKER_GC_THRESHOLD. Objects made later are collected
    as usual. A frozen object that becomes garbage is still freed by reference counting; one
    left in a reference cycle would stay (the frozen set is fixed at start-up, so that cannot
    grow with requests)."""
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, middle, oldest)


def load_application() -> Any:
    """The WSGI application for gunicorn to serve, with the collector prepared (prepare_gc)
    and the queue's per-process copy turned on (casebook.cases.queue_copy; the QUEUE_COPY
    setting, PostgreSQL only).

    With preload_app this runs in gunicorn's master, before the workers are forked: they start
    with its frozen objects and its thresholds, and each opens its own listening connection
    on its first queue page (nothing is opened here)."""
    from casebook.cases import queue_copy
    from casebook.wsgi import application

    queue_copy.enable()
    prepare_gc()
    return application


def run_gunicorn(config: dict[str, Any]) -> None:
    from gunicorn.app.base import BaseApplication

    class CasebookServer(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in config.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return load_application()

    sys.argv = [sys.argv[0]]  # gunicorn reads no command line of its own here
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
    CasebookServer(prog="casebook serve").run()
