"""The XLSX report writes hostile text as text: no cell becomes a formula."""

from __future__ import annotations

import io
from io import StringIO

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from tests.lib.test_spreadsheet import HOSTILE, xlsx_has_formulas


@pytest.mark.django_db
def test_hostile_labels_stay_text(small_helpline, tmp_path):
    from casebook.cases.actions import do_add_category
    from casebook.cases.models import Category, Platform

    hostile = HOSTILE[0]
    category = Category.objects.create(name=hostile, definition="x", position=99)
    for case in small_helpline:
        do_add_category(case=case, actor=None, category=category)
    Platform.objects.create(name="@SUM(1,2)", aliases=[])
    call_command(
        "report",
        "--from",
        "2021-11-01",
        "--to",
        "2022-11-01",
        "--format",
        "xlsx",
        "--out",
        str(tmp_path),
        stdout=StringIO(),
        stderr=StringIO(),
    )
    [path] = tmp_path.glob("*.xlsx")
    data = path.read_bytes()
    assert not xlsx_has_formulas(data)
    wb = load_workbook(io.BytesIO(data))
    labels = [c.value for c in wb["Categories"]["A"]]
    assert hostile in labels
    cell = next(c for c in wb["Categories"]["A"] if c.value == hostile)
    assert cell.data_type == "s"
