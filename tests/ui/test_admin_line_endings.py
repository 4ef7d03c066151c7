"""Text typed into the admin is stored with Unix line endings, as in every other form."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.forms import Textarea
from django.test import RequestFactory

from casebook.widgets import Textarea as UnixTextarea

pytestmark = pytest.mark.django_db


def _editable_textareas(admin_user) -> list[str]:
    """model.field of every admin textarea (inlines included) that keeps CRLF as typed."""
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    found = []
    for model, model_admin in admin.site._registry.items():
        editable = model_admin.has_add_permission(request) or model_admin.has_change_permission(
            request
        )
        forms = [(model, model_admin.get_form(request))] if editable else []
        forms += [
            (inline.model, inline.get_formset(request).form)
            for inline in model_admin.get_inline_instances(request)
        ]
        for owner, form in forms:
            for name, field in form.base_fields.items():
                widget = field.widget
                if isinstance(widget, Textarea) and not isinstance(widget, UnixTextarea):
                    found.append(f"{owner._meta.label}.{name}")
    return found


def test_every_admin_textarea_normalises_line_endings(admin_user):
    assert _editable_textareas(admin_user) == []


def test_a_category_definition_typed_in_the_admin_is_stored_with_lf(client, admin_user):
    from casebook.cases.models import Category

    apps = Category.objects.get(name="Apps")
    client.force_login(admin_user)
    response = client.post(
        f"/admin/cases/category/{apps.pk}/change/",
        {"name": "Apps", "definition": "First line.\r\nSecond line.\rThird.", "position": 3},
    )
    assert response.status_code == 302
    apps.refresh_from_db()
    assert apps.definition == "First line.\nSecond line.\nThird."
