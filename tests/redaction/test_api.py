"""The public shape of redact(): placeholders, offsets into the input, nothing left behind."""

from __future__ import annotations

from casebook.redaction import PLACEHOLDERS, Entity, Redaction, redact


def test_redaction_replaces_each_entity_with_its_placeholder() -> None:
    text = "Hi, I'm Sarah Thompson, DSL at Oakfield Academy. Call 07700 900123."
    result = redact(text)
    assert isinstance(result, Redaction)
    assert result.text == "Hi, I'm {name}, DSL at {school}. Call {phone}."
    assert [text[e.start : e.end] for e in result.entities] == [
        "Sarah Thompson",
        "Oakfield Academy",
        "07700 900123",
    ]


def test_offsets_are_code_points_into_the_input() -> None:
    text = "😀😀 Émilie said: email zoë.b@example.invalid 👍 now"
    result = redact(text)
    email = next(e for e in result.entities if e.type == "EMAIL")
    assert text[email.start : email.end] == "zoë.b@example.invalid"
    assert email == Entity(email.start, email.end, "EMAIL")
    assert "zoë.b" not in result.text


def test_every_type_has_a_placeholder() -> None:
    assert set(PLACEHOLDERS) == {
        "PERSON",
        "USERNAME",
        "URL",
        "EMAIL",
        "PHONE",
        "SCHOOL",
        "ADDRESS",
        "POSTCODE",
        "IP_ADDRESS",
        "DATE_OF_BIRTH",
    }


def test_text_without_personal_data_is_unchanged() -> None:
    text = "Will you call back? It will stop. We break up in May. NSPCC, CEOP and the Police."
    assert redact(text) == Redaction(text=text, entities=())
