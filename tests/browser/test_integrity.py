"""Case data changes only when a practitioner means it to: two people at once, in Chromium.

Each test opens two browser contexts (two people, or a person and the public) on the shared
Chromium fixture and the live server.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Error as PlaywrightError

from casebook.accounts.models import User
from casebook.cases import actions
from casebook.cases.models import (
    Case,
    Direction,
    Enquirer,
    Message,
    Platform,
    SendState,
    Status,
)
from tests.browser import scenario
from tests.browser.signin import log_in
from tests.conftest import SERVER_URL

pytestmark = pytest.mark.browser


def _wait_past_aborted(page: Any, url: str) -> None:
    """page.wait_for_url(url), waiting on when a navigation it saw was aborted by the next
    one (Chromium reports net::ERR_ABORTED for the first of two posts sent at once)."""
    for _ in range(3):
        try:
            page.wait_for_url(url)
            return
        except PlaywrightError as error:
            if "ERR_ABORTED" not in error.message:
                raise
    page.wait_for_url(url)


@contextmanager
def person(browser: Any, live_server: Any, username: str | None, **options: Any) -> Iterator[Any]:
    """A browser context of its own (cookies, tabs), logged in as username if given."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 900}, locale="en-GB", **options
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    if username:
        log_in(page, live_server.url, username)  # the second factor too, where required
        page.wait_for_url("**/cases/")
    try:
        yield page
    finally:
        context.close()


def case_url(live_server: Any, case: Case) -> str:
    return f"{live_server.url}/cases/{case.reference}/"


@pytest.mark.skipif(
    not SERVER_URL,
    reason="in-process, pytest-django's live server on in-memory SQLite shares one database "
    "connection between its request threads, so two posts at once share one transaction and "
    "the second can see the first's unfinished claim on the form; the test runs against the "
    "real server (separate connections, PostgreSQL) in the served stage",
)
def test_public_form_sent_twice_opens_one_case_and_renames_nobody(
    live_server: Any, seeded: None, browser: Any, settings: Any
) -> None:
    settings.ENQUIRY_RATE_LIMIT_PER_HOUR = 100
    world = scenario.build()
    earlier = world.main_case
    known = earlier.enquirer
    # The public, with scripts off so nothing in the page stops the second post: the server
    # alone must see to it that one enquiry opens one case.
    with person(browser, live_server, None, java_script_enabled=False) as public:
        public.goto(f"{live_server.url}/enquire/")
        public.fill("#id_name", "Someone Else Entirely")
        public.fill("#id_email", known.email.upper())
        public.fill("#id_phone", "07700 900999")
        public.fill("#id_organisation", "Another School")
        public.select_option("#id_enquirer_type", "parent")
        public.fill("#id_subject", "Worried about a group chat")
        public.fill("#id_text", "My child is in a group chat where pictures are shared.")
        # The second click's post aborts the first's navigation: wait for where it ends, not
        # for the navigation each click starts.
        public.dblclick("button:has-text('Send enquiry')", no_wait_after=True)
        _wait_past_aborted(public, "**/enquire/thanks/**")
        assert "CB-" in public.inner_text("main")
    new_cases = Case.objects.filter(subject="Worried about a group chat")
    assert new_cases.count() == 1
    new_case = new_cases.get()
    assert new_case.enquirer == known
    known.refresh_from_db()
    assert (known.name, known.phone, known.organisation) == (
        "Harriet Quill",
        "0113 496 0471",
        "Example Vale Academy",
    )
    with person(browser, live_server, "rowan") as rowan:
        rowan.goto(case_url(live_server, new_case))
        given = rowan.inner_text(".contact-given")
        record = rowan.inner_text(".contact-record")
        assert "Someone Else Entirely" in given and "07700 900999" in given
        assert "Harriet Quill" in record and "Someone Else" not in record
        assert earlier.reference in rowan.inner_text("#other-cases")
        rowan.goto(case_url(live_server, earlier))
        assert "Harriet Quill" in rowan.inner_text(".contact-given")
        assert new_case.reference in rowan.inner_text("#other-cases")


