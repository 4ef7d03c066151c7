"""Schools, addresses and handles in the slots that say what they are, whatever their words
(issue 9): a school after a post only a school has or a year group, an address with a number
where the text says one stands or before a postcode, a handle without "@" after a word that
says one follows or in a list that holds one. Every sentence is invented for these tables
(every school, street and account made up); each class has hard negatives: the same slots
holding a town, a platform, a team, a shop, a meal or an everyday phrase."""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from tests.redaction.coverage import covered


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # A post only a school has, a comma and the school, in any case.
        ("Query from Ken Madeup, deputy DSL, brindlecombe grange", "brindlecombe grange"),
        ("caller (head of yr 9, fenwick hall), stockport.", "fenwick hall"),
        ("rich (yr 10 tutor, hove meadow) re pupil", "hove meadow"),
        ("rang - deborah (dht, lime tree academy). pe teacher", "lime tree academy"),
        ("priya, mental health lead at quarrendown (Margate).", "quarrendown"),
        ("Asked by the pastoral lead, Caludon Spire.", "Caludon Spire"),
        # A year group, a comma and the school, in brackets.
        ("ethan invented (Year 10, prospect) disclosed an image", "prospect"),
        ("son adam (yr 9, rowton and crimpley) in a fight video", "rowton and crimpley"),
        # A note's "school" and the name, a saint's or with its church's mark.
        ("stockton. school st merrowin.", "st merrowin"),
        ("other girl maisie. school Wrenfold C of E.", "Wrenfold C of E"),
        # Where a child is "fae" (Scots: from), a word English does not know.
        ("shes fae jordanbrae, pure raging", "jordanbrae"),
    ],
)
def test_schools_in_their_slots_are_found(text: str, school: str) -> None:
    assert "SCHOOL" in covered(text, school)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A post's slot holding a town, a person's title, a meal or a platform's words.
        ("Message from the DSL, Leeds.", "Leeds"),
        ("Asked the DSL, Mrs Khan, to call back.", "DSL"),
        ("Spoke to the tutor, at lunch.", "lunch"),
        ("PSHE lead, log on Upshot.", "log on"),
        ("Head of year, report account now.", "report account"),
        # A year group's bracket holding a description, not a school.
        ("a girl (Year 9, female) reported", "female"),
        ("forwarded by (Year 9, original sender)", "original sender"),
        # "from" and "at" before a town, a shop, a team, a meal or words run together.
        ("a man from Leeds messaged him", "Leeds"),
        ("she was at Tesco with her mum", "Tesco"),
        ("he plays for the under 12s at Arsenal", "Arsenal"),
        ("it happened at breaktime near the field", "breaktime"),
        ("they met at lunch and from there walked home", "lunch"),
        ("the prospect of a move worries her", "prospect of"),
        ("the range of apps he uses", "range of"),
        # A "school" note whose words are a day or a platform.
        ("Mum rang. School Monday.", "Monday"),
        ("Spoke to him. School Snapchat group shared.", "Snapchat"),
    ],
)
def test_school_slots_holding_no_school_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A number and capitalised words after "address", whatever the street's last word.
        ("Forced marriage concern. Address 29 Whallow Range, BB1 6EB.", "29 Whallow Range"),
        (
            "placement address Dunroamin, 8 Seacrest Esplanade must not be shared.",
            "Dunroamin, 8 Seacrest Esplanade",
        ),
        ('Our address if you need it 4 Baile an Truiseach, HS2 0QA."', "4 Baile an Truiseach"),
        # A Scottish flat's floor and door before the house number.
        ("Home address 2F1, 14 Ionadale Street, EH6 8SG.", "2F1, 14 Ionadale Street"),
        ("He lives at Flat 3/2, 21 Hyndbrae Road, Glasgow.", "Flat 3/2, 21 Hyndbrae Road"),
        # Before a postcode, the street ends at its word: the town after it is left.
        ("hes at 42 Whetmoor Lane Bradford BD8 9DL", "42 Whetmoor Lane"),
        ("we know u live at 18 Mount Pleasance SA1 6EG.", "18 Mount Pleasance"),
    ],
)
def test_addresses_in_their_slots_are_found(text: str, address: str) -> None:
    assert "ADDRESS" in covered(text, address)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The verb "address", and numbers of everyday things after the noun.
        ("We need to address 3 Key Issues today.", "Key Issues"),
        ("The address 12 Main Points were agreed.", "Main Points"),
        # A year group's number before a postcode is no house ("Year 9 Dr ..." is no street).
        ("Dr Alice Madeup Year 9 Dr Alice Madeup LS6 2XA", "Year 9 Dr"),
        # The town after a street before a postcode stays.
        ("hes at 42 Whetmoor Lane Bradford BD8 9DL", "Bradford"),
    ],
)
def test_address_slots_holding_no_address_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        # An unknown lower-case word after a word that says a handle follows.
        ("Reported by server mod thatguyfredo.", "thatguyfredo"),
        ("linked to males via Snapchat (jadebxxo), one known as Tiny", "jadebxxo"),
        # The next items of a list that holds a handle.
        ("Main accounts: jazz.invented, _evieex.m. Girls we think", "_evieex.m"),
        (
            "names on his phone: trapstar.madeup, yungbagz_z, slidergang917. His nan",
            "slidergang917",
        ),
    ],
)
def test_handles_in_their_slots_are_found(text: str, handle: str) -> None:
    assert "USERNAME" in covered(text, handle)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Brands of everyday words, names' prefixes, a platform made a verb.
        ("He bought a PlayStation and uses FaceTime.", "PlayStation"),
        ("He bought a PlayStation and uses FaceTime.", "FaceTime"),
        ("He's WhatsApping her every night.", "WhatsApping"),
        ("Sent from a MacBook.", "MacBook"),
        # After a handle's cue, words English knows and verbs' forms.
        ("She works as safeguarding lead.", "safeguarding"),
        ("He added me to a group about doxxing.", "doxxing"),
        ("as homework the class wrote a story", "homework"),
        # A list after a handle: follower counts and everyday words are no handles.
        ("posted by kaz_madeup99, 11k, 38k followers", "11k"),
        ("posted by kaz_madeup99, friends and family saw it", "friends"),
    ],
)
def test_handle_slots_holding_no_handle_stay(text: str, kept: str) -> None:
    redacted = redact(text).text
    assert kept in redacted, redacted
