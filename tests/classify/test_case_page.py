"""On the case page: suggestions accepted and dismissed, flags raised, reviewed, notified;
in the queue: flagged cases first, with a marker."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import do_open_case
from casebook.cases.models import Case, CaseCategory, Category, Provenance
from casebook.classify.actions import do_assess_message, do_review_flag
from casebook.classify.models import Decision, FlagState, RiskFlag, SuggestionDecision
from casebook.classify.training import examples_from_database

pytestmark = pytest.mark.django_db

RISKY = "Her friends say she wants to kill herself after what was said in the group chat."


@pytest.fixture
def client_for(client, practitioner):
    client.force_login(practitioner)
    return client


def _open(enquirer, subject: str, text: str, **kwargs):
    return do_open_case(
        enquirer=enquirer, channel="email", subject=subject, first_message=text, **kwargs
    )


def _flagged(enquirer, text: str = RISKY):
    case = _open(enquirer, "Worried about a pupil", text)
    do_assess_message(message=case.messages.get(), notify=False)
    return case


def _suggestion_form(html: str, action: str) -> dict[str, str]:
    form = re.search(rf'<form method="post" action="{re.escape(action)}">(.*?)</form>', html, re.S)
    assert form is not None
    return dict(re.findall(r'name="(\w+)" value="([^"]*)"', form.group(1)))


def test_case_page_offers_up_to_five_likely_suggestions_not_on_the_case(client_for, enquirer):
    case = _open(
        enquirer, "Roblox", "My son plays Roblox and Fortnite with strangers on voice chat."
    )
    html = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    names = re.findall(r'<li data-category="([^"]+)">', html)
    assert 2 <= len(names) <= 5
    assert "Gaming" in names
    # Only suggestions the model gives some weight: none reads 0% (or anything under 5%).
    percents = [int(p) for p in re.findall(r'class="suggest-score sub"[^>]*>(\d+)%<', html)]
    assert len(percents) == len(names) and min(percents) >= 5
    tagged = Category.objects.get(name="Gaming")
    CaseCategory.objects.create(
        case=case, category=tagged, provenance=Provenance.PRACTITIONER, added_at=case.opened_at
    )
    html = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    assert "Gaming" not in re.findall(r'<li data-category="([^"]+)">', html)


def test_accept_tags_the_case_as_suggested_and_is_audited(client_for, enquirer, practitioner):
    case = _open(
        enquirer, "Roblox", "My son plays Roblox and Fortnite with strangers on voice chat."
    )
    accept = reverse("classify-accept", args=[case.reference])
    page = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    data = _suggestion_form(page, accept)
    response = client_for.post(accept, data)
    assert response.status_code == 302
    tag = CaseCategory.objects.get(case=case, category_id=data["category"])
    assert tag.provenance == Provenance.SUGGESTED
    assert tag.added_by == practitioner
    decision = SuggestionDecision.objects.get(case=case, category_id=data["category"])
    assert decision.decision == Decision.ACCEPTED
    assert AuditEvent.objects.filter(case=case, action="suggestion.accepted").exists()
    assert tag.get_provenance_display() == "Suggested, accepted by practitioner"
    after = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    shown = re.findall(r'<div class="sub provenance">([^<]*)</div>', after)
    assert f"Suggested, accepted by {practitioner.display_name()}" in " ".join(shown)
    assert not any(p.startswith("Added by") for p in shown)
    # an accepted suggestion is a tag like any other for the next training
    examples = examples_from_database()
    tagged = Category.objects.get(pk=data["category"]).name
    assert [e.categories for e in examples if "Roblox" in e.text] == [(tagged,)]


def test_dismiss_is_recorded_hidden_and_feeds_training(client_for, enquirer):
    case = _open(
        enquirer, "Roblox", "My son plays Roblox and Fortnite with strangers on voice chat."
    )
    dismiss = reverse("classify-dismiss", args=[case.reference])
    page = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    data = _suggestion_form(page, dismiss)
    name = Category.objects.get(pk=data["category"]).name
    assert client_for.post(dismiss, data).status_code == 302
    assert SuggestionDecision.objects.get(case=case).decision == Decision.DISMISSED
    assert not CaseCategory.objects.filter(case=case).exists()
    assert AuditEvent.objects.filter(case=case, action="suggestion.dismissed").exists()
    page = client_for.get(reverse("case-detail", args=[case.reference])).content.decode()
    assert name not in re.findall(r'<li data-category="([^"]+)">', page)
    examples = examples_from_database()
    assert [e.not_categories for e in examples if "Roblox" in e.text] == [(name,)]


def test_bad_suggestion_post_changes_nothing(client_for, case):
    accept = reverse("classify-accept", args=[case.reference])
    response = client_for.post(accept, {"category": "999999", "score": "2", "model_version": ""})
    assert response.status_code == 302
    assert not CaseCategory.objects.filter(case=case).exists()
    assert not SuggestionDecision.objects.exists()


def test_inbound_message_raises_flag_on_commit_and_notifies_supervisor(
    enquirer, supervisor, django_capture_on_commit_callbacks
):
    supervisor.email = "sam@helpline.invalid"
    supervisor.save()
    with django_capture_on_commit_callbacks(execute=True):
        case = _open(enquirer, "Worried about a pupil", RISKY)
    flag = RiskFlag.objects.get(case=case, kind="self_harm")
    assert flag.state == FlagState.RAISED
    assert flag.source == "rule:self_harm.ideation"
    assert flag.supervisor_notified_at is not None
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["sam@helpline.invalid"] and case.reference in sent.subject
    assert "kill herself" not in sent.body  # case text never leaves in mail
    actions = set(AuditEvent.objects.filter(case=case).values_list("action", flat=True))
    assert {"risk.raised", "risk.supervisors_notified"} <= actions


def test_no_flag_for_figures_of_speech(enquirer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        case = _open(enquirer, "Video", "I nearly died laughing at the video. Can it come down?")
    assert not RiskFlag.objects.filter(case=case).exists()


def test_banner_confirm_and_clear_are_audited(client_for, enquirer, practitioner):
    case = _flagged(enquirer)
    detail = reverse("case-detail", args=[case.reference])
    html = client_for.get(detail).content.decode()
    assert 'role="alert" data-flag="self_harm"' in html
    RiskFlag.objects.filter(case=case).exclude(kind="self_harm").delete()
    flag = RiskFlag.objects.get(case=case)
    review = reverse("classify-review-flag", args=[case.reference, flag.pk])
    assert client_for.post(review, {"decision": "confirm"}).status_code == 302
    flag.refresh_from_db()
    assert flag.state == FlagState.CONFIRMED and flag.reviewed_by == practitioner
    assert 'data-flag="self_harm"' in client_for.get(detail).content.decode()
    assert client_for.post(review, {"decision": "clear"}).status_code == 302
    flag.refresh_from_db()
    assert flag.state == FlagState.CLEARED
    html = client_for.get(detail).content.decode()
    assert 'data-flag="self_harm"' not in html and "flag cleared by" in html
    actions = [
        action
        for action, detail in AuditEvent.objects.filter(
            case=case, action__startswith="risk."
        ).values_list("action", "detail")
        if detail.get("flag") == "self_harm"
    ]
    assert actions == ["risk.raised", "risk.confirmed", "risk.cleared"]
    # Cleared and confirmed flags are labels for the next training.
    [example] = [e for e in examples_from_database() if "kill herself" in e.text]
    assert example.not_risk_flags == ("self_harm",)


def test_flag_review_on_another_case_is_refused(client_for, enquirer, case):
    flag = RiskFlag.objects.filter(case=_flagged(enquirer)).first()
    assert flag is not None
    review = reverse("classify-review-flag", args=[case.reference, flag.pk])
    assert client_for.post(review, {"decision": "clear"}).status_code == 404
    flag.refresh_from_db()
    assert flag.state == FlagState.RAISED


def test_flagged_cases_top_the_queue_with_a_marker(client_for, enquirer, practitioner):
    flagged = _flagged(enquirer)
    calm = [_open(enquirer, f"Account {i}", "A fake account about staff.") for i in range(3)]
    # Newest first, so that the flagged case (the oldest) is first only for its flag.
    html = client_for.get(reverse("case-queue"), {"order": "newest"}).content.decode()
    order = re.findall(r'<td class="ref"><a href="[^"]+">([^<]+)</a>', html)
    assert order[0] == flagged.reference  # oldest of the four, yet first
    assert order[1:] == [c.reference for c in reversed(calm)]
    first_row = html.split("<tbody>")[1].split("</tr>")[0]
    assert html.count('class="riskmark"') == first_row.count('class="riskmark"') >= 1
    assert "Suicide or self-harm" in html
    for flag in RiskFlag.objects.all():  # cleared as a practitioner clears them
        do_review_flag(flag=flag, actor=practitioner, confirm=False)
    html = client_for.get(reverse("case-queue"), {"order": "newest"}).content.decode()
    order = re.findall(r'<td class="ref"><a href="[^"]+">([^<]+)</a>', html)
    assert order[-1] == flagged.reference and 'class="riskmark"' not in html


def test_flagged_first_pages_cleanly(client_for, enquirer):
    from casebook.cases.queries import QueueFilters, queue_page

    flagged = _flagged(enquirer)
    calm = [_open(enquirer, f"Account {i}", "A fake account about staff.") for i in range(4)]
    user = client_for.session  # noqa: F841  (logged in; queue_page takes the user itself)
    from casebook.accounts.models import User

    someone = User.objects.get(username="alice")
    pages = [
        [
            r.case.reference
            for r in queue_page(
                user=someone, filters=QueueFilters(order="newest"), page=p, per_page=2
            ).rows
        ]
        for p in (1, 2, 3)
    ]
    assert pages[0][0] == flagged.reference
    flat = [ref for page in pages for ref in page]
    assert flat == [flagged.reference] + [c.reference for c in reversed(calm)]


def test_flagged_cases_stay_on_top_of_the_due_order(client_for, enquirer):
    from datetime import timedelta

    from django.utils import timezone

    flagged = _flagged(enquirer)
    calm = [_open(enquirer, f"Account {i}", "A fake account about staff.") for i in range(3)]
    now = timezone.now()
    # The calm cases are overdue, the flagged one is due last: the due order alone would put
    # it at the bottom.
    for i, c in enumerate(calm):
        Case.objects.filter(pk=c.pk).update(response_due_at=now - timedelta(hours=3 - i))
    Case.objects.filter(pk=flagged.pk).update(response_due_at=now + timedelta(days=2))
    html = client_for.get(reverse("case-queue"), {"order": "due"}).content.decode()
    order = re.findall(r'<td class="ref"><a href="[^"]+">([^<]+)</a>', html)
    assert order == [flagged.reference] + [c.reference for c in calm]
    html = client_for.get(reverse("case-queue")).content.decode()  # the default order
    assert re.findall(r'<td class="ref"><a href="[^"]+">([^<]+)</a>', html)[0] == flagged.reference
