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
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Attachment, Case, Enquirer
from casebook.intake import storage
from casebook.privacy.models import CaseAnonymisation, RetentionPolicy
from casebook.privacy.registry import CASE_DATA, PERSON, CaseRows, file_columns
from casebook.privacy.scrub import REMOVED, Identifiers, remove_in_json, scrub_detail

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


# Audit detail keys that hold an enquirer record's id (enquirer edits, merges, splits).
ENQUIRER_KEYS = ("enquirer", "kept", "merged", "from", "to")


def delete_unused_enquirers(
    ids: Iterable[int], *, keep: int, codes: frozenset[str] = frozenset()
) -> int:
    """Delete these enquirer records where no case points at them any more, with the caseless
    records merged into them (the same person's older records), and reduce the audit events
    about them that belong to no case (scrub.scrub_detail)."""
    doomed = set(
        Enquirer.objects.filter(pk__in=[i for i in ids if i != keep], cases__isnull=True)
        .values_list("pk", flat=True)
        .distinct()
    )
    frontier = set(doomed)
    while frontier:
        merged = set(
            Enquirer.objects.filter(merged_into__in=frontier, cases__isnull=True)
            .exclude(pk__in=doomed | {keep})
            .values_list("pk", flat=True)
            .distinct()
        )
        doomed |= merged
        frontier = merged
    if not doomed:
        return 0
    unused = sorted(doomed)
    forget_admin_history(PERSON.model_class(), unused)
    _scrub_enquirer_events(unused, codes or coded_values())
    for part in chunks(unused):
        # A record merged into one that goes is cut loose first (merged_into protects).
        Enquirer.objects.filter(merged_into__in=part).update(merged_into=None)
    for part in chunks(unused):
        Enquirer.objects.filter(pk__in=part).delete()
    return len(unused)


def _scrub_enquirer_events(ids: Sequence[int], codes: frozenset[str]) -> int:
    q = Q(pk__in=[])
    for part in chunks(list(ids)):
        for key in ENQUIRER_KEYS:
            q |= Q(**{f"detail__{key}__in": part})
    return _scrub_json(AuditEvent.objects.filter(q, case__isnull=True), "detail", codes)


def anonymise_claimed(
    case_ids: Sequence[int], *, cause: str, codes: frozenset[str], prune: bool = True
) -> tuple[Counter[str], set[str]]:
    """Anonymise cases already claimed (CaseAnonymisation rows exist) and locked by the
    caller's transaction. With prune, enquirer records left without a case are deleted
    (erasure deletes only the person's own). Returns counts and the files that may now be
    unused."""
    counts, files = erase_rows(case_ids=case_ids, codes=codes)
    placeholder = placeholder_enquirer()
    old = set(Case.objects.filter(pk__in=case_ids).values_list("enquirer_id", flat=True))
    now = timezone.now()
    Case.objects.filter(pk__in=case_ids).update(
        enquirer=placeholder, updated_at=now, version=F("version") + 1
    )
    if prune:
        counts["enquirer.deleted"] += delete_unused_enquirers(old, keep=placeholder.pk, codes=codes)
    counts["review.cleaned"] += forget_review_entries(case_ids, codes)
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


def mail_mentions(data: bytes, identifiers: Identifiers) -> bool:
    """Whether stored mail names the person: in its raw bytes, or once read (a base64 or
    quoted-printable part, an encoded header would hide a name from the raw bytes)."""
    from casebook.intake.parsing import ParseError, parse_message

    if mentions_in_bytes(data, identifiers):
        return True
    try:
        parsed = parse_message(data, require_sender=False)
    except ParseError:
        return False
    read = "\n".join(
        (parsed.from_name, parsed.from_address, parsed.subject, parsed.text, parsed.html)
    )
    return bool(identifiers.find(read))


def placeholder_id() -> int | None:
    """The placeholder enquirer's id, if one has been made (no lock)."""
    ids = RetentionPolicy.objects.filter(pk=1).values_list("placeholder_enquirer_id", flat=True)
    return next(iter(ids), None)