def test_two_practitioners_reply_at_once_and_a_reply_can_be_cancelled(
    live_server: Any, seeded: None, browser: Any, settings: Any, screenshots: Path
) -> None:
    settings.REPLY_CANCEL_SECONDS = 60
    world = scenario.build()
    case = world.main_case
    with person(browser, live_server, "rowan") as rowan, person(browser, live_server, "kit") as kit:
        rowan.goto(case_url(live_server, case))
        kit.goto(case_url(live_server, case))
        # The reply box is closed until asked for, and says where the email goes.
        assert not rowan.is_visible("#id_reply-text")
        rowan.click("summary:has-text('Reply to the enquirer')")
        rowan.fill("#id_reply-text", "Instagram has removed the account.")
        kit.click("summary:has-text('Reply to the enquirer')")
        kit.fill("#id_reply-text", "We are still waiting for Instagram.")
        send = "button:has-text('Send email to h.quill@examplevale-academy.example.org')"
        rowan.dblclick(send)
        rowan.wait_for_selector("text=queued: it goes in 60 seconds")
        assert Message.objects.filter(case=case, send_state=SendState.QUEUED).count() == 1
        # Kit's page is out of date: the reply is held, and what changed is shown.
        kit.click(send)
        kit.wait_for_selector("text=Not sent yet")
        assert "Instagram has removed the account." in kit.inner_text(".msg-new")
        assert kit.input_value("#id_reply-text") == "We are still waiting for Instagram."
        assert "Email reply queued to" in kit.inner_text("#changed-since")
        kit.screenshot(path=str(screenshots / "reply-held.png"), full_page=True)
        assert Message.objects.filter(case=case, direction=Direction.OUTBOUND).count() == 2
        # Rowan thinks better of it and cancels within the window; the text comes back.
        mine = Message.objects.get(case=case, body_text="Instagram has removed the account.")
        rowan.click(f"#m{mine.pk} button:has-text('Cancel sending')")
        rowan.wait_for_selector("text=Reply cancelled: it will not be sent.")
        assert rowan.input_value("#id_reply-text") == "Instagram has removed the account."
        mine.refresh_from_db()
        assert mine.send_state == SendState.CANCELLED
        # Kit has read the new entry, and sends on purpose.
        kit.click(send)
        kit.wait_for_selector("text=queued: it goes in 60 seconds")
    replies = Message.objects.filter(case=case, send_state=SendState.QUEUED)
    assert [m.body_text for m in replies] == ["We are still waiting for Instagram."]


def test_two_practitioners_edit_platforms_and_the_enquirer_record(
    live_server: Any, seeded: None, browser: Any, screenshots: Path
) -> None:
    world = scenario.build()
    case = world.main_case
    with person(browser, live_server, "rowan") as rowan, person(browser, live_server, "kit") as kit:
        rowan.goto(case_url(live_server, case))
        kit.goto(case_url(live_server, case))
        for page, platform in ((rowan, "YouTube"), (kit, "TikTok")):
            page.click("#platforms summary:has-text('Edit platforms')")
            page.check(f"#platforms label:has-text('{platform}') input")
        rowan.click("#platforms button:has-text('Save platforms')")
        rowan.wait_for_selector("text=Platforms saved.")
        kit.click("#platforms button:has-text('Save platforms')")
        kit.wait_for_selector("text=changed by someone else")
        assert "Platforms changed" in kit.inner_text("#changed-since")
        assert "Rowan Ashby" in kit.inner_text("#changed-since")
        case.refresh_from_db()
        assert "TikTok" not in list(case.platforms.values_list("name", flat=True))
        # Kit's choice is kept on top of Rowan's: saving again is a decision made with the
        # change in view, and loses neither.
        assert kit.is_checked("#platforms label:has-text('TikTok') input")
        assert kit.is_checked("#platforms label:has-text('YouTube') input")
        kit.click("#platforms button:has-text('Save platforms')")
        kit.wait_for_selector("text=Platforms saved.")
        assert sorted(case.platforms.values_list("name", flat=True)) == [
            "Instagram",
            "TikTok",
            "YouTube",
        ]

        # Categories likewise: both add one from pages loaded at the same version.
        for page in (rowan, kit):
            page.reload()
        rowan.select_option("#id_addcat-category", label="Cyber bullying")
        rowan.click("#categories button:has-text('Add')")
        rowan.wait_for_selector("text=Category “Cyber bullying” added.")
        kit.select_option("#id_addcat-category", label="Sexting")
        kit.click("#categories button:has-text('Add')")
        kit.wait_for_selector("text=changed by someone else")
        assert "Category added: Cyber bullying" in kit.inner_text("#changed-since")
        assert not case.categories.filter(name="Sexting").exists()

        # The enquirer record: both open its edit form; the second save is refused.
        for page in (rowan, kit):
            page.reload()
            page.click("#enquirer summary:has-text('Edit the enquirer record')")
        rowan.fill("#id_enquirer-phone", "0113 496 0472")
        rowan.click("button:has-text('Save the record')")
        rowan.wait_for_selector("text=Enquirer record saved (phone changed).")
        kit.fill("#id_enquirer-organisation", "Example Vale Academy Trust")
        kit.click("button:has-text('Save the record')")
        kit.wait_for_selector("text=changed by someone else")
        assert "0113 496 0472" in kit.inner_text("#changed-since")
        assert kit.input_value("#id_enquirer-organisation") == "Example Vale Academy Trust"
        assert kit.input_value("#id_enquirer-phone") == "0113 496 0472"  # Rowan's, kept
        kit.screenshot(path=str(screenshots / "stale-enquirer.png"), full_page=True)
    enquirer = Enquirer.objects.get(pk=case.enquirer_id)
    assert (enquirer.phone, enquirer.organisation) == ("0113 496 0472", "Example Vale Academy")


