"""The queue's category tags: named from the categories kept per process, which are read again
whenever the categories' version (kept by triggers on every write) changes."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from django.db import connection
from django.urls import reverse

from casebook.cases import actions
from casebook.cases.models import CategoriesVersion, Category, Provenance
from casebook.cases.queries import QueueFilters, QueueTag, queue_page

TABLE = Category._meta.db_table


def version() -> int:
    return CategoriesVersion.objects.get(pk=1).version


@pytest.mark.django_db
def test_every_kind_of_write_to_the_categories_changes_the_version():
    seen = [version()]
    new = Category.objects.create(name="Invented category", position=99)
    seen.append(version())
    Category.objects.filter(pk=new.pk).update(name="Invented category, renamed")  # no signals
    seen.append(version())
    with connection.cursor() as cursor:  # nor the ORM
        cursor.execute(f"UPDATE {TABLE} SET position = 98 WHERE id = %s", [new.pk])
    seen.append(version())
    new.delete()
    seen.append(version())
    assert len(set(seen)) == len(seen), seen
    # Reading the categories changes nothing.
    list(Category.objects.all())
    assert version() == seen[-1]


def _tags(practitioner, case_pk: int) -> Sequence[QueueTag]:
    page = queue_page(user=practitioner, filters=QueueFilters())
    return next(row.tags for row in page.rows if row.case.pk == case_pk)


@pytest.mark.django_db
def test_tags_in_the_categories_order_with_who_chose_them(practitioner, enquirer):
    first = Category.objects.create(name="Zz invented first", position=0)
    last = Category.objects.create(name="Aa invented last", position=500)
    tie_b = Category.objects.create(name="Mm invented b", position=200)
    tie_a = Category.objects.create(name="Mm invented a", position=200)
    case = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="s", first_message="x", categories=[last]
    )
    for category in (tie_b, first, tie_a):
        actions.do_add_category(case=case, actor=practitioner, category=category)
    tags = _tags(practitioner, case.pk)
    assert [tag.name for tag in tags] == [first.name, tie_a.name, tie_b.name, last.name]
    chosen = set(
        case.category_tags.filter(provenance=Provenance.ENQUIRER).values_list(
            "category__name", flat=True
        )
    )
    assert {tag.name for tag in tags if tag.by_enquirer} == chosen


@pytest.mark.django_db
def test_a_renamed_or_moved_category_shows_on_the_next_page(get_queue, practitioner, enquirer):
    kept = Category.objects.create(name="Invented kept", position=1)
    moved = Category.objects.create(name="Invented moved", position=2)
    case = actions.do_open_case(
        enquirer=enquirer, channel="email", subject="s", first_message="x", categories=[kept]
    )
    actions.do_add_category(case=case, actor=practitioner, category=moved)
    assert "Invented kept" in get_queue()
    # Renamed by a bulk update (no signal reaches the process's kept names) ...
    Category.objects.filter(pk=kept.pk).update(name="Invented renamed")
    # (The category filter's options may lag for a minute: reference_lists.)
    rows = get_queue().split("<tbody>")[1]
    assert "Invented renamed" in rows and "Invented kept" not in rows
    # ... and reordered by raw SQL.
    assert [t.name for t in _tags(practitioner, case.pk)] == ["Invented renamed", "Invented moved"]
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {TABLE} SET position = 0 WHERE id = %s", [moved.pk])
    assert [t.name for t in _tags(practitioner, case.pk)] == ["Invented moved", "Invented renamed"]


@pytest.fixture
def get_queue(client, practitioner):
    client.force_login(practitioner)

    def fetch() -> str:
        response = client.get(reverse("case-queue"))
        assert response.status_code == 200
        return str(response.content.decode())

    return fetch
