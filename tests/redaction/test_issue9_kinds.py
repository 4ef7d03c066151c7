"""The kinds of personal data that used to get through (issue 9), one table per kind.

Invented examples in the same classes as `devset/kinds.jsonl`, written afresh here so the
table is not just the tuning examples again.
"""

from __future__ import annotations

import pytest

from casebook.redaction import redact


def found(text: str) -> list[str]:
    return [text[e.start : e.end] for e in redact(text).entities]


def redacted(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Names in no list and with no cue.
        (
            "Tobenna Ukwuoma and Rhosyn Pendergast were both excluded.",
            ["Tobenna Ukwuoma", "Rhosyn Pendergast"],
        ),
        # Names that are ordinary words, standing as names.
        ("Hunter told Summer that Willow had posted it.", ["Hunter", "Summer", "Willow"]),
        # Lower-case notes.
        (
            "spoke to mrs oyedepo today, she said bartek zielonka made the page",
            ["oyedepo", "bartek zielonka"],
        ),
        # ALL CAPS forms.
        ("CHILD: TAMSIN ABERCROMBIE-NWOSU\nYEAR GROUP: YEAR 9", ["TAMSIN ABERCROMBIE-NWOSU"]),
        # "Surname, Forename" mail headers.
        (
            "From: Okonkwo-Price, Bernadette\nSent: 4 March 2024 09:12",
            ["Okonkwo-Price, Bernadette"],
        ),
        # A nickname in quotes between first name and surname.
        (
            "Her name is Marguerite 'Mags' Tollemache and she is in Year 8.",
            ["Marguerite 'Mags' Tollemache"],
        ),
        # A surname alone.
        ("When we spoke to him, Wojciechowski admitted making it.", ["Wojciechowski"]),
        # A sign-off with no closing word.
        ("please ring me back asap\n- Dervla", ["Dervla"]),
        # An initial with a title.
        ("Signed, Mrs K. Adeyinka-Hale", ["K. Adeyinka-Hale"]),
    ],
)
def test_names_without_a_closed_list(text: str, names: list[str]) -> None:
    got = " | ".join(found(text))
    for name in names:
        # Every character of the name is redacted, whether as one span or as parts.
        assert all(part in got for part in name.replace("'", " ").split()), (name, got)


@pytest.mark.parametrize(
    "text",
    [
        "We hope you can help before the summer term. It will stop if we get a reply in May.",
        "Hope this helps. Will ring Monday.",
        "To be frank, nothing changed; there is a grace period of 48 hours.",
        "We break up in May and June is exam season.",
        "We reported it to CEOP, the IWF and Report Harmful Content, and told the LADO and PCSO.",
        "I gave her the Childline number, 0800 1111, and the NSPCC helpline on 0808 800 5000.",
        "The app was version 4.2.10.6, the filter build 5.10.221.3, firmware v10.2.0.7.",
        "We cover schools across Greater Manchester, West Yorkshire, Cumbria and Belfast.",
        "The DSL, the SENCo and the Head of Year 9 met the LADO on Tuesday.",
        # "Dr" after a platform is a title, not a drive, however many sentence words lead in.
        "We break up in May TikTok Dr",
        "Back in June Snapchat Dr",
    ],
)
def test_words_that_must_survive(text: str) -> None:
    assert redacted(text) == text


def test_a_name_found_once_leaves_the_ordinary_word_elsewhere() -> None:
    out = redacted("Hope Adeyinka shared it. Hope this helps. Will told me; will you call?")
    assert out == "{name} shared it. Hope this helps. {name} told me; will you call?"


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Call the office on 01632 960 118 ext. 204 and ask.", "01632 960 118 ext. 204", "PHONE"),
        ("or try 01632 960118 x31 after four", "01632 960118 x31", "PHONE"),
        ("The number was 07700.900.245.", "07700.900.245", "PHONE"),
        ("DOB 03/07/09 on the form.", "03/07/09", "DATE_OF_BIRTH"),
        ("Her brother's DOB is 9th Feb '11.", "9th Feb '11", "DATE_OF_BIRTH"),
        ("DOB 14-Jan-2010 on file.", "14-Jan-2010", "DATE_OF_BIRTH"),
        ("Ellis Parkin (22/05/2010) sent it.", "22/05/2010", "DATE_OF_BIRTH"),
        ("A thread by u/throwaway_lakeside named staff.", "u/throwaway_lakeside", "USERNAME"),
        ("On Discord he is grimwald#4471 now.", "grimwald#4471", "USERNAME"),
        ("He streams as QuietOwlNarrator most nights.", "QuietOwlNarrator", "USERNAME"),
        ("Her bio links to linktr.ee/jade.x.private today.", "linktr.ee/jade.x.private", "URL"),
        ("See fansly.example.tv/lily_x for the rest.", "fansly.example.tv/lily_x", "URL"),
        ("She lives on Corrigan Close near the park.", "Corrigan Close", "ADDRESS"),
        # The village after a house-name address stays (the labelling convention of round
        # W: "..., Llanybydder, SA40 9ZZ"); the house and street go.
        (
            "Address: Bryn Awel, Heol y Felin, Llanddewi Fach",
            "Bryn Awel, Heol y Felin",
            "ADDRESS",
        ),
        (
            "she moved to flat 6b, 91 gorse hill road with her nan",
            "flat 6b, 91 gorse hill road",
            "ADDRESS",
        ),
        ("Two pupils from Ravensmoor were tagged.", "Ravensmoor", "SCHOOL"),
        ("a fight between oakhanger and marbury heath kids", "marbury heath", "SCHOOL"),
        ("The Ashcombe Ridge lot keep posting.", "Ashcombe Ridge", "SCHOOL"),
        ("SCHOOL: MARBURY HEATH COLLEGE", "MARBURY HEATH COLLEGE", "SCHOOL"),
    ],
)
def test_structured_kinds(text: str, span: str, kind: str) -> None:
    start = text.index(span)
    entities = redact(text).entities
    covered = sum(max(0, min(e.end, start + len(span)) - max(e.start, start)) for e in entities)
    assert covered >= 0.9 * len(span), (span, [(text[e.start : e.end], e.type) for e in entities])
    assert any(e.type == kind for e in entities if e.start < start + len(span) and e.end > start)