def test_merge_lists_cases_and_refuses_when_they_changed_then_split(
    live_server: Any, seeded: None, browser: Any, screenshots: Path
) -> None:
    world = scenario.build()
    case = world.main_case
    home = Enquirer.objects.create(name="Harriet Quill", email="harriet@home.example.org")
    theirs = actions.do_open_case(
        enquirer=home, channel="email", subject="From home", first_message="Sent from home."
    )
    with person(browser, live_server, "rowan") as rowan, person(browser, live_server, "kit") as kit:
        rowan.goto(case_url(live_server, case))
        rowan.click("text=Merge with another enquirer record…")
        rowan.fill("#id_query", "harriet@home.example.org")
        rowan.click("button:has-text('Find')")
        rowan.wait_for_selector("text=What merging will do")
        assert theirs.reference in rowan.inner_text("#confirm")
        rowan.screenshot(path=str(screenshots / "merge-preview.png"), full_page=True)
        # Meanwhile Kit records a call on the home record's case list: a second case appears.
        kit.goto(f"{live_server.url}/cases/new/phone/")
        kit.fill("#id_email", "harriet@home.example.org")
        kit.fill("#id_enquirer_words", "Calling about the account again.")
        kit.click("button:has-text('Open the case')")
        kit.wait_for_selector("text=Call recorded on")
        rowan.click("button:has-text('Merge Harriet Quill')")
        rowan.wait_for_selector("text=changed since they were listed")
        assert Case.objects.filter(enquirer=home).count() == 2
        # The page now lists both; confirming merges exactly what it lists.
        assert rowan.locator("#confirm .ref").count() == 2
        rowan.click("button:has-text('Merge Harriet Quill')")
        rowan.wait_for_selector("text=Records merged: 2 cases moved")
        assert Case.objects.filter(enquirer=home).count() == 0
        assert theirs.reference in rowan.inner_text("#other-cases")

        # Kit moves one case off the (now shared) record to a record of its own, while
        # Rowan's page still shows the old record.
        kit.goto(case_url(live_server, theirs))
        kit.click("text=Move this case to its own enquirer record…")
        assert kit.is_checked(f"input[name='split-cases'][value='{theirs.pk}']")
        kit.fill("#id_split-name", "Harriet Quill (home)")
        kit.click("button:has-text('Move the ticked cases to a new record')")
        kit.wait_for_selector("text=1 case moved to a new enquirer record")
        rowan.click("#enquirer summary:has-text('Edit the enquirer record')")
        rowan.fill("#id_enquirer-name", "H. Quill")
        rowan.click("button:has-text('Save the record')")
        rowan.wait_for_selector("text=changed by someone else")
    theirs.refresh_from_db()
    assert theirs.enquirer.name == "Harriet Quill (home)"
    assert Enquirer.objects.get(pk=case.enquirer_id).name == "Harriet Quill"


