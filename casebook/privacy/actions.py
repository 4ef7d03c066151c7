"""Writes of the privacy app: retention runs, anonymising cases, legal holds, erasure, and the
record of what was exported (subject access, the audit log).

Every function is atomic (or a series of atomic batches), keyword-only, and writes audit
events. Audit details hold ids, references and counts, never a person's details.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO

from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from casebook.accounts.models import User
from casebook.analysis.jobs import discard_jobs
from casebook.cases.actions import audit
from casebook.cases.models import Case, Enquirer, Status
from casebook.privacy import engine, preserve
from casebook.privacy.export import export_file
from casebook.privacy.models import (
    AnonymisationCause,
    CaseAnonymisation,
    LegalHold,
    RetentionPolicy,
)
from casebook.privacy.person import Person
from casebook.privacy.registry import MAIL_STORES
from casebook.privacy.scrub import REMOVED

BATCH = 200
Progress = Callable[[str], None]


class HoldError(Exception):
    """A hold cannot be placed or lifted (the message says why)."""


def get_policy() -> RetentionPolicy:
    policy, _ = RetentionPolicy.objects.get_or_create(pk=1)
    return policy


def retention_cutoff(now: datetime, years: int) -> datetime:
    """The moment `years` calendar years before now (29 February counts from the 28th)."""
    local = timezone.localtime(now)
    try:
        return local.replace(year=local.year - years)
    except ValueError:
        return local.replace(year=local.year - years, day=28)


def active_holds() -> QuerySet[LegalHold]:
    return LegalHold.objects.filter(lifted_at__isnull=True)


def closed_before(cutoff: datetime) -> QuerySet[Case]:
    """Closed cases, closed before the cutoff, not yet anonymised (held ones included)."""
    return Case.objects.filter(
        status=Status.CLOSED, closed_at__lt=cutoff, anonymisation__isnull=True
    )


def due_cases(cutoff: datetime) -> QuerySet[Case]:
    """Cases the retention policy anonymises now: closed before the cutoff, not on hold."""
    return closed_before(cutoff).exclude(pk__in=active_holds().values("case_id"))


@dataclass
class RetentionResult:
    """What a retention run did (or, dry, would do)."""

    dry_run: bool
    enabled: bool
    years: int
    cutoff: datetime
    counts: Counter[str] = field(default_factory=Counter)
    held: list[str] = field(default_factory=list)  # references blocked by a legal hold
    periods: list[str] = field(default_factory=list)  # report periods captured

    def lines(self) -> list[str]:
        verb = "would anonymise" if self.dry_run else "anonymised"
        c = self.counts
        out = [
            f"retention: cases closed before {self.cutoff:%Y-%m-%d %H:%M} ({self.years} years ago)",
        ]
        if not self.enabled:
            out.append("retention is switched off in the retention policy: nothing changed")
            return out
        out.append(f"{verb} {c['case.anonymised']} cases")
        if not self.dry_run:
            out.append(
                f"emptied {c['message.emptied']} messages, deleted {c['attachment.deleted']} "
                f"attachments, {c['enquirer.deleted']} enquirer records and "
                f"{c['files.deleted']} stored files"
            )
        mail = "would delete" if self.dry_run else "deleted"
        out.append(f"{mail} {c['mail.deleted']} stored mail items kept apart from cases")
        out.append(
            f"{mail} {c['enquirer.unused']} enquirer records with no case"
            if self.dry_run
            else f"deleted {c['enquirer.unused']} enquirer records with no case"
        )
        if self.counts["case.no_closing_date"]:
            out.append(
                f"{self.counts['case.no_closing_date']} closed cases have no closing date and "
                "are never due: set their closing dates"
            )
        if self.held:
            shown = ", ".join(self.held[:20]) + (" ..." if len(self.held) > 20 else "")
            out.append(f"{len(self.held)} due cases are on legal hold and were left: {shown}")
        if self.periods:
            captured = "would capture" if self.dry_run else "captured"
            out.append(f"{captured} the report text of {', '.join(self.periods)}")
        return out


def _detail(result: RetentionResult) -> dict[str, object]:
    return {
        "years": result.years,
        "cutoff": result.cutoff.isoformat(),
        "counts": dict(sorted(result.counts.items())),
        "held": len(result.held),
        "periods": result.periods,
    }


def _mail_due(cutoff: datetime) -> list[tuple[type, QuerySet]]:  # type: ignore[type-arg]
    out = []
    for store in MAIL_STORES:
        model = store.model_class()
        out.append((model, model._default_manager.filter(**{f"{store.received}__lt": cutoff})))
    return out


def _unused_enquirers(cutoff: datetime) -> QuerySet[Enquirer]:
    keep = RetentionPolicy.objects.filter(pk=1).values_list("placeholder_enquirer_id", flat=True)
    # A record merged into another lives on with it (mail from its address is routed there);
    # it goes when that one does.
    return (
        Enquirer.objects.filter(cases__isnull=True, created_at__lt=cutoff, merged_into=None)
        .exclude(pk__in=[k for k in keep if k is not None])
        .distinct()
    )


def do_run_retention(
    *,
    actor: User | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
    batch_size: int = BATCH,
    progress: Progress | None = None,
) -> RetentionResult:
    """Apply the retention policy: anonymise every case closed more than the policy's years
    ago and not on legal hold; delete stored mail kept apart from cases, and enquirer records
    with no case, once as old. Safe to run on several machines at once (cases are claimed one
    by one). Each batch commits on its own; the run is audited with its counts."""
    policy = get_policy()
    now = now or timezone.now()
    cutoff = retention_cutoff(now, policy.years)
    result = RetentionResult(
        dry_run=dry_run, enabled=policy.enabled, years=policy.years, cutoff=cutoff
    )
    say = progress or (lambda _msg: None)
    result.held = list(
        closed_before(cutoff)
        .filter(pk__in=active_holds().values("case_id"))
        .order_by("reference")
        .values_list("reference", flat=True)
    )
    result.counts["case.no_closing_date"] = Case.objects.filter(
        status=Status.CLOSED, closed_at__isnull=True, anonymisation__isnull=True
    ).count()
    if dry_run or not policy.enabled:
        due = due_cases(cutoff)
        result.counts["case.anonymised"] = due.count()
        result.counts["mail.deleted"] = sum(rows.count() for _, rows in _mail_due(cutoff))
        result.counts["enquirer.unused"] = _unused_enquirers(cutoff).count()
        result.periods = [str(p) for p in preserve.uncaptured_periods_due(due)]
        audit(
            actor=actor,
            case=None,
            action="retention.dry_run" if dry_run else "retention.off",
            **_detail(result),
        )
        return result

    codes = engine.coded_values()
    last = 0
    while True:
        batch = list(
            due_cases(cutoff)
            .filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:batch_size]
        )
        if not batch:
            break
        last = batch[-1]
        result.periods += [str(p) for p in preserve.ensure_captured(batch)]
        result.counts += _anonymise_batch(batch, cutoff=cutoff, codes=codes)
        say(f"{result.counts['case.anonymised']} cases anonymised")
    result.counts += _delete_mail(cutoff)
    with transaction.atomic():
        unused = list(_unused_enquirers(cutoff).values_list("pk", flat=True))
        result.counts["enquirer.unused"] = engine.delete_unused_enquirers(
            unused, keep=engine.placeholder_id() or 0, codes=codes
        )
    audit(actor=actor, case=None, action="retention.run", **_detail(result))
    return result


@transaction.atomic
def _anonymise_batch(
    batch: Sequence[int], *, cutoff: datetime, codes: frozenset[str]
) -> Counter[str]:
    claimed = engine.claim(batch, cause=AnonymisationCause.RETENTION)
    if not claimed:
        return Counter()
    # Lock the cases, then look again: a hold placed, or the case reopened, since the batch
    # was chosen wins over retention.
    list(Case.objects.select_for_update().filter(pk__in=claimed).values_list("pk", flat=True))
    still_due = set(
        Case.objects.filter(pk__in=claimed, status=Status.CLOSED, closed_at__lt=cutoff)
        .exclude(pk__in=active_holds().values("case_id"))
        .values_list("pk", flat=True)
    )
    dropped = [pk for pk in claimed if pk not in still_due]
    if dropped:
        CaseAnonymisation.objects.filter(case_id__in=dropped).delete()
    ids = [pk for pk in claimed if pk in still_due]
    if not ids:
        return Counter()
    counts, files = engine.anonymise_claimed(ids, cause=AnonymisationCause.RETENTION, codes=codes)
    unused = engine.unused_files(files)
    engine.delete_files_on_commit(unused)
    counts["files.deleted"] += len(unused)
    return counts


def _delete_mail(cutoff: datetime) -> Counter[str]:
    counts: Counter[str] = Counter()
    for store in MAIL_STORES:
        model = store.model_class()
        while True:
            with transaction.atomic():
                rows = list(
                    model._default_manager.select_for_update()
                    .filter(**{f"{store.received}__lt": cutoff})
                    .order_by("pk")
                    .values_list("pk", store.file)[: engine.CHUNK]
                )
                if not rows:
                    break
                engine.forget_admin_history(model, [pk for pk, _ in rows])
                model._default_manager.filter(pk__in=[pk for pk, _ in rows]).delete()
                unused = engine.unused_files(path for _, path in rows if path)
                engine.delete_files_on_commit(unused)
                counts["mail.deleted"] += len(rows)
                counts["files.deleted"] += len(unused)
    return counts


def do_anonymise_cases(
    *, case_ids: Iterable[int], cause: str, actor: User | None = None
) -> Counter[str]:
    """Anonymise these cases now, whatever their age, unless on legal hold (skipped and
    counted as "case.held"). Captures the report text of listed periods first."""
    ids = sorted(set(case_ids))
    codes = engine.coded_values()
    counts: Counter[str] = Counter()
    for part in engine.chunks(ids, BATCH):
        preserve.ensure_captured(part)
        with transaction.atomic():
            claimed = engine.claim(part, cause=cause)
            list(
                Case.objects.select_for_update().filter(pk__in=claimed).values_list("pk", flat=True)
            )
            held = set(active_holds().filter(case_id__in=claimed).values_list("case_id", flat=True))
            if held:
                CaseAnonymisation.objects.filter(case_id__in=held).delete()
                counts["case.held"] += len(held)
            todo = [pk for pk in claimed if pk not in held]
            if not todo:
                continue
            done, files = engine.anonymise_claimed(todo, cause=cause, codes=codes)
            counts += done
            unused = engine.unused_files(files)
            engine.delete_files_on_commit(unused)
            counts["files.deleted"] += len(unused)
    return counts


# ---- legal holds ------------------------------------------------------------------------


@transaction.atomic
def do_place_hold(*, case: Case, actor: User, reason: str) -> LegalHold:
    """Put a case on legal hold: retention and erasure leave it alone until the hold is
    lifted. Raises HoldError if it is anonymised already or already held."""
    reason = reason.strip()
    if not reason:
        raise HoldError("Say why the case is held (e.g. which investigation or claim).")
    locked = Case.objects.select_for_update().get(pk=case.pk)
    if CaseAnonymisation.objects.filter(case=locked).exists():
        raise HoldError(f"{locked.reference} has been anonymised already: nothing is left to hold.")
    if active_holds().filter(case=locked).exists():
        raise HoldError(f"{locked.reference} is already on legal hold.")
    hold = LegalHold.objects.create(
        case=locked, reason=reason, placed_by=actor, placed_at=timezone.now()
    )
    audit(actor=actor, case=locked, action="hold.placed", hold=hold.pk)
    return hold


@transaction.atomic
def do_lift_hold(*, hold: LegalHold, actor: User) -> LegalHold:
    locked = LegalHold.objects.select_for_update().get(pk=hold.pk)
    if locked.lifted_at is not None:
        raise HoldError("This hold has been lifted already.")
    locked.lifted_at = timezone.now()
    locked.lifted_by = actor
    locked.save(update_fields=["lifted_at", "lifted_by"])
    audit(actor=actor, case=locked.case, action="hold.lifted", hold=locked.pk)
    return locked


@transaction.atomic
def do_set_policy(*, actor: User, years: int, enabled: bool) -> RetentionPolicy:
    policy, _ = RetentionPolicy.objects.select_for_update().get_or_create(pk=1)
    old = {"years": policy.years, "enabled": policy.enabled}
    policy.years = years
    policy.enabled = enabled
    policy.save(update_fields=["years", "enabled", "updated_at"])
    audit(
        actor=actor,
        case=None,
        action="retention.policy",
        old=old,
        new={"years": years, "enabled": enabled},
    )
    return policy


# ---- erasure ----------------------------------------------------------------------------


class ErasureBlocked(Exception):
    """Erasure refused: some of the person's cases are on legal hold."""

    def __init__(self, references: list[str]) -> None:
        super().__init__(
            "Nothing was erased: these cases are on legal hold: "
            + ", ".join(references)
            + ". Lift the holds first, or wait until they are lifted."
        )
        self.references = references


