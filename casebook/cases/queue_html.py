"""The queue's table rows and filter options as HTML, built in Python.

Fifty rows of eight cells through the template engine cost about 12 ms of CPU per page
(a variable lookup, filter and autoescape per value), more than the rest of the request; one
format_html call per row still cost 1.2 ms. Here each row is one f-string: every value from
the database or the public (references, subjects, names, categories, flag labels, countdowns)
goes through escape(), and only the fixed markup below and numbers we format are trusted. No
database access, no request: the same rows give the same HTML.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from django.template import Context
from django.template.defaulttags import querystring
from django.template.loader import get_template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from casebook.cases import queries
from casebook.cases.queries import QueueFilters, QueuePage, QueueRow
from casebook.cases.templatetags.casebook_ui import LABELS, age_at
from casebook.intake.templatetags.intake_queue import held_in_queue
from casebook.partners.templatetags.partners import follow_ups_banner

_MARKUP = re.compile("[&<>\"']").search


def escape(text: object) -> str:
    """django.utils.html.escape's text (html.escape of str(text), quotes too) as a plain str:
    without its lazy-argument wrapper and SafeString, which were a third of its cost over the
    240 values of a page, and looked for before it is replaced (most values have none of the
    five characters). Only ever joined into the rows' markup, marked safe as a whole."""
    text = str(text)
    return html.escape(text) if _MARKUP(text) else text


# The fixed markup, as plain str: joined into the rows' text, which is marked safe as a whole
# in queue_rows (a SafeString in an f-string costs a call to its __str__, five a row).
_REOPENED = ' <span class="flag flag-reopened">Reopened</span>'
_HELD = ' <span class="flag flag-held">Held message</span>'
_FOLLOW_UP = '<div class="marker-follow-up">Follow-up due</div>'
_NO_DUE = '<span class="sub">—</span>'
_UNASSIGNED = '<span class="sub">Unassigned</span>'
_ROW_CLASS = {
    (False, False): "",
    (True, False): "flagged",
    (False, True): " reopened",
    (True, True): "flagged reopened",
}


def _plain(html: str) -> str:
    """The text of markup made by format_html, as a str (not a SafeString)."""
    return "".join((html,))


_COUNTDOWN = {
    state: _plain(format_html('<span class="countdown{}">', f" due-{state}" if state else ""))
    for state in ("", "soon", "overdue", "paused")
}
# The fixed cells' markup per stored value, made once: labels are ours, but escaped all the same.
_STATUS = {
    value: _plain(format_html('<span class="status status-{}">{}</span>', value, text))
    for value, text in LABELS["status"].items()
}
_CHANNEL = {
    value: _plain(format_html('<div class="sub">{}</div>', text))
    for value, text in LABELS["channel"].items()
}
_ENQUIRER_TYPE = {
    value: _plain(format_html('<div class="sub">{}</div>', text))
    for value, text in LABELS["enquirer_type"].items()
    if value
}


def _cell(value: str, markup: str) -> str:
    """The markup for a stored value the labels do not know, shown as it is (`markup` has a
    slot for it, or two when it is also the class)."""
    return _plain(format_html(markup, *[value] * markup.count("{}")))


class _Escaped(dict[str, str]):
    """escape() of texts that repeat down a page (countdowns, assignees' names), once each."""

    def __missing__(self, text: str) -> str:
        escaped = self[text] = escape(text)
        return escaped


def _row(
    row: QueueRow,
    held: bool,
    now: datetime,
    tags: dict[tuple[str, bool], str],
    risks: dict[str, str],
    escaped: _Escaped,
) -> str:
    """One <tr>. Every value from the database or the public goes through escape(); numbers and
    the fixed markup above are ours. Joined as plain text (one SafeString for the whole body in
    queue_rows): format_html's per-value conditional escaping cost more than the rest of the
    row."""
    case = row.case
    url = escape(row.url)
    risk_html = ""
    for label in row.risks:
        if label not in risks:
            risks[label] = f'<span class="riskmark">{escape(label)}</span>'
        risk_html += risks[label]
    tag_html = ""
    for tag in row.tags:
        key = (tag.name, tag.by_enquirer)
        if key not in tags:
            tags[key] = (
                f'<span class="tag{" tag-enquirer" if tag.by_enquirer else ""}">'
                f"{escape(tag.name)}</span>"
            )
        tag_html += tags[key]
    markers = _REOPENED if case.reopened else ""
    if held:
        markers += _HELD
    if row.unseen:
        unseen = escaped[row.unseen]
        markers += (
            f' <span class="flag flag-unseen" title="{unseen}"><span aria-hidden="true">●</span>'
            f" {unseen}</span>"
        )
    due = (
        f"{_COUNTDOWN.get(row.due_state, _COUNTDOWN[''])}{escaped[row.due]}</span>"
        if row.due
        else _NO_DUE
    )
    activity = (
        f'<div class="sub">active {age_at(case.last_activity_at, now)} ago</div>'
        if case.last_activity_at is not None
        else ""
    )
    enquirer_type = (
        (
            _ENQUIRER_TYPE.get(case.enquirer_type)
            or _cell(case.enquirer_type, '<div class="sub">{}</div>')
        )
        if case.enquirer_type
        else ""
    )
    status = _STATUS.get(case.status) or _cell(
        case.status, '<span class="status status-{}">{}</span>'
    )
    channel = _CHANNEL.get(case.channel) or _cell(case.channel, '<div class="sub">{}</div>')
    return (
        f'<tr class="{_ROW_CLASS[bool(row.risks), case.reopened]}">'
        f'<td class="ref"><a href="{url}">{escape(case.reference)}</a>{markers}</td>'
        f'<td class="subject">{risk_html}<a href="{url}" tabindex="-1">'
        f"{escape(case.subject or '(no subject)')}</a></td>"
        f'<td class="enquirer">{escape(case.enquirer)}{enquirer_type}</td>'
        f"<td>{status}{channel}{_FOLLOW_UP if row.follow_up_due else ''}</td>"
        f'<td class="due">{due}{activity}</td>'
        f'<td class="when">{row.opened}<div class="sub">'  # digits and a month's name
        f"{age_at(case.opened_at, now)} ago</div></td>"
        f'<td class="assignee">{escaped[case.assignee] if case.assignee else _UNASSIGNED}</td>'
        f'<td class="tags">{tag_html}</td>'
        "</tr>\n"
    )