@pytest.mark.skipif(
    bool(SERVER_URL),
    reason="against the real server the test process flushes the database between tests, so "
    "content types come back under new ids while the server's workers keep the old ones "
    "cached and the admin log's insert fails; the test runs in-process (SQLite) instead",
)
def test_history_shows_admin_edits_of_the_case_and_its_enquirer(
    live_server: Any, seeded: None, browser: Any
) -> None:
    world = scenario.build()
    case = world.main_case
    User.objects.create_user(
        username="ada",
        password=scenario.PASSWORD,
        role="admin",
        first_name="Ada",
        is_staff=True,
        is_superuser=True,
    )
    with person(browser, live_server, None) as ada, person(browser, live_server, "rowan") as rowan:
        log_in(ada, live_server.url, "ada")
        ada.goto(f"{live_server.url}/admin/cases/enquirer/{case.enquirer_id}/change/")
        ada.fill("#id_organisation", "Example Vale Academy (renamed)")
        ada.click("input[name='_save']")
        ada.wait_for_selector("text=was changed successfully")
        ada.goto(f"{live_server.url}/admin/cases/case/{case.pk}/change/")
        ada.select_option("#id_region", "UKM")
        ada.click("input[name='_save']")
        ada.wait_for_selector("text=was changed successfully")
        rowan.goto(case_url(live_server, case))
        rowan.click("#history summary")
        history = rowan.inner_text("#history")
        assert "Enquirer record changed" in history
        assert "Example Vale Academy (renamed)" in history
        assert "Changed in the admin site" in history and "Scotland" in history
        assert history.count("(admin site)") == 2
        assert "Status changed" in history  # the scenario's own edits are there too


def test_reply_box_flash_and_unsaved_text(live_server: Any, seeded: None, browser: Any) -> None:
    world = scenario.build()
    case = world.cases[1]  # a long page is not needed: the redirect goes to the new entry
    with person(browser, live_server, "rowan") as rowan, person(browser, live_server, "kit") as kit:
        for i in range(12):
            actions.do_add_note(case=case, actor=world.colleague, text=f"Earlier note {i}\n" * 5)
        rowan.goto(case_url(live_server, case))
        rowan.click("summary:has-text('Add an internal note')")
        rowan.fill("#id_note-text", "Spoke to the DSL.")
        rowan.click("button:has-text('Add note')")
        flash = rowan.locator(".flash")
        flash.wait_for()
        # The page went to the new note, far down, and the confirmation is in view there.
        assert rowan.evaluate("window.scrollY") > 300
        box = flash.bounding_box()
        assert box is not None and 0 <= box["y"] < 900
        assert flash.get_attribute("role") == "status"
        # Focused, so a screen reader announces it.
        rowan.wait_for_function("document.activeElement.classList.contains('flash')")
        # Typed text is not lost by leaving the page by accident.
        rowan.click("summary:has-text('Reply to the enquirer')")
        rowan.fill("#id_reply-text", "Half a reply")
        with rowan.expect_event("dialog") as dialog_info:
            rowan.close(run_before_unload=True)
        dialog = dialog_info.value
        assert dialog.type == "beforeunload"
        dialog.dismiss()
        assert not rowan.is_closed()
        # A page with nothing typed closes without asking.
        kit.goto(case_url(live_server, case))
        kit.click("summary:has-text('Add an internal note')")  # interaction, but no text
        with kit.expect_event("close"):
            kit.close(run_before_unload=True)
        assert kit.is_closed()


def test_a_recorded_call_is_assigned_open_and_answered(
    live_server: Any, seeded: None, browser: Any
) -> None:
    scenario.build()
    with person(browser, live_server, "kit") as kit, person(browser, live_server, "rowan") as rowan:
        kit.goto(f"{live_server.url}/cases/new/phone/")
        kit.fill("#id_name", "Pat Caller")
        kit.fill("#id_phone", "07700 900555")
        kit.fill("#id_enquirer_words", "A pupil is being blackmailed on Snapchat.")
        kit.check("#id_answered")
        kit.fill("#id_answer", "Advised them not to pay and to contact the police.")
        kit.dblclick("button:has-text('Open the case')")
        kit.wait_for_selector("text=Call recorded on")
        case = Case.objects.get(contact_name="Pat Caller")
        assert case.assigned_to is not None
        assert (case.status, case.assigned_to.username) == (Status.OPEN, "kit")
        assert case.first_response_at is not None
        assert case.first_response_at <= timezone.now()
        rowan.goto(case_url(live_server, case))
        facts = rowan.inner_text(".facts")
        assert "Kit Marlowe" in facts and "not yet" not in facts
        assert Case.objects.filter(contact_name="Pat Caller").count() == 1
    assert Platform.objects.filter(name="Snapchat", cases=case).exists()
