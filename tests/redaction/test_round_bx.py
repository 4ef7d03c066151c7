"""Round BX: what sets EK (youth justice and secure units), EL (dating apps and relationships
at 16 to 18) and EM (temporary accommodation and refuges) showed, by kind (invented
sentences).

Found, each whole as one finding (none so before the round): handles with a double underscore
or wrapped in "xX ... Xx"; a channel's name after "channel called", "entitled" or "is"; a
server's name holding a school's found in the text; every nickname of a "Known as:" field; a
listed first name before a bracket giving an age; letters in quotes that a note names someone
by, and the letter again; initials that are also a word or an acronym among a list's other
initials; a sixth form's name with its campus or its place; a first name before "Sands"; a
name a mail address in the text spells; a street named "Dene"; children named with their ages
in a bracket after "kids"; a page's name that says what someone is; a secure unit's name.

Kept: a town's estate and food bank, a prison's two-word name, a police force's school
liaison, youth justice's and learning's public bodies, Bills, B&Bs, an adjective after "mum
is", a song, a toy and a film named with name-like words (each fails before the round).
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He keeps adding her back, latest account is misty__moth.", "misty__moth"),
        ("The player xXGrimFoxXx sent him Robux twice.", "xXGrimFoxXx"),
        ("A Telegram channel entitled Crewe Opps Exposed posted his photo.", "Crewe Opps Exposed"),
        ("The channel is LS9 Vault and it has 3,000 subscribers.", "LS9 Vault"),
        (
            "He is in Year 9 at Pendlebury Academy. They play on a Minecraft server called "
            "Pendlebury Realm (not run by school).",
            "Pendlebury Realm",
        ),
        ("Name: Rochelle Amankwah-Dunn\nKnown as: Ro / Shelly\nDOB: 04/05/2011", "Shelly"),
        ("Quick update on Hope (the 13 year old at the refuge) and her mum.", "Hope"),
        ('YP 16 f (referred to as "K") met him on Tinder. K is scared to tell anyone.', "K"),
        (
            "Actions:\n- JB to contact the DSL.\n- TM to apply for the subscriber data.",
            "TM",
        ),
        ("I teach at Orrell Sixth Form Campus and a student told me.", "Orrell Sixth Form Campus"),
        ("The coach messaged one player, Kayleigh Sands, late at night.", "Kayleigh Sands"),
        (
            "Members:\n  Dom Astley – YOT (Wigan) – d.astley@justice.example.gov.uk – 01942 "
            "496 0123\n  Felicity Ng – secure children's home (Cumbria) – felicity.ng@example.org",
            "Felicity Ng",
        ),
        ("He posted a photo of our house at 7 Elm Dene, Hexham, last night.", "7 Elm Dene"),
        ("she has 2 kids (star 9, rain 6) with him", "rain"),
        (
            "there's a page on insta called Hollins is a creep which has pics of Mr Hollins",
            "Hollins is a creep",
        ),
        ("Head of Education, Ashgrove Hall Secure Unit", "Ashgrove Hall Secure Unit"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Somebody from the Rotherham estate set the page up.", "Rotherham"),
        ("I run the Bolton Food Bank on Saturdays.", "Bolton Food Bank"),
        ("He was moved to HMYOI Cookham Wood last month.", "Cookham Wood"),
        ("Kent Police School Liaison Officer has been told.", "Police School"),
        ("- boy 14 at the Juvenile Justice Centre, name not given", "Juvenile Justice Centre"),
        ("We use BBC Bitesize and Oak National Academy in the unit.", "Oak National Academy"),
        ("Our Student Union is running a consent week.", "Student Union"),
        ("Is this covered by the Criminal Justice Bill?", "Bill"),
        ("A girl in one of our B&Bs is being messaged.", "B&Bs"),
        ("Her mum is beside herself and dad is distraught.", "beside"),
        ("The video uses the Hey Jude clip and a Hello Kitty filter.", "Hello Kitty"),
        ("They chose Wonka for film night.", "Wonka"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
