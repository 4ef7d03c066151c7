"""Classes the round on set I dealt with, each in sentences written afresh (invented people
and places, not I's wording): places, public terms, characters and slang that must survive,
and the same words where they stand as names."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A town, borough or country no name shares stands as a place wherever it is.
        ("Cleckheaton lad, 15, has been sending the pictures round.", "Cleckheaton"),
        ("Sent from my phone\nTodmorden", "Todmorden"),
        ("I run youth sessions in Brighouse and Sowerby Bridge.", "Sowerby Bridge"),
        ("Southwark MASH took the referral on Friday.", "Southwark"),
        ("Bulgaria and Austria are where the numbers were registered.", "Austria"),
        ("Moldova, he said, was where the money went.", "Moldova"),
        # Police divisions, parks and attractions named with everyday or name-like words.
        ("Police Scotland, Renfrewshire and Inverclyde division, were told.", "Inverclyde"),
        ("Officers from the Lothians attended.", "Lothians"),
        ("They arranged to meet at Sefton Park after school.", "Sefton Park"),
        ("A group of Year 9s went to Alton Towers with him.", "Alton Towers"),
        # Acronyms of public bodies and ratings, in any case.
        ("We have reported it to the nca and ceop.", "nca"),
        ("The NWG network gave us advice.", "NWG"),
        ("It has a PEGI 18 rating.", "PEGI"),
        # Kinds of setting and platforms' features written in capitals.
        ("He now attends the Pupil Referral Unit three days a week.", "Pupil Referral Unit"),
        ("Her account was moved into Teen Accounts last month.", "Teen Accounts"),
        ("TikTok's Family Pairing was switched off.", "Family Pairing"),
        # Characters, leaders' names of Cubs, and slang.
        ("The class watched Aladdin at the Christmas panto.", "Aladdin"),
        ("Akela at the Cub pack saw the messages first.", "Akela"),
        ("He keeps calling himself a Sigma and posting about Rizz.", "Rizz"),
    ],
)
def test_words_that_must_survive_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A place's name as a person's: a title before it, a surname after it, or the same
        # word inside a longer name elsewhere in the text.
        ("Sgt Cleckheaton from the schools team rang back.", "Cleckheaton"),
        ("DSL (Mrs Todmorden): please bring the phone in.", "Todmorden"),
        ("Pupils: Brighouse Okafor (Year 4).\nBrighouse said it was a joke.", "Brighouse"),
        # A country of one word before a surname is a first name.
        ("Moldova Petrenko sent the first message.", "Moldova Petrenko"),
        ("Chad Warrender added her on Snapchat.", "Chad Warrender"),
    ],
)
def test_the_same_words_as_names_are_redacted(text: str, name: str) -> None:
    assert covered(text, name)
