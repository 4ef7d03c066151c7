"""A supervisor reviews the report's published text in Chromium: sees detected spans
highlighted (a long link wrapped on a phone's screen), shows a word wrongly hidden, hides one
more, leaves a word out of the word list, approves; the report stops being a DRAFT and every
step is audited."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache

from casebook.accounts.models import AuditEvent, User
from casebook.analysis.models import ReportApproval
from casebook.cases.actions import do_open_case
from casebook.cases.models import Category, Enquirer
from tests.browser.signin import log_in, wait_for_report

pytestmark = pytest.mark.browser

LONDON = ZoneInfo("Europe/London")
PASSWORD = "browser-test-password-1"
QUERY = "start=2021-11-01&end=2022-11-01"
# Invented enquiries: one category with enough cases for the appendix. "the old boathouse" is
# a place the reviewer decides to hide although redaction left it.
MESSAGES = [
    "A fake account is posting photos of our teacher Mrs Okonkwo-Hale with cruel captions "
    "and tagging pupils from Year 9. Hope Adeyinka first saw it. They meet at the old boathouse. "
    "One clip: tiktok.com/@fake_staff_page_2022/video/7722066104881850925",
    "Pupils set up an account mocking our deputy head and it is being shared around Year 10.",
    "Someone has made a page with edited pictures of a member of staff, please help us.",
    "An account is posting nasty comments about our pupils and a teacher on Instagram.",
    "A parent shared a video of a staff member online and now it is being reposted widely.",
    "Students created a parody profile of the head teacher using photos from our website.",
    "A pupil is being targeted by an anonymous account posting screenshots from group chats.",
    "Our school has been named in a post accusing staff, and pupils are sharing it widely.",
    "A teaching assistant found a fake profile with her photos and a made up name.",
    "We found an account rating pupils' appearance, set up by older students we think.",
    "An online forum thread names our staff and makes false claims, can it be removed?",
    "Someone impersonates our safeguarding lead on a messaging app and contacts parents.",
]


@pytest.fixture
def helpline(seeded: None) -> User:
    category = Category.objects.get(name="Online reputation")
    for i, text in enumerate(MESSAGES):
        enquirer = Enquirer.objects.create(
            name=f"Enquirer {i}", email=f"e{i}@example-school.invalid", enquirer_type="teacher"
        )
        do_open_case(
            enquirer=enquirer,
            channel="email",
            subject=f"Fake staff account report {i % 3}",
            first_message=text,
            opened_at=datetime(2022, 2, 1 + i, 10, tzinfo=LONDON),
            categories=[category],
        )
    return User.objects.create_user(
        username="sam", password=PASSWORD, role="supervisor", first_name="Sam", last_name="Lee"
    )


def test_supervisor_reviews_and_approves(
    live_server: Any, helpline: User, page: Any, screenshots: Path
) -> None:
    cache.clear()
    log_in(page, live_server.url, "sam", PASSWORD)  # the second factor too, where required
    page.wait_for_url("**/cases/**")

    # The report is a draft until someone signs it off.
    page.goto(f"{live_server.url}/reports/?{QUERY}")
    wait_for_report(page)  # built by the report worker
    assert "DRAFT" in page.inner_text("#report-status")

    page.goto(f"{live_server.url}/reports/review/?{QUERY}")
    sample = page.locator("article.review-sample", has_text="Okonkwo-Hale")
    assert sample.count() == 1
    highlighted = sample.locator("mark.detected").all_inner_texts()
    assert "Okonkwo-Hale" in highlighted  # the detected name, highlighted for the reviewer
    page.screenshot(path=str(screenshots / "review-before.png"), full_page=True)
    # On a phone the page scrolls down, never sideways: a long hidden link wraps.
    desk = page.viewport_size
    page.set_viewport_size({"width": 390, "height": 844})
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    page.screenshot(path=str(screenshots / "review-phone.png"), full_page=True)
    assert overflow <= 0, f"the review page is {overflow}px wider than a phone's screen"
    page.set_viewport_size(desk)

    # Hide one more thing in that sample.
    sample.locator("input[type=text]").fill("the old boathouse")
    sample.locator("button:has-text('Hide')").click()
    sample = page.locator("article.review-sample", has_text="Okonkwo-Hale")
    # Each decision reloads the page: wait for the new one (a slower server shows the old).
    sample.locator("mark.extra", has_text="the old boathouse").wait_for(state="attached")
    assert "the old boathouse" in sample.locator("mark.extra").all_inner_texts()
    assert "boathouse" not in sample.locator("details.published").inner_text()

    # Show a detected name as written (a reviewer's decision, audited), then hide it again.
    sample.get_by_role("button", name="Show Okonkwo-Hale as written").click()
    sample = page.locator("article.review-sample", has_text="Okonkwo-Hale")
    sample.locator("mark.restored", has_text="Okonkwo-Hale").wait_for(state="attached")
    assert "Okonkwo-Hale" in sample.locator("mark.restored").all_inner_texts()
    sample.get_by_role("button", name="Hide Okonkwo-Hale again").click()
    sample = page.locator("article.review-sample", has_text="Okonkwo-Hale")
    sample.locator("mark.detected", has_text="Okonkwo-Hale").wait_for(state="attached")
    assert "Okonkwo-Hale" in sample.locator("mark.detected").all_inner_texts()

    # Leave a word out of the word cloud.
    words = page.locator("ul.wordlist li")
    first_word = words.first.locator(".word").inner_text()
    words.first.locator("button").click()
    page.locator("#review-words", has_text=first_word).wait_for(state="attached")
    assert first_word in page.locator("#review-words").inner_text()  # listed as left out
    assert page.locator(f"ul.wordlist li .word:text-is('{first_word}')").count() == 0

    page.click("#approve")
    page.wait_for_selector("text=Approved: every format")
    assert "Approved for publication by Sam Lee" in page.inner_text("#report-status")
    page.screenshot(path=str(screenshots / "review-approved.png"), full_page=True)

    page.goto(f"{live_server.url}/reports/?{QUERY}")
    wait_for_report(page)  # the signed-off report is a new one
    assert "Approved for publication" in page.inner_text("#report-status")
    report_text = page.inner_text(".report")
    assert "boathouse" not in report_text and "Okonkwo-Hale" not in report_text

    actions = list(
        AuditEvent.objects.filter(action__startswith="report.").values_list("action", flat=True)
    )
    assert actions == [
        "report.redact",
        "report.restore",
        "report.redact",
        "report.hide_word",
        "report.approve",
    ]
    assert ReportApproval.objects.get().approved_by == helpline
