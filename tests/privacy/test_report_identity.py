"""The published 2021-22 report (against 2020-21) is the same, byte for byte, before and
after every case in it is anonymised; and nothing of the cases' text is left behind.

Uses the demo helpline, calibrated to the published figures. Loaded once for the module and
rolled back after.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction

from casebook.accounts.models import AuditEvent
from casebook.analysis.models import ReportReview
from casebook.analysis.render.json import as_dict
from casebook.analysis.tables import Period
from casebook.cases.models import Case, Enquirer, Message
from casebook.partners.models import Escalation, Referral
from casebook.privacy.actions import do_anonymise_cases
from casebook.privacy.models import CaseAnonymisation, PreservedReport

FIGURES = json.loads(
    (Path(__file__).parents[1] / "demo" / "data" / "published-figures.json").read_text()
)
PERIODS = {label: (p["from"], p["to"]) for label, p in FIGURES["periods"].items()}
P = Period(*(date.fromisoformat(d) for d in PERIODS["2021-22"]))
Q = Period(*(date.fromisoformat(d) for d in PERIODS["2020-21"]))


def write_report(out: Path, *extra: str) -> dict[str, Any]:
    """Every format's data of the CLI report written to out: the JSON's and the HTML's bytes,
    each figure's SVG and PNG bytes, every spreadsheet cell, the PDF's text page by page."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    call_command(
        "report",
        "--from",
        PERIODS["2021-22"][0],
        "--to",
        PERIODS["2021-22"][1],
        "--compare-from",
        PERIODS["2020-21"][0],
        "--compare-to",
        PERIODS["2020-21"][1],
        "--out",
        str(out),
        *extra,
    )
    (json_file,) = out.glob("*.json")
    (html_file,) = out.glob("*.html")
    (xlsx_file,) = out.glob("*.xlsx")
    (pdf_file,) = out.glob("*.pdf")
    (figure_dir,) = out.glob("*-figures")
    book = load_workbook(xlsx_file)
    return {
        "json": json_file.read_bytes(),
        "html": html_file.read_bytes(),
        "figures": {p.name: p.read_bytes() for p in sorted(figure_dir.iterdir())},
        "xlsx": {
            ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book.worksheets
        },
        "pdf": [page.extract_text() for page in PdfReader(pdf_file).pages],
    }


def report_dict(period: Period, compare: Period | None, **kwargs: Any) -> dict[str, Any]:
    """The report as the web pages build it (reviewer's decisions, sign-off, preserved text)."""
    from django.core.cache import cache

    from casebook.analysis.queries import db_report

    cache.clear()
    return as_dict(db_report(period, compare, with_figures=False, **kwargs))


def review_and_approve() -> None:
    """A supervisor's review of 2021-22 (a word hidden, a sample's word hidden, another
    shown as written) and sign-off, as before publication."""
    from casebook.accounts.models import User
    from casebook.analysis.actions import (
        do_approve_report,
        do_redact_sample_text,
        do_set_word_hidden,
    )
    from casebook.analysis.queries import db_report

    supervisor = User.objects.filter(role="supervisor").first()
    assert supervisor is not None
    first = db_report(P, Q, with_figures=False)
    assert first.appendix
    word = next(iter(first.words))
    do_set_word_hidden(period=P, actor=supervisor, word=word, hidden=True)
    sample = first.appendix[0].samples[0]
    hidden = max(sample.text.split(), key=len).strip(".,;:!?()")
    do_redact_sample_text(period=P, actor=supervisor, reference=sample.reference, text=hidden)
    reviewed = db_report(P, Q, with_figures=False)
    assert word not in reviewed.words and reviewed.content_fingerprint
    do_approve_report(
        period=P,
        actor=supervisor,
        fingerprint=reviewed.content_fingerprint,
        current=reviewed.content_fingerprint,
    )


