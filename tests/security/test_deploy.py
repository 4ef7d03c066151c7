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


def _unit_commands() -> dict[str, str]:
    """unit file name -> the casebook command line it runs (after `casebook `)."""
    found = {}
    for unit in (DEPLOY / "systemd").glob("*.service"):
        line = re.search(r"^ExecStart=\S+/casebook (.+)$", unit.read_text(), re.MULTILINE)
        assert line, unit
        found[unit.name] = line.group(1).strip()
    return found


def test_every_worker_and_scheduled_job_has_a_unit():
    """Each command that runs as a worker (it takes --loop) is started by a unit, with
    --loop, or once a day by a timer; and each one-shot unit has its timer."""
    from django.core.management import load_command_class

    units = _unit_commands()
    run = {line.split()[0] for line in units.values()}
    commands = get_commands()
    workers = set()
    for name, app in commands.items():
        if app.startswith("django"):
            continue
        parser = load_command_class(app, name).create_parser("casebook", name)
        if any("--loop" in action.option_strings for action in parser._actions):
            workers.add(name)
    assert {"fetchmail", "sendmail", "reportworker", "duewarnings", "retention"} <= workers
    assert workers - {"serve"} <= run, f"no systemd unit runs {workers - {'serve'} - run}"
    assert "serve" in run and "housekeeping" in run
    for unit, line in units.items():
        text = (DEPLOY / "systemd" / unit).read_text()
        if "Type=oneshot" in text:
            assert (DEPLOY / "systemd" / unit.replace(".service", ".timer")).is_file(), unit
        elif line.split()[0] in workers - {"serve"}:
            assert "--loop" in line.split(), unit
            assert "Restart=always" in text, unit


def test_the_readme_enables_every_unit():
    readme = (ROOT / "README.md").read_text()
    enable = re.search(r"systemctl enable --now ([^`]+)`", readme)
    assert enable
    named = set(enable.group(1).split())
    for path in (DEPLOY / "systemd").iterdir():
        wanted = path.stem + (".timer" if path.with_suffix(".timer").is_file() else "")
        assert wanted in named, f"README does not enable {path.name}"


def test_upgrades_restart_the_web_server():
    """The code is loaded once, in gunicorn's master (preload_app, and `casebook serve` itself
    imports Django): a SIGHUP reload forks new workers with the old code."""
    from casebook.security.management.commands.serve import gunicorn_options

    options = gunicorn_options(bind=["x:1"], workers=1, threads=1, timeout=1, access_log=None)
    assert options["preload_app"] is True
    upgrade = (ROOT / "README.md").read_text().split("**Upgrades.**", 1)[1].split("\n\n", 1)[0]
    assert "systemctl restart casebook-web" in " ".join(upgrade.split())


def test_bytecode_is_compiled_at_install_for_dependencies_and_casebook():
    """uv's --compile-bytecode covers site-packages only; Casebook itself is installed
    editable, so every install step compiles its modules too."""
    install = (DEPLOY / "install").read_text()
    assert "--compile-bytecode" in install and '-m compileall -q "$repo/casebook"' in install
    readme = " ".join((ROOT / "README.md").read_text().split())
    for step in ("**Code and environment.**", "**Upgrades.**"):
        text = readme.split(step, 1)[1][:400]
        assert "--compile-bytecode" in text and "compileall -q casebook" in text, step
    makefile = (ROOT / "Makefile").read_text()
    assert "--compile-bytecode" in makefile and "compileall -q casebook" in makefile


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
