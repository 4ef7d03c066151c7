"""Subject access and erasure for one invented person, Jane Example, who wrote to the
helpline twice, answered on someone else's case, was named (with her Instagram handle) in
another enquiry and in an item escalated on it, sent mail that could not be read and an
auto-reply, was searched for in the queue, and was quoted in a web report.

After erasure nothing of hers is left: every text column of every table (JSON details
included), every signed-in session's data, the cache, and every stored file (attachments,
stored originals, quarantined and skipped mail, read raw and MIME-decoded; web reports) is
searched for her name, address, phone number, handle and the words she wrote.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import io
import json
import zipfile
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from casebook.accounts.models import AuditEvent
from casebook.cases.actions import audit, do_add_note
from casebook.cases.models import Case, Enquirer, Message
from casebook.cases.reply_actions import do_queue_email_reply
from casebook.classify.models import RiskFlag
from casebook.intake.actions import do_quarantine_message, ingest_bytes
from casebook.intake.models import MailOriginal, QuarantinedMessage, SkippedMail
from casebook.privacy.actions import (
    ErasureBlocked,
    do_erase_person,
    do_lift_hold,
    do_place_hold,
)
from casebook.privacy.export import export_file
from casebook.privacy.models import CaseAnonymisation, PreservedReport
from casebook.privacy.person import PersonNotFound, find_person

from .conftest import ingest_case, mail_bytes

pytestmark = pytest.mark.django_db

NAME = "Jane Example"
EMAIL = "jane.example@school.invalid"
PHONE = "07700 900123"
SENTENCE = "the marmalade gazebo incident in form 7Q"
HANDLE = "@jane_gazebo77"
NEEDLES = [
    NAME,
    EMAIL,
    PHONE,
    "07700900123",
    "7700 900123",
    "jane_gazebo77",
    SENTENCE,
    "screenshot bytes of jane",
    "jane replied about the gazebo",
]


@pytest.fixture
def reports_dir(settings, tmp_path) -> Path:
    settings.REPORTS_DIR = tmp_path / "reports"
    return Path(settings.REPORTS_DIR)


@pytest.fixture
def world(db, practitioner, supervisor, admin_user, attachments_dir, reports_dir):
    """Jane's cases and traces, and Omar's case, which mentions her."""
    from casebook.analysis.jobs import do_request_report, run_pending_jobs
    from casebook.analysis.tables import Period
    from casebook.cases.models import Platform
    from casebook.partners.actions import do_escalate_item

    first = ingest_case(
        sender=f"{NAME} <{EMAIL}>",
        subject=f"Help please - {NAME}",
        body=f"Hello, I am {NAME} ({HANDLE} on Instagram), call me on {PHONE}. "
        f"It is about {SENTENCE}.",
        message_id="<jane-1@school.invalid>",
        attachment=("jane-evidence.txt", b"screenshot bytes of jane"),
    )
    Enquirer.objects.filter(pk=first.enquirer_id).update(
        phone=PHONE, organisation="Example Academy"
    )
    do_add_note(case=first, actor=practitioner, text=f"Rang {NAME} back on {PHONE}.")
    RiskFlag.objects.create(
        case=first,
        kind="self_harm",
        score=0.91,
        source="rule:test",
        excerpt=f"...{SENTENCE}...",
        raised_at=timezone.now(),
    )
    first.refresh_from_db()
    do_queue_email_reply(case=first, actor=practitioner, text="Thank you, we are on it.")
    second = ingest_case(
        sender=f"{NAME} <{EMAIL}>",
        subject="Another question",
        body="A second question from me.",
        message_id="<jane-2@school.invalid>",
    )
    assert second.enquirer_id == first.enquirer_id
    omar = ingest_case(
        sender="Omar Other <omar.other@elsewhere.invalid>",
        subject="Colleague needs advice",
        body=f"My colleague {NAME} ({EMAIL}) saw it too; someone copied her account "
        f"{HANDLE}. Omar's own words stay.",
        message_id="<omar-1@elsewhere.invalid>",
    )
    # Omar forwards an email Jane sent him, as an attachment: the forwarded .eml is stored
    # byte for byte, and its text is shown on his case.
    forwarded = EmailMessage()
    forwarded["From"] = f"{NAME} <{EMAIL}>"
    forwarded["To"] = "omar.other@elsewhere.invalid"
    forwarded["Subject"] = "What I saw"
    forwarded["Date"] = "Mon, 04 Apr 2022 18:00:00 +0100"
    forwarded.set_content(f"Omar, it was horrible.\n{NAME}, form tutor, {PHONE}", cte="8bit")
    cover = EmailMessage()
    cover["From"] = "Omar Other <omar.other@elsewhere.invalid>"
    cover["To"] = "helpline@casebook.invalid"
    cover["Subject"] = f"Fwd: What I saw [{omar.reference}]"
    cover["Message-ID"] = "<omar-2@elsewhere.invalid>"
    cover["Date"] = "Tue, 05 Apr 2022 11:00:00 +0100"
    cover.set_content("Forwarding what my colleague sent me.")
    cover.add_attachment(forwarded)
    assert ingest_bytes(bytes(cover), source="test").case_reference == omar.reference
    do_escalate_item(
        case=omar,
        actor=practitioner,
        platform=Platform.objects.get(name="Instagram"),
        kind="account",
        item="https://www.instagram.com/jane_gazebo77/",
        policy="Impersonation",
    )
    # Jane answers on Omar's case.
    ingest_bytes(
        mail_bytes(
            sender=f"{NAME} <{EMAIL}>",
            subject=f"Re: Colleague needs advice [{omar.reference}]",
            body="jane replied about the gazebo",
            message_id="<jane-3@school.invalid>",
            in_reply_to="<omar-1@elsewhere.invalid>",
        ),
        source="test",
    )
    do_quarantine_message(
        raw=f"From: {NAME} <{EMAIL}>\r\nContent-Type: multipart/mixed\r\n\r\n{SENTENCE}".encode(),
        source="test",
        reason="unreadable",
    )
    ingest_bytes(
        mail_bytes(
            sender=f"{NAME} <{EMAIL}>",
            subject="Out of office",
            body="I am away until Monday.",
            message_id="<jane-ooo@school.invalid>",
        ).replace(b"Subject:", b"Auto-Submitted: auto-replied\r\nSubject:"),
        source="test",
    )
    LogEntry.objects.log_actions(
        user_id=admin_user.pk,
        queryset=Enquirer.objects.filter(pk=first.enquirer_id),
        action_flag=CHANGE,
        change_message="[]",
    )
    session = SessionStore()
    session["casebook.queue_search"] = EMAIL
    session.create()
    by_handle = SessionStore()
    by_handle["casebook.queue_search"] = HANDLE
    by_handle.create()
    cache.set("casebook.test.cached_page", f"<td>{NAME}</td>")
    audit(actor=practitioner, case=None, action="test.lookup", searched=EMAIL)
    PreservedReport.objects.create(
        period_start="2000-01-01",
        period_end="2001-01-01",
        captured_at=timezone.now(),
        words=[["fake", 9]],
        word_min_cases=5,
        appendix=[
            {
                "category": "Online reputation",
                "cases": 12,
                "samples": [{"reference": "CB-2000-00001", "text": f"Hi, {NAME} here."}],
            }
        ],
        appendix_min_cases=10,
    )
    # A supervisor's web report of that period, built before the erasure, quotes her.
    do_request_report(
        user=supervisor,
        period=Period(date(2000, 1, 1), date(2001, 1, 1)),
        compare=None,
        suppress_below=None,
    )
    assert run_pending_jobs() == 1
    return {
        "cases": [first, second],
        "omar": omar,
        "sessions": [session.session_key, by_handle.session_key],
    }


def db_hits(needles: list[str]) -> list[tuple[str, str, str]]:
    """(table, column, needle) for every text cell of every table containing a needle, and
    ("django_session", "decoded", needle) for a signed-in session whose data holds one (it
    is stored encoded), and ("cache", key, needle) for the cache."""
    qn = connection.ops.quote_name
    hits = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            columns = [
                c.name for c in connection.introspection.get_table_description(cursor, table)
            ]
            for column in columns:
                for needle in needles:
                    cursor.execute(
                        f"SELECT COUNT(*) FROM {qn(table)} "
                        f"WHERE LOWER(CAST({qn(column)} AS TEXT)) LIKE %s",
                        [f"%{needle.lower()}%"],
                    )
                    if cursor.fetchone()[0]:
                        hits.append((table, column, needle))
    for session in Session.objects.all():
        data = json.dumps(session.get_decoded()).lower()
        hits += [("django_session", "decoded", n) for n in needles if n.lower() in data]
    cached = cache.get("casebook.test.cached_page") or ""
    hits += [("cache", "cached_page", n) for n in needles if n.lower() in cached.lower()]
    return hits


def _decoded(data: bytes) -> bytes:
    """A stored file's bytes, and if it is mail, every part's decoded content too (base64
    or quoted-printable would hide a name from a plain search)."""
    out = [data]
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if message.keys():
        for part in message.walk():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                out.append(payload)
            for value in part.values():
                out.append(
                    str(email.header.make_header(email.header.decode_header(value))).encode()
                )
    return b"\n".join(out)


def file_hits(root: Path, needles: list[str]) -> list[tuple[str, str]]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = _decoded(path.read_bytes()).lower()
            hits += [
                (str(path.relative_to(root)), n) for n in needles if n.lower().encode() in data
            ]
    return hits


def test_the_search_finds_her_before_erasure(world, attachments_dir, reports_dir):
    # The checks below can fail: before erasure they find her everywhere.
    hits = db_hits(NEEDLES)
    tables = {t for t, _, _ in hits}
    assert {"cases_enquirer", "cases_message", "cases_case", "accounts_auditevent"} <= tables
    assert {"classify_riskflag", "partners_escalation", "cache"} <= tables
    assert {"intake_skippedmail", "django_admin_log", "privacy_preservedreport"} <= tables
    assert {n for t, _, n in hits if t == "django_session"} == {EMAIL, "jane_gazebo77"}
    assert ("cases_message", "body_text", "jane_gazebo77") in hits
    files = {p.split("/")[0] for p, _ in file_hits(attachments_dir, NEEDLES)}
    assert {"blobs", "originals", "quarantine", "skipped"} <= files
    assert {n for _, n in file_hits(reports_dir, NEEDLES)} == {NAME}


def test_subject_access_export_holds_everything_about_her(world, admin_user):
    person = find_person(email=EMAIL.upper())
    assert [c.pk for c in person.cases] == [c.pk for c in world["cases"]]
    handle, counts = export_file(person)
    with zipfile.ZipFile(io.BytesIO(handle.read())) as z:
        names = z.namelist()
        first = world["cases"][0]
        case = json.loads(z.read(f"cases/{first.reference}/case.json"))
        bodies = [m["body_text"] for m in case["cases.Message"]]
        assert any(SENTENCE in b for b in bodies)  # her words
        assert any(f"Rang {NAME} back" in b for b in bodies)  # the note about her
        assert any(m["to_email"] == EMAIL for m in case["cases.Message"])  # our reply
        files = [n for n in names if n.startswith(f"cases/{first.reference}/files/")]
        contents = {z.read(n) for n in files}
        assert b"screenshot bytes of jane" in contents
        assert any(SENTENCE.encode() in c for c in contents)  # the stored original
        audit_log = json.loads(z.read(f"cases/{first.reference}/audit.json"))
        assert {"case.opened", "note.added", "email.queued"} <= {e["action"] for e in audit_log}
        assert f"cases/{world['cases'][1].reference}/case.json" in names
        # On Omar's case: only her own message, not Omar's.
        theirs = json.loads(z.read(f"correspondence/{world['omar'].reference}/case.json"))
        texts = [m["body_text"] for m in theirs["cases.Message"]]
        assert texts == ["jane replied about the gazebo"]
        assert "cases.Case" not in theirs
        mentions = json.loads(z.read("mentions.json"))
        # Omar's first message, and the email of hers he forwarded.
        assert [(m["case"], m["kind"]) for m in mentions] == [
            (world["omar"].reference, "cases.Message")
        ] * 2
        mail = json.loads(z.read("mail/mail.json"))
        assert len(mail) == 2 and all(m["file_in_this_export"] for m in mail)
        person_json = json.loads(z.read("person.json"))
        assert person_json["enquirer_records"][0]["phone"] == PHONE
        assert "README.txt" in names
    assert counts["cases"] == 2 and counts["files"] >= 4


def test_by_enquirer_record_finds_the_same(world):
    by_record = find_person(enquirer_id=world["cases"][0].enquirer_id)
    by_email = find_person(email=EMAIL)
    assert by_record.case_ids == by_email.case_ids
    assert [m.pk for m in by_record.correspondence] == [m.pk for m in by_email.correspondence]
    with pytest.raises(PersonNotFound):
        find_person(enquirer_id=999_999)


def test_unknown_address_finds_nothing(world):
    assert find_person(email="nobody@nowhere.invalid").is_empty()


def test_nothing_of_her_remains_after_erasure(
    world, admin_user, attachments_dir, reports_dir, django_capture_on_commit_callbacks
):
    from casebook.analysis.models import ReportJob
    from casebook.partners.models import Escalation

    # Her request gives her Instagram handle too.
    person = find_person(email=EMAIL, also=[HANDLE])
    with django_capture_on_commit_callbacks(execute=True):
        result = do_erase_person(
            actor=admin_user, person=person, reason=f"Request from {NAME} by letter, 3 May"
        )
    assert db_hits(NEEDLES) == []
    assert file_hits(attachments_dir, NEEDLES) == []
    # The web report that quoted her is gone, files and all (it is rebuilt on request).
    assert not ReportJob.objects.exists()
    assert [p for p in reports_dir.rglob("*") if p.is_file()] == []
    assert not Session.objects.filter(pk__in=world["sessions"]).exists()
    assert result.counts["report.discarded"] == 1
    # The email Omar forwarded: its text stays on his case without her details, and the
    # byte-for-byte copy that named her is gone.
    forward = Message.objects.get(case=world["omar"], subject__startswith="Fwd:")
    assert "Omar, it was horrible." in forward.body_text
    assert "[removed], form tutor, [removed]" in forward.body_text
    assert not forward.attachments.exists() and result.counts["forwarded.deleted"] == 1
    # Omar's escalation keeps its facts; the item naming her account is rewritten.
    item = Escalation.objects.get(case=world["omar"])
    assert (item.item, item.policy) == ("https://www.instagram.com/[removed]/", "Impersonation")
    counts = result.counts
    assert counts["case.anonymised"] == 2
    assert counts["enquirer.deleted"] == 1
    assert counts["mail.deleted"] == 2
    # Her cases keep their facts.
    for case in world["cases"]:
        kept = Case.objects.get(pk=case.pk)
        assert kept.anonymisation.cause == "erasure"
        assert (kept.reference, kept.channel, kept.opened_at) == (
            case.reference,
            case.channel,
            case.opened_at,
        )
    flag = RiskFlag.objects.get()
    assert (flag.kind, flag.state, flag.score, flag.excerpt) == ("self_harm", "raised", 0.91, "")
    # Omar's case keeps Omar, and his words, with her details taken out.
    omar = Case.objects.get(pk=world["omar"].pk)
    assert not CaseAnonymisation.objects.filter(case=omar).exists()
    assert omar.enquirer.email == "omar.other@elsewhere.invalid"
    first = Message.objects.filter(case=omar).order_by("at", "pk").first()
    assert first is not None
    assert "Omar's own words stay." in first.body_text and "[removed]" in first.body_text
    # Its stored original said her name again, so it went.
    assert not MailOriginal.objects.filter(message=first).exists()
    event = AuditEvent.objects.get(action="person.erased")
    assert event.actor == admin_user
    assert event.detail["reason"] == "Request from [removed] by letter, 3 May"
    assert event.detail["cases"] == [c.reference for c in world["cases"]]
    assert event.detail["counts"]["case.anonymised"] == 2
    assert not QuarantinedMessage.objects.exists() and not SkippedMail.objects.exists()


def test_without_her_handle_the_search_names_the_mentions_it_finds(world):
    # Her address and name find Omar's message; the escalated item names her only by her
    # handle, so it is found only when the request gives it.
    plain = {(m.model, m.reference) for m in find_person(email=EMAIL).mentions}
    assert plain == {("cases.Message", world["omar"].reference)}
    with_handle = {(m.model, m.reference) for m in find_person(email=EMAIL, also=[HANDLE]).mentions}
    assert with_handle == plain | {("partners.Escalation", world["omar"].reference)}


def test_legal_hold_blocks_erasure_and_changes_nothing(world, admin_user, supervisor):
    hold = do_place_hold(case=world["cases"][1], actor=supervisor, reason="Court order")
    person = find_person(email=EMAIL)
    with pytest.raises(ErasureBlocked, match=world["cases"][1].reference):
        do_erase_person(actor=admin_user, person=person, reason="Request by letter")
    assert Enquirer.objects.filter(email=EMAIL).exists()
    assert not CaseAnonymisation.objects.exists()
    assert not AuditEvent.objects.filter(action="person.erased").exists()
    do_lift_hold(hold=hold, actor=supervisor)
    do_erase_person(actor=admin_user, person=find_person(email=EMAIL), reason="Request")
    assert not Enquirer.objects.filter(email=EMAIL).exists()


def test_erasure_needs_a_reason(world, admin_user):
    with pytest.raises(ValueError):
        do_erase_person(actor=admin_user, person=find_person(email=EMAIL), reason=" ")
    # A reason that was only her name is no reason.
    with pytest.raises(ValueError):
        do_erase_person(actor=admin_user, person=find_person(email=EMAIL), reason=NAME)


def test_mentions_can_be_left_for_review(world, admin_user):
    do_erase_person(
        actor=admin_user, person=find_person(email=EMAIL), reason="Request", mentions=False
    )
    first = Message.objects.filter(case=world["omar"]).order_by("at", "pk").first()
    assert first is not None and NAME in first.body_text


def test_content_type_of_admin_history_is_kept(world, admin_user):
    do_erase_person(actor=admin_user, person=find_person(email=EMAIL), reason="Request")
    entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(Enquirer))
    assert entry.object_repr == "[removed]" and entry.user == admin_user


def test_one_person_with_two_merged_records_and_a_shared_mailbox(
    db, admin_user, practitioner, attachments_dir, django_capture_on_commit_callbacks
):
    """Kim wrote from two addresses (records merged by a practitioner) and once from the
    school's shared safeguarding mailbox, giving her own address as the contact."""
    from casebook.cases.actions import Contact, do_open_case
    from casebook.cases.enquirer_actions import do_merge_enquirers, do_update_enquirer

    home = ingest_case(
        sender="Kim Twoaddress <kim.home@mail.invalid>",
        subject="From home",
        body="Kim Twoaddress writing from home.",
        message_id="<kim-home@mail.invalid>",
    )
    work = ingest_case(
        sender="Kim Twoaddress <kim.work@school.invalid>",
        subject="From work",
        body="Kim Twoaddress writing from work.",
        message_id="<kim-work@school.invalid>",
    )
    keep, merge = work.enquirer, home.enquirer
    do_update_enquirer(
        enquirer=keep,
        actor=practitioner,
        expected_version=keep.version,
        details={"phone": "07700 900555"},
    )
    keep.refresh_from_db()
    do_merge_enquirers(
        keep=keep,
        merge=merge,
        actor=practitioner,
        keep_version=keep.version,
        merge_version=merge.version,
        shown_cases=[home.reference],
    )
    school = Enquirer.objects.create(name="Safeguarding team", email="dsl@school.invalid")
    shared = do_open_case(
        enquirer=school,
        channel="phone",
        subject="Call",
        first_message="Kim Twoaddress rang about a pupil.",
        contact=Contact(
            name="Kim Twoaddress", email="kim.work@school.invalid", phone="", organisation=""
        ),
    )
    person = find_person(email="kim.home@mail.invalid")
    assert {e.pk for e in person.enquirers} == {keep.pk, merge.pk}
    assert set(person.case_ids) == {home.pk, work.pk, shared.pk}
    with django_capture_on_commit_callbacks(execute=True):
        do_erase_person(actor=admin_user, person=person, reason="Request by email")
    assert (
        db_hits(
            ["Kim Twoaddress", "kim.home@mail.invalid", "kim.work@school.invalid", "07700 900555"]
        )
        == []
    )
    assert not Enquirer.objects.filter(pk__in=[keep.pk, merge.pk]).exists()
    # The school's record stays, with its other details.
    assert Enquirer.objects.get(pk=school.pk).email == "dsl@school.invalid"


