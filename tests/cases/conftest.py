"""The case tests post forms as a browser does after loading their page: with a fresh one-time
token (casebook.cases.once) that has seen the case as it is now. Tests of the tokens themselves
pass their own `form_token`, or none with `no_token=True`."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import resolve

from casebook.cases import once


def current_token(client: Client, path: str) -> str:
    """The token a page rendered now would carry for a form posting to path."""
    from casebook.accounts.models import AuditEvent
    from casebook.cases.models import Case, Message

    kwargs = resolve(path.split("?")[0]).kwargs
    case = (
        Case.objects.filter(reference=kwargs["reference"]).first()
        if "reference" in kwargs
        else None
    )
    seen = None
    if case is not None:
        last_message = (
            Message.objects.filter(case=case).order_by("-pk").values_list("pk", flat=True).first()
        )
        last_event = (
            AuditEvent.objects.filter(case=case)
            .order_by("-pk")
            .values_list("pk", flat=True)
            .first()
        )
        seen = once.Seen.of(case, last_message=last_message or 0, last_event=last_event or 0)
    user_id = client.session.get("_auth_user_id")
    return once.issue(user_id=int(user_id) if user_id else None, case=case, seen=seen)


class TokenClient(Client):
    def post(self, path: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if data is None:
            data = {}
        if not kwargs.pop("no_token", False) and isinstance(data, dict) and once.FIELD not in data:
            data = {**data, once.FIELD: current_token(self, path)}
        return super().post(path, data, *args, **kwargs)


@pytest.fixture
def client() -> TokenClient:
    return TokenClient()
