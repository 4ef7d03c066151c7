"""Checks the round test files share: a secret redacted wherever it stands as a word, and a
phrase left as written."""

from __future__ import annotations

import re

from casebook.redaction import find_entities, redact


def assert_redacted(text: str, secret: str) -> None:
    """Every occurrence of secret standing as a word is gone from the redacted text, and a
    finding holds it (whole, or with its possessive, or inside a longer finding)."""
    out = redact(text).text
    edge = r"(?<![\w'’.\-])" + re.escape(secret) + r"(?![\w'’])"
    assert re.search(edge, out) is None, out
    found = [text[e.start : e.end] for e in find_entities(text)]
    assert any(secret in f for f in found), (secret, found)


def assert_kept(text: str, kept: str) -> None:
    """The phrase survives redaction as written."""
    out = redact(text).text
    assert kept in out, out


def assert_found_whole(text: str, span: str) -> None:
    """The span is one finding, whole, and redacted wherever it stands as a word."""
    assert span in [text[e.start : e.end] for e in find_entities(text)]
    assert_redacted(text, span)
