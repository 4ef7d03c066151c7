"""Kinds of false alarm the round on set M's precision dealt with (police ranks written short,
roles and form headings, youth groups, harm and chat words, platform shorthand, Welsh form
words, consent tests, public figures, places of more than one word), each in sentences written
afresh (not M's), with hard negatives: the same words beside a real name, which still goes."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Police ranks written short, before a name or alone.
        ("From: DC Imelda Quarrington <iq@example.police.uk>", "DC"),
        ("I am a DC in the child abuse team.", "DC"),
        ("Det Insp Bartholomew Yarwood called back.", "Det Insp"),
        # Roles and headings of forms and mail.
        ("Victim's mum rang again this morning.", "Victim"),
        ("Enquiry\nName: Ottoline Parkhurst\nRole: teacher", "Enquiry"),
        ("Supply teacher: Casimir Wendlebury", "Supply"),
        ("- Philippa, Guidance", "Guidance"),
        (
            "Tobias Ferncastle, Principal Teacher Guidance, Anytown Academy",
            "Principal Teacher Guidance",
        ),
        ("Hollis Marchbank\nNeighbourhood Policing, Anytown", "Neighbourhood Policing"),
        # Youth groups named by their kind.
        ("Scouts leader here, one of our Explorers sent this.", "Scouts"),
        ("a boy in the Scout section shared it", "Scout section"),
        ("Organisation: Youth service, Anytown", "Youth service"),
        (
            "a worker from the foster carers association asked for training",
            "foster carers association",
        ),
        ("training for staff who work with looked after children", "looked after children"),
        # Harm and chat words that open a line with a capital.
        ("Sextortion: boy of 15 paid £50.", "Sextortion"),
        ("Topic: Sextortion", "Sextortion"),
        ('they call it "ODing" in those games', "ODing"),
        ("DM'ing younger players late at night", "DM'ing"),
        ("Hoaxes about the school went round the group.", "Hoaxes"),
        ("he kept calling her cutie in the chat", "cutie"),
        ("someone wrote nonce on his wall", "nonce"),
        # Platform shorthand and school systems.
        ("Accounts:\nIG @not.a.real.handle\nTT @also_not_real", "IG"),
        ("Accounts:\nIG @not.a.real.handle\nTT @also_not_real", "TT"),
        ("the work was set on Moodle last week", "Moodle"),
        ("phones go in Yondr pouches at the gate", "Yondr pouches"),
        # Welsh form words and days.
        ("Dewis iaith: Cymraeg", "Cymraeg"),
        ("Dyddiad: Dydd Llun 9 Medi", "Dydd Llun"),
        ("Gwenllian\nRheolwr Diogelu", "Rheolwr Diogelu"),
        # The tests of a child's capacity to consent.
        ("discussed gillick/fraser with the yp", "gillick/fraser"),
        ("Fraser guidelines apply here", "Fraser guidelines"),
        # Public figures quoted as an influence.
        ("boys quoting Andrew Tate in class", "Andrew Tate"),
        # Places of more than one word no town list holds.
        ("a trip to Loch Lomond in May", "Loch Lomond"),
        ("Our school is in St Helier.", "St Helier"),
    ],
)
def test_words_that_are_no_one_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same words beside a real name: the name still goes.
        ("From: DC Imelda Quarrington <iq@example.police.uk>", "Imelda Quarrington"),
        ("Regards,\nDC Quarrington", "Quarrington"),
        ("Det Insp Bartholomew Yarwood called back.", "Bartholomew Yarwood"),
        ("Supply teacher: Casimir Wendlebury", "Casimir Wendlebury"),
        ("Victim: Persephone Oakhurst, 14", "Persephone Oakhurst"),
        ("Tobias Ferncastle, Principal Teacher Guidance, Anytown Academy", "Tobias Ferncastle"),
        ("Scout leader Ignatius Pembleton sent it", "Ignatius Pembleton"),
        ("Gwenllian Prydderch\nRheolwr Diogelu", "Gwenllian Prydderch"),
        # A surname that is also a consent test, alone as a name.
        ("spoke to Mr Fraser about his son", "Fraser"),
    ],
)
def test_names_beside_those_words_still_go(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A town and its county after a field's cue are no "Surname, Forename".
        ("Name: Tegan, 14\nLocation: Mansfield, Nottinghamshire\nBio: hi", "Mansfield"),
        ("Location: Anytown, Nottinghamshire", "Nottinghamshire"),
        # A word that is never anyone's, written as a mention or quoted, is no account.
        ("📢 @everyone read the new rules", "@everyone"),
        ("ping @here if you see it", "@here"),
        ('a post naming a boy as "nonce" went round', "nonce"),
    ],
)
def test_places_and_everyday_words_are_no_person_or_account(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Hard negatives: a real "Surname, Forename" and a real handle still go.
        ("Action taken by: Quennell, Beverley (DSL)", "Quennell, Beverley"),
        ("Staff: Lincoln, Chelsea (MFL)", "Lincoln, Chelsea"),
    ],
)
def test_surname_forename_still_goes(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


def test_a_real_handle_beside_a_mention_still_goes() -> None:
    text = "@everyone ask @zorrk_not_real99 for the link"
    assert "USERNAME" in covered(text, "@zorrk_not_real99")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Faith settings by their kind, and Prevent's programme, at a sentence's start.
        ("Faith youth group note (church youth leader)", "Faith youth group"),
        ("Faith leaders asked for a session on scams.", "Faith leaders"),
        ("Channel may be the right route for him.", "Channel"),
    ],
)
def test_faith_settings_and_channel_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Faith said her mum knows about the account.", "Faith"),
        ("my daughter Faith Ollerenshaw is 13", "Faith Ollerenshaw"),
    ],
)
def test_faith_as_a_name_still_goes(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)
