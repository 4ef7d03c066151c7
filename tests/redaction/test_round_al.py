"""Round AL: what sets AY and AZ showed, by kind (invented sentences).

Redacted: a note's writer's initials closing it with the time or in lower case after a
sentence, or given after "(notes by"; initials an action is given to ("Action: MT to send");
initials after a post ("informed DSL KF + HoY9 CN", "flag to DSL (HN)", "Head of Year PL")
and wherever they recur; a nickname given in a form's field. Kept: a kiss or "ty" closing a
message, a post named alone.
"""

from __future__ import annotations

import re

import pytest

from casebook.redaction import find_entities, redact


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Ciaran to email screenshots to the police, ref. given. QK 18:05", "QK"),
        ("- call back tomorrow 9am to check. qj", "qj"),
        ("Staff briefing - Fri 8.20am (notes by QW)\n\n1. Safeguarding", "QW"),
        ("Action: QT to send the StopNCII guide to mum", "QT"),
        ("Immediate: informed DSL QF + HoY9 QN. QN speaking to the boy now.", "QN"),
        ("Immediate: informed DSL QF + HoY9 QN. QN speaking to the boy now.", "QF"),
        ("- Log on CPOMS, flag to DSL (QH)\n- Check in Monday", "QH"),
        ("Emailed the DSL and HoY QG.\nTo do: chat with him tomorrow w/ QG", "QG"),
        ("typed up by Head of Year QL from screenshots a pupil gave", "QL"),
        ("Nickname: Bean\nAge: 12\nWhat's happening: a roast video", "Bean"),
        ("Name: Quennell, Chiamaka\nKnown as: Chi\nDOB: 08.02.2012", "Chi"),
    ],
)
def test_found(text: str, secret: str) -> None:
    """Every occurrence of the secret standing as a word is redacted."""
    out = redact(text).text
    edge = r"(?<![\w'’.\-])" + re.escape(secret) + r"(?![\w'’])"
    assert re.search(edge, out) is None, out
    assert any(text[e.start : e.end] == secret for e in find_entities(text)), secret


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("see you at the weekend, love you. xx", "xx"),
        ("thanks for all your help today. ty", "ty"),
        ("the DSL is on leave until Monday", "DSL is on leave"),
        ("I will call back tomorrow. OK", "OK"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
