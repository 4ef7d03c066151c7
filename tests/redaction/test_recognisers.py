"""Table-driven tests of each recogniser through redact(): what is found, and what survives."""

from __future__ import annotations

import pytest

from casebook.redaction import redact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.type) for e in redact(text).entities]


PHONES = [
    "07700 900123",
    "07700900123",
    "07700-900-123",
    "+44 7700 900123",
    "+447700900123",
    "+44 (0)7700 900123",
    "0044 7700 900123",
    "0113 496 0123",
    "(0113) 496 0123",
    "0113-496-0123",
    "020 7946 0123",
    "02079460123",
    "01632 960123",
    "01632 960 123",
    "028 9649 6123",
    "029 2018 0123",
    "0121 496 0123",
    "0131 496 0123",
    "0141 496 0123",
    "0151 496 0123",
    "0161 496 0123",
    "0191 498 0123",
    "0118 496 0123",
    "+353 1 555 0123",
]


@pytest.mark.parametrize("phone", PHONES)
def test_phone_formats(phone: str) -> None:
    assert found(f"Please ring {phone} today.") == [(phone, "PHONE")]


@pytest.mark.parametrize(
    "text",
    [
        "Our case reference is 20230145.",
        "It happened on 01/02/2023 at 10:30.",
        "Between 2021-2022 we had 4,078 cases.",
        "Room 0113 is upstairs.",
        "We spent £250 on filtering.",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "email",
    [
        "s.thompson@oakfield.example.sch.uk",
        "head@stmarys-rc.bham.sch.uk",
        "j.hughes@leeds.example.ac.uk",
        "safeguarding@northshire.gov.uk",
        "priya.raman@example.nhs.uk",
        "dad+school@example.com",
        "o'brien.k@mail.invalid",
        "zoë.b@example.invalid",
    ],
)
def test_emails(email: str) -> None:
    assert found(f"Write to {email}, thanks.") == [(email, "EMAIL")]


@pytest.mark.parametrize(
    "postcode", ["LS6 2XA", "M1 1AE", "SW1A 9ZZ", "CF10 1AX", "BT7 1NN", "EH89YL", "bs3 4nd"]
)
def test_postcodes(postcode: str) -> None:
    assert found(f"They moved to {postcode} last year.") == [(postcode, "POSTCODE")]


@pytest.mark.parametrize(
    ("text", "username"),
    [
        ("The page is called oakfield_gossip on Instagram.", "oakfield_gossip"),
        ("his snap is jess.b2010 apparently", "jess.b2010"),
        ("The account @yr9_confessions posts daily.", "@yr9_confessions"),
        ("He goes by xXShadowXx on Roblox.", "xXShadowXx"),
        ("His gamertag is SmokeyJoe2010.", "SmokeyJoe2010"),
        ("the man is Tr1ckyV1c on xbox", "Tr1ckyV1c"),
        ('A review posted by "Concerned Parent 22" names a teacher.', "Concerned Parent 22"),
        ("a player called ghostfox0731 asked for photos", "ghostfox0731"),
    ],
)
def test_usernames(text: str, username: str) -> None:
    assert (username, "USERNAME") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her Instagram account is private now.",
        "His snap is deleted.",
        "Please see the attached file report.pdf and notes.docx.",
        "Save it, e.g. as a screenshot, i.e. evidence.",
        "Pupils in year10 and covid19 catch-up.",
    ],
)
def test_words_that_are_not_usernames(text: str) -> None:
    assert [t for t in found(text) if t[1] == "USERNAME"] == []


@pytest.mark.parametrize(
    "url",
    [
        "tiktok.com/@oakfield.tea",
        "vm.tiktok.com/ZMFq8xYz1/",
        "youtu.be/dQx9aB3kL0Q",
        "https://www.tiktok.com/@x/video/7219876543210",
        "http://schoolgossip.example.com/kingsmead",
        "www.facebook.com/groups/1234567890",
        "discord.gg/AbC123xy",
        "https://www.youtube.com/watch?v=Zx81kPq0aLm",
        "t.me/hot_uk_teens_9",
    ],
)
def test_links_with_or_without_scheme(url: str) -> None:
    assert found(f"See {url}. It is awful.") == [(url, "URL")]


def test_a_platform_front_page_is_not_personal() -> None:
    assert found("Report it at tiktok.com or via gov.uk guidance.") == []


@pytest.mark.parametrize(
    "ip", ["192.0.2.44", "203.0.113.7", "2001:db8::1f", "2001:db8:0:0:0:0:2:1"]
)
def test_ip_addresses(ip: str) -> None:
    assert found(f"Logged from {ip} at night.") == [(ip, "IP_ADDRESS")]


