"""`casebook ingest` when files cannot be written: one clear line, nothing half-saved."""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from casebook.cases.models import Attachment, Case, Message
from casebook.intake import storage
from casebook.intake.models import MailOriginal

from .conftest import make_mail

pytestmark = pytest.mark.django_db


def _mails(tmp_path, count: int = 3):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):
        (folder / f"{n}.eml").write_bytes(make_mail(message_id=f"<{n}@x.invalid>"))
    return folder


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_attachments_folder_is_one_clear_error(tmp_path, settings):
    settings.ATTACHMENTS_DIR = tmp_path / "locked"
    settings.ATTACHMENTS_DIR.mkdir()
    settings.ATTACHMENTS_DIR.chmod(0o500)
    with pytest.raises(CommandError, match="not writable"):
        call_command("ingest", str(_mails(tmp_path)))
    assert not Message.objects.exists()


def test_unwritable_folder_even_for_root(tmp_path, settings):
    # A read-only path that no user can create: a file where the folder should be.
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    settings.ATTACHMENTS_DIR = blocker / "attachments"
    with pytest.raises(CommandError) as error:
        call_command("ingest", str(_mails(tmp_path)))
    assert "ingest stopped: cannot write" in str(error.value)
    assert "\n" not in str(error.value)
    assert not Message.objects.exists()


def test_disk_full_midway_keeps_whole_messages_and_saves_nothing_of_the_batch(
    tmp_path, monkeypatch
):
    real_store = storage.store_bytes
    calls = {"n": 0}

    def store_until_full(data: bytes, **kwargs):
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))
        return real_store(data, **kwargs)

    monkeypatch.setattr("casebook.intake.store.store_bytes", store_until_full)
    monkeypatch.setattr("casebook.intake.actions.store_bytes", store_until_full)
    with pytest.raises(CommandError, match="the disk is full") as error:
        call_command("ingest", str(_mails(tmp_path)))
    assert "Traceback" not in str(error.value)
    # The batch is one transaction: nothing of it was saved, no half-stored message.
    assert (Message.objects.count(), Case.objects.count(), MailOriginal.objects.count()) == (
        0,
        0,
        0,
    )
    assert not Attachment.objects.exists()
    # Once there is space again, a rerun stores everything.
    monkeypatch.setattr("casebook.intake.store.store_bytes", real_store)
    monkeypatch.setattr("casebook.intake.actions.store_bytes", real_store)
    call_command("ingest", str(tmp_path / "in"))
    assert Message.objects.count() == 3 == MailOriginal.objects.count()


def test_the_command_line_prints_one_line_and_exits_non_zero(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    env = {
        **os.environ,
        "ATTACHMENTS_DIR": str(blocker / "attachments"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CASEBOOK_MODE": "test",
    }
    subprocess.run([sys.executable, "-m", "casebook.cli", "migrate", "-v0"], env=env, check=True)
    done = subprocess.run(
        [sys.executable, "-m", "casebook.cli", "ingest", str(_mails(tmp_path))],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert "ingest stopped: cannot write" in done.stderr and "Traceback" not in done.stderr
