"""Classes the round on set H dealt with, each in sentences written afresh (not H's): words
that must survive (places, acronyms, games' products and places, subreddits, year groups in
a chat's name, plants and idioms whose word is also a name), schools named by context, names
in notes in lower case, and streets without a number."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Towns in lower case or capitals after a role, in brackets, alone in a note.
        ("spoke to sgt amara cole (pcso macclesfield) re the video.", "macclesfield"),
        ("detached youth worker scunthorpe - lad of 15 groomed on snap.", "scunthorpe"),
        ("girl sent images to an older boy. harrogate. police aware.", "harrogate"),
        ("WE LIVE IN NORTH TYNESIDE AND THE SCHOOL KNOWS", "NORTH TYNESIDE"),
        ("The family moved to Stoke on Trent last spring.", "Stoke on Trent"),
        ("Her nan lives in Bolton-upon-Dearne now.", "Bolton-upon-Dearne"),
        # Titles and roles stay beside a name.
        ("This is Sgt Keeley Nwachukwu from the cyber team, about a report.", "Sgt"),
        ("Best wishes\nDami Oyelaran PCSO schools officer", "PCSO"),
        # Acronyms of data protection and language support.
        ("Mrs Abara (EAL coordinator) translated the messages.", "EAL"),
        ("Does GDPR let us keep the screenshots on the pupil's file?", "GDPR"),
        # Products and places in games; subreddits.
        ("He spent £40 of my card on Minecoins and V-Bucks.", "Minecoins"),
        ("They meet up in Bloxburg and Adopt Me after school.", "Bloxburg"),
        ("A thread on r/AskUK and another on r/LegalAdviceUK named the school.", "r/AskUK"),
        # A group or server named by a year group and everyday words.
        ('The class set up a WhatsApp group called "Year 7 Gamers" over the summer.', "Year 7"),
        ('A Discord server "Lunchtime Chess Club" was used to share it.', "Lunchtime Chess Club"),
        # Plants as class names; idioms whose first word is a name.
        ("Our classes are named after trees: Rowan, Willow, Juniper and Hazel.", "Willow"),
        ("Houses this year are Kestrel, Robin, Wren and Heron.", "Robin"),
        ("Sadly, there were rich pickings for the scammer in her DMs.", "rich pickings"),
        ("My patience is wearing thin with the platform.", "patience"),
        ("Then the penny dropped that it was a fake account.", "penny dropped"),
        ("Can I ask a frank question about sharing images?", "frank question"),
    ],
)
def test_words_that_must_survive_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same words as names stay names.
        ("Willow, Hazel and Rowan sent the pictures to the group.", "Willow"),
        ("Lily, Daisy and Poppy were all in the chat.", "Daisy"),
        ("pupils named: lily, daisy and poppy", "daisy"),
        ("Dami Oyelaran PCSO schools officer", "Dami Oyelaran"),
        ("Our teacher, miss holt, saw the post first.", "holt"),
        ('The page called "Mr Okorie Is A Fraud" has 200 followers.', "Mr Okorie Is A Fraud"),
    ],
)
def test_the_same_words_as_names_are_redacted(text: str, name: str) -> None:
    assert covered(text, name)


def test_a_group_name_that_repeats_a_school_in_the_text_is_an_account() -> None:
    text = 'She goes to Larkspur Vale Academy. A page called "Larkspur Vale exposed" is up.'
    assert "USERNAME" in covered(text, "Larkspur Vale exposed")
