"""Round AV: what the tuning sets showed, by kind (invented sentences).

Kept: where someone comes from after a school's cue with "from", when it is a town, a
country or a city abroad ("boys from America", "a student from Bologna"). Still redacted:
a school named for a place after "at" or "goes to" ("pupils at Kemnay").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Her cousin chats on Roblox with boys from America who ask for photos.", "America"),
        ("He says he is a 15 year old student from Shenzhen and sends gift cards.", "Shenzhen"),
        ("A girl from Istanbul joined Year 8 last week and is being teased.", "Istanbul"),
        ("The family moved from Bologna to Leeds in the summer.", "Bologna"),
        ("a boy from Korea keeps adding her on Discord", "Korea"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Threats came from pupils at Kemnay on Snapchat.", "Kemnay"),
        ("u go Beaumont right?", "Beaumont"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)