def remove_mentions(
    mentions: Iterable[Any], identifiers: Identifiers
) -> tuple[Counter[str], set[str]]:
    """Replace the person's identifiers in the mentioned rows' columns. Messages whose text
    changed lose their stored copies (the raw mail says the same again). Returns counts and
    the files of those copies."""
    counts: Counter[str] = Counter()
    files: set[str] = set()
    edited_messages: list[int] = []
    for mention in mentions:
        model = apps.get_model(mention.model)
        obj = model._default_manager.filter(pk=mention.pk).first()
        if obj is None:
            continue
        changed = []
        for column in mention.columns:
            text, n = identifiers.remove(str(getattr(obj, column) or ""))
            if n:
                setattr(obj, column, text)
                changed.append(column)
        if changed:
            obj.save(update_fields=changed)
            counts["mention.removed"] += 1
            if mention.model == "cases.Message":
                edited_messages.append(mention.pk)
    # A forwarded email is kept as an attachment byte for byte, and its text is part of the
    # message's: where it names the person, the copy goes (the edited text stays).
    forwards = Attachment.objects.filter(
        message_id__in=edited_messages, content_type="message/rfc822"
    ).values_list("pk", "storage_path")
    naming = [
        (pk, path)
        for pk, path in forwards
        if (data := file_bytes(path)) is not None and mail_mentions(data, identifiers)
    ]
    if naming:
        forget_admin_history(Attachment, [pk for pk, _ in naming])
        Attachment.objects.filter(pk__in=[pk for pk, _ in naming]).delete()
        files.update(path for _, path in naming)
        counts["forwarded.deleted"] += len(naming)
    for spec in CASE_DATA:
        if not spec.copy or not edited_messages:
            continue
        rows = spec.model_class()._default_manager.filter(
            **{f"{spec.to_message}__in": edited_messages}
        )
        if spec.file:
            files.update(p for p in rows.values_list(spec.file, flat=True) if p)
        counts[f"{spec.model_class()._meta.model_name}.deleted"] += rows.delete()[0]
    return counts, files


def remove_from_audit(identifiers: Identifiers) -> int:
    """Remove the identifiers from every audit detail that names them."""
    from django.db.models import TextField
    from django.db.models.functions import Cast

    regex = identifiers.db_regex()
    if regex is None:
        return 0
    events = AuditEvent.objects.annotate(detail_text=Cast("detail", TextField())).filter(
        detail_text__iregex=regex
    )
    changed = []
    for event in events.only("pk", "detail").iterator(chunk_size=CHUNK):
        cleaned, n = remove_in_json(event.detail, identifiers)
        if n:
            event.detail = cleaned
            changed.append(event)
    for part in chunks(changed):
        AuditEvent.objects.bulk_update(part, ["detail"])
    return len(changed)


def remove_from_admin_history(identifiers: Identifiers) -> int:
    regex = identifiers.db_regex()
    if regex is None:
        return 0
    n = 0
    for entry in LogEntry.objects.filter(object_repr__iregex=regex) | LogEntry.objects.filter(
        change_message__iregex=regex
    ):
        entry.object_repr = identifiers.remove(entry.object_repr)[0]
        entry.change_message = identifiers.remove(entry.change_message)[0]
        entry.save(update_fields=["object_repr", "change_message"])
        n += 1
    return n


def end_sessions_naming(identifiers: Identifiers) -> int:
    """End the signed-in sessions whose data names the person (e.g. a saved queue search
    for their address)."""
    import json

    from django.contrib.sessions.models import Session

    ended = []
    for session in Session.objects.iterator(chunk_size=CHUNK):
        try:
            data = json.dumps(session.get_decoded(), default=str)
        except Exception:
            continue
        if identifiers.find(data):
            ended.append(session.pk)
    Session.objects.filter(pk__in=ended).delete()
    return len(ended)


def is_placeholder(enquirer_id: int | None) -> bool:
    """Whether this record is the blank one anonymised cases point at (never to be merged,
    split or edited: it would put someone's details on every anonymised case)."""
    return enquirer_id is not None and enquirer_id == placeholder_id()


def forget_review_entries(case_ids: Sequence[int], codes: frozenset[str]) -> int:
    """Drop report reviewers' per-case strings for these cases: the strings are words of the
    case's text, and the samples they shaped were captured before it went."""
    from casebook.analysis.models import ReportReview

    refs = set(Case.objects.filter(pk__in=case_ids).values_list("reference", flat=True))
    # The reviewers' decisions are audited on no case, naming it by reference, with the text.
    for part in chunks(sorted(refs)):
        _scrub_json(
            AuditEvent.objects.filter(case__isnull=True, detail__reference__in=part),
            "detail",
            codes,
        )
    changed = 0
    for review in ReportReview.objects.select_for_update():
        restore = {k: v for k, v in review.restore.items() if k not in refs}
        redact = {k: v for k, v in review.redact.items() if k not in refs}
        if restore != review.restore or redact != review.redact:
            review.restore, review.redact = restore, redact
            review.save(update_fields=["restore", "redact", "updated_at"])
            changed += 1
    return changed


def remove_from_reviews(identifiers: Identifiers) -> int:
    """Remove a person's identifiers from every reviewer's per-case strings."""
    from casebook.analysis.models import ReportReview

    changed = 0
    for review in ReportReview.objects.select_for_update():
        restore, n = remove_in_json(review.restore, identifiers)
        redact, m = remove_in_json(review.redact, identifiers)
        if n or m:
            review.restore, review.redact = restore, redact
            review.save(update_fields=["restore", "redact", "updated_at"])
            changed += 1
    return changed
