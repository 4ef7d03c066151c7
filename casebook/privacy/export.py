"""A subject access export: everything held about one person, as a ZIP of JSON and files.

Layout (every JSON file is UTF-8, indented):

    README.txt                    what is inside and how it was found
    person.json                   their enquirer records and the identifiers searched for
    cases/<reference>/case.json   the case, with every row the registry links to it
                                  (messages and notes, escalations, referrals, holds ...)
    cases/<reference>/audit.json  the case's audit events
    cases/<reference>/files/...   attachments and the stored original of each message
    correspondence/<reference>/   their own messages on other people's cases, same layout
    mentions.json                 where other cases name them (no text: for review)
    mail/mail.json, mail/...      stored mail kept apart from cases, from them or naming them
    audit.json                    other audit events about them (requests like this one)

The rows of each case come from the registry (casebook.privacy.registry.CASE_DATA), so a
new kind of case data is exported as soon as it is classified there.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

from django.db import models
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.models import Case, Message
from casebook.classify.guard import may_display
from casebook.privacy import engine
from casebook.privacy.person import Person, audit_events
from casebook.privacy.registry import CASE_DATA, CaseRows

SPOOL_BYTES = 20 * 1024 * 1024
# Never copied into an export: possibly an indecent image of a child (casebook.classify.guard).
WITHHELD = "withheld: the case is flagged for an indecent image of a child"


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def _json(value: Any) -> Any:
    converted = _value(value)
    return converted if converted is not value else str(value)


def row_dict(obj: models.Model) -> dict[str, Any]:
    """Every column of a row (foreign keys as ids), JSON-ready."""
    return {f.attname: _value(getattr(obj, f.attname)) for f in obj._meta.concrete_fields}


def _safe_name(name: str, fallback: str) -> str:
    """A file name that stays inside its folder in any unzip tool."""
    cleaned = re.sub(r"[^\w.\- ]+", "_", name).strip(" .")[:120]
    return cleaned or fallback


class _Zip:
    def __init__(self, handle: IO[bytes]) -> None:
        self.zip = zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED)
        self.names: set[str] = set()
        self.files = 0

    def json(self, name: str, data: Any) -> None:
        self.zip.writestr(name, json.dumps(data, indent=2, ensure_ascii=False, default=_json))

    def text(self, name: str, text: str) -> None:
        self.zip.writestr(name, text)

    def file(self, folder: str, name: str, relative: str) -> str | None:
        data = engine.file_bytes(relative)
        if data is None:
            return None
        path = f"{folder}/{name}"
        stem, dot, ext = name.rpartition(".")
        n = 1
        while path in self.names:
            n += 1
            path = f"{folder}/{stem or ext}-{n}{dot}{ext if stem else ''}"
        self.names.add(path)
        self.zip.writestr(path, data)
        self.files += 1
        return path

    def close(self) -> None:
        self.zip.close()


def _rows_for(rows: CaseRows, *, case_id: int | None, message_ids: list[int] | None) -> list[Any]:
    manager = rows.model_class()._default_manager
    if message_ids is not None:
        if not rows.to_message:
            return []
        return list(manager.filter(**{f"{rows.to_message}__in": message_ids}).order_by("pk"))
    lookup = "pk" if rows.to_case == "pk" else rows.to_case
    return list(manager.filter(**{lookup: case_id}).order_by("pk"))


def _case_folder(
    out: _Zip, folder: str, case: Case, *, message_ids: list[int] | None = None
) -> dict[str, int]:
    """Write one case (or only these messages of it) into folder.

    On a case flagged for an indecent image of a child no file is copied (attachments, and
    stored originals that carry them): the rows say the file was withheld.
    """
    counts = {"messages": 0, "files": 0, "withheld": 0}
    withheld = not may_display(case.pk)
    data: dict[str, Any] = {
        "reference": case.reference,
        "categories": list(
            case.category_tags.order_by("pk").values("category__name", "provenance", "added_at")
        ),
        "platforms": list(case.platform_tags.order_by("pk").values("platform__name", "source")),
    }
    for rows in CASE_DATA:
        if rows.model == "accounts.AuditEvent":
            continue  # in audit.json
        found = _rows_for(
            rows, case_id=case.pk if message_ids is None else None, message_ids=message_ids
        )
        if not found:
            continue
        records = []
        for obj in found:
            record = row_dict(obj)
            if rows.file and getattr(obj, rows.file) and withheld:
                record["file_in_this_export"] = None
                record["file_withheld"] = WITHHELD
                counts["withheld"] += 1
            elif rows.file and getattr(obj, rows.file):
                original = (
                    getattr(obj, "filename", "")
                    or f"{rows.model_class()._meta.model_name}-{obj.pk}"
                )
                stored = out.file(
                    f"{folder}/files",
                    _safe_name(f"{obj.pk}-{original}", f"{obj.pk}"),
                    getattr(obj, rows.file),
                )
                record["file_in_this_export"] = stored
                counts["files"] += stored is not None
            records.append(record)
        data[rows.model] = records
        if rows.model == "cases.Message":
            counts["messages"] += len(records)
    out.json(f"{folder}/case.json", data)
    events = AuditEvent.objects.filter(case=case).select_related("actor").order_by("at", "pk")
    if message_ids is None:
        out.json(f"{folder}/audit.json", [_event(e) for e in events])
    return counts


def _event(e: AuditEvent) -> dict[str, Any]:
    return {
        "at": e.at.isoformat(),
        "by": e.actor.username if e.actor else None,
        "case": e.case.reference if e.case_id and e.case else None,
        "action": e.action,
        "detail": e.detail,
    }


def build_export(person: Person, handle: IO[bytes]) -> dict[str, int]:
    """Write the person's export to handle (a binary file); returns what it holds."""
    out = _Zip(handle)
    counts = {
        "cases": len(person.cases),
        "messages": 0,
        "files": 0,
        "correspondence": 0,
        "withheld": 0,
    }
    out.json(
        "person.json",
        {
            "found_from": person.asked,
            "exported_at": timezone.now().isoformat(),
            "enquirer_records": [row_dict(e) for e in person.enquirers],
            "identifiers_searched": {
                "names": list(person.identifiers.usable_names),
                "emails": list(person.identifiers.emails),
                "phones": list(person.identifiers.phones),
                "handles": [f"@{h}" for h in person.identifiers.handles],
            },
        },
    )
    for case in person.cases:
        c = _case_folder(out, f"cases/{case.reference}", case)
        counts["messages"] += c["messages"]
        counts["files"] += c["files"]
        counts["withheld"] += c["withheld"]
    by_case: dict[int, list[Message]] = {}
    for m in person.correspondence:
        by_case.setdefault(m.case_id, []).append(m)
    for messages in by_case.values():
        case = messages[0].case
        c = _case_folder(
            out, f"correspondence/{case.reference}", case, message_ids=[m.pk for m in messages]
        )
        counts["correspondence"] += c["messages"]
        counts["files"] += c["files"]
        counts["withheld"] += c["withheld"]
    out.json(
        "mentions.json",
        [
            {"case": m.reference, "kind": m.model, "id": m.pk, "columns": list(m.columns)}
            for m in person.mentions
        ],
    )
    mail = []
    for item in person.mail:
        row = item.store.model_class()._default_manager.get(pk=item.pk)
        record = row_dict(row)
        record["file_in_this_export"] = out.file(
            "mail",
            _safe_name(f"{item.store.model_class()._meta.model_name}-{item.pk}.eml", "mail.eml"),
            item.path,
        )
        counts["files"] += record["file_in_this_export"] is not None
        mail.append(record)
    out.json("mail/mail.json", mail)
    others = audit_events(person).exclude(case__in=person.case_ids)
    out.json("audit.json", [_event(e) for e in others])
    out.text("README.txt", _readme(person, counts))
    out.close()
    return counts


def _readme(person: Person, counts: dict[str, int]) -> str:
    return (
        "Everything Casebook holds about one person, found from "
        f"{person.asked}.\n\n"
        f"{counts['cases']} cases (cases/), {counts['correspondence']} of their messages on "
        f"other cases (correspondence/), {counts['files']} files, "
        f"{len(person.mentions)} places where other cases name them (mentions.json, without "
        f"text: review them before disclosing anything), {len(person.mail)} stored mail items "
        "kept apart from cases (mail/).\n\n"
        "Before sending this to the person, check it for other people's data (other "
        "enquirers, children, staff) and for anything exempt from disclosure.\n"
        + (
            f"\n{counts['withheld']} files were not copied: their cases are flagged for an "
            "indecent image of a child (see file_withheld in case.json).\n"
            if counts["withheld"]
            else ""
        )
    )


def export_file(person: Person) -> tuple[IO[bytes], dict[str, int]]:
    """The export in a temporary file (in memory up to 20 MB), rewound for reading."""
    handle: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
    counts = build_export(person, handle)
    handle.seek(0)
    return handle, counts
