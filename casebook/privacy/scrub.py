"""Pure helpers for removing personal data from values. No Django.

- scrub_detail: an audit event's detail reduced to keys known to hold no personal data.
- Identifiers: one person's name, email addresses, phone numbers and social media handles,
  found and replaced in free text (mentions on other people's cases, reasons typed by staff).
- sort_identifiers: what a person's request lists, one item a line, sorted into those kinds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

REMOVED = "[removed]"

# Audit detail keys whose values are ids, codes, counts or reference-data names (categories,
# platforms, services), never free text about a person. Anything else is replaced by
# REMOVED when its case is anonymised, so a key added later is removed until listed here.
SAFE_KEYS = frozenset(
    {
        "message",
        "attachment",
        "quarantine",
        "escalation",
        "referral",
        "hold",
        "channel",
        "source",
        "status",
        "assigned_to",
        "enquirer_type",
        "setting_type",
        "region",
        "category",
        "categories",
        "platform",
        "platforms",
        "service",
        "kind",
        "route",
        "outcome",
        "days",
        "follow_ups",
        "attempt",
        "gave_up",
        "automatic",
        "fields",
        "cause",
        "count",
        "counts",
        "version",
        "reference",
        "keep_days",
        "flag",
        "flags",
        "model",
        "score",
        "sent",
        "content_type",
        "enquirer",
        "enquirers",
        "kept",
        "merged",
        "moved_cases",
        "via_admin",
    }
)
# Keys whose values are kept only when they are a coded value (a status, a region code) or a
# mapping of safe keys: "old"/"new" hold a status on status changes, but could hold a name on
# an edit of contact details.
CODED_KEYS = frozenset({"old", "new"})


def scrub_detail(detail: Any, codes: frozenset[str]) -> Any:
    """The detail with every value outside SAFE_KEYS (or, under CODED_KEYS, outside `codes`)
    replaced by REMOVED. Nested mappings are scrubbed the same way; keys stay, so a history
    still says what kind of change it was."""
    if not isinstance(detail, Mapping):
        return REMOVED if detail not in (None, "", [], {}) else detail
    out: dict[str, Any] = {}
    for key, value in detail.items():
        if key in SAFE_KEYS:
            out[key] = value
        elif key in CODED_KEYS:
            out[key] = _coded(value, codes)
        elif value in (None, "", [], {}):
            out[key] = value
        else:
            out[key] = REMOVED
    return out


def _coded(value: Any, codes: frozenset[str]) -> Any:
    if isinstance(value, Mapping):
        return scrub_detail(value, codes)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str) and (value == "" or value in codes):
        return value
    if isinstance(value, list) and all(isinstance(v, str) and v in codes for v in value):
        return value
    return REMOVED


# ---- one person's identifiers --------------------------------------------------------------

_SEP = r"[ .()\-]{0,2}"
_DB_SEP = "[-. ()]{0,2}"
MIN_PHONE_DIGITS = 7


def _national_digits(phone: str) -> tuple[str, bool] | None:
    """(digits without the trunk 0 or +44, is_uk) or None when too short to match safely."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+") and not digits.startswith("44"):
        return (digits, False) if len(digits) >= MIN_PHONE_DIGITS else None
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) > 10:
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    else:
        return (digits, False) if len(digits) >= MIN_PHONE_DIGITS else None
    return (digits, True) if len(digits) >= MIN_PHONE_DIGITS - 1 else None


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.strip()) if w]


# A handle as the platforms write them: letters, digits, underscores and inner dots.
_HANDLE = re.compile(r"@?([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)")
# Shorter handles count only with their "@" (a bare "jo_b" could be anything).
MIN_BARE_HANDLE = 6


def _handle(value: str) -> str | None:
    """The handle without its "@", or None when it is not one."""
    found = _HANDLE.fullmatch(value.strip())
    return found.group(1) if found else None


