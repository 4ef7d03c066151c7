"""Writes to enquirer records: only these change one, each versioned and audited.

An enquirer's record is shared by all their cases, so every change is written to the audit
log of each of those cases (old and new values), where the case timeline shows it. Merging
two records and moving cases off a shared record take the list of cases the practitioner was
shown: if the cases have changed since, nothing happens and StaleEnquirerError says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from casebook.accounts.models import AuditEvent, User
from casebook.cases.actions import audit, bump_case_version
from casebook.cases.models import Case, Enquirer

EDITABLE = frozenset(Enquirer.DETAIL_FIELDS)


class StaleEnquirerError(Exception):
    """The enquirer record (or the cases on it) changed since the editor loaded it."""

    def __init__(self, enquirer: Enquirer, detail: str = "") -> None:
        super().__init__(
            detail
            or f"The enquirer record for {enquirer.label()} was changed by someone else while "
            "you were editing it. Your change was not saved: check what changed and try again."
        )
        self.enquirer = enquirer


def _claim(enquirer: Enquirer, *, expected_version: int | None) -> None:
    query = Enquirer.objects.filter(pk=enquirer.pk)
    if expected_version is not None:
        query = query.filter(version=expected_version)
    if query.update(version=F("version") + 1) != 1:
        enquirer.refresh_from_db()
        raise StaleEnquirerError(enquirer)
    enquirer.refresh_from_db(fields=["version"])


def _audit_on_cases(
    *, actor: User | None, case_ids: Iterable[int], action: str, detail: dict[str, Any]
) -> None:
    """One event per case, so each case's timeline shows what happened to its enquirer."""
    events = [AuditEvent(actor=actor, case_id=pk, action=action, detail=detail) for pk in case_ids]
    if not events:  # a record without cases: the change is still logged
        events = [AuditEvent(actor=actor, case=None, action=action, detail=detail)]
    AuditEvent.objects.bulk_create(events)


@transaction.atomic
def do_update_enquirer(
    *,
    enquirer: Enquirer,
    actor: User,
    expected_version: int,
    details: Mapping[str, str],
    via_admin: bool = False,
) -> dict[str, tuple[str, str]]:
    """Change the record's `details` (a subset of Enquirer.DETAIL_FIELDS); returns
    {field: (old, new)} of what actually changed.

    Raises StaleEnquirerError if the record changed since expected_version (nothing saved),
    ValueError for a field that is not an editable detail.
    """
    unknown = set(details) - EDITABLE
    if unknown:
        raise ValueError(f"not enquirer details: {sorted(unknown)}")
    fields = {name: (value or "").strip() for name, value in details.items()}
    _claim(enquirer, expected_version=expected_version)
    changed = {
        name: (getattr(enquirer, name), value)
        for name, value in fields.items()
        if getattr(enquirer, name) != value
    }
    if not changed:
        return {}
    Enquirer.objects.filter(pk=enquirer.pk).update(**{k: new for k, (_, new) in changed.items()})
    for name, (_, new) in changed.items():
        setattr(enquirer, name, new)
    detail: dict[str, Any] = {
        "enquirer": enquirer.pk,
        "old": {k: old for k, (old, _) in changed.items()},
        "new": {k: new for k, (_, new) in changed.items()},
    }
    if via_admin:
        detail["via_admin"] = True
    case_ids = list(Case.objects.filter(enquirer=enquirer).values_list("pk", flat=True))
    _audit_on_cases(actor=actor, case_ids=case_ids, action="enquirer.updated", detail=detail)
    return changed


def _refuse_anonymised(*records: Enquirer) -> None:
    """Anonymised cases share one blank record (casebook.privacy): merging or splitting it
    would put someone's details on, or move, anonymised cases."""
    from casebook.privacy.engine import is_placeholder

    if any(is_placeholder(r.pk) for r in records):
        raise ValueError("the record of anonymised cases cannot be merged or split")


def _case_refs(enquirer: Enquirer) -> list[str]:
    return sorted(Case.objects.filter(enquirer=enquirer).values_list("reference", flat=True))


