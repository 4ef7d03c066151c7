"""A case's history in words: audit events turned into "who did what, old → new, when".

`describe()` is pure (no database): it takes one event's action and detail plus the names it
may need (users by id, labels of coded values) and returns what the timeline shows. Unknown
actions are shown by their name, so an event written by code added later is never hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Coded values shown by their labels: field name -> {code: label}.
Labels = Mapping[str, Mapping[str, str]]

FIELD_NAMES = {
    "status": "Status",
    "assigned_to": "Assigned to",
    "enquirer_type": "Enquirer type",
    "setting_type": "Setting",
    "region": "Region",
    "name": "Name",
    "email": "Email",
    "phone": "Phone",
    "organisation": "Organisation",
    "platforms": "Platforms",
    "categories": "Categories",
}


@dataclass(frozen=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class Described:
    what: str
    changes: tuple[Change, ...] = ()
    message: int | None = None  # the dialogue entry it is about, to link to
    via_admin: bool = False
    kind: str = field(default="")  # a CSS hook: edit, dialogue, mail, system


def _text(value: Any, labels: Mapping[str, str] | None = None) -> str:
    if isinstance(value, list):
        return ", ".join(_text(v, labels) for v in value) or "—"
    if labels is not None and value is not None and labels.get(str(value)):
        return labels[str(value)]
    if value is None or value == "":
        return "—"
    return str(value)


def _changes(
    old: Mapping[str, Any], new: Mapping[str, Any], labels: Labels, users: Mapping[int, str]
) -> tuple[Change, ...]:
    out = []
    for name in [*old, *(k for k in new if k not in old)]:
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if name == "assigned_to":
            shown_old, shown_new = _user(before, users, "nobody"), _user(after, users, "nobody")
        else:
            shown_old, shown_new = _text(before, labels.get(name)), _text(after, labels.get(name))
        out.append(Change(FIELD_NAMES.get(name, name.replace("_", " ")), shown_old, shown_new))
    return tuple(out)


def _user(value: Any, users: Mapping[int, str], none: str) -> str:
    if value is None:
        return none
    try:
        return users.get(int(value), f"user {value}")
    except (TypeError, ValueError):
        return str(value)


def describe(
    action: str, detail: Mapping[str, Any], *, users: Mapping[int, str], labels: Labels
) -> Described:
    """What one audit event means, for the case timeline."""
    d = detail
    message = d.get("message") if isinstance(d.get("message"), int) else None
    via_admin = bool(d.get("via_admin"))
    if action == "case.opened":
        return Described(f"Case opened ({_text(d.get('channel'))})", kind="system")
    if action == "status.changed":
        status = labels.get("status")
        change = Change("Status", _text(d.get("old"), status), _text(d.get("new"), status))
        return Described("Status changed", (change,), via_admin=via_admin, kind="edit")
    if action == "case.assigned":
        change = Change(
            "Assigned to",
            _user(d.get("old"), users, "nobody"),
            _user(d.get("new"), users, "nobody"),
        )
        return Described("Assignment changed", (change,), kind="edit")
    if action == "category.added":
        return Described(f"Category added: {_text(d.get('category'))}", kind="edit")
    if action == "category.removed":
        return Described(f"Category removed: {_text(d.get('category'))}", kind="edit")
    if action == "platforms.set":
        new = _text(d.get("platforms"))
        if "old" in d:
            return Described(
                "Platforms changed", (Change("Platforms", _text(d.get("old")), new),), kind="edit"
            )
        return Described(f"Platforms set: {new}", kind="edit")
    if action == "profile.updated":
        changes = _changes(d.get("old") or {}, d.get("new") or {}, labels, users)
        return Described(
            "Profile for this enquiry changed", changes, via_admin=via_admin, kind="edit"
        )
    if action == "enquirer.updated":
        changes = _changes(d.get("old") or {}, d.get("new") or {}, labels, users)
        return Described("Enquirer record changed", changes, via_admin=via_admin, kind="edit")
    if action == "enquirer.merged":
        return Described(
            f"Enquirer records merged: {_text(d.get('merged_label'))} into "
            f"{_text(d.get('kept_label'))} ({len(d.get('moved_cases') or [])} cases moved)",
            kind="edit",
        )
    if action == "case.split":
        return Described(
            f"Case moved off {_text(d.get('from_label'))} to its own enquirer record "
            f"{_text(d.get('to_label'))}",
            kind="edit",
        )
    if action == "note.added":
        return Described("Internal note added", message=message, kind="dialogue")
    if action == "reply.recorded":
        return Described("Reply recorded", message=message, kind="dialogue")
    if action == "email.queued":
        return Described(
            f"Email reply queued to {_text(d.get('to'))}", message=message, kind="mail"
        )
    if action == "email.cancelled":
        return Described("Email reply cancelled before sending", message=message, kind="mail")
    if action == "email.sent":
        return Described("Email sent", message=message, kind="mail")
    if action == "email.send_failed":
        gave_up = " (gave up)" if d.get("gave_up") else ", will retry"
        return Described(
            f"Email failed, attempt {_text(d.get('attempt'))}{gave_up}",
            message=message,
            kind="mail",
        )
    if action == "email.received":
        what = "Automatic reply received" if d.get("automatic") else "Email received"
        return Described(what, message=message, kind="dialogue")
    if action == "call.recorded":
        return Described("Phone call recorded", message=message, kind="dialogue")
    if action == "acknowledgement.queued":
        return Described("Acknowledgement queued", message=message, kind="mail")
    if action == "attachment.downloaded":
        return Described("Attachment downloaded", kind="system")
    if action == "escalation.added":
        parts = [
            _text(d.get(key), labels.get(group))
            for key, group in (("kind", "item_kind"), ("route", "route"))
            if d.get(key)
        ]
        how = f" ({', '.join(parts)})" if parts else ""
        return Described(f"Item escalated to {_text(d.get('platform'))}{how}", kind="edit")
    if action == "escalation.outcome":
        days = d.get("days")
        after = f" after {days} day{'' if days == 1 else 's'}" if isinstance(days, int) else ""
        outcome = _text(d.get("outcome"), labels.get("outcome"))
        return Described(f"Outcome from {_text(d.get('platform'))}{after}: {outcome}", kind="edit")
    if action == "escalation.followed_up":
        return Described(f"Platform chased (follow-up {_text(d.get('follow_ups'))})", kind="edit")
    if action == "escalation.updated":
        fields = ", ".join(str(f).replace("_", " ") for f in d.get("fields") or []) or "—"
        return Described(f"Escalated item corrected ({fields})", kind="edit")
    if action in {"referral.recorded", "signpost.recorded"}:
        what = "Referral" if action == "referral.recorded" else "Signpost"
        return Described(f"{what} recorded: {_text(d.get('service'))}", kind="edit")
    if action == "admin.changed":
        changes = _changes(d.get("old") or {}, d.get("new") or {}, labels, users)
        return Described("Changed in the admin site", changes, via_admin=True, kind="edit")
    return Described(action, kind="system")
