"""Round CE: what set FK (international pupils at boarding schools, their guardians and host
families; Korean, Japanese, Thai, Malaysian, Hong Kong and Gulf families) showed, by kind
(invented sentences).

Kept (each fails before the round): a city abroad of a million people or more, of two words,
wherever it stands ("from Kuala Lumpur, Aiman", "from Abu Dhabi"); fan platforms, a game's
world, a shop and anime characters known by one name ("on Weverse", "fan art of Gojo");
Korean, Malay and Tamil kin words of address ("sorry eomma", "salam adik"); a Thai title
before a name ("Khun Nok": the name alone is found). And, as before, a name after such a title
is still found.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Y9 boarder from Kuala Lumpur, Harith, is upset about a post.", "Kuala Lumpur"),
        ("Her father rang the school from Abu Dhabi, furious.", "Abu Dhabi"),
        ("He met the man on Weverse and then on Telegram.", "Weverse"),
        ("She draws fan art of Gojo and posts it on X.", "Gojo"),
        ("Min-jae: sorry eomma im at football", "eomma"),
        ("Hakim: salam adik. you coming later?", "adik"),
        ("The chat was translated by Khun Ploy, one of our house staff.", "Khun"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_name_after_title_still_found() -> None:
    """The round's guard: the name after a kept title is found, as before the round."""
    assert_found_whole("The chat was translated by Khun Ploy, one of our house staff.", "Ploy")
