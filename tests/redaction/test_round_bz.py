"""Round BZ: what sets EO (school photographs and the media), EP (the Highlands and the islands)
and ES (data breaches and hacked systems) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): a person's initials, though they
spell a post or an acronym, in brackets after a note's heading or a role and before an item's
colon or an action, and after the minute-taker's cue; an account's name in lower case after
what a system says of who is signed in or owns a file; a handle with letters beyond ASCII; a
lower-case name before an age in brackets still, where no list's numbers follow; the school's
word in a year group's chat's name, the year group kept; initials in a form's field that asks
for them and initials signing a message off after a dash; youth arts groups named before kinds
of two words ("Youth Music Theatre", "Junior Brass"); a school's name joining two surnames or
two stage arts with "&"; a school named in lower case after a year group, or after a bishop;
initials opening a pastoral log's line with a year group, though an acronym, beside other such
lines; a first name that is also a village, with the surname after it ("Clive Underwood").

Kept: a list's numbers in brackets after a verb; where a caller rang from and a form's answer
to where someone lives, though the place is also a first name; Scotland's feasts, events,
services and practice named with name-like words; a bakery's brand, school IT's device manager
and a coding app; vaccines; a bilingual form's label in its own language ("Enw / Name:"); a
pronoun run together with its verb ("I'll") (each fails before the round); a year group's chat
named by its chat's words or a town, initials after the words they spell, words English knows
after "logged in as", "the big school" and the year group in a chat named by its school, as
before.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.cases import assert_found_whole, assert_kept

MINUTES = (
    "Present: PC Sam Whitlock (Northshire Police), Ms Wen Guo (school nurse).\n"
    "2. Police update (SW): the man has been warned.\n"
    "5. Agreed: school nurse (WG) to check in weekly.\n"
    "Minute: SW"
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (MINUTES, "SW"),
        (MINUTES, "WG"),
        (
            "Attendees: Craig Boyd (forensics)\n1. Forensics update (CB): the VPN was the way in.",
            "CB",
        ),
        ("Monika Szymańska attended.\nDecisions: school to provide a safe adult (MS):", "MS"),
        ("Present: Filip Wójcik (PT)\nMinute: FW", "FW"),
        (
            "08:02 Alert: malware seen from workstation OFF-04, logged-in user skarimi\n"
            "08:05 Workstation isolated.",
            "skarimi",
        ),
        ('the top of the screen says "Logged in as tpowellson".', "tpowellson"),
        ("The folder's properties list the owner as kpolgrane. It held a list.", "kpolgrane"),
        ("last user before her account was 23thomasq. Passing to DSL.", "23thomasq"),
        ("a boy, he say 16, his name on app Ștefan_17. Now he send messages", "Ștefan_17"),
        ("my little brother jayden (9) and his mate (10) were sent it", "jayden"),
        ('Discord server "Ashgrove Y11 unofficial", channel #general', "Ashgrove"),
        ('She was added to the snap group "SCC Year 11 Lads" last night.', "SCC"),
        ("Email: d@example.net\nChild (initials only please): IM\nAge: 14", "IM"),
        ("I'm only on supply til Friday. my no is 07700 900058 — PN\n\n(follow-up 16:02)", "PN"),
        (
            "theatre group = Soar Brook Youth Music Theatre, contact her.",
            "Soar Brook Youth Music Theatre",
        ),
        ("The band is Saddlemoor Junior Brass with the seniors.", "Saddlemoor Junior Brass"),
        (
            "I'm the lead at Marsh & Doyle School of Dance in Stockport.",
            "Marsh & Doyle School of Dance",
        ),
        ("Setting: Humber Stage & Screen Academy, Hull (private)", "Humber Stage & Screen Academy"),
        (
            "child: brandon yr 8 tamworth castle academy\nphone: 07700 900864",
            "tamworth castle academy",
        ),
        ("his older bro declan (yr 9 at bishop halton academy).", "bishop halton academy"),
        ("Log\nCO (Y9): grief; nothing online.\nHR (Y10): added to a group. DSL told.", "HR"),
        ("Governor Rev. Clive Underwood asked whether it had failed.", "Clive Underwood"),
        ("A 14-year-old boy, Callan Murdoch, currently a patient", "Callan Murdoch"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kindly advise (1) whether I should report it, (2) how to get it down.", "advise"),
        ("call 14:10 - caller (mum) rang from Islay, line v bad", "Islay"),
        ("call 14:10 - caller (mum) rang from Tiree, line kept cutting out", "Tiree"),
        ("name: donnie\nwhere do you live (area only): Lewis\nmessage: help", "Lewis"),
        ("Thanks for your help, and happy Hogmanay when it comes!", "Hogmanay"),
        ("my kids speak better Doric than their teachers", "Doric"),
        ("she has stopped coming to Fèis practice and Gaelic choir", "Fèis"),
        ("He is entitled to a representative; Clan Childlaw can help.", "Clan Childlaw"),
        ("Interview (JII) under Scottish Child Interview Model to be arranged.", "Interview Model"),
        ("Lexi located in class and safe, taken to Pupil Support Base.", "Pupil Support Base"),
        ("tell them what u saw at the Burns Supper", "Burns Supper"),
        ("ok so basically at Up Helly Aa i was with some boys", "Up Helly Aa"),
        ("photos from the Christmas Eve Watchnight service", "Watchnight"),
        ("Tea and Tunnock's provided.", "Tunnock"),
        ("iPad serial ending 7Q2L, managed by Jamf.", "Jamf"),
        ("We also use Code.org and Tynker.", "Tynker"),
        ("lists of pupils for vaccinations (HPV, MenACWY, flu)", "MenACWY"),
        ("Enw / Name: Elen Wyn Robertsson\nRôl / Role: Rhiant / Parent", "Enw"),
        ("Magaca / Name: Faadumo Warsame\nRole: mother", "Magaca"),
        ("one girl (I'll call her K) had a phone hidden.", "I'll"),
        ('Discord server "Ashgrove Y11 unofficial", channel #general', "Y11 unofficial"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_initials_after_the_words_they_spell_stay_a_post() -> None:
    """Initials in brackets after the words they spell define an acronym, not a person: a
    found "Sarah Walsh" does not make the social worker's "(SW)" hers."""
    text = "Sarah Walsh rang.\nUpdate: the social worker (SW): visit booked."
    assert "(SW)" in redact(text).text


def test_a_year_groups_chat_named_by_its_chat_words_or_a_town_keeps_its_year_group() -> None:
    assert "Y9 Baddies" in redact('a group chat "Y9 Baddies" was made').text
    assert "Y10 Boston Boys" in redact('the snap group "Y10 Boston Boys" had').text


def test_the_big_school_after_a_year_group_is_no_school() -> None:
    assert "big school" in redact("mya who is in yr7 at the big school. bobby").text


def test_a_word_english_knows_after_logged_in_as_is_no_account() -> None:
    text = "I logged in as admin and the owner as well. Signed in as guest."
    assert redact(text).text == text
