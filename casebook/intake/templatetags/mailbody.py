"""How a message body is shown on the case page: {% message_body message %}."""

from __future__ import annotations

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.template.loader import render_to_string
from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe

from casebook.cases.models import Case, Message
from casebook.classify.guard import may_display
from casebook.intake.display import split_html
from casebook.intake.parsing import FORWARD_MARKER, split_body

register = template.Library()


def _related(message: Message, name: str) -> object | None:
    """A reverse one-to-one (the original, a hold) or None; select_related avoids a query."""
    try:
        related: object = getattr(message, name)
    except ObjectDoesNotExist:
        return None
    return related


def _blocks(forwarded: str) -> list[str]:
    """One block per forwarded message (each starts with the marker line)."""
    if not forwarded:
        return []
    pieces = forwarded.split("\n" + FORWARD_MARKER)
    return [pieces[0], *(FORWARD_MARKER + p for p in pieces[1:])]


@register.simple_tag(takes_context=True)
def message_body(context: template.Context, message: Message) -> SafeString:
    """Sanitised HTML (or escaped text), quoted history and signature folded, attachments."""
    # Forwarded messages are labelled and always shown, whatever the body's format.
    forwarded = split_body(message.body_text, subject=message.subject).forwarded
    if message.body_html.strip():
        # nh3's output is an allow-listed fragment.
        html_parts = split_html(message.body_html)
        main, signature, quoted = html_parts.main, html_parts.signature, html_parts.quoted
        is_html = True
    else:
        # linebreaks(autoescape=True) escapes the text before adding <p> and <br>.
        text = split_body(message.body_text, subject=message.subject)
        main = linebreaks(text.main, autoescape=True)
        signature = linebreaks(text.signature, autoescape=True) if text.signature else ""
        quoted = linebreaks(text.quoted, autoescape=True) if text.quoted else ""
        is_html = False
    return mark_safe(  # the template escapes everything it inserts
        render_to_string(
            "intake/message_body.html",
            {
                "message": message,
                "is_html": is_html,
                "main": mark_safe(main),
                "signature": mark_safe(signature),
                "quoted": mark_safe(quoted),
                # linebreaks(autoescape=True) escapes the text before adding <p> and <br>.
                "forwarded": [
                    mark_safe(linebreaks(block, autoescape=True)) for block in _blocks(forwarded)
                ],
                "attachments": list(message.attachments.all()),
                "original": _related(message, "original"),
                "hold": _related(message, "hold"),
                # Never shown, previewed or linked for direct download on an indecent-image case.
                "withheld": _withheld(context, message.case_id),
            },
        )
    )


def _withheld(context: template.Context, case_id: int) -> bool:
    """Asked once per case per page, however many messages it has."""
    key = f"casebook.attachments_withheld.{case_id}"
    if key not in context.render_context:
        context.render_context[key] = not may_display(case_id)
    return bool(context.render_context[key])


@register.inclusion_tag("intake/_held_messages.html", takes_context=True)
def held_messages(context: dict[str, object], case: Case) -> dict[str, object]:
    """The case's held messages (unconfirmed senders) with accept / move buttons."""
    return {
        "held": list(Message.objects.filter(case=case, hold__isnull=False).order_by("at", "id")),
        "csrf_token": context.get("csrf_token"),
        # What {% form_token %} needs to mint the forms' one-time tokens for this case page.
        "request": context.get("request"),
        "case": case,
        "form_seen": context.get("form_seen"),
    }
