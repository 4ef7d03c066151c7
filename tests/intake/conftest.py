from __future__ import annotations

import pytest

from tests.conftest import SERVER_URL

from .dovecot import dovecot
from .smtp import smtp_server

__all__ = ["dovecot", "smtp_server"]


@pytest.fixture(autouse=True)
def attachments_dir(settings, tmp_path):
    """A folder of the test's own, except against the real server: there the stored files
    must be where the server reads them (its settings file's ATTACHMENTS_DIR)."""
    if not SERVER_URL:
        settings.ATTACHMENTS_DIR = tmp_path / "attachments"
    return settings.ATTACHMENTS_DIR


def make_mail(
    *,
    subject: str = "Fake account posting about staff",
    sender: str = "Testy McTestface <t.mctestface@example-school.invalid>",
    message_id: str | None = "<m1@example-school.invalid>",
    body: str = "A fake account is posting about our staff. Please help.",
    extra: tuple[str, ...] = (),
) -> bytes:
    lines = [f"From: {sender}", "To: helpline@casebook.invalid", f"Subject: {subject}"]
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    lines += ["Date: Tue, 05 Apr 2022 10:15:00 +0100", *extra, "", body]
    return "\r\n".join(lines).encode()
