"""Originals for the demo helpline's emailed messages, as a real intake would have kept them.

The demo loader writes messages straight into the database; a real helpline's inbound mail
arrives as bytes and keeps them (MailOriginal). This gives each inbound emailed demo message
the plain UTF-8 email it would have been, so `casebook reparse` and the original download work
on the demo as on real data.
"""

from __future__ import annotations

from collections.abc import Callable
from email.utils import format_datetime, formataddr

from django.db import transaction

from casebook.cases.models import Direction, Message
from casebook.intake.models import MailOriginal
from casebook.intake.parsing import PARSER_VERSION, content_digest
from casebook.intake.storage import store_bytes

BATCH = 2000
HELPLINE = "helpline@casebook.invalid"


def demo_email(message: Message) -> bytes:
    """The email a demo message stands for (raw UTF-8 headers, as many mailers send)."""
    headers = [
        f"From: {formataddr((message.from_name, message.from_email), charset='utf-8')}",
        f"To: {HELPLINE}",
        f"Subject: {message.subject}",
        f"Date: {format_datetime(message.at)}",
        f"Message-ID: {message.message_id}",
    ]
    if message.in_reply_to:
        headers.append(f"In-Reply-To: {message.in_reply_to}")
    if message.references:
        headers.append(f"References: {message.references}")
    headers += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    body = message.body_text.replace("\r\n", "\n").replace("\n", "\r\n")
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode("utf-8")


def store_demo_originals(*, progress: Callable[[str], None] | None = None) -> int:
    """Give every inbound emailed message without an original one; returns how many."""
    say = progress or (lambda _line: None)
    query = Message.objects.filter(
        direction=Direction.INBOUND, message_id__isnull=False, original__isnull=True
    ).order_by("pk")
    done = 0
    last = 0
    while True:
        batch = list(query.filter(pk__gt=last)[:BATCH])
        if not batch:
            break
        last = batch[-1].pk
        rows = []
        for message in batch:
            raw = demo_email(message)
            digest, path = store_bytes(raw, kind="originals", suffix=".eml")
            rows.append(
                MailOriginal(
                    message=message,
                    sha256=digest,
                    size=len(raw),
                    storage_path=path,
                    source="demo",
                    received_at=message.at,
                    content_digest=content_digest(
                        message.from_email, message.at, message.body_text, ""
                    ),
                    parser_version=PARSER_VERSION,
                )
            )
        with transaction.atomic():
            MailOriginal.objects.bulk_create(rows)
        done += len(rows)
        say(f"kept the original email of {done:,} inbound messages")
    return done
