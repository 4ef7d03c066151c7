"""Round AJ: what got through on sets AU and AV, by kind (invented sentences).

Redacted: initials a list of who came gives each person after a role, the name in its order
or surname first, and those initials through the minutes, though they spell a word or an
acronym; initials given in a list of who came after a rank or under "Panel:"; a note's
writer's initials closing it or given after "notes by", "Logged by:" or "Minutes:"; a
lower-case chat speaker whose word English uses every day, where the same name is also
written with a capital; a short name glossed with the full name; a name after a greeting in
another language; a surname English keeps as a platform's name after a first name; a
lower-case name's initial before what the person does; initials in quotes in brackets after
a double first name; clubs' teams for an age group, children's homes, youth forums, cafés,
fellowships and ministries, young people's services and numbered cub packs. Kept: greetings
and kin words of other languages before or without a name, a role's acronym in brackets
after one name, "very" written "v", "AOB" closing an agenda, a game's or a group's name
before an age group.
"""

from __future__ import annotations

import re

import pytest

from casebook.redaction import find_entities, redact

MINUTES = (
    "Strategy discussion - Year 8 pupil\n"
    "Attendees\n"
    "QUILLFEATHER, Brannoc - Social Worker, CSC (BQ)\n"
    "Tamsin Orrow-Vale - DS, Example Constabulary (TOV)\n"
    "DUNMORE, Ysolde (Health) YD; PELLINGHAM, Corwin (Education) CP\n\n"
    "BQ: family known to early help.\n"
    "TOV: no police record.\n"
    "YD: no health concerns. CP to check attendance. BQ and TOV to visit today."
)

PANEL = (
    "Exploitation panel - extract\n"
    "Panel: FW (chair), DC RB (Example Police), SO (Youth Justice), AD (Education)\n\n"
    "RB: stopped in a car with two adults. SO: on a referral order. AD to explore a place."
)

CHAT = (
    "typed out from my daughter's phone\n\n"
    "lauren: has anyone seen the story\n"
    "hope: no what\n"
    "lauren: he posted her pic\n"
    "hope: thats so bad\n"
    "lauren: screenshot it\n\n"
    "for clarity: hope = Hope Quennell, Y10. lauren = Lauren Tarrow, Y10."
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (MINUTES, "BQ"),
        (MINUTES, "TOV"),
        (MINUTES, "YD"),
        (MINUTES, "CP"),
        (PANEL, "RB"),
        (PANEL, "SO"),
        (PANEL, "AD"),
        ("Rang mum back, advice given on reporting. Involvement ends here. WQ", "WQ"),
        ("spoke to the DSL, agreed a plan for tomorrow. call ended 14:21. RP", "RP"),
        ("callback number given (school). notes by OK", "OK"),
        ("12/03 09:10 | Year 7 | Logged by: JXB | reported a fake account", "JXB"),
        ("Action points agreed by all.\nMinutes: IN", "IN"),
        ("mum sounded calmer at the end of the call - ab", "ab"),
        (CHAT, "hope"),
        ("mark = her brother Mark Quennell, Y12. he has seen the post.", "mark"),
        ('the girl who showed me is "sav" (Savannah Thorling, 15).', "sav"),
        ("Dia dhuit Conall,\n\nThank you for the call today.", "Conall"),
        ("Boa tarde Conrad,\n\nThanks for the referral.", "Conrad"),
        ("- the school DSL is Miss Roisin Hegarty. he will ring her now.", "Roisin Hegarty"),
        ("- shay + ryan p arguing all night, turns out it was about a photo", "ryan p"),
        (
            'Child: Jessica-Rae Quennell ("JR"), DOB 01/01/2012\n'
            "The social worker said JR has three accounts.",
            "JR",
        ),
        (
            "one of our coaches runs the Brindlecombe Vale U13 Blues on Saturdays",
            "Brindlecombe Vale U13 Blues",
        ),
        (
            "all the lads at Quarrendon Heath Cricket Club U14s know",
            "Quarrendon Heath Cricket Club U14s",
        ),
        ("Daily log - Thistlemere House (children's home), Sunday", "Thistlemere House"),
        ("young person placed at Orrowby Lodge residential home since May", "Orrowby Lodge"),
        (
            "mo here (youth worker, Quillbrook Youth Forum). quick question",
            "Quillbrook Youth Forum",
        ),
        (
            "Location: Tarrow Road Young People's Service, Derby",
            "Tarrow Road Young People's Service",
        ),
        ("at camp with the 1st Dunmorrow Cub Pack at the weekend", "1st Dunmorrow Cub Pack"),
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
        ("Amani Qorrel: habibti Reem delete it please", "habibti"),
        ("Hiba: yalla leave her alone she is 15", "yalla"),
        ("she video called her nani (nani Rukhsana) on sunday", "nani"),
        ("To: Pani Beata Gorecka <beata.gorecka@example.com>", "Pani"),
        ("she's in my room now with Mrs Akhtar (TA) and is calm", "TA"),
        ("> From: Ieuan (ICT)\n> Gwen - the filter picked this up", "ICT"),
        ("dad imran v worried, came in on thursday", " v worried"),
        ("Items: 1. KCSIE changes  2. Prevent duty  3. AOB", "AOB"),
        ("I will call back tomorrow. OK", "OK"),
        ("he plays Rocket League U16 ranked and the Football Dads U12s chat", "Rocket League U16"),
        ("he plays Rocket League U16 ranked and the Football Dads U12s chat", "Football Dads U12s"),
        ("she met him at the lewis youth forum last year", "lewis youth forum"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


def test_an_everyday_word_beside_its_name_still_kept() -> None:
    """A lower-case "will" is the verb where the text writes Will with a capital: only the
    speaker's name goes, not the word in his line."""
    out = redact("Will: will u send one\nme: no\nWill: ok").text
    assert "will u send one" in out, out
