"""Round AG: what got through on sets AM and AN, by kind (invented sentences).

Redacted: initials in a line of who came wherever the line stands (not only first), after "In
attendance:", initials that spell a word before a role in brackets ("TO (Headteacher)"), and
each again where it recurs; the initials of a name found ("JAW" of "Jolene Abara-Whitcombe");
a display name before its handle in brackets, with an emoji, or in angle brackets; "SURNAME,
Forename" with a hyphened forename or before a date of birth; a network login with its
domain; lower-case initials with an Irish O' ("d.o'c"); a lower-case first name before a
colon and a phone number ("kim: 0113 ..."); numbered scout and guide units named by their
town; Montessori nurseries and children's centres. Kept: a village or town that ends an
address after its street, speech quoted in a language no list holds, services a helpline
names (OmeTV, Galop, Cifas).
"""

from __future__ import annotations

import pytest

from casebook.redaction import find_entities, redact

MINUTES = (
    "STRATEGY DISCUSSION\n"
    "Date: Monday 2 June\n\n"
    "Present: QV (LADO), ZR (DSL, the school), DS WX (Police), UF (HR)\n"
    "In attendance: YP (clerk)\n\n"
    "ZR summarised the concern. Minutes taken by UF.\n"
    "- QV to check other settings.\n"
    "- YP to circulate."
)
GOVERNORS = (
    "SAFEGUARDING COMMITTEE\n"
    "Present: XKP (Chair), TO (Headteacher), AN (parent governor)\n\n"
    "TO confirmed the filtering review. AN asked about devices.\n"
    "Actions: TO - IT check."
)
CHAT = (
    "Game lobby, typed by mum:\n"
    "Uncle Dozy (@dozy_uncle_77): hey kiddo\n"
    "Glimmer Fox (@glimmerfox_09): hi\n"
    "Uncle Dozy (@dozy_uncle_77): whats ur snap\n\n"
    "Mum: I don't know who Uncle Dozy is."
)
ANGLED = (
    "Minecraft chat, typed out:\n"
    "<Quarryhopper1977> where do u live\n"
    "<lavaqueenie> why\n"
    "<Quarryhopper1977> just asking\n\n"
    "Quarryhopper1977 then sent a friend request."
)
VOICE = (
    "VR room, notes from dad:\n"
    "Mister Thistle 🐙 (voice): how old are you\n"
    "my son: 11\n"
    "Mister Thistle 🐙 (voice): come to my world\n"
    "I reported Mister Thistle 🐙 in the app."
)


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        (MINUTES, "ZR", "PERSON"),
        (MINUTES, "QV", "PERSON"),
        (MINUTES, "UF", "PERSON"),
        (MINUTES, "YP", "PERSON"),
        (GOVERNORS, "TO", "PERSON"),
        (GOVERNORS, "AN", "PERSON"),
        (
            "Staff member: Morwenna Ellery-Quaid, TA\n\nThe allegation is that MEQ messaged "
            "two pupils. MEQ accepts the outcome.",
            "MEQ",
            "PERSON",
        ),
        (CHAT, "Uncle Dozy", "USERNAME"),
        (CHAT, "Glimmer Fox", "USERNAME"),
        (ANGLED, "Quarryhopper1977", "USERNAME"),
        (VOICE, "Mister Thistle 🐙", "USERNAME"),
        ("Victim 1: ASHWORTH, Tilly-Rae DOB 3rd May '12", "ASHWORTH, Tilly-Rae", "PERSON"),
        ("Child: BRANSCOMBE, Oswin DOB 09/09/2012", "BRANSCOMBE, Oswin", "PERSON"),
        ("Login: WV\\19pembertonk (PEMBERTON, Kezia-Lou, Year 9)", "WV\\19pembertonk", "USERNAME"),
        ("He helps at 5th Tadcaster Scout Group.", "5th Tadcaster Scout Group", "SCHOOL"),
        ("She goes to 2nd Cleethorpes Brownies.", "2nd Cleethorpes Brownies", "SCHOOL"),
        ("I manage Little Wrens Montessori in Ripon.", "Little Wrens Montessori", "SCHOOL"),
        ("- yr 7 boy, initials d.o'c, added older lads", "d.o'c", "PERSON"),
        ("- parents told by the DSL. kim: 0113 496 0011.", "kim", "PERSON"),
        (
            "The worker at Larkspur Hill Children's Centre rang us.",
            "Larkspur Hill Children's Centre",
            "SCHOOL",
        ),
    ],
)
def test_found_whole(text: str, secret: str, kind: str) -> None:
    found = [(e.start, e.end, e.type) for e in find_entities(text)]
    starts = [i for i in range(len(text)) if text.startswith(secret, i)]
    assert starts
    for start in starts:
        assert (start, start + len(secret), kind) in found, (secret, found)


def test_a_name_and_its_emoji_recurring_are_one_display_name() -> None:
    text = "rosalind 🦉  Today at 20:01\nhi\n\nNote: rosalind 🦉 is a pupil of ours, Year 8."
    out = redact(text).text
    assert "🦉" not in out and "rosalind" not in out, out


@pytest.mark.parametrize(
    ("text", "kept", "secret"),
    [
        # The town after the street stays, on no town list though it is named like a person.
        ("Address: 4 Fell Cottages, Low Lane, Kirkby Stephen, CA17 4QT", "Kirkby Stephen", "Fell"),
        ("Lives at Flat 1, Church Lane, Chew Magna BS40 8QQ", "Chew Magna", "Church Lane"),
        # Speech in a language no list holds, whatever it is, names no one.
        ('Her nan said "ami kichu bujhi na" about the phone, said Shirin Akter.', "kichu", "Akter"),
        ('Dad said "waxba ma garanayo" to Idil Warsame.', "garanayo", "Warsame"),
        # Services a helpline names.
        ("She was on OmeTV and we rang Galop, then Cifas. Hamza Rehman helped.", "OmeTV", "Rehman"),
        ("Galop and Cifas resources were shared with Kerry Baines.", "Cifas", "Baines"),
        ("He was on Hypixel on his Nintendo Switch, said Ollie Pargeter.", "Hypixel", "Pargeter"),
        ("MAXXX: siema\nhost: hi", "siema", ""),
        ("- callback. tel: 0113 496 0011 (office)", "tel:", ""),
        # A role in a line of who came that does not open the line is no one's initials.
        ("Home visit. PRESENT: MUM (Tanya Orme), OB (Y8), WORKER.", "MUM", "Orme"),
    ],
)
def test_kept_beside_people(text: str, kept: str, secret: str) -> None:
    out = redact(text).text
    assert kept in out, out
    if secret:
        assert secret not in out, out


def test_an_everyday_word_as_a_speaker_before_a_handle_stays() -> None:
    text = "them (@scout.agency.uk): hi babe\nme: who is this\nthem: a model agency"
    out = redact(text).text
    assert "them" in out and "scout.agency.uk" not in out, out


def test_a_village_on_no_list_stays_in_the_address() -> None:
    # "Netherbrook" is on no list of places: the labelled sets keep such a place inside the
    # address, so it is redacted with its street.
    out = redact("Address: 9 Kiln Row, Netherbrook, HX7 5QQ").text
    assert "Netherbrook" not in out, out
