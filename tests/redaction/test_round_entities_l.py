"""Classes the round on set L dealt with (places, schools, addresses, usernames and
must-survive words), each in sentences written afresh (not L's), with hard negatives: the
same cue words where no name goes with them."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        # Youth clubs and centres, boys' and girls' clubs, junior football clubs and PRUs,
        # named by the words before their kind, in any case.
        ("spoke to dee (youth worker, mill lane youth club) about it", "mill lane youth club"),
        ("drop-in at the den youth centre, Rhyl. two girls came in", "the den youth centre"),
        ("a 13yo at our club (torry girls club), nina, says", "torry girls club"),
        ("one of the u11s at marsden colts jfc has been sent", "marsden colts jfc"),
        ("Referral from Birch House PRU to early help", "Birch House PRU"),
        ("lad from the gorton pru is in it too", "the gorton pru"),
        ("coach at Ferndown Juniors FC until May", "Ferndown Juniors FC"),
        ("volunteer leader, St Aidan's Youth Club, Strabane", "St Aidan's Youth Club"),
    ],
)
def test_youth_settings_named_before_their_kind_are_redacted(text: str, setting: str) -> None:
    assert "SCHOOL" in covered(text, setting)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The same kinds with no name before them, or a word saying which one.
        ("she goes to youth club on fridays with her cousin.", "youth club"),
        ("it happened at our local youth club last week.", "local youth club"),
        ("the Friday youth club is cancelled.", "Friday youth club"),
        ("he was moved to a PRU in january.", "a PRU"),
        ("there is a whatsapp youth group for the estate.", "whatsapp youth group"),
        ("she plays for a JFC near home.", "a JFC"),
        ("my son goes to scouts and youth club.", "scouts and youth club"),
        # A town's youth club is a place, not a name.
        ("the Wrexham youth club runs a drop-in.", "Wrexham youth club"),
    ],
)
def test_youth_setting_words_without_a_name_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        # A name and an initial, or two letters no word has, dotted.
        ("the pics came from an acct called rhi.t on snap", "rhi.t"),
        ("added to the group by kezza.j last night", "kezza.j"),
        ("SHE POSTS AS TILLYYY.XO ON TIKTOK", "TILLYYY.XO"),
        # A gamer's tag after a dot, in lower case.
        ("yo zorrk.exe send them pics", "zorrk.exe"),
        # A sentence written as an account name.
        ("3) LUKE.IS.A.LIAR - INSTAGRAM", "LUKE.IS.A.LIAR"),
        ("page called mr.k.is.a.fraud on insta", "mr.k.is.a.fraud"),
    ],
)
def test_dotted_handles_are_redacted(text: str, handle: str) -> None:
    assert "USERNAME" in covered(text, handle)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Words run together at a missing space, files, titles and acronyms.
        ("she went home.he said he would call", "home.he"),
        ("she said no.ok then, fine", "no.ok"),
        ("he opened virus.exe by mistake", "virus.exe"),
        ("on the U.S.A trip last year", "U.S.A"),
        ("apps e.g. snapchat", "e.g."),
    ],
)
def test_dotted_words_that_are_no_handles_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Welsh streets that name their kind and "the" first, in either case.
        ("address on file 7 Maes y Coed, Bala LL23 7ZZ.", "7 Maes y Coed"),
        ("she told him her road, Llys yr Onnen. we rang", "Llys yr Onnen"),
        ("he stays with his nan (Pant y Wern flats) at weekends", "Pant y Wern flats"),
        ("lives at 9 cwrt y nant, bangor", "9 cwrt y nant"),
        # A street's quarter after the street word.
        ("lives with her aunt at 41c Holloway Green West. will call", "41c Holloway Green West"),
        # A room in a placement before the house number.
        ("placed at Room 2, 18 Alder Road, Luton", "Room 2, 18 Alder Road"),
        # A house named for what the building once was.
        ("the party at the Old Rectory, Shenley was filmed", "the Old Rectory"),
    ],
)
def test_welsh_streets_quarters_rooms_and_old_houses_are_redacted(text: str, address: str) -> None:
    assert "ADDRESS" in covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we walked to the maes for the eisteddfod", "the maes for"),
        # A town's quarter after a street belongs to the town.
        ("lives at 12 High Street North Shields now", "North Shields"),
        # An old building in lower case, or a court.
        ("the old mill is where they meet", "the old mill"),
        ("the Old Bailey heard the case", "the Old Bailey"),
    ],
)
def test_words_near_those_address_kinds_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


def test_a_first_name_that_is_a_welsh_place_word_is_no_address() -> None:
    # "Bryn" with no "y" or "yr" after it is the name it also is.
    text = "Bryn Tomos rang about the pictures."
    assert covered(text, "Bryn Tomos") == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A town named with hyphens, a place of places.txt beside its other name.
        ("we're a small primary near Hutton-le-Hole (Ryedale side)", "Hutton-le-Hole"),
        ("a farm outside Barton-in-Fabis, Notts", "Barton-in-Fabis"),
        ("a 14 year old victim, Derry/Londonderry, who was extorted", "Londonderry"),
        # Plurals of acronyms in capitals.
        ("Instagram DMs, typed out by the caller:", "DMs"),
        ("he sent GCs and DMs to her", "GCs and DMs"),
        # A form's empty answer.
        ("Your role: PARENT\nOrganisation: N/A\nEmail: x@example.org", "Organisation: N/A"),
        # Roles of everyday capitalised words, in English or Welsh.
        ("Referrer: Aled Rhys, Swyddog Diogelu (Safeguarding Officer)", "Swyddog Diogelu"),
        ("Caller: Nia Hopkin, Learner Support Officer, Tregaron", "Learner Support Officer"),
        ("Referrer: Iona Baird, Pupil Support Assistant", "Pupil Support Assistant"),
    ],
)
def test_places_acronym_plurals_and_roles_survive(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A school named after a hyphenated town is still a school.
        ("his school (Stoke-on-Trent Academy) in the bio", "Stoke-on-Trent Academy"),
        # A name before a role is still a name.
        ("Nia Hopkin Support Worker rang", "Nia Hopkin"),
        # One capital and "s" is a title or a name, not an acronym's plural.
        ("Ms Jenkins said the DSL knows", "Jenkins"),
    ],
)
def test_names_beside_those_kinds_are_still_redacted(text: str, span: str) -> None:
    assert covered(text, span)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # A date of birth written the Chinese, Japanese or Korean way, after a birth cue.
        ("Her son was born 2012年11月3日 in Leeds.", "2012年11月3日"),
        ("DOB: 2010년 7월 21일 (from the form)", "2010년 7월 21일"),
        ("生日: 2009年1月30日", "2009年1月30日"),
    ],
)
def test_dates_of_birth_in_east_asian_form_are_redacted(text: str, date: str) -> None:
    assert "DATE_OF_BIRTH" in covered(text, date)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # No birth cue, or a year no child was born in.
        ("the meeting moved to 2025年3月8日 in the end", "2025年3月8日"),
        ("the card was dated 2011年3月8日 by the sender", "2011年3月8日"),
    ],
)
def test_east_asian_dates_without_birth_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out
