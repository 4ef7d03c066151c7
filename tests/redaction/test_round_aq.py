"""Round AQ: what sets BI and BJ showed, by kind (invented sentences).

Redacted: initials with stops and a surname as a signature or an item; capitals that spell
a word where a note's initials stand before what the person did, or alone on a line as the
initials of a name given; initials after a practitioner's post or the word "initials".
Kept: the role after a surname with an initial, a police force after an officer's
initials, capitals that spell a word in a text written in capitals or as a label, acronyms
a post stands before, thanks and greetings of more languages, a show being rehearsed, a
motto in quotes closing a signature.
"""

from __future__ import annotations

import pytest

from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Cheers,\nQuarmby\nQ. Asante-Quarrie JNC Youth Worker | 020 7946 0552", "Asante-Quarrie"),
        ("Diolch,\nHuw\nH. R. Quennell BA (Hons) | Assistant Head", "H. R. Quennell"),
        ("Slán,\nDeclan\nD. Ó Quillinan BEd MA | Principal & DSL", "Quillinan"),
        ("Sleep poor. IN reminded her of the Education Support helpline.", "IN"),
        ("- AN asking: can the account be taken down?\n- AN to flag to DSL", "AN"),
        ("ON to lead on the investigation with the Head of Year 9.", "ON"),
        (
            "Will shout if anything else comes up.\n\nBest,\nNO\n\nNkem Obiora | Year 4 teacher",
            "NO",
        ),
        ("Call w/ SW (QH) 11:15 - child looked after, 13", "QH"),
        ("11:50 - PC QJ Gwent Police (Newport)\n- QJ tel 01632 960 838", "QJ"),
        ("tel 09.55 - SW QO (Lambeth, private fostering)", "QO"),
        ("DSL off today, deputy QG in meetings", "QG"),
        ("accusing staff member QS of rough handling", "QS"),
        ("(initials only for now: QW and QR) - please don't share", "QW"),
        ("they've arrested male 34 (initials QTS) for IIOC", "QTS"),
        ('From: a talent page\n"Hi Quenby! We would love you on our books."', "Quenby"),
        ('she said\n"Quillon Marsh"', "Quillon"),
        ("Quenby (babies) and Quillon (toddlers) are twins", "Quenby"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Q. Asante-Quarrie JNC Youth Worker | 020 7946 0552", "JNC Youth Worker"),
        ("11:50 - PC QJ Gwent Police (Newport)", "Gwent Police"),
        ("PUT IT IN THE BIN. I said NO to him.", "IN THE BIN"),
        ("15/02 - Niamh's DOB confirmed as 14/04/2011", "DOB"),
        ("I've asked IT to check the network logs", "IT"),
        ("wants to know should he report to Action Fraud - YES advised", "YES"),
        ("Ishaan Trivedi, IT manager for a trust", "IT manager"),
        ("SW CIN team said. DS CID are on it.", "DS CID"),
        ("PC (HR): suspension agreed. HR Business Partner", "HR Business Partner"),
        ("Sgt (ATC) Ben Quarrell runs the squadron", "ATC"),
        ("We agreed Plan B. Then we left.", "Plan B. Then"),
        ("I don't want to make it worse for her.\n\nThank you. Ndatenda.", "Ndatenda"),
        ("Please help. I do not know where to turn. Nandri.", "Nandri"),
        ("What would you like to tell us?\nVanakkam. My daughter is 15.", "Vanakkam"),
        ("Thank you. Tashakor.", "Tashakor"),
        ('We\'re rehearsing "Oliver!" for June', "Oliver!"),
        ('Deputy Head and DSL\n"Lux et Veritas"', "Lux et Veritas"),
        ('Schools officer\n"You\'ll Never Walk Alone" (not official, but true)', "Walk Alone"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
