"""Classes of personal data that got through on blind set D, and words that were lost there,
one table per class. The examples are written afresh (not D's sentences), so each row checks
that a class is handled, not that one sentence is."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A listed name that is also an everyday word, written with a possessive.
        ("Has anybody rung Faith's dad back yet?", "Faith"),
        ("nobody has seen hunter's new account", "hunter"),
        ("Mark's older sister posted the picture.", "Mark"),
        ("ok so will's cousin made the group", "will"),
        # A display name before an address in a mail header, whatever its words mean.
        ("From: Hope Galloway <hope.g@fernbrook.invalid>\nSubject: the group chat", "Hope"),
        ("To: Bill Ashdown <b.ashdown@club.invalid>; Rose Penhale <r@club.invalid>", "Bill"),
    ],
)
def test_everyday_words_standing_as_names(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    "text",
    [
        # The ordinary words stay where they are words.
        "Will you ring her back? The will's executor is her uncle.",
        "We hope the May's half term dates suit you.",
        "Faith groups and the Mark Scheme were discussed.",
        "my dad reckons it's fine and my mum texted the school",
        "her brother will be at the meeting",
    ],
)
def test_the_ordinary_words_stay(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A lower-case word after a relation or a role that English hardly knows as a word.
        ("rang back, spoke to nan marlene who looks after him", "marlene"),
        ("screenshots went to my supervisor and my manager deirdre", "deirdre"),
        ("his older brother caden sends him the videos", "caden"),
        # The word after a title, up to a word English knows a little ("brook", "daniels").
        ("passed it to pcso nicholls at the safer schools meeting", "nicholls"),
    ],
)
def test_lower_case_names_after_a_relation_or_title(text: str, name: str) -> None:
    assert name not in redact(text).text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A handle straight after a platform, in a table cell, or listed after it.
        ("he said add me on snap tazzyboi07 and i will send it", "tazzyboi07"),
        ("Platform | Handle\nSnapchat | ryleighxo | her old account", "ryleighxo"),
        ("- Instagram: k.lowther_, darcyyyxo, mintyvibes\n- TikTok: none", "darcyyyxo"),
        ("- Instagram: k.lowther_, darcyyyxo, mintyvibes\n- TikTok: none", "mintyvibes"),
        ("SHE FOUND HIM ON SNAPCHAT AS BRADDERSXO AND BLOCKED HIM", "BRADDERSXO"),
    ],
)
def test_bare_usernames(text: str, span: str) -> None:
    assert "USERNAME" in covered(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Schools named without their kind, when the context says school.
        ("Mia is in his tutor group at Fernleigh and says he knows.", "Fernleigh"),
        ("Bex: which school\nJayjay: oakbrook high\nBex: same", "oakbrook high"),
        ("NAME: PRICE, JO\nWORKPLACE: WESTHOLME COMPREHENSIVE\nPHONE: none", "WESTHOLME"),
        ("Referred by Lowfield Pupil Referral Unit last week.", "Lowfield Pupil Referral Unit"),
        # Lower case: a saint's school, a school named with everyday words and its kind.
        ("two year 6s from st bede's were in the chat", "st bede's"),
        ("videos of lads leaving st cuthbert's after school", "st cuthbert's"),
        ("pics of pupils from cherry tree academy on the page", "cherry tree academy"),
    ],
)
def test_schools_without_their_kind_or_in_lower_case(text: str, span: str) -> None:
    assert "SCHOOL" in covered(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A full date with a child's birth year needs no cue; nor an answer to "DOB?".
        ("Pupils named: Tomasz Nowak 22/11/2010, Ada Byrne 4/2/2011.", "22/11/2010"),
        ("Marcus: has anyone got her dob\nPriya: 07/09/2009", "07/09/2009"),
        ("Child: Leon Achterberg (2011/02/28), Year 8", "2011/02/28"),
        # Written out after "born on the".
        ("She was born on the 14th of October 2010 in Leeds.", "the 14th of October 2010"),
    ],
)
def test_dates_of_birth_without_a_cue(text: str, span: str) -> None:
    assert "DATE_OF_BIRTH" in covered(text, span)


@pytest.mark.parametrize(
    "text",
    [
        # Platforms, settings and public bodies.
        "She moved from Douyin to Xiaohongshu and turned SafeSearch off.",
        "We followed the UKCIS guidance and the SWGFL advice.",
        "Training for staff from Early Years to Year 13.",
        "The family has Sky Broadband and Sky parental controls.",
        # A network range is no one's address; an event date and a version stay.
        "Block 192.0.2.0/24 at the firewall, says the IT team.",
        "The incident was on 03/10/2024 and the app is TikTok 33.1.4.",
        # A server named after a game; a church as a place.
        'Server: "Fortnite Squad North 12+" (invite only)',
        "The youth group meets at St Anne's Church, Ripon.",
    ],
)
def test_words_that_must_survive(text: str) -> None:
    assert redact(text).text == text


def test_an_ip_address_without_a_range_is_still_redacted() -> None:
    assert "203.0.113.7" not in redact("Login from 203.0.113.7 at 02:14.").text
