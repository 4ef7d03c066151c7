"""Round CB: what sets EZ (interpreters, refugee casework and care leavers), FA (Jewish and
Orthodox schools, farming families and young farmers' clubs, further-education apprentices) and
FB (scouting and guiding trips abroad, online tuition marketplaces, sports streaming and club
chats) showed, by kind (invented sentences).

Found, each whole as one finding (none so before the round): a farm named after where someone
lives, works or is from; a young farmers' club and a uniformed unit named by its place; a
Jewish school with its kind first; a tutor's or a profile's display name quoted after the
lessons or the listing; a child's team after "plays for"; a quoted group's name that holds a
junior team; initials before a worker's phone number or task, or after "passed to"; a
Vietnamese name whose word is a day's short form in a name's field; a lower-case name that is
also a word before more of what a person does ("summer tagged her"), or after a worker's role
and "is" ("her sw is mo").

Kept: peoples and languages of refugee casework, tutoring marketplaces, Jewish words of the
day, the year and Orthodox schools' notes, Jewish neighbourhoods, Scouting's world centres,
agricultural shows, a course's level and subject, Brownies and jamborees, and a care leaver's
personal adviser written "PA" (each fails before the round); a farm people visit, a television
farm, a nation's young farmers, a county's Scouts, a senior club after "plays for", a sport's
age group in a group's name, and a team manager written short, as before.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.cases import assert_found_whole, assert_kept


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ruairi Penhale, 15, of Lower Cleeve Farm, Coldharbour, was sent", "Lower Cleeve Farm"),
        ("it's Marjorie Thwaite from Brackenhow Farm again, ringing about", "Brackenhow Farm"),
        ("Home: Nether Stobcross Farm\nSchool: none listed", "Nether Stobcross Farm"),
        ("The girl is a member of Cwm Tawel YFC and of the choir.", "Cwm Tawel YFC"),
        (
            "Dilys Arkwright, Ranger leader (Tadcaster Rangers), rang about a guide",
            "Tadcaster Rangers",
        ),
        ("Imogen Baptiste, explorer leader Ardwick Explorers, we are in Oslo", "Ardwick Explorers"),
        (
            "Two boys from Yeshiva Ohr Chaim Salford have said the same.",
            "Yeshiva Ohr Chaim Salford",
        ),
        ("Rivka Feld, Welfare, Bnos Chedva Seminary, Gateshead", "Bnos Chedva Seminary"),
        (
            'she has phonics lessons on Zoom with "Miss Tilly Sounds" (real name Matilda Pryce).',
            "Miss Tilly Sounds",
        ),
        ('Tutor "Dr Sam K - Chemistry": Hi Ruby, Weds 6pm ok?', "Dr Sam K - Chemistry"),
        ("my son Dexter (10) plays U11s for Heaton Moor Hornets. He", "Heaton Moor Hornets"),
        ("Her brother plays for Crossgates Otters on Sundays.", "Crossgates Otters"),
        (
            'Instagram group "Whitstable HC U15 Girls" (exported by a coach)',
            "Whitstable HC U15 Girls",
        ),
        ('snap chat "Briton Ferry Athletic U14s" (typed by a coach)', "Briton Ferry Athletic U14s"),
        ("Advised Report Remove, safety plan. QF 0121 496 0733", "QF"),
        ("Man may be exploiting YP. passed to HJ 16:20", "HJ"),
        ("Route agreed - checked w KJ on shift, agreed.", "KJ"),
        (
            "Club: Harbour Youth Club\nName: Tran Thi Thu Lan\nPreferred name: Lan",
            "Tran Thi Thu Lan",
        ),
        ("then summer tagged her in it and it went round", "summer"),
        ("carer found out, her sw is mo\n- advised: block and report", "mo"),
    ],
)
def test_found_whole(text: str, span: str) -> None:
    assert_found_whole(text, span)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He is Hazara himself and the threats come from Pashtun boys.", "Hazara"),
        ("Ethnicity: Afghan (Tajik)\nLanguages: Dari", "Tajik"),
        ("Kadiatou speaks French and Pular and some English.", "Pular"),
        ("Superprof messages (copied by mum Abena Owusu-Ansah)", "Superprof"),
        ("Tutorful messages (copied by mum Abena Owusu-Ansah)", "Tutorful"),
        ("Call me please after Mincha, around 4.30.", "Mincha"),
        ("- boy told his rebbe, Rebbe told DSL.", "Rebbe"),
        ("Parents in Stamford Hill have not yet been told.", "Stamford Hill"),
        ("Our staff are shomer Shabbat and on Yom Tov will not use phones.", "Yom Tov"),
        ("Scouts went to Kandersteg, Switzerland in summer.", "Kandersteg"),
        ("He refuses to go to the Eskdale Show now.", "Eskdale Show"),
        ("We have an 18-year-old Level 2 Butchery apprentice, Zack Ormerod.", "Level 2 Butchery"),
        ("Hollie Beck reported a Brownie's older brother messaged the group.", "Brownie"),
        (
            "Pathway Plan Review (typed by PA after meeting)\nPA: Chidi Nwosu\nPA to contact the "
            "helpline.",
            "PA: ",
        ),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


@pytest.mark.parametrize(
    "text",
    [
        # a farm after "trip to" or "camp at" and a television farm are no one's home
        "We camp at Blackland Farm each May, watched Clarkson's Farm and went on a trip to "
        "Folly Farm.",
        # a nation's young farmers and a county's Scouts are bodies
        "Wales YFC has been told, and so has Suffolk County Scouts.",
        # a country or a senior club after "plays for" is no child's team
        "She wants to play for Lithuania one day; her uncle plays for Darlington FC.",
        # a sport's age group in a group's name names no team
        'They are in a chat "Netball U14s" and a server "BlockCraft UK Juniors".',
        # a team manager written short is a post
        "Actions: discussed with TM; passed to TM.",
    ],
)
def test_left_whole(text: str) -> None:
    """The round's guards: each text is left as it is, as before the round."""
    assert redact(text).text == text
