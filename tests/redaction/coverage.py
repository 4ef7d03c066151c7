"""One check shared by the class tables: is a span redacted, and as what."""

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