def test_the_record_of_anonymised_cases_is_never_merged(world, admin_user, practitioner):
    from casebook.cases.enquirer_actions import do_merge_enquirers
    from casebook.cases.queries import find_enquirers
    from casebook.privacy.engine import placeholder_id

    do_erase_person(actor=admin_user, person=find_person(email=EMAIL), reason="Request")
    placeholder = Enquirer.objects.get(pk=placeholder_id() or 0)
    omar = world["omar"].enquirer
    assert find_enquirers(world["cases"][0].reference, exclude=omar) == []
    with pytest.raises(ValueError, match="anonymised"):
        do_merge_enquirers(
            keep=omar,
            merge=placeholder,
            actor=practitioner,
            keep_version=omar.version,
            merge_version=placeholder.version,
            shown_cases=[],
        )


def test_a_report_being_built_during_an_erasure_leaves_no_files(
    db, supervisor, reports_dir, monkeypatch, caplog
):
    """The worker was writing a report when the erasure discarded it (its row went; the
    erasure's own clean-up of the folder ran before the worker wrote the rest): what the
    worker read may be gone, so the worker removes its files itself."""
    from casebook.analysis import jobs
    from casebook.analysis.tables import Period

    job = jobs.do_request_report(
        user=supervisor,
        period=Period(date(2000, 1, 1), date(2001, 1, 1)),
        compare=None,
        suppress_below=None,
    )
    claimed = jobs.claim_next_job()
    assert claimed is not None and claimed.pk == job.pk
    from casebook.analysis.outputs import write_outputs as real

    def erasure_meanwhile(*args, **kwargs):
        written = real(*args, **kwargs)
        assert jobs.discard_jobs() == 1  # its folder clean-up waits for a commit
        return written

    monkeypatch.setattr("casebook.analysis.jobs.write_outputs", erasure_meanwhile)
    said: list[str] = []
    jobs.run_job(claimed, say=said.append)
    assert said[-1].endswith("discarded while it was built")
    assert "failed" not in caplog.text
    assert not jobs.job_dir(claimed).exists()
    assert [p for p in reports_dir.rglob("*") if p.is_file()] == []


def test_stored_mail_is_searched_decoded_as_well_as_raw():
    from casebook.privacy.engine import mail_mentions, mentions_in_bytes
    from casebook.privacy.scrub import Identifiers

    by_name = (
        b"From: =?utf-8?b?SmFuZSBFeGFtcGxl?= <someone@elsewhere.invalid>\r\n"
        b"Subject: Hello\r\n\r\nNothing here.\r\n"
    )
    message = EmailMessage()
    message["From"] = "someone@elsewhere.invalid"
    message.set_content(f"Please call {PHONE}.", cte="base64")
    by_phone = bytes(message)
    jane = Identifiers.of(names=[NAME], phones=[PHONE])
    for data in (by_name, by_phone):
        assert not mentions_in_bytes(data, jane)  # encoded: a raw search misses her
        assert mail_mentions(data, jane)
    assert not mail_mentions(by_name, Identifiers.of(names=["Omar Other"]))
