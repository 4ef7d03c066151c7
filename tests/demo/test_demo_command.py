from __future__ import annotations

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
