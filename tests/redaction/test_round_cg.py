"""Round CG: what sets FO (sixth-form and further-education colleges, apprenticeships), FP
(Northern Ireland, rural Ireland, the Highlands and islands) and FQ (special educational needs
and disabilities) showed, by kind (invented sentences).

Found (each fails before the round): a name's initials in minutes though they spell a rank
("DC reported", "DC to speak to the parents" beside Deirdre Conlon); Irish initials that keep
"Ní" whole ("CNíM" for Caoimhe Ní Mhurchú). Kept: a county of Ireland after "County" or "Co."
though it is a first name too ("County Kerry", "Co. Tyrone"); counties, islands and districts
of Ireland and the Highlands in a list of places ("Inverness, Barra and Caithness"); Irish
written in a message ("Tá brón orm", "Tá cuntas bréige ar Instagram"); a course, a provision or
a place in brackets after a college or a school ("Doncaster College (Engineering)", "(autism
base)", "High School (Mull)"); farm machinery, Irish sport's cups and bodies, a dancer and a
Tagalog word glossed in English ('our "kababayan" (countryman)'); a short form before a noun
though a name found spells it ("the FA intermediaries register" beside Femi Adewale); a
timeline's months ("- April: moved to Instagram"); a verb in quotes before a platform ('was
"scouted" on TikTok') or after "handle" ('how to handle "exposure" accounts'); a case note's
heading, "A Levels", mammy; a verb after a SENCO's comma and "We'd" after a school's colon,
neither a school. Part two: found an Eircode ("F26 K2X7"), a Gaelic street named kind first
after its number ("7 Cnoc na Mara"), a quoted name after "the name" or "nickname"; kept the
town before "Co." and its county at an address's end ("Coalisland, Co. Tyrone BT71 4NE").
Part three: found a name after "our cook," or "the driver" (a village's name too: "our cook,
Shirley."), a lower-case first name greeted alone on a line ("hi deb,"); kept three counties
or more listed together, an English adjective after "lad", Irish words written alone.
Part four: kept a word starred out ("b*****d.", "reta*d"), an everyday word before the
name of what it is in brackets ("animals (Animal Jam)"), Eryri.
Part five: found a disabled children's short-break or respite unit ("Little Oaks Respite
Centre", "Hillview Children's Short Breaks Unit").
And, as before, a nickname glossed with a name stays redacted ('"jojo" (joseph)').
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Present: Deirdre Conlon (children's officer), Michael Fox.\n\nItem 4\n"
            "DC reported a complaint from a parent. DC to speak to the parents.",
            "DC",
        ),
        (
            "Present: Caoimhe Ní Mhurchú (HoY8), Peter Campbell (HoY9)\n\n"
            "1. Group chat - CNíM reported two complaints. Action: CNíM.",
            "CNíM",
        ),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Address: Drumcrow, Ballina, Co. Mayo, F26 K2X7 (Eircode)", "F26 K2X7"),
        ("Eircode A65 F4E2, the farm at the end of the lane.", "A65 F4E2"),
        ("Her home address (7 Cnoc na Mara, Castlebay HS9 5XD) was posted.", "Cnoc na Mara"),
        ('He left a Google review under the name "Honest Customer 2024".', "Honest Customer"),
        ('Non-verbal; his nickname "Buzz" comes from Toy Story.', "Buzz"),
    ],
)
def test_part_two_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Address: 16 Annagher Road, Coalisland, Co. Tyrone BT71 4NE", "Coalisland"),
        ("Address: 27 Mill Street, Irvinestown, Co. Fermanagh BT94 1GR", "Irvinestown"),
        ("Address: Drumcrow, Ballina, Co. Mayo, F26 K2X7 (Eircode)", "Eircode"),
    ],
)
def test_part_two_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Her niece is from Ennis in County Kerry but stays with me in Belfast.", "County Kerry"),
        ("Address: 4 Mill Row, Coalisland, Co. Tyrone BT71 4NE", "Tyrone"),
        ("Reports came in from Inverness, Barra and Caithness this week.", "Caithness"),
        ("A Gaeltacht college with houses in Gaoth Dobhair and Rann na Feirste.", "Gaoth Dobhair"),
        ("A chara, Tá brón orm, I will write in English too.", "Tá brón orm"),
        ("A chara, Táimid ag pleanáil seisiún oiliúna. We are planning a session.", "Táimid"),
        ("School/college: Doncaster College (Engineering), weekends at a warehouse", "Engineering"),
        ("Son at Stoke on Trent College (Motor Vehicle), works Saturdays.", "Motor Vehicle"),
        ("School: Bridgewater High School (autism base)", "autism base"),
        ("Ellie Campbell, depute head, Aros Bay High School (Mull), rang.", "Mull"),
        ("The lads were photographed on the John Deere stand at the show.", "John Deere"),
        ("They took the Sam Maguire round the schools last year.", "Sam Maguire"),
        ("His bio says Michael Flatley is his hero.", "Michael Flatley"),
        ('He says he is our "kababayan" (countryman) living in Belfast.', "kababayan"),
        (
            "Tobi's dad, Femi Adewale, is keen. I checked the FA intermediaries register.",
            "FA intermediaries",
        ),
        (
            "Timeline:\n- March: met on a game.\n- April: moved to Instagram.\n- May: asked.",
            "April",
        ),
        ('My daughter was "scouted" on TikTok by someone claiming to run an agency.', "scouted"),
        ('Can you advise how to handle "exposure" accounts? Our pupils are 13 to 16.', "exposure"),
        ("Casenote: follow-up call to the SENCo about a Year 9 boy.", "Casenote"),
        ("I still want to do my A Levels here, not move college.", "A Levels"),
        ("one of them said it will be fun, dont tell mammy", "mammy"),
        ("Call between SENCO and parent (made by SENCO, forwarded to us)", "forwarded"),
        ("Note from the head of Brambles School: We'd like advice on this.", "We'd"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Thanks to Mrs Zofia Lewandowska and our cook, Shirley.\nWe know who it is.", "Shirley"),
        ("Kev: the driver Vince is a legend, never lets them off", "Vince"),
        ("hi deb,\n\nquick heads up before tomorrow's meeting", "deb"),
    ],
)
def test_part_three_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Accounts claiming to be the county boards of Tyrone, Kerry, Clare and Mayo.", "Kerry"),
        ("One lad identifiable by his tattoo: Ciaran Rooney, 15.", "identifiable"),
        ("Ábhar: Cuntas bréige ar Instagram / Fake Instagram account", "Ábhar"),
    ],
)
def test_part_three_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("kai: shut it u fat b*****d. wee man", "b*****d. wee"),
        ("zakk: harvey the reta*d 😂 i made him say it", "reta*d"),
        ("He set up an account for her on a game with animals (Animal Jam) last week.", "animals"),
        ("On the Gold expedition in Snowdonia (Eryri) a volunteer posted photos.", "Eryri"),
    ],
)
def test_part_four_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Our service is Short Breaks, Little Oaks Respite Centre.", "Little Oaks Respite Centre"),
        ("Role: respite carer (nights), Hillview Children's Short Breaks Unit", "Hillview"),
    ],
)
def test_part_five_found(text: str, unit: str) -> None:
    assert_redacted(text, unit)


def test_glossed_name_redacted() -> None:
    """The round's guard: a nickname glossed with a listed name is no foreign word."""
    assert_redacted('His nickname is "jojo" (joseph) at home.', "jojo")
