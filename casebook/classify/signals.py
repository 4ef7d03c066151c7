"""Every inbound message is read for risks once its transaction commits.

A receiver rather than a call in each path that saves one message (phone, web form, a
practitioner's note of a call): one place, and none can forget it. Paths that write many
messages with bulk_create send no signal and call casebook.classify.actions.do_assess_inbound
for their batch instead (mail intake, `casebook ingest` and `fetchmail`; the demo loader).
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from casebook.cases.models import Direction, Message

log = logging.getLogger(__name__)


def _assess(message_id: int) -> None:
    from casebook.classify.actions import do_assess_message

    message = Message.objects.select_related("case").filter(pk=message_id).first()
    if message is None:
        return
    try:
        do_assess_message(message=message)
    except Exception:  # a failed assessment must never lose the message it reads
        log.exception("risk assessment failed for message %s", message_id)


@receiver(post_save, sender=Message, dispatch_uid="classify.assess_inbound")
def assess_inbound(sender: type[Message], instance: Message, created: bool, **_: Any) -> None:
    if created and instance.direction == Direction.INBOUND:
        pk = instance.pk
        transaction.on_commit(lambda: _assess(pk))