@transaction.atomic
def do_merge_enquirers(
    *,
    keep: Enquirer,
    merge: Enquirer,
    actor: User,
    keep_version: int,
    merge_version: int,
    shown_cases: Sequence[str],
) -> list[str]:
    """Move every case of `merge` to `keep`, and make `merge` point at `keep` from now on.

    `shown_cases` are the references of merge's cases as listed to the practitioner: if they
    differ from the cases it has now, StaleEnquirerError and nothing moves. Details `keep`
    lacks are taken from `merge` (an audited edit). Returns the moved references.
    """
    if keep.pk == merge.pk:
        raise ValueError("an enquirer record cannot be merged into itself")
    _refuse_anonymised(keep, merge)
    if keep.merged_into_id is not None or merge.merged_into_id is not None:
        raise ValueError("one of these records has already been merged")
    _claim(keep, expected_version=keep_version)
    _claim(merge, expected_version=merge_version)
    moved = _case_refs(merge)
    if moved != sorted(shown_cases):
        raise StaleEnquirerError(
            merge,
            f"The cases of {merge.label()} changed since they were listed for you "
            "(a new enquiry arrived, or someone moved one). Nothing was merged: check the "
            "list again.",
        )
    fill = {
        name: getattr(merge, name)
        for name in Enquirer.DETAIL_FIELDS
        if not getattr(keep, name) and getattr(merge, name)
    }
    moved_ids = list(Case.objects.filter(enquirer=merge).values_list("pk", flat=True))
    # Moving a case is an edit of it: its version moves on (one statement for all of them).
    Case.objects.filter(pk__in=moved_ids).update(
        enquirer=keep, version=F("version") + 1, updated_at=timezone.now()
    )
    Enquirer.objects.filter(pk=merge.pk).update(merged_into=keep)
    merge.merged_into = keep
    detail = {
        "kept": keep.pk,
        "kept_label": keep.label(),
        "merged": merge.pk,
        "merged_label": merge.label(),
        "merged_details": {name: getattr(merge, name) for name in Enquirer.DETAIL_FIELDS},
        "moved_cases": moved,
    }
    all_ids = Case.objects.filter(enquirer=keep).values_list("pk", flat=True)
    _audit_on_cases(actor=actor, case_ids=all_ids, action="enquirer.merged", detail=detail)
    if fill:
        do_update_enquirer(enquirer=keep, actor=actor, expected_version=keep.version, details=fill)
    return moved


@transaction.atomic
def do_split_cases(
    *,
    enquirer: Enquirer,
    cases: Sequence[Case],
    actor: User,
    expected_version: int,
    details: Mapping[str, str],
) -> Enquirer:
    """Move these cases off a shared record (a school's safeguarding mailbox, say) to a new
    record of the person who wrote them, with the given details. Returns the new record.

    Raises StaleEnquirerError if the shared record changed since expected_version or a case is
    no longer on it, ValueError without cases or with details that are not editable.
    """
    if not cases:
        raise ValueError("choose at least one case to move")
    _refuse_anonymised(enquirer)
    unknown = set(details) - EDITABLE
    if unknown:
        raise ValueError(f"not enquirer details: {sorted(unknown)}")
    _claim(enquirer, expected_version=expected_version)
    ids = [c.pk for c in cases]
    if Case.objects.filter(pk__in=ids, enquirer=enquirer).count() != len(set(ids)):
        raise StaleEnquirerError(
            enquirer,
            "One of the cases is no longer on this enquirer record. Nothing was moved: "
            "check the list again.",
        )
    person = Enquirer.objects.create(**{k: (v or "").strip() for k, v in details.items()})
    Case.objects.filter(pk__in=ids).update(
        enquirer=person, version=F("version") + 1, updated_at=timezone.now()
    )
    for case in cases:
        case.refresh_from_db(fields=["version", "updated_at"])
        case.enquirer = person
    detail = {
        "from": enquirer.pk,
        "from_label": enquirer.label(),
        "to": person.pk,
        "to_label": person.label(),
        "moved_cases": sorted(c.reference for c in cases),
    }
    for case in cases:
        audit(actor=actor, case=case, action="case.split", **detail)
    return person


@transaction.atomic
def do_admin_change_case(
    *, case: Case, actor: User, expected_version: int, changes: Mapping[str, Any]
) -> None:
    """An admin's edit of case fields in the admin site: versioned, audited with old and new.

    `changes` maps field names to new values (model instances for foreign keys).
    """
    bump_case_version(case, expected_version=expected_version)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    updates: dict[str, Any] = {}
    for name, value in changes.items():
        field = Case._meta.get_field(name)
        attname = getattr(field, "attname", name)
        before = getattr(case, attname)
        after = value.pk if hasattr(value, "pk") else value
        if before == after:
            continue
        old[name], new[name] = _plain(before), _plain(after)
        updates[attname] = after
    if not updates:
        return
    Case.objects.filter(pk=case.pk).update(**updates)
    for attname, value in updates.items():
        setattr(case, attname, value)
    audit(actor=actor, case=case, action="admin.changed", old=old, new=new, via_admin=True)


def _plain(value: Any) -> Any:
    """A value the audit log (JSON) can keep."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
