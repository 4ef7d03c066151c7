"""The queue's table rows and filter options as HTML, built in Python.

Fifty rows of eight cells through the template engine cost about 12 ms of CPU per page
(a variable lookup, filter and autoescape per value), more than the rest of the request. Here
each row is one format_html call: every value given to it is escaped (subjects, names and
categories come from the public), and only the fixed markup below is trusted. No database
access, no request: the same rows give the same HTML.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from casebook.cases.queries import QueueRow
from casebook.cases.templatetags.casebook_ui import LABELS, age_at

_ROW = (
    '<tr class="{}">'
    '<td class="ref"><a href="{}">{}</a>{}</td>'
    '<td class="subject">{}<a href="{}" tabindex="-1">{}</a></td>'
    '<td class="enquirer">{}{}</td>'
    "<td>{}{}{}</td>"
    '<td class="due">{}{}</td>'
    '<td class="when">{}<div class="sub">{} ago</div></td>'
    '<td class="assignee">{}</td>'
    '<td class="tags">{}</td>'
    "</tr>\n"
)
_EMPTY = mark_safe("")
_REOPENED = mark_safe(' <span class="flag flag-reopened">Reopened</span>')
_HELD = mark_safe(' <span class="flag flag-held">Held message</span>')
_FOLLOW_UP = mark_safe('<div class="marker-follow-up">Follow-up due</div>')
_NO_DUE = mark_safe('<span class="sub">—</span>')
_UNASSIGNED = mark_safe('<span class="sub">Unassigned</span>')
_ROW_CLASS = {
    (False, False): "",
    (True, False): "flagged",
    (False, True): " reopened",
    (True, True): "flagged reopened",
}
_COUNTDOWN = {
    state: format_html('<span class="countdown{}">', f" due-{state}" if state else "")
    for state in ("", "soon", "overdue", "paused")
}
_CLOSE_SPAN = mark_safe("</span>")
# The fixed cells' markup per stored value, made once: labels are ours, but escaped all the same.
_STATUS = {
    value: format_html('<span class="status status-{}">{}</span>', value, text)
    for value, text in LABELS["status"].items()
}
_CHANNEL = {
    value: format_html('<div class="sub">{}</div>', text)
    for value, text in LABELS["channel"].items()
}
_ENQUIRER_TYPE = {
    value: format_html('<div class="sub">{}</div>', text)
    for value, text in LABELS["enquirer_type"].items()
    if value
}


def _cell(table: dict[str, SafeString], value: str, markup: str) -> SafeString:
    """The fixed markup for a stored value; one the labels do not know is shown as it is
    (`markup` has a slot for it, or two when it is also the class)."""
    found = table.get(value)
    if found is not None:
        return found
    return format_html(markup, *[value] * markup.count("{}"))


def _row(
    row: QueueRow, held: bool, now: datetime, tags: dict[tuple[str, bool], SafeString]
) -> SafeString:
    case = row.case
    risks = (
        format_html_join("", '<span class="riskmark">{}</span>', ((r,) for r in row.risks))
        if row.risks
        else _EMPTY
    )
    tag_html = []
    for tag in row.tags:
        key = (tag.name, tag.by_enquirer)
        if key not in tags:
            tags[key] = format_html(
                '<span class="tag{}">{}</span>',
                " tag-enquirer" if tag.by_enquirer else "",
                tag.name,
            )
        tag_html.append(tags[key])
    # Fixed markup is joined as SafeStrings (the sum of two stays safe); text goes through
    # format_html or escape.
    markers = _REOPENED if case.reopened else _EMPTY
    if held:
        markers += _HELD
    if row.unseen:
        markers += format_html(
            ' <span class="flag flag-unseen" title="{}"><span aria-hidden="true">●</span> {}'
            "</span>",
            row.unseen,
            row.unseen,
        )
    due = (
        _COUNTDOWN.get(row.due_state, _COUNTDOWN[""]) + escape(row.due) + _CLOSE_SPAN
        if row.due
        else _NO_DUE
    )
    activity = (
        format_html('<div class="sub">active {} ago</div>', age_at(case.last_activity_at, now))
        if case.last_activity_at is not None
        else _EMPTY
    )
    return format_html(
        _ROW,
        _ROW_CLASS[bool(row.risks), case.reopened],
        row.url,
        case.reference,
        markers,
        risks,
        row.url,
        case.subject or "(no subject)",
        case.enquirer,
        _cell(_ENQUIRER_TYPE, case.enquirer_type, '<div class="sub">{}</div>')
        if case.enquirer_type
        else _EMPTY,
        _cell(_STATUS, case.status, '<span class="status status-{}">{}</span>'),
        _cell(_CHANNEL, case.channel, '<div class="sub">{}</div>'),
        _FOLLOW_UP if row.follow_up_due else _EMPTY,
        due,
        activity,
        row.opened,
        age_at(case.opened_at, now),
        case.assignee or _UNASSIGNED,
        mark_safe("".join(tag_html)),
    )


def queue_rows(
    rows: Iterable[QueueRow], held_case_ids: Collection[int], now: datetime
) -> SafeString:
    """The table body's rows (<tr> elements), one per queue row; a row whose case has a held
    message is marked. `now` is the moment ages ("3 d ago") are counted to."""
    tags: dict[tuple[str, bool], SafeString] = {}  # a category's tag, made once per page
    return mark_safe("".join(_row(row, row.case.pk in held_case_ids, now, tags) for row in rows))


def options(choices: Iterable[tuple[object, str]], selected: object) -> SafeString:
    """<option> elements for a select, the one whose value equals `selected` (compared as
    text, as the submitted form gives it) marked selected."""
    chosen = "" if selected is None else str(selected)
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (value, mark_safe(" selected") if str(value) == chosen else "", text)
            for value, text in choices
        ),
    )
