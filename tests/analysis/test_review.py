"""Review and sign-off of a report's published text: who may, what each decision does, the
audit trail, and DRAFT on every format until a supervisor approves."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.urls import reverse
from openpyxl import load_workbook

from casebook.accounts.models import AuditEvent
from casebook.analysis.actions import (
    ApprovalOutOfDate,
    do_approve_report,
    do_redact_sample_text,
    do_restore_sample_text,
    do_set_word_hidden,
)
from casebook.analysis.models import ReportReview
from casebook.analysis.queries import db_report, review_state
from casebook.analysis.render.json import render_json
from casebook.analysis.tables import Period

from .conftest import open_cases
from .reports_web import fetch

LONDON = ZoneInfo("Europe/London")
P = Period(date(2021, 11, 1), date(2022, 11, 1))
QUERY = "start=2021-11-01&end=2022-11-01"
TEXTS = [
    "A fake account about our teacher Mrs Okonkwo-Hale, see CB-2021-00077. Hope you can help.",
    "A fake account about our teacher is posting edited pictures and tagging Year 9 pupils.",
    "A fake account about our teacher is posting edited pictures and tagging Year 9 pupil.",
    "Pupils made an account rating girls' looks; ticket no. 44821 with the platform.",
] + [f"Someone posted a parody page of a member of staff, case {i} of a run." for i in range(9)]


@pytest.fixture
def reputation(db: Any) -> list[Any]:
    cache.clear()
    rows = [
        (
            datetime(2022, 2, 1 + i, 10, tzinfo=LONDON),
            "email",
            "teacher",
            "secondary",
            "UKK",
            ["Online reputation"],
            "Fake staff account",
            text,
        )
        for i, text in enumerate(TEXTS)
    ]
    return open_cases(rows)


def test_appendix_shows_no_reference_and_no_near_duplicates(reputation: Any) -> None:
    report = db_report(P, None, with_figures=False)
    assert report.appendix is not None
    texts = [s.text for a in report.appendix for s in a.samples]
    assert texts and all("CB-20" not in t and "44821" not in t for t in texts)
    # Cases 2 and 3 differ by one letter: at most one of them is shown.
    assert sum("tagging Year 9" in t for t in texts) <= 1
    data = json.loads(render_json(report))
    assert all(set(s) == {"text"} for a in data["appendix"] for s in a["samples"])


def test_decisions_change_the_sample_and_are_audited(reputation: Any, supervisor: Any) -> None:
    first = reputation[0].reference
    do_redact_sample_text(period=P, actor=supervisor, reference=first, text="fake account")
    do_restore_sample_text(period=P, actor=supervisor, reference=first, text="Okonkwo-Hale")
    do_set_word_hidden(period=P, actor=supervisor, word="Staff", hidden=True)
    edits, approval, _ = review_state(P)
    assert edits.redact == {first: frozenset({"fake account"})}
    assert edits.restore == {first: frozenset({"Okonkwo-Hale"})}
    assert edits.hidden_words == frozenset({"staff"}) and approval is None
    report = db_report(P, None, with_figures=False)
    shown = next(s.text for a in report.appendix or [] for s in a.samples if s.reference == first)
    assert "Okonkwo-Hale" in shown and "fake account" not in shown and "{redacted}" in shown
    assert "staff" not in report.words
    # Hiding a restored word again undoes the restoration rather than stacking decisions.
    do_redact_sample_text(period=P, actor=supervisor, reference=first, text="okonkwo-hale")
    assert ReportReview.objects.get().restore == {}
    actions = list(AuditEvent.objects.values_list("action", flat=True))
    assert actions[-4:] == ["report.redact", "report.restore", "report.hide_word", "report.redact"]
    assert AuditEvent.objects.last().detail["period_start"] == "2021-11-01"  # type: ignore[union-attr]


def test_approval_holds_for_the_approved_text_only(reputation: Any, supervisor: Any) -> None:
    report = db_report(P, None, with_figures=False)
    assert report.draft
    with pytest.raises(ApprovalOutOfDate):
        do_approve_report(period=P, actor=supervisor, fingerprint="stale", current="now")
    do_approve_report(
        period=P,
        actor=supervisor,
        fingerprint=report.content_fingerprint,
        current=report.content_fingerprint,
    )
    approved = db_report(P, None, with_figures=False)
    assert not approved.draft and approved.approval is not None
    assert approved.approval.by == supervisor.get_full_name() or supervisor.username
    # A later decision changes the published text: a draft again until approved again.
    do_set_word_hidden(period=P, actor=supervisor, word="fake", hidden=True)
    assert db_report(P, None, with_figures=False).draft


def _pdf_text(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode()


def test_every_format_says_draft_until_approved(client, supervisor, reputation) -> None:
    client.force_login(supervisor)

    def get(fmt: str) -> bytes:
        response = fetch(client, reverse("reports:download", args=[fmt]) + "?" + QUERY)
        assert response.status_code == 200
        return bytes(response.content)

    def marks() -> dict[str, bool]:
        book = load_workbook(io.BytesIO(get("xlsx")))
        return {
            "page": "draft-banner"
            in fetch(client, reverse("reports:index") + "?" + QUERY).content.decode(),
            "html": b'class="draft-banner"' in get("html"),
            "pdf": "DRAFT" in _pdf_text(get("pdf")),
            "xlsx": "DRAFT" in str(book["Contents"]["A1"].value),
            "json": json.loads(get("json"))["status"] == "draft",
        }

    assert marks() == dict.fromkeys(("page", "html", "pdf", "xlsx", "json"), True)
    report = db_report(P, None, with_figures=False)
    do_approve_report(
        period=P,
        actor=supervisor,
        fingerprint=report.content_fingerprint,
        current=report.content_fingerprint,
    )
    assert marks() == dict.fromkeys(("page", "html", "pdf", "xlsx", "json"), False)
    assert json.loads(get("json"))["approval"]["by"]


@pytest.mark.parametrize("persona", ["analyst", "practitioner", "admin_user"])
def test_only_supervisors_review(client, request, persona, reputation) -> None:
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("reports:review") + "?" + QUERY).status_code == 403
    response = client.post(
        reverse("reports:review-action"), {"next": QUERY, "action": "approve", "fingerprint": "x"}
    )
    assert response.status_code == 403
    assert not AuditEvent.objects.filter(action__startswith="report.").exists()


def test_review_page_highlights_detected_spans(client, supervisor, reputation) -> None:
    client.force_login(supervisor)
    page = client.get(reverse("reports:review") + "?" + QUERY).content.decode()
    assert '<mark class="detected" title="{name}">Okonkwo-Hale</mark>' in page
    response = client.post(
        reverse("reports:review-action"),
        {"next": QUERY, "action": "redact", "reference": "CB-1999-00001", "text": "x"},
    )
    assert response.status_code == 400  # not a sample of this report: nothing changes
    assert not ReportReview.objects.exists()
