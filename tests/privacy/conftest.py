"""A small helpline with real mail (attachments, stored files) for the privacy tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def attachments_dir(settings, tmp_path) -> Path:
    settings.ATTACHMENTS_DIR = tmp_path / "attachments"
    return Path(settings.ATTACHMENTS_DIR)


def mail_bytes(
    *,
    sender: str,
    subject: str,
    body: str,
    message_id: str,
    attachment: tuple[str, bytes] | None = None,
    in_reply_to: str = "",
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "helpline@casebook.invalid"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg["Date"] = "Tue, 05 Apr 2022 10:15:00 +0100"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    # 8bit text keeps the words readable in the stored original, so a test that searches
    # the files for them can fail.
    msg.set_content(body, cte="8bit")
    if attachment is not None:
        name, data = attachment
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return bytes(msg)


def ingest_case(
    *,
    sender: str,
    subject: str,
    body: str,
    message_id: str,
    attachment: tuple[str, bytes] | None = None,
) -> Any:
    from casebook.cases.models import Case
    from casebook.intake.actions import ingest_bytes

    result = ingest_bytes(
        mail_bytes(
            sender=sender,
            subject=subject,
            body=body,
            message_id=message_id,
            attachment=attachment,
        ),
        source="test",
    )
    assert result.case_reference, result
    return Case.objects.get(reference=result.case_reference)


def close_case(case: Any, *, closed_at: datetime) -> Any:
    from casebook.cases.models import Case, Status

    Case.objects.filter(pk=case.pk).update(status=Status.CLOSED, closed_at=closed_at)
    case.refresh_from_db()
    return case


def years_ago(years: int, *, days: int = 0) -> datetime:
    """`years` calendar years before now, then `days` days more; on 29 February, counted from
    the 28th (there may be no 29th that year), as the retention policy counts."""
    from django.utils import timezone

    now = timezone.now()
    try:
        then = now.replace(year=now.year - years)
    except ValueError:
        then = now.replace(year=now.year - years, day=28)
    return then - timedelta(days=days)
