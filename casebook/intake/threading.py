"""Which case an incoming message belongs to."""

from __future__ import annotations

from casebook.cases.models import Case, Message
from casebook.intake.parsing import CASE_REFERENCE, ParsedMessage


def find_case(parsed: ParsedMessage) -> Case | None:
    """The case this message answers, or None when it starts a new conversation.

    In order: the most specific known Message-ID in In-Reply-To/References, then a case
    reference in the subject, then (bounces only, whose subject is the mail system's) a
    reference in the returned text.
    """
    ids = parsed.thread_ids
    if ids:
        known = {
            m.message_id: m.case
            for m in Message.objects.filter(message_id__in=ids).select_related("case")
        }
        for message_id in ids:
            if message_id in known:
                return known[message_id]
    references = [parsed.case_reference] if parsed.case_reference else []
    if parsed.is_bounce:
        references += [m.group(0) for m in CASE_REFERENCE.finditer(parsed.text)]
    for reference in references:
        case = Case.objects.filter(reference=reference).first()
        if case is not None:
            return case
    return None
