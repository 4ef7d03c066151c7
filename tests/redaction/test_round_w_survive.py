"""Round W's must-survive words (issue 9): the town or area that fast call notes write
straight after a lower-case name or school ("dsl gwenno rhyl,", "st aelred's hexham)"), the
town or village at an address's end ("..., Heol y Dderwen, Llanfyllin, SY22 5ZZ"), a role
written beside a name ("Nerys, FLO", "owner ..." before a nursery's name), chat words run
into a name ("yh kian", "summat"), a brand that is a name after "speakers like", and a
city's youth club in lower case. Every sentence here is invented, and each class has hard
negatives: towns are surnames too ("caller: ellie thornbury,"), a title's town is his name
("spoke to mr bangor"), a hyphenated surname stays whole, a school or address named after
its place keeps it, a village's youth club is a name.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered, held_whole


def kept(text: str, phrase: str) -> bool:
    """Whether no entity found in text touches phrase (its first place)."""
    start = text.index(phrase)
    end = start + len(phrase)
    return not any(e.start < end and e.end > start for e in redact(text).entities)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.type) for e in redact(text).entities]


SURVIVE = [
    # A city or larger town after a lower-case first name, at a clause's end.
    ("dsl gwenno rhyl, yr 9 boy sharing pics on snap. advised report", "rhyl"),
    ("mum tegwen bangor. son cai yr6 on roblox with adult.", "bangor"),
    # Any town after a first name and a surname.
    ("caller pete hargreaves ludlow, foster carer. yp jordan missing again", "ludlow"),
    # A county's or city's short form, and a word before one after a first name and surname.
    ("PC dhillon staffs police re yr11 at oakmere academy", "staffs"),
    ("dad kwame asante bulwell nottm. son tyler yr8 on discord", "bulwell"),
    ("dad kwame asante bulwell nottm. son tyler yr8 on discord", "nottm"),
    ("dsl priya (greenholme park, bham) rang re yr9 boy", "bham"),
    # A town after a lower-case school's name and before a clause's end.
    ("caller rhian dsl at ysgol glan morfa prestatyn. yr8 girl sent pics", "prestatyn"),
    ("call w/ ross (dsl, st aelred's hexham) - s3 girl upset", "hexham"),
    ("yw ceri at brynhyfryd comp Llanelli. lad 14 groomed on snap", "Llanelli"),
    # The town or village at an address's end, before its postcode or a clause's end.
    ("Address: Ty Carreg, Ffordd y Capel, Llanwenog, SA40 9ZZ. Mum aware.", "Llanwenog"),
    ("Address: Thistle Cottage, Lochgoilhead, Argyll PA24 8ZZ", "Lochgoilhead"),
    ("Address: Bryn Teg, Heol Fawr, Cwmbrân, NP44 7ZZ", "Cwmbrân"),
    ("Home: Maes y Coed, Ffordd Newydd, Llandeilo Fawr SA19 6ZZ", "Llandeilo Fawr"),
    # A role's short form in capitals after a name and a comma.
    ("Can someone ring me back about the trip photos? – Nerys, FLO", "FLO"),
    ("Please advise on the P6 group chat. Fiona Baird, HT", "HT"),
    ("Referrer: Aisling Duffy, HR, Westbrook Academy", "HR"),
    # A post before a nursery's name, and a nursery that starts a role.
    ("nadia owner little sprouts day nursery. parent posting pics", "owner"),
    ("sian nursery manager at sunflower tots. staff sharing pics", "nursery"),
    # Chat words run into a name.
    ("[20:14] Kez: yh kian sent it to everyone", "yh"),
    ("[20:14] Kez: lol ur such a harvey simp", "simp"),
    ("becca_x: is it jodie or summat. dunno", "summat"),
    ("advised mfh protocol and a return interview", "mfh"),
    # A brand that is a name, after a kind of product and "like".
    ("We would like a talk on smart speakers like Alexa and tablets.", "Alexa"),
    # A city's youth club in lower case.
    ("yth wkr dylan from wrexham youth club. lad 13 groomed", "wrexham youth club"),
    # Things young people send and do, and activities, after a name or where one stands.
    ("[21:03] Lexi: omg thats courtneys nudes isnt it", "nudes"),
    ("a man has been giving her and tia vapes + lifts", "vapes"),
    ("some girls at macy's sleepover took pics of her", "sleepover"),
    ("[16:02] Jo: girl from netball\n[16:03] Dad: who?", "netball"),
    ("a session on photographing children at galas, please", "galas"),
    # A verb and "the school", "handle" as a verb.
    ("a parent has been livestreaming the school gate at pick-up", "livestreaming the school"),
    ("training for volunteers on how to handle disclosures. Thanks", "disclosures"),
    # A region; Scots "from" before a town; a town and its lads as a server's name.
    ("Good morning, EA Southern Region here. A pupil's image was shared.", "Southern Region"),
    ("07700900123: the lad fae Falkirk?? lol", "Falkirk"),
    ('caption "kayla fae port glasgow high" on the post', "fae"),
    ("The server is called Llandovery Lads, invite link attached.", "Llandovery Lads"),
    # A quoted group's name of everyday words after its kind.
    ('it started in a discord called "the hideout" - invite attached', "the hideout"),
    ("FYI the page 'Lion Pack Banter' on TikTok is nothing to do with us.", "Lion Pack Banter"),
    # A group's word after a school's name and a year group ("chill", "bants").
    ('We had a server called "Glenmarsh Year 9 chill" where a user posted', "Year 9 chill"),
    # A shop named with a possessive, after a preposition of place.
    ("A man in a white car took them to McDonald's in Croydon.", "McDonald's"),
    ("they met outside Sainsbury's on friday", "Sainsbury's"),
    # The town before a house's number in an address's finding.
    ("I'm worried. We're in Gateshead, 22 Coatsworth Road, NE8 1ZZ. Thanks", "Gateshead"),
]


@pytest.mark.parametrize(("text", "phrase"), SURVIVE)
def test_must_survive_words_are_left(text: str, phrase: str) -> None:
    assert kept(text, phrase), found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The people, schools and streets before the place still go.
        ("dsl gwenno rhyl, yr 9 boy sharing pics on snap. advised report", "gwenno"),
        ("caller pete hargreaves ludlow, foster carer. yp jordan missing again", "pete"),
        ("caller pete hargreaves ludlow, foster carer. yp jordan missing again", "hargreaves"),
        ("PC dhillon staffs police re yr11 at oakmere academy", "dhillon"),
        ("dad kwame asante bulwell nottm. son tyler yr8 on discord", "kwame asante"),
        ("caller rhian dsl at ysgol glan morfa prestatyn. yr8 girl sent pics", "glan morfa"),
        ("call w/ ross (dsl, st aelred's hexham) - s3 girl upset", "st aelred's"),
        ("Address: Ty Carreg, Ffordd y Capel, Llanwenog, SA40 9ZZ. Mum aware.", "Ty Carreg"),
        ("Address: Ty Carreg, Ffordd y Capel, Llanwenog, SA40 9ZZ. Mum aware.", "Ffordd y Capel"),
        ("Address: Thistle Cottage, Lochgoilhead, Argyll PA24 8ZZ", "Thistle Cottage"),
        ("Address: Bryn Teg, Heol Fawr, Cwmbrân, NP44 7ZZ", "Heol Fawr"),
        ("Please advise on the P6 group chat. Fiona Baird, HT", "Fiona Baird"),
        ("Referrer: Aisling Duffy, HR, Westbrook Academy", "Aisling Duffy"),
        ("nadia owner little sprouts day nursery. parent posting pics", "little sprouts"),
        ("sian nursery manager at sunflower tots. staff sharing pics", "sian"),
        ("[20:14] Kez: yh kian sent it to everyone", "kian"),
        ("[20:14] Kez: lol ur such a harvey simp", "harvey"),
        ("[21:03] Lexi: omg thats courtneys nudes isnt it", "courtneys"),
        ("some girls at macy's sleepover took pics of her", "macy"),
        ('caption "kayla fae port glasgow high" on the post', "kayla"),
        ("I'm worried. We're in Gateshead, 22 Coatsworth Road, NE8 1ZZ. Thanks", "22 Coatsworth"),
        ('We had a server called "Glenmarsh Year 9 chill" where a user posted', "Glenmarsh"),
        # A surname that is a shop's name, as someone's.
        ("Mr McDonald's car was outside the school again.", "McDonald"),
        ("she said McDonald's son was there too", "McDonald"),
    ],
)
def test_names_beside_them_still_go(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # Towns are surnames: a small town after a first name alone stays the surname.
        ("caller: ellie thornbury, dsl at st bede's. yr 7 boy", "ellie thornbury"),
        ("13 yr old boy, ricky hartley, on CP plan", "ricky hartley"),
        # A surname joined to a town by a hyphen is one surname.
        ("caller jess wrexham-jones, dsl, re yr 10 girl", "jess wrexham-jones"),
        # A listed name is not cut for its town ("Preston").
        ("spoke to amy preston, she is the dsl", "amy preston"),
        # A chain's academy is named by its town.
        ("lad at harris academy sutton. being groomed on snap.", "harris academy sutton"),
        # A place named like a street after a house's number is the street's ("Loch Ness").
        ("Address: 4 Glebe Road, Loch Ness, PA24 8ZZ", "4 Glebe Road"),
        # A name before a house's number in an address's finding keeps the address whole
        # (a town's name is a surname too: "Armitage").
        (
            "Victim: Ellis Armitage, 15, DOB 01/02/2010, Station Road, Penrith CA11 7ZZ",
            "Ellis Armitage",
        ),
        # A quoted group's name with a word no list or English knows stays whole.
        ('a Facebook group called "Oduyemi Must Go" about our teacher', "Oduyemi Must Go"),
        # A channel's name is its owner's account.
        ('uploaded by channel "Kernow Scraps" last week', "Kernow Scraps"),
        # A village's youth club, or a small town's, is a name.
        ("bex from kingsbury youth centre here, we run a talk", "kingsbury youth centre"),
    ],
)
def test_hard_negatives_stay_whole(text: str, whole: str) -> None:
    assert held_whole(text, whole), found(text)


def test_a_title_before_a_town_keeps_the_town_as_his_name() -> None:
    """ "spoke to mr bangor": the title's name, no one's town."""
    text = "spoke to mr bangor, head of year 9, re the group chat"
    assert covered(text, "bangor")


def test_a_listed_name_in_capitals_after_a_name_and_comma_is_a_role_only_if_it_is_one() -> None:
    """ "FLO" is a role and "Flo" a name: written in capitals after a name and a comma, a
    role's short form survives; a listed name that is no role in capitals does not."""
    assert kept("Thanks for your help – Gwenllian, FLO", "FLO")
    assert covered("Thanks for your help. Gwenllian, EVIE", "EVIE")


def test_a_school_nurse_after_a_school_name_keeps_the_school() -> None:
    """ "st john's school nurse": the school is named with "school", not a first name."""
    text = "call from st anselm's school nurse re yr 8 girl"
    assert covered(text, "st anselm's")