def queue_rows(
    rows: Iterable[QueueRow], held_case_ids: Collection[int], now: datetime
) -> SafeString:
    """The table body's rows (<tr> elements), one per queue row; a row whose case has a held
    message is marked. `now` is the moment ages ("3 d ago") are counted to."""
    tags: dict[tuple[str, bool], str] = {}  # a category's tag, made once per page
    risks: dict[str, str] = {}  # a risk flag's mark, made once per page
    escaped = _Escaped()
    return mark_safe(
        "".join(_row(row, row.case.pk in held_case_ids, now, tags, risks, escaped) for row in rows)
    )


def _all_options(choices: Iterable[tuple[object, str]]) -> str:
    return format_html_join("", '<option value="{}">{}</option>', choices)


@functools.lru_cache(maxsize=64)
def _all_options_cached(choices: tuple[tuple[object, str], ...]) -> str:
    """_all_options once per process for each list: the lists are the same for everyone and
    change rarely (a changed list is another key, so never shown stale)."""
    return _all_options(choices)


def options(choices: Iterable[tuple[object, str]], selected: object) -> SafeString:
    """<option> elements for a select, the one whose value equals `selected` (compared as
    text, as the submitted form gives it) marked selected."""
    try:
        html = _all_options_cached(tuple(choices))
    except TypeError:  # an unhashable value or label
        html = _all_options(choices)
    chosen = "" if selected is None else str(selected)
    # Values and labels are escaped, so this markup is found only where an option starts.
    start = f'<option value="{escape(chosen)}">'
    return mark_safe(html.replace(start, f"{start[:-1]} selected>"))


@dataclass(frozen=True, slots=True)
class QueueShape:
    """What decides the queue page's markup besides the viewer (casebook.lib.shell keeps one
    render of cases/queue.html per shape and viewer's role): which note is shown above the
    table, whether there is a table, and which of the pager's links."""

    searching: bool
    search_newest_first: bool  # a search in due or activity order, shown newest first
    closed_newest_first: bool  # closed cases asked for in due or activity order
    has_rows: bool
    has_previous: bool
    has_next: bool


_ASSIGNED_FIXED = ((queries.ASSIGNED_ME, "Me"), (queries.ASSIGNED_NOBODY, "Unassigned"))


class _QueryOf:
    """What {% querystring %} reads of its template context: the request."""

    def __init__(self, request: Any) -> None:
        self.request = request


def page_values(
    request: Any,
    filters: QueueFilters,
    page: QueuePage,
    choices: dict[str, Iterable[tuple[object, str]]],
    now: datetime,
) -> tuple[QueueShape, dict[str, str]]:
    """The queue page's shape and its per-request values (the slots of cases/queue.html), as
    HTML: the search text escaped, each select's options with the chosen one marked, the
    follow-up and held-message notes (their own templates), the rows, the page number and the
    pager's links (Django's {% querystring %}, escaped). `choices` holds the selects' lists
    by name (status, caseworkers, due, categories, channel, order)."""
    held = held_in_queue(page.cases, page.held)
    order_newest = filters.order in (queries.ORDER_DUE, queries.ORDER_ACTIVITY)
    shape = QueueShape(
        searching=filters.searching,
        search_newest_first=filters.searching and order_newest,
        closed_newest_first=not filters.searching and filters.effective_order != filters.order,
        has_rows=bool(page.rows),
        has_previous=page.has_previous,
        has_next=page.has_next,
    )
    assignee = filters.assignee
    query_of = cast(Context, _QueryOf(request))  # all {% querystring %} reads of a Context
    slots = {
        "search": escape(filters.search),
        "status_options": options(choices["status"], filters.status),
        "assigned_options": options(_ASSIGNED_FIXED, assignee)
        + options(choices["caseworkers"], assignee),
        "due_options": options(choices["due"], filters.due),
        "category_options": options(choices["categories"], filters.category_id),
        "channel_options": options(choices["channel"], filters.channel),
        "order_options": options(choices["order"], filters.order),
        # Each note's template renders nothing without its count (`{% if %}` around it all):
        # skipped when the page read a count of zero, as on most pages.
        "follow_ups": get_template("partners/_queue_follow_ups.html").render(
            follow_ups_banner(page.overdue_follow_ups)
        )
        if page.overdue_follow_ups != 0
        else "",
        "held": get_template("intake/_queue_held.html").render({"held": held})
        if held.count
        else "",
        "rows": queue_rows(page.rows, held.case_ids, now) if page.rows else "",
        "number": str(page.number),
        "previous_href": escape(querystring(query_of, page=page.previous_number))
        if page.has_previous
        else "",
        "next_href": escape(querystring(query_of, page=page.next_number)) if page.has_next else "",
    }
    return shape, slots
