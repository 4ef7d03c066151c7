"""Report periods: a maximum span, and dates that make sense."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.analysis.periods import period_problems

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2021, 11, 1), date(2022, 11, 1), []),
        (date(2020, 1, 16), date(2021, 1, 23), []),
        (date(2024, 11, 30), date(2026, 11, 30), []),  # 730 days
        (date(2022, 1, 1), date(2021, 1, 1), ["must end after it starts"]),
        (date(2022, 1, 1), date(2022, 1, 1), ["must end after it starts"]),
        (
            date(1, 1, 1),
            date(9999, 12, 31),
            ["before 1 January 2000", "after 1 December 2027", "at most 731 days"],
        ),
        (date(1999, 12, 31), date(2000, 6, 1), ["before 1 January 2000"]),
        (date(2027, 1, 1), date(2027, 12, 2), ["after 1 December 2027"]),
        (date(2020, 1, 1), date(2023, 1, 1), ["1,096 days long"]),
    ],
)
def test_period_problems(start, end, expected):
    problems = period_problems(start, end, today=TODAY, max_days=731)
    assert len(problems) == len(expected)
    for problem, fragment in zip(problems, expected, strict=True):
        assert fragment in problem
