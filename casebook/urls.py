from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from casebook.accounts import views as account_views
from casebook.accounts.decorators import roles
from casebook.accounts.models import Role
from casebook.accounts.twofactor import two_factor_exempt
from casebook.security.views import healthz

# The admin site under the app's own name, not "Django administration".
admin.site.site_header = "Casebook administration"
admin.site.site_title = "Casebook admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("login/", account_views.LoginView.as_view(), name="login"),
    path(
        "logout/",
        two_factor_exempt(roles(Role.values)(auth_views.LogoutView.as_view())),
        name="logout",
    ),
    path("account/", account_views.account, name="account"),
    path("account/password/", account_views.PasswordChangeView.as_view(), name="password-change"),
    path("account/two-factor/", account_views.two_factor_verify, name="two-factor-verify"),
    path("account/two-factor/setup/", account_views.two_factor_setup, name="two-factor-setup"),
    path("reports/", include("casebook.analysis.urls")),
    path("mail/", include("casebook.intake.urls")),
    path("healthz/", healthz, name="healthz"),
    path("privacy/", include("casebook.privacy.urls")),
    path("supervisor/", include("casebook.triage.urls")),
    path("", include("casebook.partners.urls")),
    path("", include("casebook.classify.urls")),
    path("", include("casebook.cases.urls")),
]
