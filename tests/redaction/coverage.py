"""Checks shared by the class tables: is a span redacted, and as what.

Three questions, kept apart by name:
- `covered`: do the entities over a span redact at least 90% of its characters together
  (asserted), and of which types are they;
- `held_whole`: of which types are the entities that each hold the whole span alone;
- `types_at`: of which types are the entities over one character (none: it stays).
"""

from __future__ import annotations

from casebook.redaction import redact


def covered(text: str, span: str) -> list[str]:
    """Types of the entities over span, when they redact at least 90% of its characters."""
    start = text.index(span)
    end = start + len(span)
    entities = redact(text).entities
    chars = sum(max(0, min(e.end, end) - max(e.start, start)) for e in entities)
    assert chars >= 0.9 * len(span), (span, [(text[e.start : e.end], e.type) for e in entities])
    return [e.type for e in entities if e.start < end and e.end > start]


def held_whole(text: str, span: str, start: int | None = None) -> list[str]:
    """Types of the entities that each hold every character of span, the span at `start`
    (its first place in text when not given); empty when no one entity holds it all.
    Raises ValueError when span is not in text."""
    if start is None:
        start = text.index(span)
    elif text[start : start + len(span)] != span:
        raise ValueError(f"{span!r} is not at {start} in {text!r}")
    end = start + len(span)
    return [e.type for e in redact(text).entities if e.start <= start and e.end >= end]


def types_at(text: str, offset: int) -> list[str]:
    """Types of the entities over the character at offset of text (empty: it stays as
    written). Raises IndexError for an offset outside text."""
    if not 0 <= offset < len(text):
        raise IndexError(f"offset {offset} outside a text of {len(text)} characters")
    return [e.type for e in redact(text).entities if e.start <= offset < e.end]
