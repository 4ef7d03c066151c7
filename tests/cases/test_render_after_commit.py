"""A refused post's page is rendered after its transaction ends: on SQLite a transaction that
writes holds the database's one write lock, and a page render inside it kept every other
writer (the public enquiry form, intake) waiting."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection
from django.test.signals import template_rendered
from django.urls import reverse

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def rendered_in_transaction() -> Iterator[dict[str, bool]]:
    """Template name -> whether a transaction was open when it was rendered."""
    seen: dict[str, bool] = {}

    def note(sender: Any, template: Any, **kwargs: Any) -> None:
        seen.setdefault(template.name, connection.in_atomic_block)

    template_rendered.connect(note)
    yield seen
    template_rendered.disconnect(note)


def test_a_refused_note_renders_the_case_page_after_the_transaction(
    client, practitioner, case, rendered_in_transaction
):
    client.force_login(practitioner)
    response = client.post(reverse("case-note", args=[case.reference]), {"note-text": ""})
    assert response.status_code == 400
    assert rendered_in_transaction["cases/case_detail.html"] is False


def test_a_refused_enquiry_renders_its_form_after_the_transaction(client, rendered_in_transaction):
    response = client.post(reverse("enquire"), {"name": "Vera Example", "text": "Help"})
    assert response.status_code == 400
    assert rendered_in_transaction["cases/enquire.html"] is False


def test_a_refused_phone_call_renders_its_form_after_the_transaction(
    client, practitioner, rendered_in_transaction
):
    client.force_login(practitioner)
    response = client.post(reverse("case-new-phone"), {"subject": "No token"})
    assert response.status_code == 400
    assert rendered_in_transaction["cases/phone_call.html"] is False
