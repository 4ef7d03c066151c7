"""Round BD: what sets CG and CH showed, by kind (invented sentences).

Redacted: a first name found alone and the kept word after it that is a common surname
("Harriet Church"); a first name and a surname that is also a street's word, as a person, not
an address ("Marie Hill", "Harriet Green"); a quoted group's name held by someone's
possessive ('"Baird's Bin Bags"') or by a surname the text gives a person ("Ruby Hargreaves
... "The Hargreaves Crew""); a youth work project named as such ("Craigbrae Youth
Action", "Ardmore Children's Project").

Kept: a word protected.txt says no one is called, found alone as a person ("PSNI or
Gardaí?"); a town field's value with its county in brackets ("Town: Keady (Co. Armagh)");
Scots words in chat ("ya wee fud", "ye ken"); a town ending in "s" that names a school too,
standing alone ("Dumfries Academy ... – Dumfries": no possessive's "s" to cut); a shop with a
possessive after "the" ("the McDonald's car park"); courts ("Leeds Crown Court"); a town
before a police unit ("Preston CID"); an island before a dash ("on Barra - tiny school"); a
place before a station ("the Pool Meadow bus station"); firms and takeaways named by their
trade ("Swift Cabs", "Chicken Palace"); Welsh names of Welsh areas and Scotland's council
areas ("Sir Gâr", "Argyll and Bute"); Welsh words a text opens with ("Rydym", "Dwi'n"); "ysgol
gynradd" (a primary school) with no name of its own; a place before a lower-case park or a
ferry terminal ("Hengrove park", "the Stornoway ferry terminal"); names given as a kind's
examples in quotes ('girls' names ("Emily", "Sophie")'); a famous name by what is said of it
("the next Adele", "a Stephen King reference"); an app, a museum and a shop of two words
("Yik Yak", "Victoria and Albert Museum", "Victoria's Secret"); a brand that is a name listed
beside a platform ("Alexa and Google Nest").
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities
from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The TA follows their child (Zara, Reception) on Instagram.", "Zara"),
        ("Kind regards,\nMarjorie Church\nAttendance Officer", "Church"),
        ("Well done to Tobias Church (age 9) for his poem.", "Church"),
        ("I'm a youth worker at Craigbrae Youth Action and we have a lad", "Craigbrae"),
        ("Referral from Ardmore Children's Project, worker Aled", "Ardmore"),
        ('Staff found a WhatsApp group named "Quayle\'s Bin Men" with edited photos.', "Quayle"),
        (
            'Her son, Milo Pettigrew, runs a YouTube channel "The Pettigrew Crew" from home.',
            "The Pettigrew Crew",
        ),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I'm a childminder in Leek (Janet Hill, husband Trevor). We have", "Janet Hill"),
        ("Many thanks,\nHarriet Green\nDeputy Head", "Harriet Green"),
    ],
)
def test_person_not_address(text: str, person: str) -> None:
    start = text.index(person)
    found = {(e.start, e.end): e.type for e in find_entities(text)}
    assert found.get((start, start + len(person))) == "PERSON", found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Dad asked who deals with it, PSNI or Gardaí?\n- told him both can", "Gardaí"),
        ("Sgt Pryor will liaise with Gardaí.\n\nMum said the account is gone.", "Gardaí"),
        ("Role: Parent\nTown: Keady (Co. Armagh)\nEnquiry:\nMy son is 12", "Keady"),
        ("Emmanuel Church Leeds runs the youth club.", "Church Leeds"),
        ('A server called "Russia vs Ukraine" where the boys play, Harrison says.', "Ukraine"),
        ("Rab_09: shut up ya wee fud\nKyle_mc: naw you shut it", "wee fud"),
        ("jamie_2011: ye ken what kind lol\nkirsty.x: am only 13", "ken"),
        (
            "Subject: Fake account messaging teenagers – Dumfries\n\nPupils at Dumfries "
            "Academy have had messages from it.",
            "– Dumfries",
        ),
        ("She was dropped off outside the McDonald's on the ring road.", "McDonald's"),
        ("The hearing is listed at Cardiff Crown Court in March.", "Cardiff Crown Court"),
        ("DC Amir Latif\nCumbria Police | Lancaster CID\n01524 496 0000", "Lancaster CID"),
        ("We are a small primary on Barra - 20 pupils.", "Barra"),
        ("He meets them at the Broad Marsh bus station after school.", "Broad Marsh"),
        ("Her taxi driver (Kevin Rowe, Apex Cabs) added her on Snapchat.", "Apex Cabs"),
        ("Our P5 teacher covers Argyll and Bute schools.", "Argyll and Bute"),
        (
            "Dwi'n athrawes. Rydym yn ysgol gynradd yn Sir Benfro.",
            "Dwi'n athrawes. Rydym yn ysgol gynradd yn Sir Benfro.",
        ),
        ("There was a fight at Hengrove park on Friday.", "Hengrove"),
        ("Pupils were filmed at the Stornoway ferry terminal.", "Stornoway"),
        ('Romance scams use English girls\' names ("Chloe", "Megan") and stock photos.', "Chloe"),
        ("Everyone says she will be the next Adele.", "Adele"),
        ("His username is a Stephen King reference.", "Stephen King"),
        ("Some Year 12s are posting about staff on Yik Yak again.", "Yik Yak"),
        ("Our nursery children chat to Alexa and Google Home at home.", "Alexa"),
        (
            "Her bag went missing on a trip to the Victoria and Albert Museum.",
            "Victoria and Albert",
        ),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)
