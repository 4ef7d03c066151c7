"""Writes: risk flags raised and reviewed, suggestions accepted and dismissed, withheld
attachments downloaded on purpose. Atomic, keyword-only, each writes an audit event."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from casebook.accounts.models import AuditEvent, Role, User
from casebook.cases.actions import audit, do_add_category
from casebook.cases.models import Attachment, Case, Category, Message, Provenance
from casebook.classify.labels import RISK_LABELS
from casebook.classify.model import Assessment
from casebook.classify.models import (
    ACTIVE_STATES,
    Decision,
    FlagState,
    RiskFlag,
    SuggestionDecision,
)
from casebook.classify.store import current_model
from casebook.classify.training import case_texts, message_text

log = logging.getLogger(__name__)


class AlreadyReviewed(Exception):
    """The flag was reviewed by someone else since the page was loaded."""


def mark_flagged_cases(*, case_ids: Iterable[int]) -> None:
    """Set Case.has_open_risk_flag of these cases from their flags: true while one is raised
    or confirmed. The one place that column is written; every action here that changes a
    flag's state calls it in the same transaction (the audit events are the flags' own)."""
    ids = sorted(set(case_ids))
    if not ids:
        return
    active = RiskFlag.objects.filter(case=OuterRef("pk"), state__in=ACTIVE_STATES)
    Case.objects.filter(pk__in=ids).update(has_open_risk_flag=Exists(active))


def _raise_flags(
    *, case: Case, assessment: Assessment, source_version: str, notify: bool
) -> list[RiskFlag]:
    """Record the raised flags; a cleared flag is raised again by new evidence."""
    now = timezone.now()
    by_rule = {hit.flag: hit for hit in assessment.rule_hits}
    raised: list[RiskFlag] = []
    for scored in assessment.risk_flags:
        hit = by_rule.get(scored.label)
        source = f"rule:{hit.rule}" if hit else f"model:{source_version}"
        excerpt = hit.excerpt if hit else ""
        flag = RiskFlag.objects.filter(case=case, kind=scored.label).first()
        if flag is not None and flag.state != FlagState.CLEARED:
            continue  # already raised or confirmed: nothing new to say
        if flag is None:
            flag = RiskFlag.objects.create(
                case=case,
                kind=scored.label,
                score=scored.score,
                source=source,
                excerpt=excerpt,
                raised_at=now,
            )
            action = "risk.raised"
        else:
            flag.state, flag.score, flag.source, flag.excerpt = (
                FlagState.RAISED,
                scored.score,
                source,
                excerpt,
            )
            flag.raised_at, flag.reviewed_by, flag.reviewed_at = now, None, None
            flag.save()
            action = "risk.raised_again"
        audit(
            actor=None,
            case=case,
            action=action,
            flag=scored.label,
            score=scored.score,
            source=source,
        )
        raised.append(flag)
    if raised:
        mark_flagged_cases(case_ids=[case.pk])
    if raised and notify:
        flags = list(raised)
        transaction.on_commit(lambda: notify_supervisors(case=case, flags=flags))
    return raised


@transaction.atomic
def do_assess_message(*, message: Message, notify: bool = True) -> list[RiskFlag]:
    """Look for risks in an inbound message; raise flags on its case. Returns new flags."""
    model = current_model()
    text = message_text(
        message.subject or message.case.subject, message.body_text, message.body_html
    )
    return _raise_flags(
        case=message.case,
        assessment=model.assess(text),
        source_version=model.version,
        notify=notify,
    )


ASSESS_BLOCK = 500  # texts a model call reads at once


@transaction.atomic
def do_assess_inbound(*, messages: Sequence[tuple[int, str]], notify: bool = True) -> int:
    """Read a batch of newly stored inbound messages for risks and raise flags in bulk.

    messages: (case id, text) for each message, however it was stored (bulk ingest, the
    demo). A handful of queries for the whole batch: the case's existing flags, one insert of
    new flags, one update of flags raised again after being cleared, one insert of audit
    events. Supervisors are emailed for the flagged cases once the batch commits (notify).
    Returns the number of flags raised.
    """
    if not messages:
        return 0
    model = current_model()
    best: dict[
        tuple[int, str], tuple[float, str, str]
    ] = {}  # (case, kind) -> score, source, excerpt
    for start in range(0, len(messages), ASSESS_BLOCK):
        block = messages[start : start + ASSESS_BLOCK]
        assessments = model.assess_many([text for _, text in block])
        for (case_id, _), assessment in zip(block, assessments, strict=True):
            by_rule = {hit.flag: hit for hit in assessment.rule_hits}
            for scored in assessment.risk_flags:
                hit = by_rule.get(scored.label)
                source = f"rule:{hit.rule}" if hit else f"model:{model.version}"
                key = (case_id, scored.label)
                if key not in best or best[key][0] < scored.score:
                    best[key] = (scored.score, source, hit.excerpt if hit else "")
    if not best:
        return 0
    existing = {
        (flag.case_id, flag.kind): flag
        for flag in RiskFlag.objects.filter(case_id__in={c for c, _ in best})
    }
    now = timezone.now()
    new: list[RiskFlag] = []
    again: list[RiskFlag] = []
    events: list[AuditEvent] = []
    for (case_id, kind), (score, source, excerpt) in sorted(best.items()):
        flag = existing.get((case_id, kind))
        if flag is not None and flag.state != FlagState.CLEARED:
            continue  # already raised or confirmed: nothing new to say
        if flag is None:
            new.append(
                RiskFlag(
                    case_id=case_id,
                    kind=kind,
                    score=score,
                    source=source,
                    excerpt=excerpt,
                    raised_at=now,
                )
            )
            action = "risk.raised"
        else:
            flag.state, flag.score, flag.source, flag.excerpt = (
                FlagState.RAISED,
                score,
                source,
                excerpt,
            )
            flag.raised_at, flag.reviewed_by, flag.reviewed_at = now, None, None
            again.append(flag)
            action = "risk.raised_again"
        events.append(
            AuditEvent(
                actor=None,
                case_id=case_id,
                action=action,
                detail={"flag": kind, "score": score, "source": source},
            )
        )
    RiskFlag.objects.bulk_create(new)
    RiskFlag.objects.bulk_update(
        again, ["state", "score", "source", "excerpt", "raised_at", "reviewed_by", "reviewed_at"]
    )
    AuditEvent.objects.bulk_create(events)
    raised = new + again
    mark_flagged_cases(case_ids=[flag.case_id for flag in raised])
    if raised and notify:
        by_case: dict[int, list[RiskFlag]] = {}
        for flag in raised:
            by_case.setdefault(flag.case_id, []).append(flag)

        def send() -> None:
            cases = Case.objects.in_bulk(list(by_case))
            for case_id, flags in by_case.items():
                notify_supervisors(case=cases[case_id], flags=flags)

        transaction.on_commit(send)
    return len(raised)


def do_assess_cases(*, cases: Iterable[Case], notify: bool = False) -> int:
    """Assess each case's whole inbound text (after training, say). Returns flags raised."""
    model = current_model()
    by_id = {case.pk: case for case in cases}
    texts = case_texts(by_id)
    ids = [pk for pk in by_id if texts.get(pk)]
    raised = 0
    for start in range(0, len(ids), 500):
        block = ids[start : start + 500]
        for pk, assessment in zip(
            block, model.assess_many([texts[pk] for pk in block]), strict=True
        ):
            if assessment.risk_flags:
                with transaction.atomic():
                    raised += len(
                        _raise_flags(
                            case=by_id[pk],
                            assessment=assessment,
                            source_version=model.version,
                            notify=notify,
                        )
                    )
    return raised


