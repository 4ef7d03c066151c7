"""Classes the round on set H dealt with, each in sentences written afresh (not H's): words
that must survive (places, acronyms, games' products and places, subreddits, year groups in
a chat's name, plants and idioms whose word is also a name), schools named by context, names
in notes in lower case, and streets without a number."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Towns in lower case or capitals after a role, in brackets, alone in a note.
        ("spoke to sgt amara cole (pcso macclesfield) re the video.", "macclesfield"),
        ("detached youth worker scunthorpe - lad of 15 groomed on snap.", "scunthorpe"),
        ("girl sent images to an older boy. harrogate. police aware.", "harrogate"),
        ("WE LIVE IN NORTH TYNESIDE AND THE SCHOOL KNOWS", "NORTH TYNESIDE"),
        ("The family moved to Stoke on Trent last spring.", "Stoke on Trent"),
        ("Her nan lives in Bolton-upon-Dearne now.", "Bolton-upon-Dearne"),
        # Titles and roles stay beside a name.
        ("This is Sgt Keeley Nwachukwu from the cyber team, about a report.", "Sgt"),
        ("Best wishes\nDami Oyelaran PCSO schools officer", "PCSO"),
        # Acronyms of data protection and language support.
        ("Mrs Abara (EAL coordinator) translated the messages.", "EAL"),
        ("Does GDPR let us keep the screenshots on the pupil's file?", "GDPR"),
        # Products and places in games; subreddits.
        ("He spent £40 of my card on Minecoins and V-Bucks.", "Minecoins"),
        ("They meet up in Bloxburg and Adopt Me after school.", "Bloxburg"),
        ("A thread on r/AskUK and another on r/LegalAdviceUK named the school.", "r/AskUK"),
        # A group or server named by a year group and everyday words.
        ('The class set up a WhatsApp group called "Year 7 Gamers" over the summer.', "Year 7"),
        ('A Discord server "Lunchtime Chess Club" was used to share it.', "Lunchtime Chess Club"),
        # Plants as class names; idioms whose first word is a name.
        ("Our classes are named after trees: Rowan, Willow, Juniper and Hazel.", "Willow"),
        ("Houses this year are Kestrel, Robin, Wren and Heron.", "Robin"),
        ("Sadly, there were rich pickings for the scammer in her DMs.", "rich pickings"),
        ("My patience is wearing thin with the platform.", "patience"),
        ("Then the penny dropped that it was a fake account.", "penny dropped"),
        ("Can I ask a frank question about sharing images?", "frank question"),
    ],
)
def test_words_that_must_survive_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same words as names stay names.
        ("Willow, Hazel and Rowan sent the pictures to the group.", "Willow"),
        ("Lily, Daisy and Poppy were all in the chat.", "Daisy"),
        ("pupils named: lily, daisy and poppy", "daisy"),
        ("Dami Oyelaran PCSO schools officer", "Dami Oyelaran"),
        ("Our teacher, miss holt, saw the post first.", "holt"),
        ('The page called "Mr Okorie Is A Fraud" has 200 followers.', "Mr Okorie Is A Fraud"),
    ],
)
def test_the_same_words_as_names_are_redacted(text: str, name: str) -> None:
    assert covered(text, name)


def test_a_group_name_that_repeats_a_school_in_the_text_is_an_account() -> None:
    text = 'She goes to Larkspur Vale Academy. A page called "Larkspur Vale exposed" is up.'
    assert "USERNAME" in covered(text, "Larkspur Vale exposed")


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # A year group with the school after it, or "at" between.
        ("boy is y8 at the larches, mum rang in tears.", "the larches"),
        ("Report from a parent of a girl in Year 9 at Cotterell Vale.", "Cotterell Vale"),
        ("A boy at Wrenbury Year 10 posted it first.", "Wrenbury"),
        ("Kacper (Year 8, St Aidan's) says the account is fake.", "St Aidan's"),
        ("CHILD: OLA YEAR 6 ST WILFRIDS", "ST WILFRIDS"),
        ("spoke to nadia (yr 9 brackenholme) about the video.", "brackenholme"),
        ("mum sandra - son kyle y5 st cuthbert's. chain message about a ghost.", "st cuthbert's"),
        # A role and the school in a note.
        ("bryony (dsl ashworth grange) - fake account of a TA.", "ashworth grange"),
        ("dev (darren) head of year kelbrook. pupil shared a video.", "kelbrook"),
        # "school X" in a note; a saint's name standing alone after a child or a role.
        ("scam via vinted. school corpus christi leyton. police told.", "corpus christi"),
        ("girl lost £30 to a fake seller. school ravenscar brow. mum will call.", "ravenscar brow"),
        ("Kayla Dunne (03.03.2011) St Wulstan's, Wigan. Sent images to an adult.", "St Wulstan's"),
        ("Please call Dan (site manager), St Oswin's, on the office line.", "St Oswin's"),
        # Clubs and youth sides as settings.
        (
            "Concern raised by the coach of Kirkby Wanderers Youth about a parent.",
            "Kirkby Wanderers Youth",
        ),
        ("Club: Tanfield Harriers juniors", "Tanfield Harriers"),
        # After a child's date of birth.
        ("daughter maisie (02.02.2012) at brookfold junction. chat on roblox.", "brookfold"),
    ],
)
def test_schools_and_settings_by_context_are_redacted(text: str, school: str) -> None:
    assert covered(text, school)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mr Day and Mrs Khan (both Year 7 tutors) got the same message.", "tutors"),
        ("Action: Head of Year informed; phone taken.", "informed"),
        ("Subject: school contact for a referral", "school contact for a referral"),
        ("mum on the school run today. school gate chat about it.", "school run today"),
        ("moved from Leeds to St Helens, then to St Ives.", "St Helens"),
        ("Club: Tanfield Harriers juniors", "juniors"),
        ("WE LIVE IN NORTH TYNESIDE AND THE SCHOOL KNOWS", "NORTH TYNESIDE"),
    ],
)
def test_words_near_schools_that_are_no_school_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A short name and the full one in brackets, whatever the words mean elsewhere.
        ("her son cal (callum brierley, year 8) is being targeted.", "callum brierley"),
        ("mark (mark o'halloran) head of year rang back.", "mark o'halloran"),
        ("dad says will (will tennant) is the one posting.", "will tennant"),
        ("daughter joy (joy adebayo yr 9 ...) added to a group.", "joy adebayo"),
        # A caller's full name after the slot; "o'" surnames.
        ("caller: shay o'rourke, foster carer, wigan team", "shay o'rourke"),
        ("caller: margie pennock 01632 960 111 nan", "margie pennock"),
        # After a year group, a family bracket, a lad or lass.
        ("tutor (pastoral lead) rang - year 9 kaden getting threats.", "kaden"),
        ("fri pm. bernie (parent) - son out late, phone taken.", "bernie"),
        ("older lad dougie offering money to carry bags.", "dougie"),
        # Names in quotes after a word that says they are names.
        ('names mentioned: "little j", "smudge" and a boy called ryan', "little j"),
        ('the kids called him "moose" and "stretch" in the chat.', "stretch"),
        ('he is known as "wolfie" online.', "wolfie"),
    ],
)
def test_names_in_notes_are_redacted(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the letter will (will be sent) today.", "will be sent"),
        ('a group chat called "Year 9 chat" was set up.', "Year 9 chat"),
        ('they all play a game called "Among Us" together.', "Among Us"),
        ("year 8 boys were sharing it at lunch.", "boys"),
    ],
)
def test_words_near_names_in_notes_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("the lad knows her address - partridge close, wakefield", "partridge close"),
        ("they hang about near the chippy on tanner lane most nights", "tanner lane"),
        ("seen at the park on mill road with older boys", "mill road"),
        ("kai_x: wat street\nbeth.h: larkspur avenue\nkai_x: ok", "larkspur avenue"),
        ("I THINK THEY LIVE ON FOXGLOVE ROAD DONCASTER DN4 9ZZ", "FOXGLOVE ROAD"),
    ],
)
def test_streets_without_a_number_are_redacted(text: str, address: str) -> None:
    assert "ADDRESS" in covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we met at the shop on the high street after school", "high street"),
        ("I THINK THEY LIVE ON FOXGLOVE ROAD DONCASTER DN4 9ZZ", "DONCASTER"),
        ("ADDRESS 3 WILLOW BANK HD3 9ZZ", "ADDRESS"),
    ],
)
def test_words_around_numberless_streets_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pupils: Ada Kerr 04/05/2015 (Year 4), Willow Hart 01/02/2015 (Year 4)", "Willow Hart"),
        ("Please ring Head Dean Farrow 01632 960 111 after 3pm.", "Dean Farrow"),
        ("Screenshots saved to the shared drive. Police informed.\nJT", "JT"),
        ("Bill in the office has the letters from the parent.", "Bill"),
    ],
)
def test_names_before_numbers_sign_offs_and_staff_by_place(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Call the office on 01632 960 111.\nDSL", "DSL"),
        ("May in the office is always quiet for referrals.", "May"),
        ("We run a Ruby and Python club for Year 8.", "Ruby"),
        ("Autumn is when most of these calls come in.", "Autumn"),
        ("The family lives near Holmfirth now.", "Holmfirth"),
    ],
)
def test_words_near_those_names_stay(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


def test_a_school_named_after_its_village_is_not_kept_as_a_place() -> None:
    text = "the older girls at Greystoke have been sharing it"
    assert covered(text, "Greystoke")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ISSUE: PUPIL KIERAN DOYLE SENT PICS TO AN ADULT", "KIERAN DOYLE"),
        ("FAKE PAGE OF OUR CARETAKER DAI ON FACEBOOK", "DAI"),
    ],
)
def test_names_in_capitals_after_a_role_are_redacted(text: str, name: str) -> None:
    assert "PERSON" in covered(text, name)


def test_a_role_in_capitals_after_a_name_stays() -> None:
    out = redact("NAME KIERAN DOYLE PARENT OF A YEAR 8 PUPIL").text
    assert "PARENT" in out, out


def test_a_town_named_like_a_first_name_before_a_surname_is_a_name() -> None:
    text = "daughter hope (hope oyediran, yr 8) added to a group"
    assert "PERSON" in covered(text, "hope oyediran")
    out = redact("The family live in Hope, near Mold.").text
    assert "Hope" in out, out
