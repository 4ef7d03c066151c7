"""Cases from a CSV export: the documented mapping, and bad rows reported by line number."""

from __future__ import annotations

import io
from datetime import date

import pytest

from casebook.analysis.csvinput import CsvInputError, read_csv
from casebook.analysis.tables import Period, build_tables

from .helpers import VOCAB

HEADER = (
    "reference,opened_at,channel,enquirer_type,setting_type,region,categories,platforms,subject\n"
)


def read(text: str):
    return read_csv(io.StringIO(text), VOCAB)


def test_codes_labels_and_multi_label_categories():
    facts = read(
        HEADER
        + "CB-1,2022-01-10,email,teacher,secondary,UKK,Social networks;Sexting,TikTok,Fake\n"
        + 'CB-2,2022-01-11T09:30:00,Phone,Police,,London,"social networks ; Cyber bullying",,\n'
        + "CB-3,2022-10-31T23:30:00+00:00,web,,,,,,\n"  # GMT in winter: still 31 Oct
    )
    assert len(facts) == 3
    first, second, third = facts.row(0), facts.row(1), facts.row(2)
    assert first.categories == ("Social networks", "Sexting") and first.platforms == ("TikTok",)
    assert (second.channel, second.enquirer_type, second.region) == ("phone", "police", "UKI")
    assert second.categories == ("Social networks", "Cyber bullying")
    assert (third.enquirer_type, third.setting_type, third.region) == ("", "", "")
    assert third.opened_on == date(2022, 10, 31)
    t = build_tables(facts, Period(date(2021, 11, 1), date(2022, 11, 1)))
    assert {r.label: r.count for r in t.categories.rows}["Social networks"] == 2


def test_offset_times_become_london_dates():
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    facts = read("reference,opened_at\nCB-1,2022-06-30T23:30:00Z\n")
    assert facts.row(0).opened_on == date(2022, 7, 1)


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_used():
    text = (
        HEADER
        + "CB-1,2022-01-10,email,teacher,secondary,UKK,Social networks,,ok\n"
        + "CB-2,10/01/2022,email,teacher,secondary,UKK,,,\n"  # line 3: date
        + "CB-3,2022-01-10,fax,teacher,secondary,UKK,,,\n"  # line 4: channel
        + '"CB-4","2022-01-10",email,teacher,secondary,UKK,"Social\nnetworks",,\n'  # 5-6
        + "CB-1,2022-01-12,email,teacher,secondary,UKK,,,\n"  # line 7: repeat
        + "CB-6,2022-01-12,email\n"  # line 8: short row
        + "CB-7,2022-01-12,email,teacher,secondary,UKK,,Myspace,\n"  # line 9: platform
    )
    with pytest.raises(CsvInputError) as info:
        read(text)
    got = [(e.line, e.reason) for e in info.value.errors]
    assert got == [
        (3, "opened_at '10/01/2022' is not a date (YYYY-MM-DD or ISO 8601)"),
        (4, "unknown channel 'fax'"),
        (5, "unknown category 'Social\\nnetworks'"),
        (7, "reference CB-1 repeats line 2"),
        (8, "has 3 fields, the header has 9"),
        (9, "unknown platform 'Myspace'"),
    ]
    assert str(info.value).startswith("6 bad row(s) in the CSV, nothing was used: line 3:")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "the file is empty"),
        ("reference,channel\nCB-1,email\n", "missing column(s): opened_at"),
    ],
)
def test_unusable_files(text, reason):
    with pytest.raises(CsvInputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read(text)


def test_blank_lines_are_not_cases():
    facts = read("reference,opened_at\nCB-1,2022-01-01\n\n,\nCB-2,2022-01-02\n")
    assert facts.reference == ["CB-1", "CB-2"]
