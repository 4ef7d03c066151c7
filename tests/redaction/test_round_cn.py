"""Round CN: music services and young people's bands, choirs and orchestras; a name's
initials that spell a post; a double-barrelled name's initials with their hyphen; a person a
note names by one capital letter, no stop; addresses after "Resides:"; a chat speaker named by
a letter and a word; a name someone goes by before their real name, by kind (invented
sentences).

Part 1 (sets HB, HC and GX). Found: a music service, hub or centre named by its own words
("Tarnside Music Service", "Ollerby Saturday Music Centre") and young people's bands, choirs
and orchestras ("Pendle Brook Youth Philharmonic", "Wyreside Young Sinfonia", "Stonebridge
Junior Choristers", "Harrowfield Junior Brass Band" without the role before it); a name's
initials that spell a post before a report or a task ("TA reported" beside Tamsin
Arkwright); a double-barrelled name's initials with their hyphen ("QL-F" beside Quentin
Lyle-Fenwick); a person a note names by one capital letter before an age in brackets,
wherever the letter stands again before what they did or where they are spoken of ("R (aged
9) ... posted R at the pool"), and such a letter closing a message ("Thanks, P", "- D"); an
address after "Resides:" or a form's "Home:", whatever its street's last word ("Flat 3, 41
Kirkstyle"); a chat's speaker named by a letter and a word ("K-Dog: meet at the shops"); a
name someone goes by before their real name in brackets ("Rocket (real name ...)").
Kept: a county's or a city's music hub or service ("Surrey Music Hub", "the County Music
Service"); a block's letter before a number in brackets ("Block C (12 flats)"); a university
named like a street ("Hallam Vale University"); the post spelt by initials after an article
("the TA reported") or labelling a name as its post ("SW: Ines Dobrev ... SW wants"); a
report's pseudonym in title case ("Child K (aged 11)"); a town before a full name in brackets
("in Rotherham (full name ...)").
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_found_whole, assert_kept, assert_redacted

MINUTES = (
    "Present: Tamsin Arkwright (Safeguarding Lead), Quentin Lyle-Fenwick (Hub Lead)\n\n"
    "2.1 TA reported two incidents this term.\nConcerns to QL-F or the chair.\n\n"
    "Actions: TA to circulate the draft."
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Referrer: Olwen Pask, Head of Service, Tarnside Music Service", "Tarnside"),
        ("Ollerby Saturday Music Centre - staff contact list (do not forward)", "Ollerby"),
        ("a youth orchestra (Pendle Brook Youth Philharmonic) met on Zoom", "Pendle Brook"),
        ("Wyreside Young Sinfonia - trustees' meeting, held online", "Wyreside"),
        (MINUTES, "TA"),
        (MINUTES, "QL-F"),
        ("A child on my caseload, R (aged 9), went to Whitby. An aunt posted R at the pool.", "R"),
        ("Could someone ring me back before noon? Thanks, P", "P"),
        ("We print on Friday. Any thoughts? - D\n\n> On Tuesday, Kate wrote:", "D"),
        ("Instructor, 26. Resides: Flat 3, 41 Kirkstyle, Alnwick.", "Kirkstyle"),
        ("K-Dog: who wants in\nrazz: me\nK-Dog: meet at the shops\nrazz: ok", "K-Dog"),
        ("Rocket (real name Tobias Wrenfield, 16) went live. Later Rocket left.", "Rocket"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "caller Ivor Dunn, band master Harrowfield Junior Brass Band (ages 8-16)",
            "Harrowfield Junior Brass Band",
        ),
        ("Wyreside Young Sinfonia - trustees' meeting, held online", "Wyreside Young Sinfonia"),
        (
            "she sings with Stonebridge Junior Choristers on Sundays",
            "Stonebridge Junior Choristers",
        ),
        ("Referrer: Olwen Pask, Head of Service, Tarnside Music Service", "Tarnside Music Service"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She has lessons through Surrey Music Hub and Leeds Music Service.", "Surrey Music Hub"),
        ("She has lessons through Surrey Music Hub and Leeds Music Service.", "Leeds Music"),
        ("Tutors are employed by the County Music Service on term contracts.", "County Music"),
        ("The estate has Block C (12 flats) and a car park.", "Block C"),
        ("Her brother is in his first year at Hallam Vale University.", "Hallam Vale University"),
        ("Present: Tamsin Arkwright (DSL)\nThe TA reported it to the office.", "The TA"),
        (
            "SW: Ines Dobrev, duty, tel 07700 900415\nYP Sorley Wynn (15) is missing.\n"
            "SW wants to know what the platform can do.",
            "SW wants",
        ),
        ("Subject: Child K - contact\nChild K (aged 11) was messaged by a man.", "Child K (aged"),
        ("a worker in Rotherham (full name Neville Osei) rang us", "Rotherham"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
