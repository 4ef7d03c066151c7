"""Removing personal data from rows and files, as the registry says. Called inside the
transactions of casebook.privacy.actions; nothing here commits or audits by itself.

Files are deleted only after the transaction commits (a rollback loses nothing), and only
when no row anywhere still names them: stored files are shared by content, so the same
attachment sent on two cases is one file.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Case, Enquirer
from casebook.intake import storage
from casebook.privacy.models import CaseAnonymisation, RetentionPolicy
from casebook.privacy.registry import CASE_DATA, PERSON, CaseRows, file_columns
from casebook.privacy.scrub import REMOVED, Identifiers, scrub_detail

log = logging.getLogger(__name__)

CHUNK = 500


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def coded_values() -> frozenset[str]:
    """Every choice code of every model (statuses, regions, outcomes ...): audit details may
    keep these under "old"/"new" (see scrub.scrub_detail)."""
    codes: set[str] = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.choices:
                codes.update(str(value) for value, _ in field.flatchoices if value != "")
    return frozenset(codes)


def blank_values(model: type[models.Model], names: Iterable[str]) -> dict[str, Any]:
    """Empty values for columns: NULL where allowed (unique columns such as a Message-ID
    cannot all be ""), the default for JSON, else ""."""
    out: dict[str, Any] = {}
    for name in names:
        field = model._meta.get_field(name)
        if field.null:
            out[name] = None
        elif isinstance(field, models.JSONField):
            out[name] = field.get_default()
        else:
            out[name] = ""
    return out


def placeholder_enquirer() -> Enquirer:
    """The blank enquirer every anonymised case points at (created once)."""
    policy, _ = RetentionPolicy.objects.select_for_update().get_or_create(pk=1)
    if policy.placeholder_enquirer_id is None:
        policy.placeholder_enquirer = Enquirer.objects.create()
        policy.save(update_fields=["placeholder_enquirer"])
    assert policy.placeholder_enquirer is not None
    return policy.placeholder_enquirer


def forget_admin_history(model: type[models.Model], pks: Iterable[Any]) -> int:
    """Admin-site history names objects by str(obj) (an enquirer's name, a file name): that
    label goes; who changed what kind of object, and when, stays."""
    ct = ContentType.objects.get_for_model(model, for_concrete_model=False)
    ids = [str(pk) for pk in pks]
    n = 0
    for part in chunks(ids):
        n += LogEntry.objects.filter(content_type=ct, object_id__in=part).update(
            object_repr=REMOVED
        )
    return n


def _scrub_json(rows: QuerySet[Any], column: str, codes: frozenset[str]) -> int:
    model = rows.model
    changed = []
    for obj in rows.only("pk", column).iterator(chunk_size=CHUNK):
        value = getattr(obj, column)
        scrubbed = scrub_detail(value, codes)
        if scrubbed != value:
            setattr(obj, column, scrubbed)
            changed.append(obj)
    for part in chunks(changed):
        model._default_manager.bulk_update(part, [column])
    return len(changed)


def _rows(
    spec: CaseRows, *, case_ids: Sequence[int] | None, message_ids: Sequence[int] | None
) -> QuerySet[Any] | None:
    manager = spec.model_class()._default_manager
    if message_ids is not None:
        if not spec.to_message:
            return None
        return manager.filter(**{f"{spec.to_message}__in": message_ids})
    lookup = "pk__in" if spec.to_case == "pk" else f"{spec.to_case}__in"
    return manager.filter(**{lookup: case_ids})


def erase_rows(
    *,
    case_ids: Sequence[int] | None = None,
    message_ids: Sequence[int] | None = None,
    codes: frozenset[str],
) -> tuple[Counter[str], set[str]]:
    """Apply CASE_DATA to the rows of these cases (or, with message_ids, only to rows of
    these messages). Returns counts by "<model>.<deleted|emptied|scrubbed>" and the files
    those rows named."""
    counts: Counter[str] = Counter()
    files: set[str] = set()
    for spec in CASE_DATA:
        rows = _rows(spec, case_ids=case_ids, message_ids=message_ids)
        if rows is None:
            continue
        model = rows.model
        name = model._meta.model_name
        if spec.file:
            files.update(p for p in rows.values_list(spec.file, flat=True) if p)
        pks = list(rows.values_list("pk", flat=True))
        if not pks:
            continue
        forget_admin_history(model, pks)
        if spec.delete:
            for part in chunks(pks):
                model._default_manager.filter(pk__in=part).delete()
            counts[f"{name}.deleted"] += len(pks)
            continue
        if spec.blank:
            values = blank_values(model, spec.blank)
            for part in chunks(pks):
                model._default_manager.filter(pk__in=part).update(**values)
            counts[f"{name}.emptied"] += len(pks)
        for column in spec.scrub:
            for part in chunks(pks):
                counts[f"{name}.scrubbed"] += _scrub_json(
                    model._default_manager.filter(pk__in=part), column, codes
                )
    return counts, files


def delete_unused_enquirers(ids: Iterable[int], *, keep: int) -> int:
    """Delete these enquirer records where no case points at them any more."""
    unused = list(
        Enquirer.objects.filter(pk__in=[i for i in ids if i != keep], cases__isnull=True)
        .values_list("pk", flat=True)
        .distinct()
    )
    if unused:
        forget_admin_history(PERSON.model_class(), unused)
        for part in chunks(unused):
            Enquirer.objects.filter(pk__in=part).delete()
    return len(unused)


def anonymise_claimed(
    case_ids: Sequence[int], *, cause: str, codes: frozenset[str]
) -> tuple[Counter[str], set[str]]:
    """Anonymise cases already claimed (CaseAnonymisation rows exist) and locked by the
    caller's transaction. Returns counts and the files that may now be unused."""
    counts, files = erase_rows(case_ids=case_ids, codes=codes)
    placeholder = placeholder_enquirer()
    old = set(Case.objects.filter(pk__in=case_ids).values_list("enquirer_id", flat=True))
    now = timezone.now()
    Case.objects.filter(pk__in=case_ids).update(
        enquirer=placeholder, updated_at=now, version=F("version") + 1
    )
    counts["enquirer.deleted"] += delete_unused_enquirers(old, keep=placeholder.pk)
    AuditEvent.objects.bulk_create(
        [
            AuditEvent(case_id=pk, action="case.anonymised", detail={"cause": cause})
            for pk in case_ids
        ]
    )
    counts["case.anonymised"] += len(case_ids)
    return counts, files


def claim(case_ids: Iterable[int], *, cause: str) -> list[int]:
    """Claim cases for anonymisation by inserting their CaseAnonymisation rows. A case
    another worker holds (its insert is not yet committed, or is) is skipped: on PostgreSQL
    the insert waits for the other transaction, then fails on the primary key."""
    from django.db import IntegrityError

    now = timezone.now()
    claimed = []
    for pk in case_ids:
        try:
            with transaction.atomic():
                CaseAnonymisation.objects.create(case_id=pk, at=now, cause=cause)
        except IntegrityError:
            continue
        claimed.append(pk)
    return claimed


def unused_files(paths: Iterable[str]) -> set[str]:
    """The paths no row of any file-bearing model names."""
    wanted = set(paths)
    if not wanted:
        return set()
    used: set[str] = set()
    for model, column in file_columns():
        for part in chunks(sorted(wanted)):
            used.update(
                model._default_manager.filter(**{f"{column}__in": part}).values_list(
                    column, flat=True
                )
            )
    return wanted - used


def delete_files_on_commit(paths: Iterable[str]) -> None:
    """Delete the stored files once the current transaction commits."""
    todo = sorted(set(paths))
    if not todo:
        return

    def purge() -> None:
        base = storage.root().resolve()
        for relative in todo:
            path = (base / relative).resolve()
            if base not in path.parents:
                log.error("not deleting %s: outside the attachments directory", relative)
                continue
            try:
                path.unlink(missing_ok=True)
            except OSError as error:  # one unreadable file must not stop the rest
                log.error("could not delete %s: %s", relative, error)

    transaction.on_commit(purge)


def file_bytes(relative: str) -> bytes | None:
    try:
        return Path(storage.open_path(relative)).read_bytes()
    except (storage.StorageError, OSError):
        return None


def mentions_in_bytes(data: bytes, identifiers: Identifiers) -> bool:
    """Whether raw bytes (a stored mail) name the person, read as UTF-8 or Latin-1."""
    for encoding in ("utf-8", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if identifiers.find(text):
            return True
    return False
