"""Reading a message that could not be stored, safely, for an admin. Pure.

The quarantine and the list of skipped mail show what a message says without trusting it:
its header fields as text, its plain text (HTML only ever as extracted text: no markup, no
remote content), and the names, types and sizes of its attachments. When the parser refuses
the message, as much as can be read is still shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes
from email.policy import compat32

from casebook.intake.parsing import (
    ParseError,
    _clean_line,
    _date,
    _Headers,
    decode_bytes,
    flat_text,
    html_to_text,
    parse_message,
    repair_header_block,
    split_entity,
)

SHOWN_HEADERS = ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To",
                 "Auto-Submitted", "Content-Type", "Received")  # fmt: skip
MAX_TEXT = 200_000


@dataclass(frozen=True)
class LenientView:
    from_name: str
    from_address: str
    subject: str
    date: datetime | None
    text: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[tuple[str, str, int]] = field(default_factory=list)
    problem: str = ""  # why the parser refused it, if it did


def read_leniently(raw: bytes) -> LenientView:
    prepared, _ = repair_header_block(raw)
    head = message_from_bytes(split_entity(prepared)[0] + b"\r\n\r\n", policy=compat32)
    headers = _Headers(head)
    shown = [
        (name, _clean_line(headers.text(name), 1000)) for name in SHOWN_HEADERS if headers.raw(name)
    ]
    problem = ""
    try:
        parse_message(raw, max_bytes=len(raw) + 1)
    except ParseError as error:
        problem = error.reason
    try:
        parsed = parse_message(raw, max_bytes=len(raw) + 1, require_sender=False)
    except ParseError as error:
        name, address = headers.sender()
        body = split_entity(prepared)[1]
        texts = flat_text(body) or [decode_bytes(body[:MAX_TEXT], headers.charset_hint)]
        return LenientView(
            from_name=name,
            from_address=address,
            subject=_clean_line(headers.text("Subject"), 300),
            date=_date(headers.raw("Date")),
            text="\n\n".join(texts)[:MAX_TEXT].replace("\x00", ""),
            headers=shown,
            problem=error.reason,
        )
    text = parsed.text or (html_to_text(parsed.html) if parsed.html else "")
    return LenientView(
        from_name=parsed.from_name,
        from_address=parsed.from_address,
        subject=parsed.subject,
        date=parsed.date,
        text=text[:MAX_TEXT],
        headers=shown,
        attachments=[(a.filename, a.content_type, len(a.data)) for a in parsed.attachments],
        problem=problem,
    )
