"""Round W, recall of addresses and nicknames: a house's name before a numbered street
("Tigh na Cladach, 7 Harbour Road"), Welsh houses and streets with no English street word
("Tŷ'n y Waun, Llanferrin", "22 Cae Bedw"), a flat whose number is the street's ("flat 8 Mill
Lane"), and "big" before one letter ("big j"). Invented sentences, with hard negatives."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered, held_whole


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "They live at Tigh na Cladach, 7 Harbour Road, Ullapool.",
            "Tigh na Cladach, 7 Harbour Road",
        ),
        (
            "he told him we live on Rowan Bank, 12 Sawmill Lane. I'm worried",
            "Rowan Bank, 12 Sawmill Lane",
        ),
        ("a man came to Tŷ'n y Waun, Llanferrin. We called police", "Tŷ'n y Waun"),
        ("family farm Tyddyn Uchaf, LL77 7QT. dad is angry", "Tyddyn Uchaf"),
        ("his snap says 22 Cae Bedw. i'll find him", "22 Cae Bedw"),
        ("23:10 from a number: flat 8 Mill Lane whitchurch", "flat 8 Mill Lane"),
        ("Child lives Tigh an Uillt, Baleshare, with her gran.", "Tigh an Uillt, Baleshare"),
    ],
)
def test_a_house_or_flat_is_an_address(text: str, address: str) -> None:
    assert covered(text, address) == ["ADDRESS"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She works at Tesco, 4 High Street on Saturdays.", "Tesco"),
        ("She lives at Leeds, 12 Park Road according to the form.", "Leeds"),
        ("Ty Jones, 14, said he was aged 14 Cae and in Year 9 Maes.", "aged 14 Cae"),
    ],
)
def test_a_shop_a_town_or_a_name_before_a_street_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("drop-in notes - big j back after 3 weeks, said he's doing bits", "big j"),
        ("dre and big r were outside the shop again", "big r"),
    ],
)
def test_big_before_one_letter_is_a_nickname(text: str, nickname: str) -> None:
    assert "PERSON" in held_whole(text, nickname)


@pytest.mark.parametrize(
    "text",
    [
        "he got a big t-shirt and a big b for effort",
        "that was a big a grade and the big o on the sign",
    ],
)
def test_big_before_a_letter_that_is_no_nickname_stays(text: str) -> None:
    assert redact(text).text == text
