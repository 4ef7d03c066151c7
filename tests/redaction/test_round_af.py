"""Round AF: what got through on sets AK and AL, by kind (invented sentences).

Redacted: display names opening a transcript's lines (spaces, emoji, digits and all) wherever
the text names them, "SURNAME, Forename" before an age, a date of birth or a role, initials
with an age or year in brackets, in an attendees' list or after "Present:", a junior team's age
group where the team has no kind word. Kept: speech quoted in another language, and greetings
of other languages opening a message.
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact

TRANSCRIPT = (
    "Typed up by mum from the game chat:\n"
    "Wolfy ✦ 2012: who wants free skins\n"
    "Captain Biscuit 88: me\n"
    "Wolfy ✦ 2012: add me then\n"
    "Captain Biscuit 88: ok\n\n"
    'My son is "Captain Biscuit 88".'
)


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        (TRANSCRIPT, "Wolfy ✦ 2012", "USERNAME"),
        (TRANSCRIPT, "Captain Biscuit 88", "USERNAME"),
        ("Children:\n- FENWICK, Orla Beth, 9\n- DUNMORE, Caz, 11", "FENWICK, Orla Beth", "PERSON"),
        (
            "Subject adult (PRATLEY, Gideon Ross, DOB 1988-02-03) has",
            "PRATLEY, Gideon Ross",
            "PERSON",
        ),
        ("Adult concerned: ROUSSEL, Maëlle Anne, childminder", "ROUSSEL, Maëlle Anne", "PERSON"),
        ("- DW and KJ (twins, Y8) - shared the clip", "DW", "PERSON"),
        ("- DW and KJ (twins, Y8) - shared the clip", "KJ", "PERSON"),
        ("Attendees:\nHQ - Chair\nBT - School Nurse\n\nHealth (BT): no concerns", "BT", "PERSON"),
        ("Present: GHW, dad, key worker.\n\nGHW said he felt safer.", "GHW", "PERSON"),
        # Every item of a line of who came, and where the initials recur.
        ("Present: HQ (LADO), BT (DSL), DS RW (Police)\n\nBT will write.", "BT", "PERSON"),
        ("Present: HQ (LADO), BT (DSL), DS RW (Police)\n\nBT will write.", "HQ", "PERSON"),
        ("Present: HQ (LADO), BT (DSL), DS RW (Police)\n\nBT will write.", "RW", "PERSON"),
        (
            "a player at Brackenholt Wanderers U12s. The coach set",
            "Brackenholt Wanderers U12s",
            "SCHOOL",
        ),
    ],
)
def test_found_whole(text: str, secret: str, kind: str) -> None:
    found = [(e.start, e.end, e.type) for e in find_entities(text)]
    starts = [i for i in range(len(text)) if text.startswith(secret, i)]
    for start in starts:
        assert (start, start + len(secret), kind) in found, (secret, found)


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        (
            'Her dad said "nie wiem, może przesadzam" to the tutor, said Ewelina Gorska.',
            "przesadzam",
            "Gorska",
        ),
        (
            'Mum said: "Ele não me ouve, fica no quarto" about Duarte Leal.',
            "Ele não me ouve",
            "Leal",
        ),
        ("Bom dia,\n\nI am writing about my son Tiago Vilaça.", "Bom dia", "Vilaça"),
        ("Buongiorno,\n\nmy daughter Giada Ferlito is upset.", "Buongiorno", "Ferlito"),
        # Capitals shouting are no initials.
        ("I FOUND OUT MY STEP SON (14) HAS AN ACCOUNT", "SON", ""),
    ],
)
def test_kept_beside_people(text: str, kept: str, secret: str) -> None:
    out = redact(text).text
    assert kept in out, out
    if secret:
        assert secret not in out, out


def test_a_rank_in_a_list_of_who_came_is_no_initials() -> None:
    text = "Present: HQ (LADO), DS RW (Police)"
    assert "DS" in redact(text).text


def test_a_name_in_quoted_speech_of_another_language_is_still_a_name() -> None:
    out = redact('He wrote "Kasia jest moją dziewczyną" on her wall.').text
    assert "Kasia" not in out, out
