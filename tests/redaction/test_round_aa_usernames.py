"""Round AA, usernames: a Cash App $cashtag, and a handle with a hyphen inside (YouTube's).

Invented handles; sums of money and currency codes after "$" stay.
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact


def usernames(text: str) -> list[str]:
    return [text[e.start : e.end] for e in find_entities(text) if e.type == "USERNAME"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("he told her to send £40 to $flipcash_99 on Cash App", "$flipcash_99"),
        ("Payments went to $jaynemoneyy.", "$jaynemoneyy"),
        ("the channel @user-qr7mz2kd posted the clip", "@user-qr7mz2kd"),
        ("comments from @lily-bugg_x on YouTube", "@lily-bugg_x"),
    ],
)
def test_the_handle_is_taken_whole(text: str, handle: str) -> None:
    assert handle in usernames(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the game costs $5 or US$20 in the store", "$5 or US$20"),
        ("prices in $USD only", "$USD"),
        ("meet @ school-gates at 3", "@ school-gates"),
    ],
)
def test_money_and_words_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text
