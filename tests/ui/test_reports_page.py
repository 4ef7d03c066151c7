"""The reports page helps a new user pick a period: it says when the cases on record begin and
end and, when the period shown holds none of them, offers the twelve months up to the last
case; an empty period's headline says so in a sentence; the small-count option explains
itself."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from casebook.analysis.forms import default_period
from casebook.analysis.render.html import render_html
from casebook.analysis.report import build_report
from casebook.analysis.tables import Period
from casebook.cases.actions import do_open_case
from tests.analysis.test_service_levels import CASES, facts_with
from tests.conftest import PASSWORD

LONDON = ZoneInfo("Europe/London")


def _case_on(enquirer, day: date) -> None:
    do_open_case(
        enquirer=enquirer,
        channel="email",
        subject="Fake account",
        first_message="A fake account is posting about our staff.",
        opened_at=datetime(day.year, day.month, day.day, 10, tzinfo=LONDON),
    )


@pytest.fixture
def logged_in(client, supervisor):
    client.login(username=supervisor.username, password=PASSWORD)
    return client


@pytest.mark.django_db
def test_no_cases_no_hint(logged_in):
    page = logged_in.get(reverse("reports:index")).content.decode()
    assert 'id="on-record"' not in page


@pytest.mark.django_db
def test_cases_only_long_ago_offer_the_year_up_to_the_last_case(logged_in, enquirer):
    _case_on(enquirer, date(2020, 1, 16))
    _case_on(enquirer, date(2022, 10, 15))
    page = logged_in.get(reverse("reports:index")).content.decode()
    assert "Cases on record: 16 Jan 2020 to 15 Oct 2022." in page
    link = f"{reverse('reports:index')}?start=2021-11-01&amp;end=2022-11-01"
    assert f'<a href="{link}">show the twelve months up to the last case</a>' in page


@pytest.mark.django_db
def test_a_period_with_cases_gets_no_suggestion(logged_in, enquirer, time_machine):
    # The test picks a day in the default period and the page works the period out again: the
    # clock stands still on a month's last second, so both see the same month.
    time_machine.move_to(datetime(2025, 11, 30, 23, 59, 59, tzinfo=LONDON), tick=False)
    start, _ = default_period(timezone.localdate())
    _case_on(enquirer, start + timedelta(days=3))
    page = logged_in.get(reverse("reports:index")).content.decode()
    assert 'id="on-record"' in page
    assert "show the twelve months up to the last case" not in page


@pytest.mark.django_db
def test_a_report_page_for_an_empty_period_suggests_one(logged_in, enquirer):
    _case_on(enquirer, date(2022, 3, 9))
    response = logged_in.get(reverse("reports:index") + "?start=2023-01-01&end=2024-01-01")
    assert response.status_code == 302  # to the report's own page
    page = logged_in.get(response["Location"]).content.decode()
    assert "?start=2021-04-01&amp;end=2022-04-01" in page


@pytest.mark.django_db
def test_the_small_count_option_explains_itself(logged_in):
    page = logged_in.get(reverse("reports:index")).content.decode()
    assert '<label for="id_suppress_below">Hide counts below</label>' in page
    assert 'aria-describedby="id_suppress_below_helptext"' in page
    assert 'id="id_suppress_below_helptext">Optional. 5 shows counts from 1 to 4 as &lt;5.' in page


def test_an_empty_period_headline_is_a_sentence() -> None:
    empty = render_html(build_report(facts_with(CASES), Period(date(2030, 1, 1), date(2031, 1, 1))))
    assert "No cases were opened in 1 Jan 2030 to 31 Dec 2030." in empty
    assert "Contacts by channel in" not in empty
    full = render_html(build_report(facts_with(CASES), Period(date(2022, 1, 1), date(2022, 4, 1))))
    assert "Contacts by channel in 1 Jan 2022 to 31 Mar 2022:" in full


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["reports:index", "reports:review"])
def test_every_described_field_has_its_description_on_the_page(logged_in, name):
    """A field with help text points at it (aria-describedby); the text must be there."""
    import re

    page = logged_in.get(reverse(name)).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', page)
    assert described
    for ids in described:
        for id_ in ids.split():
            assert f'id="{id_}"' in page, id_
