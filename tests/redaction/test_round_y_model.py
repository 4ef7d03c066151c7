"""The name model trained with sets Y and Z: kinds its new weights read and the rules mend."""

import pytest

from casebook.redaction import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A season before a span of time is the season.
        ("its summer from june to august at the club", "summer from june"),
        ("the club runs in Spring from March to May", "Spring from March"),
        ("winter until the 3rd, then the new timetable", "winter until the 3rd"),
        ("Summer through July is the busy time for referrals", "Summer through July"),
    ],
)
def test_a_season_before_a_span_of_time_stays(text: str, kept: str) -> None:
    out = redact(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The same words as names: "from" a place or a setting, not a time.
        ("hi its summer from leeds, her mum called us", "summer"),
        ("Summer from Year 9 sent the pictures on Friday", "Summer"),
    ],
)
def test_a_word_name_before_from_a_place_is_still_redacted(text: str, name: str) -> None:
    out = redact(text).text
    assert name not in out, out