@pytest.fixture(scope="module")
def outcome(django_db_setup, django_db_blocker, tmp_path_factory):
    """Reports before and after anonymising every case of both periods."""
    from casebook.demo.loader import load_demo_helpline

    before_dir = tmp_path_factory.mktemp("before")
    after_dir = tmp_path_factory.mktemp("after")
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo_helpline(seed=2022)
        # The demo lists both published periods for preservation.
        assert PreservedReport.objects.count() == 2
        review_and_approve()
        half = Period(P.start, date(2022, 5, 1))  # a period nobody published
        before = {
            "cli": write_report(before_dir),
            "suppressed": report_dict(P, Q, suppress_below=5),
            "unpublished": report_dict(half, None),
        }
        ids = list(Case.objects.values_list("pk", flat=True))
        counts = do_anonymise_cases(case_ids=ids, cause="retention")
        after = {
            "cli": write_report(after_dir),
            "suppressed": report_dict(P, Q, suppress_below=5),
            "unpublished": report_dict(half, None),
        }
        state = {
            "cases": len(ids),
            "anonymised": CaseAnonymisation.objects.count(),
            "texts": Message.objects.exclude(body_text="").count(),
            "subjects": Case.objects.exclude(subject="").count(),
            "senders": Message.objects.exclude(from_email="").count(),
            "items": Escalation.objects.exclude(item="").count(),
            "reasons": Referral.objects.exclude(reason="").count(),
            "enquirers": list(Enquirer.objects.values_list("name", "email", "phone")),
            "captured": PreservedReport.objects.filter(captured_at__isnull=False).count(),
            "review": list(ReportReview.objects.values_list("restore", "redact", "hidden_words")),
            "review_events": list(
                AuditEvent.objects.filter(action="report.redact").values_list("detail", flat=True)
            ),
        }
        yield before, after, counts, state
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_the_published_report_is_identical_after_anonymising_every_case(outcome):
    before, after, counts, state = outcome
    assert state["anonymised"] == state["cases"] == counts["case.anonymised"] > 4000
    # Every format's data: the JSON's tables, words and appendix, the page, each figure,
    # every spreadsheet cell, the PDF's text.
    for fmt in ("json", "html", "figures", "xlsx", "pdf"):
        assert before["cli"][fmt] == after["cli"][fmt], fmt
    assert {"words.svg", "compare_words.png", "region_map.svg"} <= set(after["cli"]["figures"])
    assert any("Appendix" in page for page in after["cli"]["pdf"])
    report = json.loads(after["cli"]["json"])
    # Reviewed and signed off before, and the sign-off still holds after.
    assert report["status"] == "approved"
    assert "{redacted}" in json.dumps(report["appendix"])
    # Not vacuous: the report has word clouds and appendix samples to lose.
    assert len(report["words"]) > 20 and len(report["compare_words"]) > 5
    assert sum(len(a["samples"]) for a in report["appendix"]) > 10
    # Service levels (response times) come from what anonymisation keeps.
    assert report["service_levels"] is not None
    # Escalation outcomes and referrals survive with their items and reasons gone.
    assert report["escalations"]["items"] > 100 and report["escalations"]["removed"] > 0
    assert sum(r["count"] or 0 for r in report["referrals"]) > 10


@pytest.mark.django_db
def test_identical_with_small_counts_suppressed(outcome):
    before, after, _, _ = outcome
    assert before["suppressed"] == after["suppressed"]


@pytest.mark.django_db
def test_no_case_text_or_contact_detail_is_left(outcome):
    _, _, _, state = outcome
    assert state["texts"] == state["subjects"] == state["senders"] == 0
    assert state["items"] == state["reasons"] == 0
    # Only the blank placeholder every anonymised case points at.
    assert state["enquirers"] == [("", "", "")]
    assert state["captured"] == 2
    # The reviewer's strings for anonymised cases go (the hidden word list stays), and so does
    # the text in the audit of that decision.
    ((restore, redact, hidden),) = state["review"]
    assert restore == redact == {} and len(hidden) == 1
    ((detail,),) = [[d] for d in state["review_events"]]
    assert detail["text"] == "[removed]" and detail["reference"].startswith("CB-")


@pytest.mark.django_db
def test_a_period_nobody_published_loses_the_text_of_anonymised_cases(outcome):
    # The documented price: only listed periods keep their words and samples.
    before, after, _, _ = outcome
    assert before["unpublished"]["tables"] == after["unpublished"]["tables"]
    assert before["unpublished"]["words"] and not after["unpublished"]["words"]
    assert all(not a["samples"] for a in after["unpublished"]["appendix"])
