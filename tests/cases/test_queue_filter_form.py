"""The queue's filter form shares its declared fields between requests (no copy per form):
each form still cleans its own data."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from casebook.cases import queries
from casebook.cases.forms import QueueFilterForm
from casebook.cases.models import Category


@pytest.mark.django_db
def test_forms_share_fields_but_not_their_data():
    category = Category.objects.order_by("pk").first()
    assert category is not None
    first = QueueFilterForm(
        QueryDict(f"status=closed&category={category.pk}&order=oldest&due=breached&page=3")
    )
    second = QueueFilterForm(QueryDict("status=nonsense&category=999999&page=x&assigned=me"))
    assert first.fields is second.fields is QueueFilterForm.base_fields
    assert first.filters() == queries.QueueFilters(
        status="closed", category_id=category.pk, order="oldest", due=queries.DUE_BREACHED
    )
    assert first.page_number() == 3
    # Bad values fall back to the defaults, each on its own, and leave the first form as it was.
    assert second.filters() == queries.QueueFilters(assignee=queries.ASSIGNED_ME)
    assert second.page_number() == 1
    assert first.filters().status == "closed"
    assert QueueFilterForm(QueryDict("")).filters() == queries.QueueFilters()


@pytest.mark.django_db
def test_a_category_added_or_renamed_after_a_page_is_offered_and_accepted_by_the_next():
    # The shared fields must not keep the categories they were first rendered with.
    before = QueueFilterForm(QueryDict(""))
    str(before["category"])  # rendered, as the queue page does
    assert before.fields["category"].queryset.count() == Category.objects.count()  # type: ignore[attr-defined]
    added = Category.objects.create(name="Invented new category", position=999)
    renamed = Category.objects.order_by("pk").first()
    assert renamed is not None
    Category.objects.filter(pk=renamed.pk).update(name="Renamed for the test")
    after = QueueFilterForm(QueryDict(f"category={added.pk}"))
    html = str(after["category"])
    assert "Invented new category" in html
    assert "Renamed for the test" in html
    assert after.filters().category_id == added.pk
