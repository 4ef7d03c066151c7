"""Post a form as a browser does: load the page, take the form's hidden inputs (its one-time
token among them) and send them with what the user filled in or pressed."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from django.test import Client

from casebook.cases import once


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self._open: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._open = {
                "action": a.get("action", ""),
                "id": a.get("id", ""),
                "hidden": {},
                "buttons": set(),
            }
            self.forms.append(self._open)
        elif tag == "input" and self._open is not None and a.get("type") == "hidden":
            self._open["hidden"].setdefault(a.get("name", ""), []).append(a.get("value", ""))
        elif tag == "button" and self._open is not None and a.get("name"):
            self._open["buttons"].add((a["name"], a.get("value", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._open = None


def forms_on(html: str) -> list[dict[str, Any]]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


def hidden_fields(
    html: str, *, action: str = "", form_id: str = "", pressing: tuple[str, str] | None = None
) -> dict[str, list[str]]:
    """The hidden inputs of the one form on the page posting to action (or with that id);
    with pressing, the one with that (name, value) button."""
    found = [
        f
        for f in forms_on(html)
        if ((action and f["action"] == action) or (form_id and f["id"] == form_id))
        and (pressing is None or pressing in f["buttons"])
    ]
    assert len(found) == 1, f"expected one form for {action or form_id}, found {len(found)}"
    fields: dict[str, list[str]] = found[0]["hidden"]
    return fields


def post_from_page(
    client: Client,
    page: str,
    action: str,
    data: dict[str, Any] | None = None,
    *,
    form_id: str = "",
    **kwargs: Any,
) -> Any:
    """Load page, then post its form for action with the page's hidden fields and data."""
    html = client.get(page, follow=True).content.decode()
    pressing = (
        ("action", str(data["action"])) if data and "action" in data and not form_id else None
    )
    fields = hidden_fields(
        html, action="" if form_id else action, form_id=form_id, pressing=pressing
    )
    assert once.FIELD in fields, f"the form for {action or form_id} carries no one-time token"
    posted: dict[str, Any] = {k: v[0] if len(v) == 1 else v for k, v in fields.items()}
    posted.update(data or {})
    return client.post(action, posted, **kwargs)
