"""Round CE: what set FK (international pupils at boarding schools, their guardians and host
families; Korean, Japanese, Thai, Malaysian, Hong Kong and Gulf families) showed, by kind
(invented sentences).

Kept (each fails before the round): a city abroad of a million people or more, of two words,
wherever it stands ("from Kuala Lumpur, Aiman", "from Abu Dhabi"); fan platforms, a game's
world, a shop and anime characters known by one name ("on Weverse", "fan art of Gojo");
Korean, Malay and Tamil kin words of address ("sorry eomma", "salam adik"); a Thai title
before a name ("Khun Nok": the name alone is found). And, as before, a name after such a title
is still found.

Found (part 2, each fails before it): a name in another script in quotes, glossed with its
reading before a name found ('"지아" is Jia Kwon'), and wherever the text writes it again,
inside a run of Thai or kana too; the reading glossed in turn ('"ตาล" is Tan (Wilai
Sookjai)'); a nickname in quotes glossed with a person found beside it, a charity's name too
('Narin ("Mind")', '"Boat" (Somchai Rakdee)'), or one word opening a list's line before the
full name it opens ("- Lucky (Luqman Shah)"), and wherever the text writes it again. Not a
role or a relation so glossed ('"Mum" (Tessa Vine)', 'Jo Reid ("DSL")'). Initials listed in
brackets after girls or pupils, one of them a short form too ("two girls (KL and MB)"). Kept:
a trainee in brackets after a name ("Amy Hart (trainee)"; an intern was kept before); a
country written short ("Mum (Korea):"); a guardianship or homestay agency named with a first
name ("Ivy Guardianship", "Pearl River Guardians", "Rowan Homestays"); Islam's branches and
the peoples of Kashmir and Sylhet ("he is Shia", "Pakistani (Kashmiri)"), a closing salaam
and a gift of Eid ("Wassalam,", "Eidi money"), and more Urdu in Latin script.

Found (part 5, each fails before it): a street whose first word is kept elsewhere, after "on"
("his barbers on High Road", "the café on Church Street, Edmonton"), and a street of "Lanes"
("a kebab shop on Green Lanes"); a youth and community centre, a setting ("the youth club is
Wolverton Youth & Community Centre"). Kept, as before: "the High Street".
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.cases import assert_found_whole, assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Y9 boarder from Kuala Lumpur, Harith, is upset about a post.", "Kuala Lumpur"),
        ("Her father rang the school from Abu Dhabi, furious.", "Abu Dhabi"),
        ("He met the man on Weverse and then on Telegram.", "Weverse"),
        ("She draws fan art of Gojo and posts it on X.", "Gojo"),
        ("Min-jae: sorry eomma im at football", "eomma"),
        ("Hakim: salam adik. you coming later?", "adik"),
        ("The chat was translated by Khun Ploy, one of our house staff.", "Khun"),
        ("Ji-ho: im at football\nMum (Korea): why you not answer", "Korea"),
        ("Tom Reyes (guardian, Ivy Guardianship) rang at ten.", "Ivy Guardianship"),
        ("I write on behalf of Pearl River Guardians about our student.", "Pearl River Guardians"),
        ("She hosts two girls through Rowan Homestays.", "Rowan Homestays"),
        ("He was left out by boys from another mosque because he is Shia.", "Shia"),
        ("Ethnicity: Pakistani (Kashmiri)   Language: English / Pahari", "Kashmiri"),
        ("as the boys may show it in school.\n\nWassalam,\nAbdul Qayyum", "Wassalam"),
        ('It promises iPhones and "Eidi money" if they join.', "Eidi"),
        ("sir please abbu ko na batana wo bohot pareshan ho jayenge", "pareshan ho jayenge"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_name_after_title_still_found() -> None:
    """The round's guard: the name after a kept title is found, as before the round."""
    assert_found_whole("The chat was translated by Khun Ploy, one of our house staff.", "Ploy")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('[지아]: 언니 사진 지워줘\n\nNote: "지아" is Jia Kwon, Y10.', "지아"),
        ('Earn: เจอพี่ฝนที่ร้าน\nHouse note: "พี่ฝน" is Fon (Suda Chaiyo), Y12.', "พี่ฝน"),
        ('yuki: ひなたちゃん見た?\nNote: "ひなた" is Hinata (Ono Hinata), Year 9.', "ひなた"),
    ],
)
def test_name_in_other_script_glossed(text: str, secret: str) -> None:
    """Gone wherever it stands, inside a run of its script too."""
    out = redact(text).text
    assert secret not in out, out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('House note: "ตาล" is Tan (Wilai Sookjai), Y12, 17.', "Tan"),
        ('Panel: Narin ("Mind"), Y10, and Lena, Y11.\n- Mind said the posts were daily.', "Mind"),
        ('Boarder "Boat" (Somchai Rakdee), Y11. Boat lost £900 to the group.', "Boat"),
        ("Volunteers:\n- Lucky (Luqman Shah) - DBS 03/24\n- Zeb (Zubair Khan)", "Lucky"),
        ("We spoke to two girls (KL and MB) who deny it. MB was upset.", "MB"),
    ],
)
def test_glossed_nickname_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Call "Mum" (Tessa Vine) before six.', "Mum"),
        ('Jo Reid ("DSL") will ring you back.', "DSL"),
        ("Staff:\n- Manager (Mark Jones)", "Manager"),
    ],
)
def test_glossed_role_kept(text: str, kept: str) -> None:
    """The round's guards: a role or a relation glossed with a name stays."""
    assert_kept(text, kept)


@pytest.mark.parametrize(
    "text",
    [
        "Present: Amy Hart (trainee), Sasha Obi, Will Dent",
        "We met Priya Shah (intern) at the hub.",
    ],
)
def test_trainee_kept(text: str) -> None:
    assert_kept(text, "(trainee)" if "trainee" in text else "(intern)")


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("He offered £50 for a hair shoot at his barbers on High Road.", "High Road"),
        ("The café is her parents' business on Church Street, Edmonton.", "Church Street"),
        ("There was a fight at a kebab shop on Green Lanes after Eid.", "Green Lanes"),
    ],
)
def test_street_after_on_found(text: str, street: str) -> None:
    assert_redacted(text, street)


def test_youth_and_community_centre_found() -> None:
    assert_found_whole(
        "The youth club is Ashdene Youth & Community Centre, on the estate.",
        "Ashdene Youth & Community Centre",
    )


def test_the_high_street_kept() -> None:
    """The round's guard: the high street of a town is no one's address."""
    assert_kept("They hang around on the High Street after school.", "High Street")
