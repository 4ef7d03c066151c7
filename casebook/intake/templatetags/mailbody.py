"""How a message body is shown on the case page."""

from __future__ import annotations

from django import template
from django.utils.html import linebreaks
from django.utils.safestring import SafeString

from casebook.cases.models import Message

register = template.Library()


@register.simple_tag
def message_body(message: Message) -> SafeString:
    """The message's plain text, escaped, with paragraphs kept."""
    return SafeString(linebreaks(message.body_text, autoescape=True))
