"""{% url %} for every template (a template builtin, settings.TEMPLATES): Django's tag, with
the URLs of names without arguments kept per process.

Every page's layout reverses the same handful of names (the navigation, the account and
log-out links): 20-30 microseconds each, the same answer each time. A URL is kept under
everything reverse() reads besides the name: the URL resolver in use (a new one after the
URL conf changes), the script prefix and the current app. Names with arguments, and `as`
variables, go to Django's tag unchanged.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()

URLS_KEPT = 1_000  # far more than the templates name; beyond that, URLs are not kept
_kept: dict[tuple[Any, ...], str] = {}


class KeptURLNode(URLNode):
    def render(self, context: Any) -> Any:
        if self.args or self.kwargs or self.asvar:
            return super().render(context)
        view_name = self.view_name.resolve(context)
        try:  # as Django's tag finds it
            current_app = context.request.current_app
        except AttributeError:
            try:
                current_app = context.request.resolver_match.namespace
            except AttributeError:
                current_app = None
        key = (get_resolver(get_urlconf()), get_script_prefix(), current_app, view_name)
        url = _kept.get(key)
        if url is None:
            url = reverse(view_name, current_app=current_app)  # NoReverseMatch as Django's tag
            if len(_kept) < URLS_KEPT:
                _kept[key] = url
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser: Any, token: Any) -> URLNode:
    """Django's {% url %} (same syntax and errors), kept as above."""
    node = django_url(parser, token)
    return KeptURLNode(node.view_name, node.args, node.kwargs, node.asvar)
