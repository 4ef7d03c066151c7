"""The demo helpline in the database reproduces every published figure.

The oracle is the published figures file (a copy of the report's tables), never the
generator's own targets. The helpline is loaded once for the module and rolled back after.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

import pytest
from django.db import transaction
from django.db.models import Count, Min

from casebook.accounts.models import User
from casebook.cases.models import (
    Case,
    CaseCategory,
    CasePlatform,
    Direction,
    EnquirerType,
    Message,
    Provenance,
    Region,
)
from casebook.lib.working_hours import HELPLINE_HOURS, LONDON, response_due

FIGURES = json.loads((Path(__file__).parent / "data" / "published-figures.json").read_text())
PERIODS = {label: (p["from"], p["to"], p["cases"]) for label, p in FIGURES["periods"].items()}
LABEL_TO_TYPE = {label: value for value, label in EnquirerType.choices}
UK_REGIONS = [code for code, _ in Region.choices if code not in {"", "OUT"}]
SCHOOL_SETTINGS = {
    "nursery",
    "primary",
    "secondary",
    "all_through",
    "special",
    "alternative",
    "further_education",
    "independent",
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    from casebook.demo.loader import load_demo_helpline

    with django_db_blocker.unblock(), transaction.atomic():
        summary = load_demo_helpline(seed=2022)
        yield summary
        transaction.set_rollback(True)


def in_period(label: str):
    start, end, _ = PERIODS[label]

    def midnight(day: str) -> datetime:
        return datetime.combine(date.fromisoformat(day), time(0), LONDON)

    return Case.objects.filter(opened_at__gte=midnight(start), opened_at__lt=midnight(end))


def column(label: str) -> int:
    return int(FIGURES["categories"]["columns"].index(label))


pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("label", ["2021-22", "2020-21"])
def test_cases_per_period(demo, label):
    assert in_period(label).count() == PERIODS[label][2]
    assert demo.by_period[label] == PERIODS[label][2]


def test_nothing_outside_the_two_periods(demo):
    assert Case.objects.count() == sum(p[2] for p in PERIODS.values())


def test_channel_split_2021_22(demo):
    got = dict(in_period("2021-22").values_list("channel").annotate(n=Count("id")))
    assert got == FIGURES["channel"]["2021-22"]


@pytest.mark.parametrize("label", ["2021-22", "2020-21"])
def test_enquirer_types(demo, label):
    table = FIGURES["enquirer_type"]
    index = table["columns"].index(label)
    got = Counter(dict(in_period(label).values_list("enquirer_type").annotate(n=Count("id"))))
    for row_label, counts in table["rows"].items():
        assert got[LABEL_TO_TYPE[row_label]] == counts[index], row_label
    not_recorded = PERIODS[label][2] - table["row_sums"][label]
    assert got[""] == not_recorded
    assert (not_recorded == 58) == (label == "2021-22")


def category_counts(cases) -> Counter[str]:
    return Counter(
        dict(
            CaseCategory.objects.filter(case__in=cases)
            .values_list("category__name")
            .annotate(n=Count("case", distinct=True))
        )
    )


@pytest.mark.parametrize("label", ["2021-22", "2020-21"])
def test_category_counts(demo, label):
    got = category_counts(in_period(label))
    expected = {
        name: counts[column(label)] for name, counts in FIGURES["categories"]["rows"].items()
    }
    assert {name: got[name] for name in expected} == expected
    assert set(got) <= set(expected)


def test_setting_totals_2021_22(demo):
    got = Counter(dict(in_period("2021-22").values_list("setting_type").annotate(n=Count("id"))))
    assert got["primary"] == FIGURES["setting"]["2021-22"]["primary"]
    assert got["secondary"] == FIGURES["setting"]["2021-22"]["secondary"]


@pytest.mark.parametrize("setting", ["secondary", "primary"])
def test_categories_per_setting_consistent_reading(demo, setting):
    table = FIGURES["setting_categories"]
    index = table["columns"].index(setting)
    expected = {name: counts[index] for name, counts in table["as_printed"].items()}
    for name, counts in table["consistent_reading"].items():
        if name != "note":
            expected[name] = counts[index]
    for name in FIGURES["categories"]["rows"]:
        expected.setdefault(name, 0)  # not in the setting table: none in either setting
    got = category_counts(in_period("2021-22").filter(setting_type=setting))
    assert {name: got[name] for name in expected} == expected


def test_every_case_has_a_category_where_the_figures_allow(demo):
    """2020-21: every case. 2021-22: the published counts leave some cases outside primary and
    secondary schools with no category; exactly as few as the counts force."""
    assert not in_period("2020-21").filter(categories=None).exists()
    year = in_period("2021-22")
    bare = year.filter(categories=None)
    assert not bare.filter(setting_type__in=["primary", "secondary"]).exists()
    rest = year.exclude(setting_type__in=["primary", "secondary"])
    tags_left = (
        sum(counts[column("2021-22")] for counts in FIGURES["categories"]["rows"].values())
        - CaseCategory.objects.filter(
            case__in=year.filter(setting_type__in=["primary", "secondary"])
        ).count()
    )
    assert bare.count() == max(0, rest.count() - tags_left)


def test_regions_match_the_reports_description(demo):
    def uk_counts(label: str) -> Counter[str]:
        counts = Counter(dict(in_period(label).values_list("region").annotate(n=Count("id"))))
        return Counter({code: counts[code] for code in UK_REGIONS})

    old, new = uk_counts("2020-21"), uk_counts("2021-22")
    assert old.most_common(1)[0][0] == "UKK"  # South West the most common in 2020-21
    fewest = sorted(new, key=new.__getitem__)[:3]
    assert "UKK" in fewest  # among the fewest in 2021-22
    # Far more diverse: the largest region's share drops, every region has enquiries.
    assert max(new.values()) / sum(new.values()) < max(old.values()) / sum(old.values()) / 2
    assert min(new.values()) > 0


def test_school_staff_mostly_in_schools_and_police_not(demo):
    year = in_period("2021-22")
    teachers = year.filter(enquirer_type__in=["teacher", "other_school_staff"])
    in_schools = teachers.filter(setting_type__in=SCHOOL_SETTINGS).count()
    assert in_schools / teachers.count() > 0.95
    assert not year.filter(
        enquirer_type__in=["police", "social_worker", "general_public"],
        setting_type__in=["primary", "secondary"],
    ).exists()


def test_tiktok_dominates_2021_22_but_not_2020_21(demo):
    def platform_counts(label: str) -> Counter[str]:
        return Counter(
            dict(
                CasePlatform.objects.filter(case__in=in_period(label))
                .values_list("platform__name")
                .annotate(n=Count("case"))
            )
        )

    new, old = platform_counts("2021-22"), platform_counts("2020-21")
    assert new.most_common(1)[0][0] == "TikTok"
    assert new["TikTok"] > 0.5 * PERIODS["2021-22"][2]
    assert old.most_common(1)[0][0] != "TikTok"
    assert old["TikTok"] < 0.15 * PERIODS["2020-21"][2]


STOP = {"a", "an", "the", "of", "on", "to", "for", "and", "in", "re", "about", "our", "with", "-"}


def top_subject_word(label: str) -> str:
    words: Counter[str] = Counter()
    for subject in in_period(label).values_list("subject", flat=True):
        for word in set(re.findall(r"[a-z']+", subject.lower())):
            if word not in STOP:
                words[word] += 1
    return words.most_common(1)[0][0]


def test_subject_word_cloud_is_dominated_by_tiktok_only_in_2021_22(demo):
    assert top_subject_word("2021-22") == "tiktok"
    assert top_subject_word("2020-21") != "tiktok"


def test_texts_are_varied(demo):
    firsts = list(
        Message.objects.filter(direction=Direction.INBOUND)
        .order_by("case_id", "at", "id")
        .distinct()
        .values_list("case_id", "body_text")
    )
    first_by_case: dict[int, str] = {}
    for case_id, body in firsts:
        first_by_case.setdefault(case_id, body)
    bodies = list(first_by_case.values())
    assert len(bodies) == Case.objects.count()
    assert len(set(bodies)) == len(bodies)  # no two first messages alike
    subjects = set(Case.objects.values_list("subject", flat=True))
    assert len(subjects) > 300


def test_texts_carry_invented_personal_data(demo):
    text = "\n".join(
        Message.objects.filter(direction=Direction.INBOUND).values_list("body_text", flat=True)
    )
    for pattern in [
        r"@[a-z0-9_.]+\b",  # usernames
        r"tiktok\.com/@\w+",
        r"vm\.tiktok\.com/\w+",
        r"[\w.]+@[\w-]+\.example\.sch\.uk",
        r"07700 900\d{3}",
        r"020 7946 0\d{3}",
        r"\b[A-Z]{2}\d{1,2} \d[A-Z]{2}\b",  # postcodes
        r"\b(Mr|Mrs|Ms|Miss|Dr) [A-Z][a-z]+",
    ]:
        assert len(re.findall(pattern, text)) > 20, pattern


def test_platform_tags_are_what_the_detector_finds(demo):
    from casebook.lib.platforms import find_platforms

    for case in Case.objects.prefetch_related("platforms", "messages").order_by("id")[::23]:
        first = case.messages.all()[0]
        assert sorted(find_platforms(f"{case.subject}\n{first.body_text}")) == sorted(
            p.name for p in case.platforms.all()
        ), case.reference


def is_working_moment(moment: datetime) -> bool:
    local = moment.astimezone(LONDON)
    return (
        HELPLINE_HOURS.is_working_day(local.date())
        and HELPLINE_HOURS.opens <= local.time() <= HELPLINE_HOURS.closes
    )


def test_practitioners_work_in_working_hours_and_mostly_within_three(demo):
    staff_messages = Message.objects.filter(direction__in=[Direction.OUTBOUND, Direction.NOTE])
    assert all(is_working_moment(at) for at in staff_messages.values_list("at", flat=True))
    first_replies = dict(
        Message.objects.filter(direction=Direction.OUTBOUND)
        .values_list("case_id")
        .annotate(first=Min("at"))
    )
    on_time = total = 0
    for case_id, opened_at, first_response_at in Case.objects.filter(channel="email").values_list(
        "id", "opened_at", "first_response_at"
    ):
        assert first_response_at == first_replies[case_id]
        assert first_response_at > opened_at
        total += 1
        on_time += first_response_at <= response_due(opened_at)
    assert 0.75 < on_time / total < 0.98  # most, not all


def test_dialogue_order_authors_and_message_ids(demo):
    messages = list(
        Message.objects.order_by("case_id", "at", "id").values_list(
            "case_id", "direction", "author_id", "message_id", "case__channel"
        )
    )
    seen: set[int] = set()
    for case_id, direction, author_id, message_id, channel in messages:
        if case_id not in seen:
            assert direction == Direction.INBOUND  # every case starts with the enquiry
            seen.add(case_id)
        if direction in {Direction.OUTBOUND, Direction.NOTE}:
            assert author_id is not None
        if channel == "email" and direction != Direction.NOTE:
            assert message_id and message_id.endswith("@demo.casebook.invalid>")
        if direction == Direction.NOTE:
            assert message_id is None
    assert Message.objects.filter(direction=Direction.NOTE).count() > 500


def test_statuses_mostly_closed_with_closing_times(demo):
    closed = Case.objects.filter(status="closed")
    assert closed.count() / Case.objects.count() > 0.95
    assert not closed.filter(closed_at=None).exists()
    assert Case.objects.exclude(status="closed").exists()  # something in the queue to work on
    for opened_at, closed_at in closed.values_list("opened_at", "closed_at"):
        assert closed_at is not None and closed_at > opened_at


def test_category_provenance_is_mixed_and_recorded(demo):
    by_practitioner = CaseCategory.objects.filter(provenance=Provenance.PRACTITIONER)
    by_enquirer = CaseCategory.objects.filter(provenance=Provenance.ENQUIRER)
    assert by_practitioner.count() > 500 and by_enquirer.count() > 500
    assert not by_practitioner.filter(added_by=None).exists()
    assert not by_enquirer.exclude(added_by=None).exists()
    assert not CaseCategory.objects.filter(case__channel="phone", provenance="enquirer").exists()


def test_references_follow_opening_order_per_year(demo):
    rows = list(Case.objects.order_by("opened_at", "id").values_list("reference", "opened_at"))
    last: dict[str, int] = {}
    for reference, _ in rows:
        _, year, number = reference.split("-")
        assert int(number) == last.get(year, 0) + 1
        last[year] = int(number)


def test_demo_users_exist_for_every_role(demo):
    roles = set(User.objects.values_list("role", flat=True))
    assert {"practitioner", "supervisor", "analyst", "admin"} <= roles
    admin = User.objects.get(username="admin")
    assert admin.is_staff and admin.is_superuser
    assert admin.check_password("demo-admin-2022")
    assert not admin.check_password("demo-admin-2021")


def test_demo_users_can_log_in(demo, client, settings):
    # As in production: the strongest hasher first, so a login upgrades the demo's light hash.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    response = client.post(
        "/login/", {"username": "practitioner", "password": "demo-practitioner-2022"}
    )
    assert response.status_code == 302 and "_auth_user_id" in client.session
    user = User.objects.get(username="practitioner")
    assert user.password.startswith("pbkdf2_sha256$")


def test_reply_times_look_like_a_busy_helpline(demo):
    """The demo's first replies (illustrative) are slower in the busy autumn term than in
    August, and every case's response clock agrees with its dialogue."""
    from casebook.analysis.service_levels import service_levels
    from casebook.analysis.sources import load_facts
    from casebook.analysis.tables import Period
    from casebook.triage.models import Response

    period = Period(date(2021, 11, 1), date(2022, 11, 1))
    levels = service_levels(load_facts([(period.start, period.end)]), period, target_minutes=180)
    assert levels is not None
    assert levels.answered == levels.cases == 4078
    assert 70 < (levels.percent_within_target or 0) < 95
    month = {row.label: row for row in levels.by_month}
    assert (month["Aug 2022"].median_working_minutes or 0) < (
        month["Sep 2022"].median_working_minutes or 0
    )
    # Each first reply's working time is on its case; waits still open have a due time.
    firsts = dict(Response.objects.filter(kind="first").values_list("case_id", "working_seconds"))
    for case_id, seconds, waiting, due in Case.objects.values_list(
        "id", "first_response_seconds", "response_waiting_since", "response_due_at"
    )[::37]:
        assert firsts.get(case_id) == seconds
        assert waiting is not None or due is None  # nothing owed, nothing due
