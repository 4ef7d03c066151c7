"""casebook report end to end on a small database: every format, the same numbers."""

from __future__ import annotations

import json
import subprocess
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

ARGS = [
    "--from",
    "2021-11-01",
    "--to",
    "2022-11-01",
    "--compare-from",
    "2020-01-16",
    "--compare-to",
    "2021-01-23",
]


def run(tmp_path: Path, *extra: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("report", *ARGS, "--out", str(tmp_path), *extra, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def rows(table: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["label"]: r for r in table}


@pytest.mark.django_db
def test_every_format_from_one_report(small_helpline, tmp_path):
    out, err = run(tmp_path)
    assert "computing tables" in err
    assert out.count(".json") == 1 and out.count(".pdf") == 1  # stdout lists what was written
    [json_path] = tmp_path.glob("*.json")
    data = json.loads(json_path.read_text())
    assert data["period"] == {"from": "2021-11-01", "to": "2022-11-01", "cases": 3}
    assert data["compare"]["cases"] == 1
    assert set(data["tables"]) == {
        "channel",
        "enquirer_type",
        "setting_type",
        "region",
        "categories",
        "platforms",
        "monthly",
        "setting_categories",
    }
    cats = rows(data["tables"]["categories"])
    assert cats["Social networks"]["count"] == 2
    assert cats["Social networks"]["percent"] == pytest.approx(200 / 3)
    assert cats["Media literacy education"]["compare_count"] == 1
    assert "Gaming" not in cats  # opened on the 'to' date: outside the half-open period
    et = rows(data["tables"]["enquirer_type"])
    assert et["Not recorded"]["count"] == 1 and et["Police"]["count"] == 1
    plats = rows(data["tables"]["platforms"])
    assert plats["TikTok"]["count"] == 2  # "TikTok" and "tik tok" are the same platform
    assert (
        rows(data["tables"]["setting_categories"]["primary"])["Cyber bullying"]["percent"] == 100.0
    )

    # The appendix is redacted: the name and phone number in the first message never appear.
    text = json_path.read_text()
    assert "Jane Example" not in text and "07700 900123" not in text

    # XLSX: numbers as numbers, the same as the JSON.
    [xlsx] = tmp_path.glob("*.xlsx")
    wb = load_workbook(xlsx)
    sheet = wb["Categories"]
    found = {r[0]: r[1:] for r in sheet.iter_rows(min_row=5, values_only=True)}
    assert found["Social networks"][0] == 2
    assert found["Social networks"][1] == pytest.approx(2 / 3)
    assert found["Media literacy education"][2] == 1

    # HTML: self-contained (figures inline), the same numbers.
    [html] = tmp_path.glob("*.html")
    page = html.read_text()
    assert 'src="data:image/svg+xml;base64,' in page and "http://" not in page.split("<body")[1]
    assert "66.67%" in page

    # PDF: A4 pages.
    [pdf] = tmp_path.glob("*.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(info.split("Pages:")[1].split()[0]) >= 3
    assert "595.276 x 841.89" in info  # A4 in points

    figures = next(tmp_path.glob("*-figures"))
    for name in ("region_map", "words", "compare_words", "categories", "monthly"):
        assert (figures / f"{name}.svg").read_text().startswith("<?xml")
        assert (figures / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.django_db
def test_suppression_in_every_format(small_helpline, tmp_path):
    run(tmp_path, "--suppress-below", "3", "--format", "json,xlsx,html")
    data = json.loads(next(tmp_path.glob("*.json")).read_text())
    cats = rows(data["tables"]["categories"])
    sn = cats["Social networks"]
    assert sn["count"] is None and sn["percent"] is None and sn["suppressed"] == "<3"
    assert cats["Media literacy education"]["compare_count"] is None
    assert cats["Media literacy education"]["compare_suppressed"] == "<3"
    assert rows(data["tables"]["channel"])["Web form"]["count"] == 0  # zero is not suppressed
    wb = load_workbook(next(tmp_path.glob("*.xlsx")))
    found = {r[0]: r[1:] for r in wb["Categories"].iter_rows(min_row=5, values_only=True)}
    assert found["Social networks"][0] == "<3" and found["Social networks"][1] is None
    page = next(tmp_path.glob("*.html")).read_text()
    assert "&lt;3" in page and "66.67%" not in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2022-13-01", "--to", "2023-01-01"], "--from '2022-13-01' is not a date"),
        (["--from", "2022-01-01", "--to", "2021-01-01"], "must end after it starts"),
        (
            ["--from", "2022-01-01", "--to", "2023-01-01", "--compare-from", "2021-01-01"],
            "give both --compare-from and --compare-to",
        ),
        (["--from", "2022-01-01", "--to", "2023-01-01", "--format", "docx"], "unknown format docx"),
        (
            ["--from", "2022-01-01", "--to", "2023-01-01", "--input", "/nonexistent.csv"],
            "no such file",
        ),
        (["--from", "2022-01-01", "--to", "2023-01-01", "--suppress-below", "1"], "2 or more"),
    ],
)
@pytest.mark.django_db
def test_clear_errors(args, message, tmp_path):
    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        call_command("report", *args, "--out", str(tmp_path))
    assert not any(tmp_path.iterdir())


CSV_HEADER = (
    "reference,opened_at,channel,enquirer_type,setting_type,region,categories,subject,text\n"
)


@pytest.mark.django_db
def test_csv_input_gives_the_same_tables(tmp_path):
    csv = tmp_path / "export.csv"
    csv.write_text(
        CSV_HEADER
        + "X-1,2021-11-01,email,teacher,secondary,UKK,Social networks;Online reputation,TikTok,\n"
        + "X-2,2022-03-03,phone,police,,UKI,Sexting,Snapchat images,\n"
        + "X-3,2020-06-01,email,teacher,secondary,UKK,Media literacy education,Training,\n"
    )
    out_dir = tmp_path / "out"
    call_command(
        "report",
        *ARGS,
        "--input",
        str(csv),
        "--format",
        "json",
        "--out",
        str(out_dir),
        stdout=StringIO(),
        stderr=StringIO(),
    )
    data = json.loads(next(out_dir.glob("*.json")).read_text())
    assert data["period"]["cases"] == 2 and data["compare"]["cases"] == 1
    assert rows(data["tables"]["categories"])["Online reputation"]["percent"] == 50.0
    assert data["appendix"] is None and "no message text" in data["appendix_note"]


@pytest.mark.django_db
def test_csv_with_bad_rows_fails_listing_every_line(tmp_path):
    csv = tmp_path / "export.csv"
    csv.write_text(
        CSV_HEADER
        + "X-1,2021-11-01,email,teacher,secondary,UKK,Social networks,,\n"
        + "X-2,2022-02-30,email,teacher,secondary,UKK,,,\n"
        + "X-3,2022-03-01,email,teacher,secondary,Atlantis,,,\n"
    )
    err = StringIO()
    with pytest.raises(CommandError, match="2 bad row"):
        call_command(
            "report",
            *ARGS,
            "--input",
            str(csv),
            "--out",
            str(tmp_path / "out"),
            stdout=StringIO(),
            stderr=err,
        )
    assert "line 3: opened_at '2022-02-30'" in err.getvalue()
    assert "line 4: unknown region 'Atlantis'" in err.getvalue()
    assert not (tmp_path / "out").exists()
