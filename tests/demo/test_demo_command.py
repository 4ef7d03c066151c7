from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from casebook.cases.models import Case


@pytest.mark.django_db
def test_demo_never_wipes_a_server_database_that_has_cases(case):
    if connection.vendor == "sqlite":
        pytest.skip("on SQLite the demo recreates its own database file")
    with pytest.raises(CommandError, match="already has cases"):
        call_command("demo", "--no-serve")
    assert list(Case.objects.all()) == [case]


def test_demo_help_lists_its_options(capsys):
    with pytest.raises(SystemExit):
        call_command("demo", "--help")
    out = capsys.readouterr().out
    assert "--no-serve" in out and "--seed" in out and "--no-report" in out
