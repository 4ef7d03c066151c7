"""Round AN: what sets BC and BD showed, by kind (invented sentences).

Redacted: a part of a chat speaker's handle that English seldom writes where a message calls
someone by it; settings named before a kind the lists lacked (a shinty club, a junior
basketball side, a children's home); a surname no list holds after a first name found alone
("Imogen Partridge"); the part of a finding outside a longer one that overlaps it. Kept:
hymns, songs, shows and characters named like people, events and teams, greetings of faiths
with a name in them, everyday words of Urdu, Somali, Portuguese and Polish, thanks in
Cyrillic, "Br." and "Deaconess" as titles, a phone's label.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact
from casebook.redaction.core import Entity, resolve
from tests.redaction.cases import assert_kept, assert_redacted


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "[21:14] quill.boi: anyone up\n[21:15] zel ♡: ye\n"
            "[21:15] quill.boi: how old r u again zel\n[21:16] zel ♡: 13 why",
            "zel",
        ),
        (
            "murk_vibes: ellis u said u were 17\nquill.boi: i am 17 murk\n"
            "zel: whats ur real name\nquill.boi: cant say",
            "murk",
        ),
        (
            "she plays for Glenquoich Juniors Shinty Club on Sundays",
            "Glenquoich Juniors Shinty Club",
        ),
        ("he lives at Quarrendon House Children's Home now", "Quarrendon House Children's Home"),
        ("his mother (Imogen Partridge) is in the parents group", "Imogen Partridge"),
        ("Keisha Stringer rang about her son.", "Keisha Stringer"),
    ],
)
def test_found(text: str, secret: str) -> None:
    assert_redacted(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The infants sang Amazing Grace and O Come, O Come, Emmanuel.", "Amazing Grace"),
        ("The infants sang Amazing Grace and O Come, O Come, Emmanuel.", "Emmanuel"),
        ("the baby group plays Hey Bear and Cotton Eye Joe", "Cotton Eye Joe"),
        ("they quote Gavin & Stacey and call her Miss Trunchbull", "Gavin & Stacey"),
        ("they quote Gavin & Stacey and call her Miss Trunchbull", "Miss Trunchbull"),
        ("training for the Great North Run with the Sheffield Steelers", "Sheffield Steelers"),
        ("the strategy meeting was on MS Teams at 4", "Teams"),
        ("she ended the message with Jai Shri Krishna", "Jai Shri Krishna"),
        ("Bună seara, my boy has problem", "Bună seara"),
        ("ele disse que era brincadeira na escola", "brincadeira"),
        ("beta bilkul khana nahi kha raha, bas phone dekhta hai", "bilkul khana"),
        ("Дякую for your help", "Дякую"),
        ("Prayers were led by Br. Ilyas and Deaconess Efua", "Deaconess"),
        ("Grandmother: Quilla Marsh   Tel: 01632 960408", "Tel"),
    ],
)
def test_kept(text: str, kept: str) -> None:
    assert_kept(text, kept)


def test_a_name_running_into_a_longer_finding_keeps_its_own_part() -> None:
    """A name found whole and a school found from its surname on: the school wins the overlap
    and the first name stays redacted (it used to be dropped with the name)."""
    text = "a teacher, Ms Odile Marchand of Quarrendon St Luke's CE Primary, who is upset"
    person = Entity(text.index("Odile"), text.index(" of"), "PERSON")
    school = Entity(text.index("Marchand"), text.index(", who"), "SCHOOL")
    assert resolve([person, school], text) == (
        Entity(person.start, person.start + len("Odile"), "PERSON"),
        school,
    )
    assert resolve([person, school]) == (school,)
    out = redact(text).text
    assert "Odile" not in out and "Marchand" not in out, out


def test_a_lower_case_rest_of_an_overlapped_finding_is_dropped() -> None:
    text = "yth wkr rhys from the youth club"
    school = Entity(8, len(text), "SCHOOL")
    assert resolve([Entity(0, 12, "PERSON"), school], text) == (school,)
