"""Round AE: what got through on sets AI and AJ, by kind (invented sentences).

Kept: a town that is also a name where it is listed beside other places, cities abroad,
a place in a "Location:" field, products listed after "use", songs sung or covered, a work
named after "a game called", school subjects before a role, and a greeting of another
language before a name. Redacted: an extension written alone, a Riot ID with its tagline,
schools abroad named kind first, a junior side named "Junior Football Club", the senders of
copied Discord messages as displayed, and a name of two capitalised parts where an account
stands.
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        # A town that is also a first name, listed beside places no one is named after.
        ("Our PCSOs cover Stanley, Consett and Annfield Plain on weekdays.", "Stanley", ""),
        ("Reports came from Wigan, Leigh and Stanley last term.", "Stanley", ""),
        (
            "Staff at our Sutton and Cheam schools noticed it, said Wanda Felgate.",
            "Sutton",
            "Felgate",
        ),
        # A city abroad where a name would stand.
        ("Her grandparents watch from Lahore and Dhaka.", "Lahore", ""),
        ("Grandad streams it to cousins in Karachi, said Imran Bhatti.", "Karachi", "Bhatti"),
        ("Location: Sutton\nLinked: Orla Penhallow's page", "Sutton", "Penhallow"),
        # Products listed after "use".
        (
            "The under-11s use Spond and Heja for messages from Dilys Arkwright.",
            "Heja",
            "Arkwright",
        ),
        ("Most clubs use Pitchero and TeamSnap, says Gethin Rowcroft.", "Pitchero", "Rowcroft"),
        ("Is it safe to livestream with Veo cameras? Asked by Nuala Brisco.", "Veo", "Brisco"),
        # Songs sung or covered, names and all.
        (
            "Year 3 were singing Jolene in the hall when Ivo Grellier filmed them.",
            "Jolene",
            "Grellier",
        ),
        ("Her covers include Hey Jude and Valerie, posted by Tamsin Oduya.", "Hey Jude", "Oduya"),
        # A work named after "a game called" keeps its listed names.
        ("Pupils play a game called Hunter: Call of the Wild at home.", "Hunter", ""),
        # A school subject before a role.
        ("Subject: Dr Lysander Quaye, Psychology lecturer", "Psychology", "Quaye"),
        # A greeting of another language is no part of the name after it.
        ("Olá Rui, the video is still up.", "Olá", "Rui"),
        ("Helo,\nforwarding this from Bethan Prys.", "Helo", "Prys"),
        # A season before what a term has.
        ("Autumn newsletter: may we print it? From Ffion Trevethan", "Autumn", "Trevethan"),
    ],
)
def test_kept_beside_people(text: str, kept: str, secret: str) -> None:
    out = redact(text).text
    assert kept in out, out
    if secret:
        assert secret not in out, out


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("If she rings again put her through to ext 4417.", "ext 4417", "PHONE"),
        ("Pastoral office – Ext. 2208", "Ext. 2208", "PHONE"),
        ("he adds kids as zephyr9#EUW and v0idcat#purr on the game", "zephyr9#EUW", "USERNAME"),
        ("he adds kids as zephyr9#EUW and v0idcat#purr on the game", "v0idcat#purr", "USERNAME"),
        (
            "She went to Szkoła Polska im. Reymonta on Saturdays.",
            "Szkoła Polska im. Reymonta",
            "SCHOOL",
        ),
        ("He was at Liceul Teoretic nr. 7 before moving here.", "Liceul Teoretic nr. 7", "SCHOOL"),
        (
            "The Escola Comunitária Atlântica group chat has the photo.",
            "Escola Comunitária Atlântica",
            "SCHOOL",
        ),
        (
            "A coach at Millbrook Magpies Junior Football Club sent it.",
            "Millbrook Magpies Junior Football Club",
            "SCHOOL",
        ),
        # Display names of copied Discord messages, role, spaces, emoji and all.
        ("Mod | GlimmerFox — 11/02/2025 19:40\nno selfies pls", "Mod | GlimmerFox", "USERNAME"),
        ("Tia 🐝 — Today at 16:05\nwho is this", "Tia 🐝", "USERNAME"),
        (
            "BrambleKnight — 11/02/2025 19:41\nok\n\nAdmin note: BrambleKnight was banned",
            "BrambleKnight",
            "USERNAME",
        ),
        # Two capitalised parts where an account stands.
        ("We found the channel QuillVandal posting the clips.", "QuillVandal", "USERNAME"),
        ("The other player was SoggyBadger and he kept messaging.", "SoggyBadger", "USERNAME"),
    ],
)
def test_found_whole(text: str, secret: str, kind: str) -> None:
    start = text.index(secret)
    found = [(e.start, e.end, e.type) for e in find_entities(text)]
    assert (start, start + len(secret), kind) in found, found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Not a tag: a language, a musical key, a hashtag.
        ("The coding club uses C# and the choir sang in F#.", "C#"),
        ("They posted it with #proud and #year9.", "#proud"),
    ],
)
def test_no_tag(text: str, kept: str) -> None:
    assert kept in redact(text).text


def test_a_town_named_person_beside_another_stays_a_person() -> None:
    text = "Preston and Stanley Okafor both came to the meeting."
    assert "Okafor" not in redact(text).text
    assert "Stanley" not in redact(text).text