@pytest.mark.parametrize("text", ["At 10:30:15 the bell rang.", "Version 1.2.3 of the app."])
def test_not_ip_addresses(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("DOB: 14/02/2011", "14/02/2011"),
        ("(DOB 05.06.2010)", "05.06.2010"),
        ("date of birth is 3rd May 2012", "3rd May 2012"),
        ("born on 21 September 2009", "21 September 2009"),
        ("d.o.b. 2010-06-30", "2010-06-30"),
        ("gave her date of birth as 17/02/2011", "17/02/2011"),
    ],
)
def test_dates_of_birth(text: str, dob: str) -> None:
    assert found(text) == [(dob, "DATE_OF_BIRTH")]


def test_dates_that_are_not_births_survive() -> None:
    assert found("It started on 14/02/2023 and again on 3 May.") == []


@pytest.mark.parametrize(
    "school",
    [
        "Oakfield Academy",
        "St Mary's RC Primary School",
        "Hollins Park High School",
        "Abbey Grange C of E Academy",
        "Westbrook High",
        "Ysgol Bryn Derw",
        "Our Lady of Lourdes Catholic Primary",
        "Leeds College of Building",
        "St Peter and St Paul Catholic Primary School",
    ],
)
def test_schools_by_name(school: str) -> None:
    assert found(f"I work at {school} in the north.") == [(school, "SCHOOL")]


@pytest.mark.parametrize(
    "text",
    [
        "Our school has a new policy.",
        "She is at a secondary school and the Sixth Form.",
        "The Primary School staff and the Academy Trust met.",
        "The Virtual School Head is involved.",
        "Children's Services, Early Help and the Virtual School Head are involved.",
    ],
)
def test_generic_schools_survive(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("They live at 12 Acacia Avenue now.", "12 Acacia Avenue"),
        ("Post to Flat 4, 27 Mill Lane please.", "Flat 4, 27 Mill Lane"),
        ("He lives on Foundry Street with his uncle.", "Foundry Street"),
        ("Number 9A Station Road was mentioned.", "9A Station Road"),
    ],
)
def test_addresses(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mr Okafor has been impersonated.", ["Okafor"]),
        ("I spoke to Dr Priya Raman today.", ["Priya Raman"]),
        ("mr okafor rang back", ["okafor"]),
        ("A message from Lily-Mae Smith-Jones.", ["Lily-Mae Smith-Jones"]),
        ("We are supporting Mia, aged 13.", ["Mia"]),
        ("My son jayden is 12.", ["jayden"]),
        ("Our pupil Zofia Wiśniewska (13) is upset.", ["Zofia Wiśniewska"]),
        ("Siobhan O'Neill and Chidi Okonkwo were named.", ["Siobhan O'Neill", "Chidi Okonkwo"]),
        ("Regards,\nRhodri ap Gwilym", ["Rhodri ap Gwilym"]),
        ("Kind regards,\nZephyrine Quillfeather\nHeadteacher", ["Zephyrine Quillfeather"]),
        ("Hi Tadhg, thanks for the call.", ["Tadhg"]),
        ("Will, aged 12, was targeted.", ["Will"]),
        ("Grace's mum rang us.", ["Grace"]),
        ("The young person is May (DOB 20/09/2011). May goes by mayx on Kik.", ["May", "May"]),
        ("Mr T. Villiers-Stuart signed it.", ["T. Villiers-Stuart"]),
        ("Names on the list include Aroha, Efa and Jasmin.", ["Aroha", "Efa", "Jasmin"]),
        ("Émilie Dubois and Zoë Martin are in Year 8.", ["Émilie Dubois", "Zoë Martin"]),
        ("The account keeps tagging May and Theo.", ["May", "Theo"]),
        ("May told her form tutor on Monday.", ["May"]),
        ("Hey! Marnie here, safeguarding lead.", ["Marnie"]),
        ("Her social worker is Femi, who is lovely.", ["Femi"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert [t for t, kind in found(text) if kind == "PERSON"] == names


@pytest.mark.parametrize(
    "text",
    [
        "Will you call back?",
        "We hope it will stop.",
        "We break up in May.",
        "Is there a grace period?",
        "To Whom It May Concern",
        "May I ask for an update?",
        "Pupils in Year 9 and the Headteacher, DSL and SENCO.",
        "The Deputy Head reported it to TikTok, Instagram, Snapchat and Roblox.",
        "We used AirDrop, then told the NSPCC, CEOP, Childline and the Police.",
        "Greater Manchester Police and Ofsted were informed on Monday.",
        "It is the Summer term and the Online Safety Bill is law.",
        "Mark scheme aside, we hope things improve.",
        "Hope this helps. Many thanks.",
        "Dear Sir/Madam, Hi all, Hello Team,",
        "Sent from my iPhone",
        "0.3187837\t13\n0.147016\t1\t0.91\n0\n0.0245218\t1",
        "It has handled over 24,000 contacts; ignore what will soon disappear.",
        "Version 0.2697401 of 0113 people",
        "We break up in May and June is exam season.",
        "In May, Year 11 go on study leave.",
    ],
)
def test_words_that_must_survive(text: str) -> None:
    assert redact(text).text == text
