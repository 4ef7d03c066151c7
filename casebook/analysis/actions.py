"""Writes of the report review: redact more, restore, hide a word, approve. Each is atomic and
writes an AuditEvent (action "report.<verb>", the period and what changed in its detail)."""

from __future__ import annotations

from django.db import transaction

from casebook.accounts.models import User
from casebook.analysis.models import ReportApproval, ReportReview
from casebook.analysis.tables import Period
from casebook.cases.actions import audit


class ApprovalOutOfDate(Exception):
    """The report changed since the reviewer loaded it; nothing was approved."""


def _review(period: Period) -> ReportReview:
    review, _ = ReportReview.objects.select_for_update().get_or_create(
        period_start=period.start, period_end=period.end
    )
    return review


def _detail(period: Period) -> dict[str, str]:
    return {"period_start": period.start.isoformat(), "period_end": period.end.isoformat()}


def _toggle(mapping: dict[str, list[str]], reference: str, text: str, on: bool) -> None:
    current = [t for t in mapping.get(reference, []) if t.casefold() != text.casefold()]
    if on:
        current.append(text)
    if current:
        mapping[reference] = sorted(current)
    else:
        mapping.pop(reference, None)


@transaction.atomic
def do_redact_sample_text(*, period: Period, actor: User, reference: str, text: str) -> None:
    """Hide `text` (whole words, any case) in the appendix sample of case `reference`."""
    text = text.strip()
    if not text:
        raise ValueError("Give the words to hide.")
    review = _review(period)
    if any(t.casefold() == text.casefold() for t in review.restore.get(reference, [])):
        _toggle(review.restore, reference, text, False)  # undo an earlier "show"
    else:
        _toggle(review.redact, reference, text, True)
    review.save()
    audit(
        actor=actor,
        case=None,
        action="report.redact",
        reference=reference,
        text=text,
        **_detail(period),
    )


@transaction.atomic
def do_restore_sample_text(*, period: Period, actor: User, reference: str, text: str) -> None:
    """Show `text` as written in the sample of case `reference` (a word wrongly taken for
    personal data), or undo an earlier "hide"."""
    text = text.strip()
    if not text:
        raise ValueError("Give the words to restore.")
    review = _review(period)
    if any(t.casefold() == text.casefold() for t in review.redact.get(reference, [])):
        _toggle(review.redact, reference, text, False)
    else:
        _toggle(review.restore, reference, text, True)
    review.save()
    audit(
        actor=actor,
        case=None,
        action="report.restore",
        reference=reference,
        text=text,
        **_detail(period),
    )


@transaction.atomic
def do_set_word_hidden(*, period: Period, actor: User, word: str, hidden: bool) -> None:
    """Leave `word` out of the period's word clouds (hidden=True) or put it back."""
    word = word.strip().casefold()
    if not word:
        raise ValueError("Give a word.")
    review = _review(period)
    words = {w for w in review.hidden_words if w != word}
    if hidden:
        words.add(word)
    review.hidden_words = sorted(words)
    review.save()
    audit(
        actor=actor,
        case=None,
        action="report.hide_word" if hidden else "report.show_word",
        word=word,
        **_detail(period),
    )


@transaction.atomic
def do_approve_report(
    *, period: Period, actor: User, fingerprint: str, current: str
) -> ReportApproval:
    """Sign off the period's published text. `fingerprint` is what the reviewer saw,
    `current` what the report holds now; if they differ, raises ApprovalOutOfDate."""
    if fingerprint != current:
        raise ApprovalOutOfDate(
            "The report changed while you were reviewing it (new cases, or another "
            "reviewer's change). Nothing was approved: review the page again."
        )
    approval = ReportApproval.objects.create(
        period_start=period.start,
        period_end=period.end,
        fingerprint=fingerprint,
        approved_by=actor,
    )
    audit(
        actor=actor, case=None, action="report.approve", fingerprint=fingerprint, **_detail(period)
    )
    return approval
