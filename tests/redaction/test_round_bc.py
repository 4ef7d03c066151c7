"""Round BC: what sets CE and CF showed, by kind (invented sentences).

Redacted: a surname that ends a sentence after a first name found alone ("I'm Rachael
Simms."); a town's name after a capitalised first name ("a Dean Holloway"); a country or
nationality after a first name, as a surname ("Ionela Moldovan", "Gheorghe Moldovan"); the
family's fields of a form ("Parent name:", "Child:", "Name of child:"); initials after a worker's,
practitioner's or adviser's post ("our youth worker AB said"); a group's name that holds a
school's ("Todmorden High Fails"); a specialist school's subjects ("Maths and Computing
College"); accounts named in quotes after "usernames" ('"RidgeRunner"'), a game's speaker in
square brackets ("[KRNG Sniper]:").

Kept: a year group or a sex after a comma in a child's field ("Child: Kayla Reid, S4"),
languages after a word that is no name, a room by its number ("Room C12"), police notices,
charities and early-years apps ("Osman warning", "St John Ambulance", "Tapestry and Famly").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Parent's note: I'm Rachael Simms. My daughter is in Year 7.", "Simms"),
        ("Her guidance teacher is Mr Hamish Ure. Her mum knows.", "Ure"),
        ('The comment is from a Dean Holloway: "my beautiful babies"', "Holloway"),
        ("Parent name: Gheorghe Moldovan\nPhone: 0114 496 0828", "Moldovan"),
        ("Child: Ionela Moldovan, 11, Shiregreen Vale Academy\n", "Moldovan"),
        ("Name of child: Precious Dube\nAge: 14", "Precious Dube"),
        ("Our youth worker AB said the group was closed.", "AB"),
        ("Advice from adviser JT: report the account.", "JT"),
        ('A YouTube channel named "Todmorden High Fails" uploads clips.', "Todmorden High"),
        ("1. Tahmid Uddin, Year 7, Stepney Vale Maths and Computing College", "Stepney Vale"),
        ('Two men (usernames "RidgeRunner" and "BigLad_Taunton") asked her.', "RidgeRunner"),
        ("[Frosty_Fin]: bro revive me\n[KRNG Sniper]: lol ur so bad", "KRNG Sniper"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Child: Kayla Reid, S4, DOB 12/12/2009, lives with mum", "S4"),
        ("Child: Shannon Doherty, F, 14, Omagh", ", F, 14"),
        ("She speaks Polish and English at home.", "Polish and English"),
        ("Learn English with the class this term.", "English"),
        ("06/06 PC Mahmood - Osman warning considered.", "Osman warning"),
        ("Location: Ravenscroft Academy (Room C12)\nAttendees:", "Room C12"),
        ("She goes to St John Ambulance cadets on Tuesdays.", "St John Ambulance"),
        ("Tapestry and Famly photo settings for staff", "Tapestry and Famly"),
        ('A Minecraft server, "BlockCraft UK Juniors", banned him.', "BlockCraft UK Juniors"),
        ("[unknown voice]: who is this\n[Teacher]: stop the game", "[Teacher]:"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
