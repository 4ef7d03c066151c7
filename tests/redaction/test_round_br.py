"""Round BR: what sets DP (Scotland and Northern Ireland), DQ (Wales and bilingual families),
DR (faith settings and supplementary schools), DS (AI-made and altered images) and DT
(data-protection slips and records) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): the cells of a pasted table's
columns about people, by heading or by the names found in them, a login column's cells and a
name cut at a cell's edge; a one-word name after a form's surname or first-name field, a
name after "Name:" opening with a greeting's word, a name after "Chair:"; initials after
"typed up by me"; a register's surname in capitals before a forename that is also a word; a
listed surname in a list of rare surnames; a name found with a capital written again in
lower case (a rare word or a listed name); schools and clubs named in Gaelic, Irish and
Welsh ("Bun-sgoil", "Gaelscoil na bhFál", "Clwb", "CFfI"); a faith community's group for
children ("... Church Youth", "Yuva Group", "Kidz Klub", "... Youth Department"); a scouts'
unit named by its district; a club's team "Under 14s"; a surname after a title that reads
like a word run long ("Mr Lott"); a first name signed alone above the name in full; a child
named by a letter after "child", "pupil" or "son" before an age or what they did, or
opening a bracket with an age; an account's quoted name after "acc" holding a name, and one
opening with a title and an owner's name; a name and an initial before a dash and a note; a
chat's speaker label of a few words around a name found in it; a quoted gamertag of three
or more camel-case parts.

Kept: a heading of a table, a cell saying no one ("(blank)", "n/a"), a staff column's post,
a forename's mark in the next cell, an everyday word after an article beside a name spelt
the same, an account's name made of everyday words, a church's youth group named by its
denomination alone, a speaker label opening with a role or holding an acronym, a year
group's dash, an app's name of two camel-case parts in quotes, a word run long at a
sentence's start, a council's youth department, "Child I", a report's pseudonym in title
case ("Child X").
"""

from __future__ import annotations

import pytest

from casebook.redaction import Entity
from casebook.redaction.tables import _within_cells
from tests.redaction.cases import assert_found_whole, assert_kept

