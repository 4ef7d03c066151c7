"""Replies to enquirers by email."""

from __future__ import annotations

from casebook.accounts.models import User
from casebook.cases.actions import do_record_reply
from casebook.cases.models import Case, Message, SendState


def do_send_reply(*, case: Case, actor: User, text: str) -> Message:
    """Record a reply and queue it for delivery to the enquirer."""
    return do_record_reply(case=case, actor=actor, text=text, send_state=SendState.QUEUED)
