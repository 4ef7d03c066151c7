"""Round CI: what sets FR (foster and residential care), FT (police and youth justice), FU
(online gaming), FV (staff conduct and allegations) and FW (adoption) showed, by kind
(invented sentences).

Found (each fails before the round): a parent named like a district in a couple after
"parents," ("Jasmine's parents, Lee and Tracy Hearn"); in a text about residential care
(now also one where children are "placed at" homes), a children's home named with no house's
word, in brackets after "our home", after the staff who work there ("RSW at Tall Trees") or
listed after "homes" ("Homes affected: Beechwood, The Laurels"). Part 2: a player named after
"in game called" (not a game's name); a handle of three capitalised parts and a capital
("LiveWithLewisT"); initials joined by a slash to initials found ("Action: KM/AD to meet");
an action log's item's initials before the task, though they spell a unit ("A1 – MB to
circulate", "A3 – GW to find out"); initials in brackets after a school's staff ("the TA (NF)
showed"); initials of an "O'" name ("SO'D"); a family named by its surname in the plural after
the word for a household or who a child lives with ("adopters (the Nakamuras)", "adopted by
the Ferreiras"). Part 3: a name in apposition after kin ("his estranged brother, Tyrone,
who"); a name after "surname is" ("her surname is Bloomfield"); a child's earlier name before
"(now" and the name given since ("Leyton (now Oliver Bryce, aged 6)"); a name's initials that
spell an acronym, where a note names a person ("between RO and a pupil", "RO was interviewed",
a speaker's "AS:" in minutes); a "Surname:" field holding a shop's name ("Surname: Wickes");
a name after "Happy birthday" ("Happy birthday Star").
Kept: a police station named by its street in brackets after the force ("West Midlands Police
(Steelhouse Lane)") or where an officer is based ("PC 6671 Stanbridge is based at St
Aldates"); a running app (Strava); a minute-taker's label ("Minute-taker: ...").
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
        ("Mum says someone in game called TeddyBearHugs asked him for photos.", "TeddyBear"),
        ("He watches LiveWithLewisT most evenings after school.", "LiveWithLewisT"),
        ("Present: KM (Director), RB (Head)\nAction: KM/AD to meet with the Chair.", "AD"),
        ("Action log\n\nA1 – MB to circulate the revised policy. DONE.", "MB"),
        ("Action log\n\nA3 – GW to find out from the LADO whether it is concluded.", "GW"),
        ("The midday supervisor said the TA (NF) showed pupils a video. NF apologised.", "NF"),
        ("Attendees: KM (Director), SO'D (Trust DSL)\nSO'D: the teacher is named online.", "SO'D"),
        ("We worry the adopters (the Nakamuras) will be identified by the post.", "Nakamuras"),
        ("Leon, 13, was adopted by the Ferreiras in Swindon, and his sister was not.", "Ferreiras"),
        ("It might be his own estranged brother, Tyrone, who has had problems.", "Tyrone"),
        ("She goes by Kaz (her surname is Bloomfield) and takes photos.", "Bloomfield"),
        ("The page shares photos of Leyton (now Oliver Bryce, aged 6) from before.", "Leyton"),
        (
            "Subject: Mr Reuben Oakley, Teaching Assistant\nPolice found messages between RO and"
            " a pupil. RO was interviewed under caution.",
            "RO",
        ),
        (
            "Attendees: Anita Sharma (HR, the trust); Gary Thewlis (GT), PE teacher\n"
            "AS: GT has a previous written warning.",
            "AS",
        ),
        ("Name: Darren\nSurname: Wickes\nRelationship: step dad", "Wickes"),
        ("She is 12 today. Happy birthday Star wherever you are.", "Star"),
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
        ("Remind staff: no pupil contact via Duolingo friends, Strava or Spotify.", "Strava"),
        ("Attendees: Carol Withers (Social Worker)\nMinute-taker: Fatuma Hirsi", "Minute-taker"),
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


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He plays a game called Gorilla Tag most nights.", "Gorilla Tag"),
        ("The cover teacher (PE) and the teacher (RE) raised it.", "PE"),
        ("We did the shopping at the Morrisons by the station.", "Morrisons"),
        ("THE DO'S AND DON'TS OF ONLINE SAFETY", "DO'S"),
        ("Action log\n\nA2 – HR to circulate the revised policy.", "HR"),
        ("He was born in Burma (now Myanmar) and came here in 2010.", "Burma"),
        ("They moved from Leyton (now in Hackney) last year.", "Leyton"),
        ("Sam Wood rang at 23:15.\nSW: Julia Kowalska, standby, covering.", "SW"),
    ],
)
def test_guards_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
