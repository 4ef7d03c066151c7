"""Round CI: what sets FR (foster and residential care) and FT (police and youth justice)
showed, by kind (invented sentences).

Found (each fails before the round): a parent named like a district in a couple after
"parents," ("Jasmine's parents, Lee and Tracy Hearn"); in a text about residential care
(now also one where children are "placed at" homes), a children's home named with no house's
word, in brackets after "our home", after the staff who work there ("RSW at Tall Trees") or
listed after "homes" ("Homes affected: Beechwood, The Laurels").
Kept: a police station named by its street in brackets after the force ("West Midlands Police
(Steelhouse Lane)") or where an officer is based ("PC 6671 Stanbridge is based at St
Aldates").
And, as before, a district stays a district ("the Lee and Catford areas"), and an officer's
name in brackets after the police stays redacted ("Police (Sarah Jones)"), as does a street
where no officer is named ("Dad is based at Hollins Lane").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Head to inform Jasmine's parents, Lee and Tracy Hearn.", "Lee"),
        ("We spoke to the carers, Lee & Dawn Pickering, this morning.", "Lee"),
        ("Quick one - our home (The Willows, Telford) had a resident run away.", "Willows"),
        ("Hi, RSW at Tall Trees (Northampton). Resident, 15, being messaged.", "Tall Trees"),
        ("Homes affected: Beechwood, The Laurels, Moorside. Night staff told.", "Laurels"),
        ("Homes affected: Beechwood, The Laurels, Moorside. Night staff told.", "Moorside"),
        (
            "Three girls placed at different homes (Wellington House, The Pines) were messaged.",
            "Pines",
        ),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "She reported it to West Midlands Police (Steelhouse Lane) and has a crime number.",
            "Steelhouse Lane",
        ),
        ("The officer, PC 6671 Hollie Stanbridge, is based at St Aldates.", "St Aldates"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I rang Police (Sarah Jones) today about the page.", "Sarah Jones"),
        ("Dad is based at Hollins Lane most weeks.", "Hollins Lane"),
    ],
)
def test_still_redacted(text: str, secret: str) -> None:
    assert_redacted(text, secret)


def test_district_in_a_list_kept() -> None:
    assert_kept("Families from the Lee and Catford areas came to the evening.", "Lee")


def test_town_in_brackets_after_home_kept() -> None:
    assert_kept("Our home (Telford) had a resident run away last week.", "Telford")