def supervisors() -> list[User]:
    return list(User.objects.filter(is_active=True, role=Role.SUPERVISOR).exclude(email=""))


def notify_supervisors(*, case: Case, flags: list[RiskFlag]) -> None:
    """Email every supervisor that a case was flagged: its reference and the kinds only, never
    its text (mail leaves the system). A failure is logged and audited, never raised."""
    recipients = [user.email for user in supervisors()]
    kinds = ", ".join(RISK_LABELS[f.kind] for f in flags)
    path = reverse("case-detail", args=[case.reference])
    sent = 0
    if recipients:
        try:
            sent = send_mail(
                subject=f"Casebook: {case.reference} flagged ({kinds})",
                message=(
                    f"Case {case.reference} has been flagged: {kinds}.\n\n"
                    f"It is at the top of the queue. Open it at {path} to review the flag.\n"
                ),
                from_email=settings.HELPLINE_FROM_EMAIL,
                recipient_list=recipients,
            )
        except Exception:  # mail is best effort here; the queue and banner still show it
            log.exception("could not notify supervisors about %s", case.reference)
    RiskFlag.objects.filter(pk__in=[f.pk for f in flags]).update(
        supervisor_notified_at=timezone.now() if sent else None
    )
    audit(
        actor=None,
        case=case,
        action="risk.supervisors_notified",
        flags=[f.kind for f in flags],
        recipients=len(recipients),
        sent=bool(sent),
    )


