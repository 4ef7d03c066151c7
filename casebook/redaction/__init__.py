"""Redaction of personal data from case text: `redact(text) -> Redaction`.

Pure Python: recognisers are patterns, word lists and context cues (`patterns.py`,
`names.py`, the lists in `data/`) beside a statistical name model (`namemodel.py`, a token
classifier whose weights are the committed file `data/name_model.json`). No Django here; the
`casebook redact` command is the only Django-facing part.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.redaction.core import (
    ENTITY_TYPES,
    PLACEHOLDERS,
    Entity,
    Redaction,
    apply,
    numbered,
    resolve,
)
from casebook.redaction.keep import cut_out, keep_spans, places_named_as_people
from casebook.redaction.lexicon import lexicon
from casebook.redaction.names import find_people, unkept_initials
from casebook.redaction.nobody import drop_nobody
from casebook.redaction.patterns import iter_structured

__all__ = [
    "ENTITY_TYPES",
    "PLACEHOLDERS",
    "Entity",
    "Redaction",
    "find_entities",
    "numbered",
    "personal_name_words",
    "redact",
]


def find_entities(text: str) -> tuple[Entity, ...]:
    """Sorted, non-overlapping personal-data spans in text (code-point offsets)."""
    keep = keep_spans(text)
    structured = resolve(cut_out(iter_structured(text), keep, text))
    masked = bytearray(len(text))
    for ent in structured:
        masked[ent.start : ent.end] = b"\x01" * (ent.end - ent.start)
    found = find_people(text, masked, keep)
    people = places_named_as_people(text, cut_out(found, unkept_initials(text, keep, found), text))
    # What names no one ("ome.tv", "TakeItDown") is dropped after the masking above, so no
    # name is found inside it either.
    return tuple(
        _without_possessive(text, _without_quotes(text, ent))
        for ent in resolve(drop_nobody(text, (*structured, *people)), text)
    )


QUOTES = '"“”'


def _without_quotes(text: str, ent: Entity) -> Entity:
    """A name or a handle without the double quotes a finder took round it ('"Sgt_Bricktop":
    oi' -> Sgt_Bricktop): they are no one's data."""
    if ent.type not in ("PERSON", "USERNAME") or ent.end - ent.start < 3:
        return ent
    start, end = ent.start, ent.end
    while start < end - 1 and text[start] in QUOTES:
        start += 1
    while end > start + 1 and text[end - 1] in QUOTES:
        end -= 1
    return ent if (start, end) == (ent.start, ent.end) else ent._replace(start=start, end=end)


POSSESSED_AFTER_RE = re.compile(r"[ \t]+[^\W_]")


def _without_possessive(text: str, ent: Entity) -> Entity:
    """A person's name without the possessive's "'s" it was found with, before what is theirs
    ("Tyler's dad" -> "Tyler"): the "'s" is no one's data, and "{name 1}'s dad" still reads as
    English. Not at a clause's end, where the "'s" may be a school's ("school kelsham's.")."""
    if (
        ent.type == "PERSON"
        and ent.end - ent.start > 3
        and text.endswith(("'s", "’s"), ent.start, ent.end)
        and POSSESSED_AFTER_RE.match(text, ent.end) is not None
    ):
        return ent._replace(end=ent.end - 2)
    return ent


def redact(text: str, *, numbered_placeholders: bool = False) -> Redaction:
    """The text with each piece of personal data replaced by its placeholder ({name} ...).

    With numbered_placeholders, each placeholder carries a number per text and type, the same
    person keeping one number ({name 1} ... {name 1}, {name 2}), so a reader can follow who
    did what without learning who anyone is.
    """
    entities = find_entities(text)
    labels = numbered(text, entities) if numbered_placeholders else None
    return Redaction(text=apply(text, entities, labels), entities=entities)


@cache
def personal_name_words() -> frozenset[str]:
    """Lower-case first names and surnames that are never ordinary words (no Will, May, Grace).

    For counting words in text that is shown without redaction, such as a word cloud.
    """
    lex = lexicon()
    names = lex.first_names | lex.surnames
    return frozenset(names - lex.ambiguous - lex.context_only - lex.protected - lex.must_survive)
