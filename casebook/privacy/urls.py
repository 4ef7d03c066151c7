from django.urls import path

from casebook.privacy import views

urlpatterns = [
    path("", views.overview, name="privacy-overview"),
    path("holds/", views.holds, name="privacy-holds"),
    path("holds/<int:pk>/lift/", views.lift_hold, name="privacy-lift-hold"),
    path("person/", views.person, name="privacy-person"),
    path("person/export/", views.person_export, name="privacy-person-export"),
    path("person/erase/", views.person_erase, name="privacy-person-erase"),
    path("audit/", views.audit_log, name="privacy-audit"),
    path("audit/export.csv", views.audit_csv, name="privacy-audit-csv"),
]
