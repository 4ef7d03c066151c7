"""fetchmail against a real dovecot: folders, flags, reruns, and a kill -9 mid-batch."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from casebook.cases.models import Case, Message
from casebook.intake.models import QuarantinedMessage

from .conftest import make_mail

pytestmark = pytest.mark.mail


def _mails(n: int) -> list[bytes]:
    return [
        make_mail(
            subject=f"Enquiry {i}",
            message_id=f"<batch-{i}@example-school.invalid>",
            sender=f"Enquirer {i} <enquirer{i}@example-school.invalid>",
        )
        for i in range(n)
    ]


@pytest.mark.django_db
def test_fetchmail_moves_stored_and_quarantined_mail(dovecot, monkeypatch, capsys):
    for key, value in dovecot.env(
        IMAP_PROCESSED_FOLDER="Processed", IMAP_FAILED_FOLDER="Failed"
    ).items():
        monkeypatch.setenv(key, value)
    first, second = _mails(2)
    reply = make_mail(
        message_id="<r@x.invalid>", extra=("In-Reply-To: <batch-0@example-school.invalid>",)
    )
    dovecot.append(first, second, reply, b"garbage with no headers at all")

    call_command("fetchmail")
    out = capsys.readouterr().out
    assert (
        "4 messages: 2 new cases, 1 added to existing cases, 0 duplicates skipped, 1 quarantined"
        in out
    )
    assert Case.objects.count() == 2 and Message.objects.count() == 3
    assert QuarantinedMessage.objects.get().source.startswith("imap://helpline@127.0.0.1/INBOX")
    assert (dovecot.count("INBOX"), dovecot.count("Processed"), dovecot.count("Failed")) == (
        0,
        3,
        1,
    )

    call_command("fetchmail")  # safe to run twice: nothing left to do
    assert "0 messages" in capsys.readouterr().out
    assert Message.objects.count() == 3


@pytest.mark.django_db
def test_fetchmail_without_folders_flags_mail_in_place(dovecot, monkeypatch, capsys):
    for key, value in dovecot.env().items():
        monkeypatch.setenv(key, value)
    dovecot.append(*_mails(2))
    call_command("fetchmail")
    assert "2 new cases" in capsys.readouterr().out
    call_command("fetchmail")
    assert "0 messages" in capsys.readouterr().out
    assert dovecot.count("INBOX") == 2
    assert dovecot.count("INBOX", "KEYWORD $CasebookStored") == 2
    assert dovecot.count("INBOX", "UNSEEN") == 2  # fetched with PEEK: still unread for people


def test_fetchmail_reports_bad_credentials(dovecot, monkeypatch):
    for key, value in dovecot.env(IMAP_PASSWORD="wrong").items():
        monkeypatch.setenv(key, value)
    with pytest.raises(CommandError, match="cannot log in"):
        call_command("fetchmail")


def _run_env(dovecot, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMAP_", "DATABASE_URL"))}
    env.update(dovecot.env(IMAP_PROCESSED_FOLDER="Processed"))
    env.update(
        DATABASE_URL=f"sqlite:///{tmp_path / 'kill.sqlite3'}",
        CASEBOOK_MODE="test",
        ATTACHMENTS_DIR=str(tmp_path / "files"),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def _casebook(*args: str) -> list[str]:
    return [sys.executable, "-m", "casebook", *args]


def test_kill_9_mid_batch_then_rerun_loses_nothing_and_duplicates_nothing(dovecot, tmp_path):
    total, kill_after = 10, 4
    dovecot.append(*_mails(total))
    subprocess.run(_casebook("migrate", "-v0"), env=_run_env(dovecot, tmp_path), check=True)

    # Each message is committed, then the worker pauses before moving it: kill it in that
    # window, the worst moment (stored in the database, still unmarked in the mailbox).
    env = _run_env(dovecot, tmp_path, CASEBOOK_TEST_FETCH_PAUSE="0.5")
    worker = subprocess.Popen(_casebook("fetchmail"), env=env, stdout=subprocess.PIPE, text=True)
    assert worker.stdout is not None
    seen = 0
    for line in worker.stdout:
        if line.startswith("["):
            seen += 1
        if seen == kill_after:
            os.kill(worker.pid, signal.SIGKILL)
            break
    assert worker.wait(timeout=30) == -signal.SIGKILL

    db = sqlite3.connect(tmp_path / "kill.sqlite3")
    assert db.execute("select count(*) from cases_message").fetchone() == (kill_after,)
    # the last stored message was never moved: it is still in the inbox
    assert dovecot.count("INBOX") == total - kill_after + 1

    rerun = subprocess.run(
        _casebook("fetchmail"), env=_run_env(dovecot, tmp_path), capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    assert (
        f"{total - kill_after + 1} messages: {total - kill_after} new cases, "
        "0 added to existing cases, 1 duplicates skipped"
    ) in rerun.stdout
    ids = [row[0] for row in db.execute("select message_id from cases_message")]
    assert sorted(ids) == sorted(f"<batch-{i}@example-school.invalid>" for i in range(total))
    assert db.execute("select count(*) from cases_case").fetchone() == (total,)
    assert (dovecot.count("INBOX"), dovecot.count("Processed")) == (0, total)
    db.close()
