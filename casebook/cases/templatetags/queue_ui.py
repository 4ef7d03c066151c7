"""The queue's rows and filter options, rendered by casebook.cases.queue_html.

{% load queue_ui %}{% queue_rows page held %}  {% queue_options choices selected %}
"""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.utils import timezone
from django.utils.safestring import SafeString

from casebook.cases import queue_html
from casebook.cases.queries import QueuePage
from casebook.intake.queries import HeldInQueue

register = template.Library()


@register.simple_tag
def queue_rows(page: QueuePage, held: HeldInQueue) -> SafeString:
    """The page's table rows, those with a held message marked."""
    return queue_html.queue_rows(page.rows, held.case_ids, timezone.now())


@register.simple_tag
def queue_options(choices: Iterable[tuple[object, str]], selected: object) -> SafeString:
    """A select's options, the selected one marked."""
    return queue_html.options(choices, selected)