@dataclass
class ErasureResult:
    counts: Counter[str]
    references: list[str]


MAX_REASON = 1000


def do_export_person(*, actor: User, person: Person) -> tuple[IO[bytes], dict[str, int]]:
    """The subject-access ZIP for `person` (see `export.export_file`), and one audit event per
    enquirer record it covers (one without a record for an address-only search), holding the
    counts exported and how the person was found, never their details."""
    handle, counts = export_file(person)
    found_from = "record" if "enquirer" in person.asked else "email"
    enquirer_ids: list[int | None] = list(person.enquirer_ids) or [None]
    for enquirer_id in enquirer_ids:
        audit(
            actor=actor,
            case=None,
            action="subject_access.exported",
            enquirer=enquirer_id,
            found_from=found_from,
            **counts,
        )
    return handle, counts


def do_record_audit_export(*, actor: User, filters: Sequence[str]) -> None:
    """Record that the audit log was exported with the named filters set: their names, not
    their values (a person filter may be an address)."""
    audit(actor=actor, case=None, action="audit.exported", fields=sorted(filters))


def do_erase_person(
    *, actor: User, person: Person, reason: str, mentions: bool = True
) -> ErasureResult:
    """Erase a person on request: their cases anonymised as retention would (facts kept,
    everything else gone), their own messages on other cases emptied, their enquirer
    records deleted, stored mail from or about them deleted, their details removed from
    audit details, admin history, sessions and the preserved report text, and (with
    mentions) from other cases' text, whose stored originals then go too.

    Raises ErasureBlocked, changing nothing, if any of their cases is on legal hold, and
    ValueError without a reason. The reason is audited with their details removed."""
    identifiers = person.identifiers
    reason = identifiers.remove(reason.strip())[0][:MAX_REASON]
    if not reason.replace(REMOVED, "").strip(" .,;:-"):
        raise ValueError("Give the reason for the erasure (e.g. the request's date and basis).")
    held = list(
        active_holds()
        .filter(case_id__in=person.case_ids)
        .order_by("case__reference")
        .values_list("case__reference", flat=True)
    )
    if held:
        raise ErasureBlocked(held)
    todo = list(
        Case.objects.filter(pk__in=person.case_ids, anonymisation__isnull=True).values_list(
            "pk", flat=True
        )
    )
    preserve.ensure_captured(todo)
    codes = engine.coded_values()
    with transaction.atomic():
        counts, files = _erase_in_transaction(
            person=person, todo=todo, codes=codes, mentions=mentions
        )
        unused = engine.unused_files(files)
        engine.delete_files_on_commit(unused)
        counts["files.deleted"] += len(unused)
        transaction.on_commit(cache.clear)  # cached reports were built from their text
        references = [c.reference for c in person.cases]
        audit(
            actor=actor,
            case=None,
            action="person.erased",
            enquirer=person.enquirer_ids[0] if person.enquirer_ids else None,
            enquirers=person.enquirer_ids,
            reason=reason,
            cases=references,
            counts=dict(sorted(counts.items())),
        )
    return ErasureResult(counts=counts, references=references)