def sort_identifiers(lines: Iterable[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """(names, emails, phones, handles) from free lines: "@x" is a handle, an address with
    a dot after its "@" an email, seven digits or more in phone punctuation a phone number,
    anything else a name. Blank lines are ignored."""
    names, emails, phones, handles = [], [], [], []
    for raw in lines:
        value = raw.strip()
        if not value:
            continue
        if value.startswith("@") and _handle(value):
            handles.append(value)
        elif re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            emails.append(value)
        elif re.fullmatch(r"[+()\d .\-]+", value) and len(re.sub(r"\D", "", value)) >= 7:
            phones.append(value)
        else:
            names.append(value)
    return names, emails, phones, handles


@dataclass(frozen=True)
class Identifiers:
    """One person's identifiers. Names count only when they have two words or more (a first
    name alone would match strangers); phone numbers match whatever the spacing, and UK
    numbers in both the 0... and +44 forms; handles match with their "@" and, from
    MIN_BARE_HANDLE characters, without it (as in a profile link, instagram.com/handle)."""

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()  # without the "@"

    @classmethod
    def of(
        cls,
        names: Iterable[str] = (),
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        handles: Iterable[str] = (),
    ) -> Identifiers:
        def clean(values: Iterable[str]) -> tuple[str, ...]:
            return tuple(sorted({v.strip() for v in values if v and v.strip()}, key=str.lower))

        bare = [h for h in (_handle(v) for v in handles if v) if h]
        return cls(clean(names), clean(emails), clean(phones), clean(bare))

    @property
    def usable_names(self) -> tuple[str, ...]:
        return tuple(n for n in self.names if len(_name_words(n)) >= 2)

    def __bool__(self) -> bool:
        return bool(self.usable_names or self.emails or self._phone_digits() or self.handles)

    def _phone_digits(self) -> list[tuple[str, bool]]:
        return [d for d in (_national_digits(p) for p in self.phones) if d is not None]

    def _alternatives(self, *, portable: bool) -> list[str]:
        sep = _DB_SEP if portable else _SEP
        space = "[ ]+" if portable else r"\s+"
        out = []
        for email in self.emails:
            out.append(re.escape(email) if not portable else _portable_escape(email))
        for name in self.usable_names:
            words = _name_words(name)
            escape = _portable_escape if portable else re.escape
            out.append(space.join(escape(w) for w in words))
            if "," not in name:
                # As address books and Outlook write it: "Example, Jane".
                comma = "[,]" if portable else ","
                out.append(
                    escape(words[-1]) + comma + "[ ]*" + space.join(escape(w) for w in words[:-1])
                )
        for digits, uk in self._phone_digits():
            body = sep.join(digits)
            if uk:
                prefix = (
                    "([+]44" + sep + "([(]0[)]" + sep + ")?|0044" + sep + "|0)"
                    if portable
                    else r"(?:\+44" + sep + r"(?:\(0\)" + sep + r")?|0044" + sep + r"|0)"
                )
                out.append(prefix + body)
            else:
                out.append(("[+]?" if portable else r"\+?") + body)
        for handle in self.handles:
            escaped = _portable_escape(handle) if portable else re.escape(handle)
            out.append(("[@]" if portable else "@") + escaped)
            if len(handle) >= MIN_BARE_HANDLE:
                out.append(escaped)
        return out

    def pattern(self) -> re.Pattern[str] | None:
        """A case-insensitive pattern matching any identifier as a whole word."""
        alternatives = self._alternatives(portable=False)
        if not alternatives:
            return None
        body = "|".join(f"(?:{a})" for a in alternatives)
        return re.compile(rf"(?<![\w@+.\-])(?:{body})(?![\w@]|-\w|\.\w)", re.IGNORECASE)

    def db_regex(self) -> str | None:
        """The same, for a database `__iregex` lookup (no look-arounds, so PostgreSQL and
        SQLite read it alike); a superset of `pattern()`, which confirms each hit."""
        alternatives = self._alternatives(portable=True)
        return "|".join(f"({a})" for a in alternatives) if alternatives else None

    def find(self, text: str) -> list[str]:
        pattern = self.pattern()
        return [m.group(0) for m in pattern.finditer(text)] if pattern and text else []

    def remove(self, text: str, placeholder: str = REMOVED) -> tuple[str, int]:
        """text with every identifier replaced by the placeholder, and how many were."""
        pattern = self.pattern()
        if pattern is None or not text:
            return text, 0
        return pattern.subn(placeholder, text)


def remove_in_json(value: Any, identifiers: Identifiers) -> tuple[Any, int]:
    """A JSON value with the identifiers removed from every string in it (keys included)."""
    if isinstance(value, str):
        return identifiers.remove(value)
    if isinstance(value, list):
        parts = [remove_in_json(v, identifiers) for v in value]
        return [v for v, _ in parts], sum(n for _, n in parts)
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        total = 0
        for key, item in value.items():
            new_key, n = identifiers.remove(str(key))
            new_item, m = remove_in_json(item, identifiers)
            out[new_key] = new_item
            total += n + m
        return out, total
    return value, 0


def _portable_escape(text: str) -> str:
    """Escape for both PostgreSQL's and Python's regular expressions: letters, digits and
    spaces as they are, anything else in a one-character class (or escaped where a class
    would not do)."""
    out = []
    for ch in text:
        if ch.isalnum() or ch == " " or ch in "_@'":
            out.append(ch)
        elif ch in "\\^]":
            out.append("\\" + ch)
        else:
            out.append(f"[{ch}]")
    return "".join(out)
