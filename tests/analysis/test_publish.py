"""What the report may publish from case text (pure): samples, references, duplicates, the
word cloud's words and the fingerprint an approval holds to."""

from __future__ import annotations

from collections import Counter

import pytest

from casebook.analysis import publish
from casebook.analysis.words import subject_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See CB-2022-00012 for the earlier call.", "See {reference} for the earlier call."),
        ("Ticket no. 48213 was closed.", "{reference} was closed."),
        ("Police ref: 13/44521/22 given.", "{reference} given."),
        ("It was logged as #884213 by IT.", "It was logged as {reference} by IT."),
        ("We met 12 pupils in Year 9 on 03/07.", "We met 12 pupils in Year 9 on 03/07."),
    ],
)
def test_internal_references_are_removed(text: str, expected: str) -> None:
    assert publish.scrub_references(text) == expected


def test_samples_use_numbered_placeholders_and_the_reviewers_decisions() -> None:
    text = "Mia Okafor told Mr Okafor. Hope you can help; the old boathouse is where they meet."
    assert publish.sample_text(text) == (
        "{name 1} told Mr {name 1}. Hope you can help; the old boathouse is where they meet."
    )
    reviewed = publish.sample_text(text, restore={"Mia Okafor"}, redact={"the old boathouse"})
    assert reviewed == (
        "Mia Okafor told Mr {name 1}. Hope you can help; {redacted} is where they meet."
    )


def test_near_duplicates_are_dropped() -> None:
    a = "A fake account is posting photos of our teacher with cruel captions every night."
    b = "A fake account is posting photos of our teacher with cruel captions every day."
    c = "Could you recommend a lesson plan on online safety for year 7?"
    assert publish.near_duplicate(a, b) and not publish.near_duplicate(a, c)
    assert publish.distinct([a, b, c]) == [0, 2]
    assert publish.distinct([b, c], shown=[a]) == [1]


def test_the_same_enquiry_with_another_greeting_and_sign_off_is_a_near_duplicate() -> None:
    body = (
        "I hope you can help. We have received a subject access request asking for every "
        "message about a pupil. Does that include staff group chats?"
    )
    a = (
        f"Dear colleagues,\n\n{body}\n\nThank you in advance for your help.\n\n"
        "Kind regards,\n{name 1}\nTel: {phone 1}"
    )
    b = f"Hello team,\n\n{body}\n\nMany thanks for any guidance.\n\nMany thanks,\n{{name 1}}"
    other = (
        "Dear colleagues,\n\nA parent has asked us to delete every photo of her son from the "
        "school's social media pages. Must we?\n\nKind regards,\n{name 1}"
    )
    assert publish.near_duplicate(a, b)
    assert not publish.near_duplicate(a, other)
    assert publish.distinct([a, b, other]) == [0, 2]


def test_word_cloud_words_come_from_redacted_subjects() -> None:
    subjects = (
        ["Fake account of Przybylski"] * 6
        + ["Oakhanger Academy pupils sharing images"] * 6
        + ["Leeds fake account"] * 6
        + ["Rumours about staff"] * 6
    )

    def count(items: object) -> Counter[str]:
        return subject_words(items, {}, min_cases=5)  # type: ignore[arg-type]

    words = publish.published_words(subjects, count, hidden=frozenset({"rumours"}))
    assert {"fake", "account", "pupils", "sharing", "images", "staff"} <= set(words)
    # A surname, a school and a town never reach the picture; nor does a hidden word.
    assert not {"przybylski", "oakhanger", "academy", "leeds", "rumours"} & set(words)


def test_fingerprint_changes_with_the_published_text() -> None:
    one = publish.fingerprint([("Gaming", "text one")], {"fake": 5})
    assert one == publish.fingerprint([("Gaming", "text one")], {"fake": 5})
    assert one != publish.fingerprint([("Gaming", "text two")], {"fake": 5})
    assert one != publish.fingerprint([("Gaming", "text one")], {"fake": 5, "staff": 5})
