"""A real Casebook server for tests: `casebook migrate`, then `casebook serve` (gunicorn).

Each server gets its own database, made for it and dropped afterwards: a fresh database in
the PostgreSQL cluster that DATABASE_URL names, or else a SQLite file. It runs in production
mode (its own SECRET_KEY, WhiteNoise's hashed static files), on a free port on 127.0.0.1.
"""

from __future__ import annotations

import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Served:
    url: str
    port: int
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] = field(repr=False)

    def errors(self) -> str:
        """The server log's error reports (Django's "Internal Server Error" with its traceback).

        For assertion messages: a test that saw a 500 shows why, even after its temporary
        directory is gone.
        """
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        starts = [
            m.start() for m in re.finditer(r"^(?:Internal Server Error|Traceback)", text, re.M)
        ]
        return text[starts[0] :][-6000:] if starts else ""

    def manage(self, *args: str) -> str:
        """Run a `casebook` command against the server's database; returns its stdout."""
        done = subprocess.run(
            [sys.executable, "-m", "casebook", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            raise RuntimeError(f"casebook {' '.join(args)} failed:\n{done.stderr}")
        return done.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _database(tmp: Path) -> Iterator[str]:
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        yield f"sqlite:///{tmp / 'served.sqlite3'}"
        return
    import psycopg

    name = f"casebook_served_{secrets.token_hex(4)}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urllib.parse.urlsplit(base)
    try:
        yield urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_until_healthy(
    url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 90
) -> None:
    deadline = time.monotonic() + timeout
    parts = urllib.parse.urlsplit(url)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited:\n{log.read_text()[-3000:]}")
        try:
            conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=2)
            conn.request("GET", "/healthz/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not become healthy:\n{log.read_text()[-3000:]}")


@contextmanager
def serve(tmp: Path, *, workers: int = 2, env: dict[str, str] | None = None) -> Iterator[Served]:
    tmp.mkdir(parents=True, exist_ok=True)
    with _database(tmp) as database_url:
        port = free_port()
        full_env = {
            **os.environ,
            "CASEBOOK_MODE": "production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url,
            "CASEBOOK_VAR_DIR": str(tmp / "var"),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "TRUSTED_PROXIES": "127.0.0.1",
            "LOG_LEVEL": "WARNING",
            **(env or {}),
        }
        full_env.pop("DJANGO_SETTINGS_MODULE", None)
        full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        log = tmp / "server.log"
        subprocess.run(
            [sys.executable, "-m", "casebook", "migrate", "--noinput", "-v", "0"],
            env=full_env,
            check=True,
            timeout=300,
        )
        with log.open("wb") as out:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "casebook",
                    "serve",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    str(workers),
                    "--access-log",
                    "off",
                ],
                env=full_env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        served = Served(f"http://127.0.0.1:{port}", port, full_env, log, process)
        try:
            wait_until_healthy(served.url, process, log)
            yield served
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class Browserless:
    """A tiny HTTP client with cookies and Django's CSRF token, for plain requests."""

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.cookies: dict[str, str] = {}

    def request(
        self,
        method: str,
        path: str,
        body: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        all_headers = dict(headers or {})
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=data, headers=all_headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        conn.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text

    def hidden_fields(self, path: str) -> dict[str, str]:
        """GET a form page; its hidden inputs (the CSRF token, a one-time form token)."""
        status, _, page = self.request("GET", path)
        assert status == 200, (path, status)
        fields = {}
        for tag in re.findall(r"<input[^>]*>", page):
            if 'type="hidden"' in tag:
                name = re.search(r'name="([^"]+)"', tag)
                value = re.search(r'value="([^"]*)"', tag)
                if name:
                    fields[name.group(1)] = value.group(1) if value else ""
        assert "csrfmiddlewaretoken" in fields, "no CSRF token on the page"
        return fields
