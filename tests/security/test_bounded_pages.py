"""List pages show a page at a time, however many rows there are (the queue's own paging is
tested in tests/cases/test_views_queue.py, the audit log's in tests/privacy)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def _cases(enquirer: Any, n: int) -> list[Any]:
    from casebook.cases.actions import do_open_case

    return [
        do_open_case(enquirer=enquirer, channel="email", subject=f"Case {i}", first_message="x")
        for i in range(n)
    ]


def test_the_holds_page_shows_a_page_at_a_time(client, admin_user, enquirer, monkeypatch):
    from casebook.privacy import views
    from casebook.privacy.models import LegalHold

    monkeypatch.setattr(views, "PAGE_SIZE", 3)
    now = timezone.now()
    for i, case in enumerate(_cases(enquirer, 5)):
        LegalHold.objects.create(
            case=case, reason="Litigation", placed_by=admin_user, placed_at=now - timedelta(hours=i)
        )
    client.force_login(admin_user)
    first = client.get(reverse("privacy-holds")).content.decode()
    assert first.count("Litigation") == 3 and "Page 1 of 2" in first and 'rel="next"' in first
    second = client.get(reverse("privacy-holds") + "?page=2").content.decode()
    assert second.count("Litigation") == 2 and 'rel="prev"' in second


def test_the_follow_ups_page_is_bounded(client, practitioner, enquirer, monkeypatch):
    from casebook.cases.models import Platform
    from casebook.partners import actions, queries
    from casebook.partners.models import Escalation

    monkeypatch.setattr(queries, "FOLLOW_UPS_SHOWN", 2)
    platform = Platform.objects.get(name="TikTok")
    for case in _cases(enquirer, 3):
        actions.do_escalate_item(
            case=case, actor=practitioner, platform=platform, kind="account", item="@overdue"
        )
    Escalation.objects.update(follow_up_due_at=timezone.now() - timedelta(hours=1))
    client.force_login(practitioner)
    listing = client.get(reverse("partners-follow-ups")).content.decode()
    assert listing.count("@overdue") == 2
