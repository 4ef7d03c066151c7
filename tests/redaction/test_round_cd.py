"""Round CD: what sets FF (Somali, Eritrean, Ethiopian, Sudanese, Nigerian and Ghanaian families,
mosques, churches and Saturday schools), FG (children's sport and performing arts) and FH
(Ukrainian, Polish, Portuguese, Brazilian, Filipino, Gurkha and forces families) showed, by kind
(invented sentences).

Found, each whole (none so before the round): a children's gym, boxing club, gymnastics club or
dance studio named by its town or its own words before its kind ("Thornbury Dance Studio",
"Ellesmere Gymnastics", "Hartcliffe Boxing & Fitness"); a club named by its town and a plural of
its own after a word of swimming, coaching or a display ("swims at Beeston Tritons", "a display
at Kirkdale Kestrels"); a girl named before "and Charity" and a surname, no charity's name; a
name written with its accent after a school's word and a comma ("Head of School, Órla,"); one
capital letter and its stop standing for a person before what they did or signing off ("D. will
ring", "Thanks, P.", "a boy in Year 9, T., sent").

Kept: a church's name after a word of going there ("we go to Kidane Mehret church", "the
Eritrean Orthodox church"); Ethiopian and Eritrean Orthodox feasts; Islamic blessings ("Jumu'ah
Mubarak"); Filipino kin words before a name ("Kuya Ralph"); Somali words, and Portuguese words
of a chat's line (each fails before the round); and, as before, a shopping centre, a boxing
body, a plan's letter and a saint's school.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("My son trains at Ravensdale Flyers Gym on Tuesdays.", "Ravensdale Flyers Gym"),
        ("She dances at Thornbury Dance Studio twice a week.", "Thornbury Dance Studio"),
        ("Her coach at Ellesmere Gymnastics sent the message.", "Ellesmere Gymnastics"),
        (
            "We partner with Moss Lane Community Boxing for a youth session.",
            "Moss Lane Community Boxing",
        ),
        ("Our daughter (Y6) swims at Beeston Tritons on Saturdays.", "Beeston Tritons"),
        ("He used to coach at Stockton Selkies until last year.", "Stockton Selkies"),
        (
            "Her uncle owns the gym (Hartcliffe Boxing & Fitness) and opens late.",
            "Hartcliffe Boxing & Fitness",
        ),
        ("The photo is from the gymnastics display at Kirkdale Kestrels.", "Kirkdale Kestrels"),
        ("The girls in the photo are Gracie Ndour and Charity Banda.", "Gracie Ndour"),
        ("Our Head of School, Órla, is liaising with the police.", "Órla"),
        ("Agreed: D. will ring the father tonight.", "D."),
        ("Thanks, P.", "P."),
        ("A boy in Year 9, T., sent the photo to the group.", "T."),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We go to Kidane Mehret church in Kennington.", "Kidane Mehret"),
        ("The family go to the Eritrean Orthodox church on Sundays.", "Eritrean Orthodox"),
        ("Many thanks, and Jumu'ah Mubarak to you all.", "Jumu'ah Mubarak"),
        ("Choir practice and Timkat arrangements are on the calendar.", "Timkat"),
        ("Her older brother, Kuya Ralph, may be a protective factor.", "Kuya"),
        ("Waxaan rabaa caawimaad (I want help).", "rabaa caawimaad"),
        ("[08:41] Ana P: Vou sair do grupo. Vergonha é vocês.", "Vergonha"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He asked her to meet at Cabot Circus on Saturday.", "Cabot Circus"),
        ("The Welsh Amateur Boxing Association sent the raffle tickets.", "Welsh Amateur Boxing"),
        ("We chose Plan B. to be safe.", "Plan B."),
    ],
)
def test_still_kept(text: str, kept: str) -> None:
    """The round's guards: each is kept, as before the round."""
    assert_kept(text, kept)


def test_saint_school_still_found() -> None:
    assert_found_whole("She goes to St Anne's and loves it.", "St Anne's")