@transaction.atomic
def do_review_flag(*, flag: RiskFlag, actor: User, confirm: bool) -> RiskFlag:
    """Confirm or clear a raised flag. AlreadyReviewed if someone else did meanwhile."""
    new_state = FlagState.CONFIRMED if confirm else FlagState.CLEARED
    updated = RiskFlag.objects.filter(pk=flag.pk, state=flag.state).update(
        state=new_state, reviewed_by=actor, reviewed_at=timezone.now()
    )
    if updated != 1:
        raise AlreadyReviewed
    mark_flagged_cases(case_ids=[flag.case_id])
    old = flag.state
    flag.refresh_from_db()
    audit(
        actor=actor,
        case=flag.case,
        action="risk.confirmed" if confirm else "risk.cleared",
        flag=flag.kind,
        old=old,
        score=flag.score,
        source=flag.source,
    )
    return flag


@transaction.atomic
def do_accept_suggestion(
    *, case: Case, actor: User, category: Category, score: float, model_version: str
) -> bool:
    """Tag the case with a suggested category (provenance "suggested"); False if it had it."""
    added = do_add_category(
        case=case, actor=actor, category=category, provenance=Provenance.SUGGESTED
    )
    SuggestionDecision.objects.update_or_create(
        case=case,
        category=category,
        defaults={
            "decision": Decision.ACCEPTED,
            "score": score,
            "model_version": model_version,
            "decided_by": actor,
            "decided_at": timezone.now(),
        },
    )
    audit(
        actor=actor,
        case=case,
        action="suggestion.accepted",
        category=category.name,
        score=score,
        model=model_version,
    )
    return added


@transaction.atomic
def do_dismiss_suggestion(
    *, case: Case, actor: User, category: Category, score: float, model_version: str
) -> None:
    """Record that the suggested category does not fit this case (a negative for training)."""
    SuggestionDecision.objects.update_or_create(
        case=case,
        category=category,
        defaults={
            "decision": Decision.DISMISSED,
            "score": score,
            "model_version": model_version,
            "decided_by": actor,
            "decided_at": timezone.now(),
        },
    )
    audit(
        actor=actor,
        case=case,
        action="suggestion.dismissed",
        category=category.name,
        score=score,
        model=model_version,
    )


def record_withheld_download(*, attachment: Attachment, actor: User, case: Case) -> None:
    """Audit a deliberate download of an attachment withheld on a flagged case."""
    audit(
        actor=actor,
        case=case,
        action="attachment.withheld_download_confirmed",
        attachment=attachment.pk,
        filename=attachment.filename,
        content_type=attachment.content_type,
    )


def record_withheld_original_download(*, message_id: int, actor: User, case: Case) -> None:
    """Audit a deliberate download of a message's original .eml withheld on a flagged case."""
    audit(
        actor=actor,
        case=case,
        action="original.withheld_download_confirmed",
        message=message_id,
    )