LOG = (
    "Date\tPupil\tPlatform\tAction\tStaff\n"
    "03/02\tMorwenna Quill\tTikTok\tparents called\tQTV\n"
    "05/02\tTobiah Fenwright\tRoblox\tCEOP report made\tQTV\n"
    "11/02\tHollis Brannagh\tDiscord\tmonitor\tJPZ\n"
)
STAFF = (
    "Name | Role | Direct line\n"
    "Okonkwo Ebiri | DSL | 0161 496 0714\n"
    "Bethan Lloyd-Parry | Head of Year 7 | 0161 496 0731\n"
    "Will Summers | Online safety lead | 0161 496 0740\n"
)
REGISTER = "Surname\tForename\tMark\nAdeyemi\tTolu\t/\nCosgrove\tJack\tO\nFitzwarren\tMark\t/\n"
LOGINS = (
    "Report# | Reporter login | About\n"
    "0091 | 22QuillM | Tobiah Fenwright\n"
    "0092 | 21EbiriO | (blank)\n"
)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (LOG, "QTV"),
        (LOG, "JPZ"),
        (STAFF, "Will Summers"),
        (REGISTER, "Cosgrove"),
        (REGISTER, "Jack"),
        (REGISTER, "Fitzwarren"),
        (LOGINS, "22QuillM"),
        (LOGINS, "21EbiriO"),
        ("First name: Hope\nSurname: Abrahams\nEmail: none given", "Abrahams"),
        ("Name: Selam Tesfaye\nRole: Mother\n", "Selam Tesfaye"),
        ("Online safety subgroup\nChair: Deborah Frame. Minutes: Karim.", "Deborah Frame"),
        ("[screenshot sent by a pupil, typed up by me - LH]", "LH"),
        ("the chat from her phone (transcribed by me, KQ)\n\nReaper: yo", "KQ"),
        ("NAMED PERSONS\nS1 - CAMPBELL, Hope (Pupil Support) - ext 214", "CAMPBELL, Hope"),
        ("Changing room B: Grey, Hill, Iqbal, Jones, Kowalski\n", "Hill"),
        ('Year 7 boy (Wren) came in. The caption said "wren the baddie".', "wren"),
        (
            "Tha mi a' sgrìobhadh from Bun-sgoil Ghàidhlig Inbhir Nis. Sorry",
            "Bun-sgoil Ghàidhlig Inbhir Nis",
        ),
        ("My son is in P4 at Gaelscoil na bhFál, Belfast.", "Gaelscoil na bhFál"),
        (
            "He plays for Clwb Rygbi Bro Ffestiniog Ieuenctid. His mum",
            "Clwb Rygbi Bro Ffestiniog Ieuenctid",
        ),
        ("Adult: tutor for CFfI Llangeitho public speaking team", "CFfI Llangeitho"),
        ("Both girls attend Hope City Church Youth.", "Hope City Church Youth"),
        (
            "Setting: New Testament Church of God Youth Department, Wolverhampton",
            "New Testament Church of God Youth Department",
        ),
        ("other Explorers from Meanwood Explorer Unit rate her", "Meanwood Explorer Unit"),
        ("email the school's DSL (not Mr Lott) and ask them", "Lott"),
        ("- looked after child D (15) in her care, contact with birth mum", "D"),
        ("Next steps: police report, Report Remove (T is under 18)", "T"),
        ("let your DPO know.\n\nWinston\nWinston Clarke-Forbes | School Nurse", "Winston"),
        (
            "Role: Volunteer coach, Crymych Eagles RFC Under 14s\nHome: Crymych",
            "Crymych Eagles RFC Under 14s",
        ),
        ('notes like "Alfie T - sextortion, police involved" on the sheet', "Alfie T"),
        ('an older boy he met on Fortnite, "ScotSlayerX". He says he is 12', "ScotSlayerX"),
        (
            "typed up by mum\n\nReaper x Sniper: yo is this kai from the flats\nKaiTheGoat2011: "
            "yeah who dis\nReaper x Sniper: ur mum works at the Asda innit\nKaiTheGoat2011: how "
            "u know\nReaper x Sniper: i know everything lol",
            "Reaper x Sniper",
        ),
        ("youth leader, Kingsgate Youth Church, Peterborough", "Kingsgate Youth Church"),
        ("a volunteer at Shri Ram Mandir Yuva Group, Leicester", "Shri Ram Mandir Yuva Group"),
        (
            "My lad goes to Brislington Community Church Kidz Klub.",
            "Brislington Community Church Kidz Klub",
        ),
        ('Dad rang re the TikTok acc "Ms Kaur is a snake" - taken down', "Ms Kaur is a snake"),
        ('Subject: FW: Instagram - "Mrs Morgan\'s Army"\n\nMorning,', "Mrs Morgan's Army"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (LOG, "Pupil\tPlatform"),
        (LOGINS, "(blank)"),
        (REGISTER, "\tO\n"),
        (STAFF, "Online safety lead"),
        ("Misty Jones came in late. It was a misty morning.", "misty morning"),
        ('a TikTok account called "Rate Our Teachers" went up', "Rate Our Teachers"),
        ('Subject: FW: "Spill the tea" account - now naming staff', "Spill the tea"),
        ("our Church Youth Group met on Friday", "Church Youth Group"),
        (
            "Coach Daz: well done lads\nKelly Tremble: great game\nCoach Daz: see you Sunday",
            "Coach",
        ),
        ("Carys PTA: who was taking pics\nDean Okoro: no idea\nCarys PTA: ok", "PTA"),
        ("Years 7 - 9 attended. Year 8 - A - grade", "Year 8 - A - grade"),
        ("Sooo sorry to bother you", "Sooo"),
        ("Child I (14) joined in Year 9", "Child I"),
        ("whom I'll refer to as Student B. Child X stated she was 12", "Child X stated"),
        ("the council's Youth Department said no", "Youth Department"),
        ('they talk on "FaceTime" and "WhatsApp" most nights', '"FaceTime" and "WhatsApp"'),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_a_register_without_a_heading_keeps_its_first_row_redacted() -> None:
    """A first row whose one cell is also a heading's word ("Mark") is no heading row: the
    names in it stay found (the heading rule needs two such cells)."""
    assert_found_whole("Mark\tSmith\t8R\nJack\tJones\t8T\nAmy\tLee\t8R\n", "Mark")


def test_a_name_over_a_cell_separator_is_split_not_cut() -> None:
    """Both names in "Cosgrove<tab>Jack" stay found when one finding ran over the tab; a
    one-letter mark ("Jack<tab>O") is dropped."""
    text = "row: Cosgrove\tJack\tO"
    start = text.index("Cosgrove")
    pieces = _within_cells(text, Entity(start, len(text), "PERSON"))
    assert [text[e.start : e.end] for e in pieces] == ["Cosgrove", "Jack"]
