"""The partners app's parts of other apps' pages: the case page's section and the queue's
follow-up markers, each included with one line."""

from __future__ import annotations

from html import escape
from typing import Any

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from casebook.cases.models import Case
from casebook.partners import queries
from casebook.partners.forms import OUTCOME_CHOICES
from casebook.partners.models import ItemKind, ReferralKind

register = template.Library()


def e(text: str) -> str:
    """HTML-escaped text (quotes too: values go into attributes)."""
    return escape(text, quote=True)


OPEN_ROW = (
    '<tr id="escalation-{pk}"{overdue_class}><td class="item"><span class="platform">{platform}'
    '</span> <span class="kind">{kind}</span><code>{item}</code>{reference}'
    '<a class="sub" href="{url}">Details</a></td><td class="when">{escalated}'
    '<div class="sub">{route}{by}</div></td>'
    '<td class="due"><span class="due-when">{due}</span>{chased}'
    '<button type="submit" name="chase" value="{pk}" class="small">Chased</button></td>'
    '<td class="outcome"><label for="outcome-{pk}" class="visually-hidden">Outcome for {item}'
    '</label><select name="outcome-{pk}" id="outcome-{pk}">{options}</select> '
    '<button type="submit" name="record" value="{pk}" class="small">Record</button></td></tr>'
)
CLOSED_ROW = (
    '<tr id="escalation-{pk}"><td class="item"><span class="platform">{platform}</span> '
    '<span class="kind">{kind}</span><code>{item}</code><a class="sub" href="{url}">Details</a>'
    '</td><td class="when">{escalated}</td><td><span class="outcome-{outcome}">{label}</span>'
    '<div class="sub">{on}</div></td><td class="num">{days}</td></tr>'
)


def _open_rows(items: list[queries.ShownItem], url: str, options: str) -> SafeString:
    """The open items' table rows, built here: a case can carry hundreds, and a template (or
    format_html) spends several times longer per row. Every value is escaped with e()."""
    rows = []
    for i in items:
        due = ""
        if i.overdue:
            due = f"<strong>Overdue</strong> since {e(i.due)}"
        elif i.due:
            due = f"Due {e(i.due)}"
        rows.append(
            OPEN_ROW.format(
                pk=i.pk,
                overdue_class=' class="overdue"' if i.overdue else "",
                platform=e(i.platform),
                kind=e(i.kind),
                item=e(i.item),
                reference=f'<div class="sub">Ref {e(i.reference)}</div>' if i.reference else "",
                url=e(f"{url}{i.pk}/"),
                escalated=e(i.escalated),
                route=e(i.route),
                by=e(f", {i.by}") if i.by else "",
                due=due,
                chased=f'<div class="sub">Chased {i.follow_ups}×</div>' if i.follow_ups else "",
                options=options,
            )
        )
    return mark_safe("\n".join(rows))


def _closed_rows(items: list[queries.ShownItem], url: str) -> SafeString:
    rows = (
        CLOSED_ROW.format(
            pk=i.pk,
            platform=e(i.platform),
            kind=e(i.kind),
            item=e(i.item),
            url=e(f"{url}{i.pk}/"),
            escalated=e(i.escalated),
            outcome=e(i.outcome),
            label=e(i.outcome_label),
            on=e(i.outcome_on),
            days=i.days,
        )
        for i in items
    )
    return mark_safe("\n".join(rows))


OFFERED_ROW = (
    '<li><code>{value}</code><input type="hidden" name="item-{n}" value="{value}">'
    '<label for="kind-{n}" class="visually-hidden">What {value} is</label>'
    '<select name="kind-{n}" id="kind-{n}">{kinds}</select> '
    '<label for="platform-{n}" class="visually-hidden">Platform of {value}</label>'
    '<select name="platform-{n}" id="platform-{n}"><option value="">Platform…</option>'
    "{platforms}</select> "
    '<button type="submit" name="offer" value="{n}" class="small">Escalate</button></li>'
)


def _options(choices: list[tuple[str, str]], selected: str = "") -> str:
    return "".join(
        f'<option value="{e(value)}"{" selected" if value == selected else ""}>{e(text)}</option>'
        for value, text in choices
    )


def _offered_rows(
    offered: list[queries.OfferedItem], platforms: list[tuple[int, str]]
) -> SafeString:
    """Each found item with its kind and platform chosen (built here, as the rows above)."""
    choices = [(str(pk), name) for pk, name in platforms]
    kinds = [(str(v), str(t)) for v, t in ItemKind.choices]
    rows = (
        OFFERED_ROW.format(
            n=n,
            value=e(item.value),
            kinds=_options(kinds, item.kind),
            platforms=_options(choices, str(item.platform_id or "")),
        )
        for n, item in enumerate(offered)
    )
    return mark_safe("\n".join(rows))


@register.inclusion_tag("partners/_case_section.html", takes_context=True)
def partners_case_section(context: Any) -> dict[str, Any]:
    """Saved replies, escalations and referrals for the case page (needs `case` and `view`)."""
    case: Case = context["case"]
    view = context.get("view")
    messages = view.messages if view is not None else []
    tagged = [tag.platform.name for tag in view.platform_tags] if view is not None else []
    section = queries.case_section(case, messages, tagged)
    # Each item's page is this prefix and its id; the outcome choices are one string for all.
    url = reverse("partners-escalation", args=[case.reference, 0]).removesuffix("0/")
    options = _options([("", "Choose…"), *((str(v), str(t)) for v, t in OUTCOME_CHOICES)])
    return {
        "open_rows": _open_rows(section.open_items, url, options),
        "closed_rows": _closed_rows(section.closed_items, url),
        "offered_rows": _offered_rows(section.offered, section.platforms),
        "case": case,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "form_seen": context.get("form_seen"),
        "section": section,
        "services": section.services,
        "referral_kinds": ReferralKind.choices,
        "replies": section.replies,
    }


@register.inclusion_tag("partners/_queue_follow_ups.html")
def follow_ups_banner(overdue: int | None = None) -> dict[str, Any]:
    """How many follow-ups with platforms are overdue, with a link to them. The count is
    read here unless the page already has it (the queue reads it with its rows)."""
    return {"overdue": queries.overdue_follow_up_count() if overdue is None else overdue}
