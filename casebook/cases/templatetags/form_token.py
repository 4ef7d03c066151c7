"""{% form_token %}: the one-time token every form that changes something carries."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from casebook.cases import once

register = template.Library()


@register.simple_tag(takes_context=True)
def form_token(context: Any) -> SafeString:
    """A hidden input with a fresh token; the page's case and what it showed come from the
    context (`case`, `form_seen`), set by the view."""
    request = context.get("request")
    user = getattr(request, "user", None)
    user_id = user.pk if user is not None and user.is_authenticated else None
    token = once.issue(user_id=user_id, case=context.get("case"), seen=context.get("form_seen"))
    return format_html('<input type="hidden" name="{}" value="{}">', once.FIELD, token)
