"""Round W, recall of settings: clubs, uniformed and youth groups, trusts, federations and
childcare named by invented words before their kind; lower-case schools with their kind
("… lane primary", "… ps", "… sixth form"). Invented sentences (no devset text), with hard
negatives: a kind after everyday words, a town or a public body names no one."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered, held_whole


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (
            "Coach at Marshwick Kingfishers Swim Club rang about a swimmer.",
            "Marshwick Kingfishers Swim Club",
        ),
        ("We run Dunbarrow Colts RFC and need training for coaches.", "Dunbarrow Colts RFC"),
        ('[WhatsApp "U11 parents - Kilbrannagh Rec FC"] someone posted it', "Kilbrannagh Rec FC"),
        ("A video went round the Ballinvaddy GAC under-14s chat.", "Ballinvaddy GAC"),
        ("Leader, 14th Thornwold Scout Group, asked for a session.", "14th Thornwold Scout Group"),
        ("I help run a guiding unit (3rd Glenmorrow Rangers) in Oban.", "3rd Glenmorrow Rangers"),
        ("Our company (5th Drumlarney BB) meets on Fridays.", "5th Drumlarney BB"),
        (
            "Notes from Harrowmere Rainbow Group tonight: two new members.",
            "Harrowmere Rainbow Group",
        ),
        ("Pen Tirion Young Carers session ran late.", "Pen Tirion Young Carers"),
        ("youth pastor (church grp Wellbrook Church Youth) rang", "Wellbrook Church Youth"),
        (
            "caller from stanmoss boxing club said a coach had messaged a boy",
            "stanmoss boxing club",
        ),
        ("deputy DSL for the Ashcarrow Learning Trust wants slides.", "Ashcarrow Learning Trust"),
        ("Safeguarding channel - Fernholt Federation - posted at 8am", "Fernholt Federation"),
        (
            "MY SETTING IS CALDERWICK HOLLOW CHILDMINDING IN LEEDS.",
            "CALDERWICK HOLLOW CHILDMINDING",
        ),
        ("we are a nursery (Little Quarrels Daycare) with 30 children", "Little Quarrels Daycare"),
        ("I manage Saltbridge Holiday Club for 5 to 11 year olds.", "Saltbridge Holiday Club"),
        (
            "DSL for Hollinwick Ridge Alternative Provision here.",
            "Hollinwick Ridge Alternative Provision",
        ),
        ("club = tregarth & penhallow boxing club.", "tregarth & penhallow boxing club"),
        ("she trains at Westby Otters SC on Tuesdays.", "Westby Otters SC"),
        ("He goes to college (Marrowdale FE) in the mornings.", "Marrowdale FE"),
        ("kids from brackenwray tutors posted his address", "brackenwray tutors"),
    ],
)
def test_a_setting_named_before_its_kind_is_redacted(text: str, setting: str) -> None:
    assert covered(text, setting) == ["SCHOOL"]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("head (kelbrook lane primary, derby) rang re a yr6 boy", "kelbrook lane primary"),
        ("son yr8 at penn dorrow academy. fortnite friend added him", "penn dorrow academy"),
        ("dsl amira hussain, tolmoor edge sixth form, rang", "tolmoor edge sixth form"),
        ("(Year 10, wisham spa school, Grantham)", "wisham spa school"),
        ("cb to ms quinn (tullagore ps armagh). p6 boy", "tullagore ps"),
        ("call from the dsl at ashwendle prim re yr5 girl", "ashwendle prim"),
        ("eira jones, pastoral, ysgol y fro goed. yr9 girl", "ysgol y fro goed"),
        (
            "nursery manager (meithrinfa bae penrhyn isaf). a practitioner",
            "meithrinfa bae penrhyn isaf",
        ),
    ],
)
def test_a_lower_case_school_with_its_kind_is_redacted(text: str, school: str) -> None:
    assert "SCHOOL" in held_whole(text, school)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He goes to our local youth club and to boxing club on Friday.", "boxing club"),
        ("Refer to the Youth Justice Service and Report Harmful Content.", "Youth Justice Service"),
        ("The Young Carers Trust and Childline both have advice.", "Young Carers Trust"),
        ("He supports Manchester United FC and Leeds.", "Manchester United"),
        ("She is in sixth form now and the sixth form is big.", "sixth form"),
        ("see you soon jaxon ps the form is attached", "ps the form"),
        ("we took jaxon boxing club on sunday", "boxing club"),
        ("the youth wkr boxing club session went well", "youth wkr"),
        ("a man from lgbt youth group online messaged her", "lgbt youth group"),
        ("down the lane primary kids were shouting", "lane primary"),
    ],
)
def test_a_kind_after_everyday_words_a_town_or_a_body_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


def test_a_post_before_a_nursery_ends_its_name() -> None:
    text = "zainab owner buttercross hollow day nursery rang today"
    assert held_whole(text, "buttercross hollow day nursery") == ["SCHOOL"]
    assert "owner" in redact(text).text


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("zoomer: theo from cradwick beck hes year 8", "cradwick beck"),
        ("me! im ruby from tollmarsh heath lol", "tollmarsh heath"),
        ("mum rang, son yr 8 at quenby vale Exeter. fake page", "quenby vale"),
        ("teacher dave (harrowby fold) - not the dsl", "harrowby fold"),
    ],
)
def test_a_lower_case_setting_in_a_persons_slot_is_redacted(text: str, setting: str) -> None:
    assert "SCHOOL" in held_whole(text, setting)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("jack from moss side and amy from small heath came", "moss side"),
        ("amy from small heath came in", "small heath"),
        ("the man from the lane said hi", "the lane"),
        ("a parcel from cradwick beck arrived today", "cradwick beck"),
    ],
)
def test_a_district_or_a_place_without_a_persons_slot_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text
