"""Redaction result types and the merge of recogniser findings into one redacted text.

Pure: no Django. Offsets are code-point offsets into the input string (Python `str` indices),
so they stay right for emoji and accented text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Types in the order they win when two findings overlap with the same length: the more
# structured and certain recognisers first.
ENTITY_TYPES: tuple[str, ...] = (
    "EMAIL",
    "URL",
    "IP_ADDRESS",
    "PHONE",
    "POSTCODE",
    "DATE_OF_BIRTH",
    "USERNAME",
    "SCHOOL",
    "ADDRESS",
    "PERSON",
)

PLACEHOLDERS: dict[str, str] = {
    "PERSON": "{name}",
    "USERNAME": "{username}",
    "URL": "{url}",
    "EMAIL": "{email address}",
    "PHONE": "{phone}",
    "SCHOOL": "{school}",
    "ADDRESS": "{address}",
    "POSTCODE": "{postcode}",
    "IP_ADDRESS": "{ip address}",
    "DATE_OF_BIRTH": "{date of birth}",
}

_RANK = {t: i for i, t in enumerate(ENTITY_TYPES)}


@dataclass(frozen=True, order=True)
class Entity:
    """One piece of personal data: text[start:end] in the input is of this type."""

    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Redaction:
    """The redacted text and the entities found in the input it was made from."""

    text: str
    entities: tuple[Entity, ...]


def resolve(candidates: Iterable[Entity]) -> tuple[Entity, ...]:
    """Keep a sorted, non-overlapping subset: longer findings win, then the surer type."""
    chosen: list[Entity] = []
    ordered = sorted(candidates, key=lambda e: (e.start - e.end, _RANK[e.type], e.start))
    if not ordered:
        return ()
    taken = bytearray(max(e.end for e in ordered))
    for ent in ordered:
        if ent.end <= ent.start or taken.find(1, ent.start, ent.end) >= 0:
            continue
        chosen.append(ent)
        taken[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    chosen.sort()
    return tuple(chosen)


def apply(text: str, entities: tuple[Entity, ...]) -> str:
    """Replace each (sorted, non-overlapping) entity with its placeholder."""
    parts: list[str] = []
    pos = 0
    for ent in entities:
        parts.append(text[pos : ent.start])
        parts.append(PLACEHOLDERS[ent.type])
        pos = ent.end
    parts.append(text[pos:])
    return "".join(parts)
