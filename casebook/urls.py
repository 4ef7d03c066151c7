from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from casebook.accounts import views as account_views
from casebook.accounts.decorators import roles
from casebook.accounts.models import Role

urlpatterns = [
    path("admin/", admin.site.urls),
    path("login/", account_views.LoginView.as_view(), name="login"),
    path("logout/", roles(Role.values)(auth_views.LogoutView.as_view()), name="logout"),
    path("reports/", include("casebook.analysis.urls")),
    path("mail/", include("casebook.intake.urls")),
    path("supervisor/", include("casebook.triage.urls")),
    path("", include("casebook.partners.urls")),
    path("", include("casebook.classify.urls")),
    path("", include("casebook.cases.urls")),
]
