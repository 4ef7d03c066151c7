"""Deny by default: a view that does not declare which roles may use it is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

ROLES_ATTR = "casebook_roles"
PUBLIC_ATTR = "login_required"  # set to False by django's @login_not_required


class RoleRequiredByDefault:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., Any],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        if getattr(view_func, PUBLIC_ATTR, True) is False:
            return None
        module = getattr(view_func, "__module__", "")
        if module.startswith("django.contrib.admin") or request.path.startswith("/admin/"):
            return None  # the admin site checks is_staff itself
        roles = getattr(view_func, ROLES_ATTR, None)
        if roles is None:
            raise PermissionDenied("this page declares no roles")
        user = request.user
        if not user.is_authenticated or not user.is_active:
            raise PermissionDenied
        if getattr(user, "role", None) not in roles:
            raise PermissionDenied
        return None