def _erase_in_transaction(
    *, person: Person, todo: list[int], codes: frozenset[str], mentions: bool
) -> tuple[Counter[str], set[str]]:
    identifiers = person.identifiers
    counts: Counter[str] = Counter()
    files: set[str] = set()
    claimed = engine.claim(todo, cause=AnonymisationCause.ERASURE)
    list(Case.objects.select_for_update().filter(pk__in=person.case_ids).values_list("pk"))
    held = list(
        active_holds().filter(case_id__in=person.case_ids).values_list("case__reference", flat=True)
    )
    if held:  # placed since we looked: roll everything back
        raise ErasureBlocked(sorted(held))
    if len(claimed) != len(todo):
        # Retention is anonymising some of them right now: theirs is the same effect.
        counts["case.claimed_elsewhere"] += len(todo) - len(claimed)
    if claimed:
        # A shared record (a school's mailbox) whose case this was stays: it is not theirs.
        done, found = engine.anonymise_claimed(
            claimed, cause=AnonymisationCause.ERASURE, codes=codes, prune=False
        )
        counts += done
        files |= found
    message_ids = [m.pk for m in person.correspondence]
    if message_ids:
        done, found = engine.erase_rows(message_ids=message_ids, codes=codes)
        counts.update({f"correspondence.{k}": v for k, v in done.items()})
        files |= found
    if mentions:
        done, found = engine.remove_mentions(person.mentions, identifiers)
        counts += done
        files |= found
    for item in person.mail:
        model = item.store.model_class()
        engine.forget_admin_history(model, [item.pk])
        counts["mail.deleted"] += model._default_manager.filter(pk=item.pk).delete()[0]
        if item.path:
            files.add(item.path)
    counts["enquirer.deleted"] += engine.delete_unused_enquirers(
        person.enquirer_ids, keep=engine.placeholder_id() or 0
    )
    counts["audit.cleaned"] += engine.remove_from_audit(identifiers)
    counts["admin_history.cleaned"] += engine.remove_from_admin_history(identifiers)
    counts["session.ended"] += engine.end_sessions_naming(identifiers)
    counts["report_sample.cleaned"] += preserve.remove_identifiers(identifiers)
    counts["review.cleaned"] += engine.remove_from_reviews(identifiers)
    counts["report.discarded"] += discard_jobs()
    return counts, files
