from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path

from casebook.accounts.decorators import roles
from casebook.accounts.models import Role

urlpatterns = [
    path("admin/", admin.site.urls),
    path("login/", login_not_required(auth_views.LoginView.as_view()), name="login"),
    path("logout/", roles(Role.values)(auth_views.LogoutView.as_view()), name="logout"),
    path("reports/", include("casebook.analysis.urls")),
    path("mail/", include("casebook.intake.urls")),
    path("supervisor/", include("casebook.triage.urls")),
    path("", include("casebook.cases.urls")),
]
