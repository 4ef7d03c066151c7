"""The same name written twice across an initial and a full stop is two mentions: the initial
closes the first ("alfie b. alfie b said"), and the sentence break between them stays in the
redacted text. A middle initial inside one name still joins it ("Jane M. Jones", "C. Abara").
Every name is invented."""

from __future__ import annotations

import pytest

from casebook.redaction import redact


@pytest.mark.parametrize(
    ("text", "mentions", "redacted"),
    [
        ("and alfie b. alfie b said no", ["alfie b", "alfie b"], "and {name}. {name} said no"),
        (
            "spoke to Alfie B. Alfie said no",
            ["Alfie B", "Alfie"],
            "spoke to {name}. {name} said no",
        ),
        ("saw Jane M. Jones. Jane M. Jones said", ["Jane M. Jones", "Jane M. Jones"], None),
        ("from C. Abara and Mr T. Villiers-Stuart", ["C. Abara", "T. Villiers-Stuart"], None),
    ],
)
def test_mentions_either_side_of_an_initial(
    text: str, mentions: list[str], redacted: str | None
) -> None:
    result = redact(text)
    found = [text[e.start : e.end] for e in result.entities if e.type == "PERSON"]
    assert found == mentions
    if redacted is not None:
        assert result.text == redacted
