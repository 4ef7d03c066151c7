"""The retention policy: what is anonymised, when, what stays, and what blocks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.models import (
    Attachment,
    Case,
    CaseCategory,
    CasePlatform,
    Category,
    Enquirer,
    Message,
    Platform,
)
from casebook.privacy.actions import (
    HoldError,
    do_lift_hold,
    do_place_hold,
    do_run_retention,
    get_policy,
)
from casebook.privacy.models import CaseAnonymisation, LegalHold, RetentionPolicy

from .conftest import close_case, ingest_case, years_ago

pytestmark = pytest.mark.django_db


def stored_files(root: Path) -> set[str]:
    return (
        {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        if root.exists()
        else set()
    )


@pytest.fixture
def old_case(db):
    case = ingest_case(
        sender="Olwen Oldcase <olwen.oldcase@old-school.invalid>",
        subject="Fake account naming Olwen Oldcase",
        body="Olwen Oldcase here, call 07700 900456. A fake account is posting about me.",
        message_id="<old-1@old-school.invalid>",
        attachment=("screenshot-olwen.png", b"PNG bytes of the old screenshot"),
    )
    case.enquirer_type, case.setting_type, case.region = "teacher", "secondary", "UKK"
    # The details given with this enquiry (a school's shared line, say) are contact details too.
    case.contact_name, case.contact_phone = "Olwen Oldcase", "07700 900456"
    case.contact_organisation = "Old School"
    case.save()
    CasePlatform.objects.create(
        case=case, platform=Platform.objects.get(name="TikTok"), source="practitioner"
    )
    CaseCategory.objects.create(
        case=case,
        category=Category.objects.get(name="Online reputation"),
        provenance="practitioner",
        added_at=timezone.now(),
    )
    return close_case(case, closed_at=years_ago(6, days=1))


@pytest.fixture
def recent_case(db):
    case = ingest_case(
        sender="Rhys Recent <rhys.recent@new-school.invalid>",
        subject="Recent enquiry",
        body="Rhys Recent asking about a group chat.",
        message_id="<recent-1@new-school.invalid>",
    )
    return close_case(case, closed_at=years_ago(6, days=-1))


def test_old_closed_case_is_anonymised_and_keeps_its_facts(
    old_case, recent_case, attachments_dir, django_capture_on_commit_callbacks
):
    before = Case.objects.values(
        "reference",
        "channel",
        "opened_at",
        "closed_at",
        "first_response_at",
        "enquirer_type",
        "setting_type",
        "region",
        "status",
    ).get(pk=old_case.pk)
    tags = list(
        CaseCategory.objects.filter(case=old_case).values_list("category__name", "provenance")
    )
    platforms = list(old_case.platform_tags.values_list("platform__name", "source"))
    messages_before = list(
        Message.objects.filter(case=old_case).values_list("pk", "direction", "at")
    )
    enquirer_id = old_case.enquirer_id
    files_before = stored_files(attachments_dir)
    assert files_before

    with django_capture_on_commit_callbacks(execute=True):
        result = do_run_retention()

    assert result.counts["case.anonymised"] == 1
    assert result.counts["attachment.deleted"] == 1
    assert result.counts["enquirer.deleted"] == 1
    assert result.counts["mailoriginal.deleted"] == 1
    # The attachment and the stored original of the message it came in.
    assert result.counts["files.deleted"] == 2
    case = Case.objects.get(pk=old_case.pk)
    assert Case.objects.values(*before).get(pk=case.pk) == before
    assert (
        list(CaseCategory.objects.filter(case=case).values_list("category__name", "provenance"))
        == tags
    )
    assert platforms and tags  # not vacuous
    assert list(case.platform_tags.values_list("platform__name", "source")) == platforms
    assert case.subject == ""
    # Contact details erased, with the enquirer record below.
    assert (
        case.contact_name,
        case.contact_email,
        case.contact_phone,
        case.contact_organisation,
    ) == ("", "", "", "")
    assert case.anonymisation.cause == "retention"
    # The dialogue keeps its shape (who wrote when) and loses every word.
    assert (
        list(Message.objects.filter(case=case).values_list("pk", "direction", "at"))
        == messages_before
    )
    for m in Message.objects.filter(case=case).values():
        for column in (
            "from_name",
            "from_email",
            "subject",
            "body_text",
            "body_html",
            "in_reply_to",
            "references",
            "to_email",
        ):
            assert m[column] == "", column
        assert m["message_id"] is None
    assert not Attachment.objects.filter(message__case=case).exists()
    assert not Enquirer.objects.filter(pk=enquirer_id).exists()
    assert case.enquirer.name == case.enquirer.email == ""
    # Only the recent case's stored original is left.
    from casebook.intake.models import MailOriginal

    recent_files = set(
        MailOriginal.objects.filter(message__case=recent_case).values_list(
            "storage_path", flat=True
        )
    )
    assert recent_files and stored_files(attachments_dir) == recent_files
    # The recent case is untouched.
    recent = Case.objects.get(pk=recent_case.pk)
    assert recent.subject == "Recent enquiry"
    assert recent.enquirer.email == "rhys.recent@new-school.invalid"
    assert not CaseAnonymisation.objects.filter(case=recent).exists()
    # Audited: one event per case, one for the run with its counts.
    assert AuditEvent.objects.filter(case=case, action="case.anonymised").count() == 1
    run = AuditEvent.objects.get(action="retention.run")
    assert run.detail["counts"]["case.anonymised"] == 1
    assert run.detail["years"] == 6


def test_running_again_changes_nothing(old_case):
    do_run_retention()
    again = do_run_retention()
    assert again.counts["case.anonymised"] == 0
    assert AuditEvent.objects.filter(action="retention.run").count() == 2


def test_dry_run_counts_and_changes_nothing(old_case, recent_case, attachments_dir):
    files = stored_files(attachments_dir)
    result = do_run_retention(dry_run=True)
    assert result.counts["case.anonymised"] == 1
    assert Case.objects.get(pk=old_case.pk).subject == "Fake account naming Olwen Oldcase"
    assert stored_files(attachments_dir) == files
    assert not CaseAnonymisation.objects.exists()
    assert (
        AuditEvent.objects.get(action="retention.dry_run").detail["counts"]["case.anonymised"] == 1
    )
    assert "would anonymise 1 cases" in result.lines()


def test_open_cases_are_never_due_however_old(old_case):
    Case.objects.filter(pk=old_case.pk).update(status="open", opened_at=years_ago(20))
    assert do_run_retention().counts["case.anonymised"] == 0


def test_policy_years_are_respected(old_case):
    RetentionPolicy.objects.update_or_create(pk=1, defaults={"years": 7})
    assert do_run_retention().counts["case.anonymised"] == 0
    RetentionPolicy.objects.filter(pk=1).update(years=5)
    assert do_run_retention().counts["case.anonymised"] == 1


def test_switched_off_policy_changes_nothing(old_case):
    RetentionPolicy.objects.update_or_create(pk=1, defaults={"enabled": False})
    result = do_run_retention()
    assert not result.enabled
    assert not CaseAnonymisation.objects.exists()
    assert AuditEvent.objects.filter(action="retention.off").exists()


def test_default_policy_is_six_years(db):
    assert get_policy().years == 6


def test_legal_hold_blocks_retention_until_lifted(old_case, supervisor):
    hold = do_place_hold(case=old_case, actor=supervisor, reason="Police investigation 4411")
    result = do_run_retention()
    assert result.counts["case.anonymised"] == 0
    assert result.held == [old_case.reference]
    assert Case.objects.get(pk=old_case.pk).subject
    with pytest.raises(HoldError):
        do_place_hold(case=old_case, actor=supervisor, reason="again")
    do_lift_hold(hold=hold, actor=supervisor)
    assert do_run_retention().counts["case.anonymised"] == 1
    # The lifted hold stays as a record, without its reason.
    kept = LegalHold.objects.get(pk=hold.pk)
    assert kept.reason == "" and kept.lifted_at is not None
    with pytest.raises(HoldError, match="anonymised already"):
        do_place_hold(case=old_case, actor=supervisor, reason="too late")
    actions = list(AuditEvent.objects.filter(case=old_case).values_list("action", flat=True))
    assert "hold.placed" in actions and "hold.lifted" in actions


def test_hold_needs_a_reason(old_case, supervisor):
    with pytest.raises(HoldError):
        do_place_hold(case=old_case, actor=supervisor, reason="  ")


def test_file_shared_with_a_recent_case_stays(
    old_case, attachments_dir, django_capture_on_commit_callbacks
):
    same = ingest_case(
        sender="Rhys Recent <rhys.recent@new-school.invalid>",
        subject="Same screenshot",
        body="Sending the same picture.",
        message_id="<recent-2@new-school.invalid>",
        attachment=("copy.png", b"PNG bytes of the old screenshot"),
    )
    path = Attachment.objects.get(message__case=same).storage_path
    with django_capture_on_commit_callbacks(execute=True):
        result = do_run_retention()
    # The old case's stored original goes; the attachment both cases have stays.
    assert result.counts["files.deleted"] == 1
    assert (attachments_dir / path).is_file()


def test_enquirer_with_a_recent_case_is_kept(old_case):
    enquirer = old_case.enquirer
    later = ingest_case(
        sender="Olwen Oldcase <olwen.oldcase@old-school.invalid>",
        subject="Another question",
        body="A new question.",
        message_id="<old-2@old-school.invalid>",
    )
    assert later.enquirer_id == enquirer.pk
    result = do_run_retention()
    assert result.counts["enquirer.deleted"] == 0
    assert Case.objects.get(pk=later.pk).enquirer.email == "olwen.oldcase@old-school.invalid"
    assert Case.objects.get(pk=old_case.pk).enquirer_id != enquirer.pk


def test_audit_details_of_anonymised_cases_lose_personal_values(old_case, practitioner):
    from casebook.cases.actions import audit

    audit(
        actor=practitioner,
        case=old_case,
        action="email.queued",
        message=1,
        to="olwen.oldcase@old-school.invalid",
    )
    audit(actor=practitioner, case=old_case, action="status.changed", old="open", new="closed")
    do_run_retention()
    queued = AuditEvent.objects.get(case=old_case, action="email.queued")
    assert queued.detail == {"message": 1, "to": "[removed]"}
    assert queued.actor == practitioner
    assert AuditEvent.objects.get(case=old_case, action="status.changed").detail == {
        "old": "open",
        "new": "closed",
    }


def test_escalation_outcome_survives_its_item(old_case, practitioner):
    from casebook.cases.models import Platform
    from casebook.partners.actions import do_escalate_item, do_record_outcome, do_record_referral
    from casebook.partners.models import Escalation, Referral, Service

    escalation = do_escalate_item(
        case=old_case,
        actor=practitioner,
        platform=Platform.objects.get(name="TikTok"),
        kind="account",
        item="@olwen_fake_account",
        platform_reference="TT-99812",
        policy="Impersonation",
    )
    do_record_outcome(escalation=escalation, actor=practitioner, outcome="removed")
    do_record_referral(
        case=old_case,
        actor=practitioner,
        service=Service.objects.get(name="Childline"),
        kind="signpost",
        reason="Olwen's pupil needed someone to talk to",
    )
    close_case(old_case, closed_at=years_ago(6, days=1))
    before = Escalation.objects.values(
        "platform",
        "kind",
        "route",
        "policy",
        "outcome",
        "outcome_at",
        "outcome_days",
        "escalated_at",
        "category",
    ).get()
    do_run_retention()
    e = Escalation.objects.get()
    assert e.item == "" and e.platform_reference == ""
    assert Escalation.objects.values(*before).get() == before
    r = Referral.objects.get()
    assert r.reason == "" and r.service.name == "Childline" and r.kind == "signpost"


def test_old_quarantined_mail_goes_with_its_file(
    db, attachments_dir, django_capture_on_commit_callbacks
):
    from casebook.intake.actions import do_quarantine_message
    from casebook.intake.models import QuarantinedMessage

    do_quarantine_message(raw=b"From: old@x.invalid\r\n\r\nold broken", source="t", reason="bad")
    do_quarantine_message(raw=b"From: new@x.invalid\r\n\r\nnew broken", source="t", reason="bad")
    old = QuarantinedMessage.objects.order_by("pk")[0]
    assert (attachments_dir / old.storage_path).is_file()
    QuarantinedMessage.objects.filter(pk=old.pk).update(created_at=years_ago(7))
    with django_capture_on_commit_callbacks(execute=True):
        result = do_run_retention()
    assert result.counts["mail.deleted"] == 1
    assert not QuarantinedMessage.objects.filter(pk=old.pk).exists()
    assert QuarantinedMessage.objects.count() == 1
    assert not (attachments_dir / old.storage_path).exists()


def test_unused_old_enquirer_records_go(db):
    Enquirer.objects.create(name="Nobody Old", email="nobody@old.invalid")
    Enquirer.objects.filter(email="nobody@old.invalid").update(created_at=years_ago(7))
    Enquirer.objects.create(name="Nobody New", email="nobody@new.invalid")
    result = do_run_retention()
    assert result.counts["enquirer.unused"] == 1
    assert list(Enquirer.objects.values_list("email", flat=True)) == ["nobody@new.invalid"]


def test_the_scheduled_unit_runs_retention_daily(old_case, capsys):
    """deploy/systemd: the timer starts the retention service every day, and the service's
    command line (not a dry run) anonymises what is due."""
    import re
    import shlex

    units = Path(__file__).resolve().parents[2] / "deploy" / "systemd"
    timer = (units / "casebook-retention.timer").read_text()
    assert re.search(r"^OnCalendar=\*-\*-\* \d\d:\d\d:\d\d$", timer, re.MULTILINE)
    assert "Persistent=true" in timer  # a night missed while the machine was off runs on boot
    service = (units / "casebook-retention.service").read_text()
    (command,) = re.findall(r"^ExecStart=(.+)$", service, re.MULTILINE)
    program, *args = shlex.split(command)
    assert program.endswith("/casebook") and args[0] == "retention"
    call_command(*args)
    assert "anonymised 1 cases" in capsys.readouterr().out
    assert Case.objects.get(pk=old_case.pk).subject == ""
    assert AuditEvent.objects.filter(action="retention.run").count() == 1


def test_command_dry_run_and_run(old_case, capsys):
    call_command("retention", "--dry-run")
    out = capsys.readouterr().out
    assert "would anonymise 1 cases" in out
    assert not CaseAnonymisation.objects.exists()
    call_command("retention")
    out = capsys.readouterr().out
    assert "anonymised 1 cases" in out
    assert CaseAnonymisation.objects.count() == 1


def test_a_case_claimed_elsewhere_is_left_to_that_worker(old_case, monkeypatch):
    from casebook.privacy import engine

    # Another worker's claim of the same case: our insert fails on the primary key.
    real = engine.claim

    def claimed_elsewhere(ids, *, cause):
        CaseAnonymisation.objects.create(case_id=old_case.pk, at=timezone.now(), cause=cause)
        return real(ids, cause=cause)

    monkeypatch.setattr(engine, "claim", claimed_elsewhere)
    result = do_run_retention()
    assert result.counts["case.anonymised"] == 0
    # ... so this run did not touch it.
    assert Case.objects.get(pk=old_case.pk).subject


def test_closed_cases_without_a_closing_date_are_reported(old_case):
    Case.objects.filter(pk=old_case.pk).update(closed_at=None)
    result = do_run_retention(dry_run=True)
    assert result.counts["case.anonymised"] == 0
    assert any("1 closed cases have no closing date" in line for line in result.lines())


def test_merged_records_go_with_the_record_they_were_merged_into(old_case, practitioner):
    from casebook.cases.enquirer_actions import do_merge_enquirers, do_update_enquirer

    keep = old_case.enquirer
    spare = Enquirer.objects.create(name="Olwen Oldcase", email="olwen@home.invalid")
    do_merge_enquirers(
        keep=keep,
        merge=spare,
        actor=practitioner,
        keep_version=keep.version,
        merge_version=spare.version,
        shown_cases=[],
    )
    keep.refresh_from_db()
    do_update_enquirer(
        enquirer=keep,
        actor=practitioner,
        expected_version=keep.version,
        details={"phone": "07700 900456"},
    )
    # An edit of a record with no case is audited on no case.
    lonely = Enquirer.objects.create(name="Lonely Record", email="lonely@x.invalid")
    do_update_enquirer(
        enquirer=lonely, actor=practitioner, expected_version=1, details={"phone": "07700 900999"}
    )
    Enquirer.objects.filter(pk=lonely.pk).update(created_at=years_ago(7))
    result = do_run_retention()
    assert result.counts["enquirer.deleted"] == 2  # the record and the one merged into it
    assert result.counts["enquirer.unused"] == 1
    assert not Enquirer.objects.filter(pk__in=[keep.pk, spare.pk, lonely.pk]).exists()
    for event in AuditEvent.objects.filter(action__startswith="enquirer."):
        text = str(event.detail)
        assert "olwen" not in text.lower() and "07700" not in text and "Lonely" not in text, text
