from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from casebook.cases.models import Case


@pytest.mark.django_db
def test_demo_never_wipes_a_configured_database_that_has_cases(case, monkeypatch):
    # Whatever the engine: a database named by DATABASE_URL is never recreated or filled.
    monkeypatch.setenv("DATABASE_URL", "sqlite:////somewhere/else.sqlite3")
    with pytest.raises(CommandError, match="already has cases"):
        call_command("demo", "--no-serve")
    assert list(Case.objects.all()) == [case]


def test_demo_help_lists_its_options(capsys):
    with pytest.raises(SystemExit):
        call_command("demo", "--help")
    out = capsys.readouterr().out
    assert "--no-serve" in out and "--seed" in out and "--no-report" in out


@pytest.mark.django_db
def test_demo_ends_by_serving_with_the_production_server(monkeypatch, capsys):
    """`make demo` runs `casebook demo`, which serves with `casebook serve` (gunicorn and
    WhiteNoise, tested in tests/security), never Django's development server. The slow
    steps (loading the helpline, the report, training) are left out here."""
    from types import SimpleNamespace

    from casebook.demo.management.commands import demo

    called: list[tuple[str, ...]] = []
    monkeypatch.setattr(demo.Command, "_fresh_database", lambda self: None)
    monkeypatch.setattr(
        demo,
        "load_demo_helpline",
        lambda **kw: SimpleNamespace(cases=0, messages=0, by_period={}),
    )
    monkeypatch.setattr(demo, "store_demo_originals", lambda **kw: None)
    monkeypatch.setattr(demo, "call_command", lambda *args, **kw: called.append(args))
    call_command("demo", "--no-report")
    assert called[-1] == ("serve", "--bind", "127.0.0.1:8000")
    assert not any(args[0] == "runserver" for args in called)
    assert "Serving the web UI at http://127.0.0.1:8000/" in capsys.readouterr().out
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    assert "casebook demo $(DEMO_ARGS)" in makefile
