"""The deploy folder stays true to the code: settings, commands, and a clean check --deploy."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def env_file() -> dict[str, str]:
    values = {}
    for line in (DEPLOY / "casebook.env").read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values[key] = value
    return values


def test_env_file_uses_only_real_settings():
    from tests.lib.test_env_example import code_names

    assert set(env_file()) <= code_names()
    assert env_file()["CASEBOOK_MODE"] == "production"
    assert env_file()["SECURE_COOKIES"] == "true"


def test_every_unit_runs_a_real_command():
    commands = get_commands()
    units = sorted((DEPLOY / "systemd").glob("*.service"))
    assert len(units) >= 4
    for unit in units:
        text = unit.read_text()
        found = re.search(r"^ExecStart=\S+/casebook (\w+)", text, re.MULTILINE)
        assert found, unit
        assert found.group(1) in commands, (unit.name, found.group(1))
        assert "EnvironmentFile=/etc/casebook/casebook.env" in text
        assert "NoNewPrivileges=yes" in text


def test_every_timer_starts_a_one_shot_unit():
    timers = sorted((DEPLOY / "systemd").glob("*.timer"))
    assert timers
    for timer in timers:
        assert re.search(r"^OnCalendar=\S", timer.read_text(), re.MULTILINE), timer.name
        assert "WantedBy=timers.target" in timer.read_text(), timer.name
        service = timer.with_suffix(".service")
        assert service.is_file(), f"{timer.name} starts {service.name}, which is missing"
        assert "Type=oneshot" in service.read_text(), service.name


def test_production_settings_pass_check_deploy(tmp_path):
    env = {
        **os.environ,
        **env_file(),
        "SECRET_KEY": "k" * 20 + "Z9-_x" * 10,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CASEBOOK_VAR_DIR": str(tmp_path),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser fixture, not by a deploy
    done = subprocess.run(
        [sys.executable, "-m", "casebook", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr + done.stdout


def test_nginx_sample_forwards_what_the_app_believes():
    conf = (DEPLOY / "nginx" / "casebook.conf").read_text()
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in conf
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in conf
    assert "return 301 https://" in conf
    assert "127.0.0.1" in env_file()["TRUSTED_PROXIES"]
