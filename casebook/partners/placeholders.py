"""Placeholders in saved replies: `{first_name}`, `{case_reference}`, `{platform}` and
`{service:NAME}` (a service's contact details from the directory). Pure: no Django.

A placeholder with no value on a case is written as a visible marker such as "[first name]",
so the practitioner sees what to fill in before sending; nothing is silently left blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

PLACEHOLDERS: dict[str, str] = {
    "first_name": "the enquirer's first name",
    "case_reference": "the case reference",
    "platform": "the platform (of the latest item escalated, else the first named on the case)",
}
SERVICE = "service"
TOKEN_RE = re.compile(r"\{\s*([a-z_]+)\s*(?::\s*([^{}\n]+?)\s*)?\}")
# Words before a name that are not the name (enquirers sign with them; staff record them).
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "pc", "dc", "ds", "sgt"}
)


@dataclass(frozen=True)
class Filled:
    text: str
    missing: tuple[str, ...]  # placeholders that had no value, as their markers


def marker(name: str) -> str:
    return f"[{name.replace('_', ' ')}]"


def problems(template: str, service_names: Iterable[str]) -> list[str]:
    """What is wrong with a saved reply's placeholders (empty when nothing is)."""
    known = {name.casefold() for name in service_names}
    out = []
    for match in TOKEN_RE.finditer(template):
        name, arg = match.group(1), match.group(2)
        if name == SERVICE:
            if not arg:
                out.append("{service:…} needs a service's name, e.g. {service:Childline}")
            elif arg.casefold() not in known:
                out.append(f"{match.group(0)}: there is no service called “{arg}”")
        elif name not in PLACEHOLDERS or arg is not None:
            allowed = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
            out.append(f"{match.group(0)} is not a placeholder; use {allowed} or {{service:NAME}}")
    return out


def fill(template: str, values: Mapping[str, str], services: Mapping[str, str]) -> Filled:
    """The template with every placeholder replaced.

    values: placeholder name -> text ("" or absent: no value). services: service name ->
    contact details (matched without regard to letter case).
    """
    by_name = {name.casefold(): details for name, details in services.items()}
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name, arg = match.group(1), match.group(2)
        if name == SERVICE and arg:
            details = by_name.get(arg.casefold())
            if details:
                return details
            shown = f"[{arg} contact details]"
        elif name in PLACEHOLDERS and arg is None:
            value = values.get(name, "").strip()
            if value:
                return value
            shown = marker(name)
        else:
            return match.group(0)  # not ours: leave the text as written
        missing.append(shown)
        return shown

    text = TOKEN_RE.sub(replace, template)
    return Filled(text=text, missing=tuple(dict.fromkeys(missing)))


def first_name(full_name: str) -> str:
    """The first name in a full name as recorded ("Dr Jo Bloggs" -> "Jo"); "" if none.

    A name recorded as an email address or with digits is not a name to greet anyone by.
    """
    if "@" in full_name:
        return ""
    for word in full_name.replace(",", " ").split():
        bare = word.strip(".").casefold()
        if bare in TITLES:
            continue
        if not any(ch.isalpha() for ch in word) or any(ch.isdigit() for ch in word):
            return ""
        return word.strip(".")
    return ""
