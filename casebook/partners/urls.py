from django.urls import path

from casebook.partners import views

urlpatterns = [
    path("partners/", views.directory, name="partners-directory"),
    path("partners/follow-ups/", views.follow_ups, name="partners-follow-ups"),
    path("cases/<str:reference>/escalations/add/", views.escalate, name="partners-escalate"),
    path(
        "cases/<str:reference>/escalations/<int:pk>/",
        views.escalation_detail,
        name="partners-escalation",
    ),
    path(
        "cases/<str:reference>/escalations/<int:pk>/outcome/",
        views.record_outcome,
        name="partners-outcome",
    ),
    path(
        "cases/<str:reference>/escalations/<int:pk>/follow-up/",
        views.record_follow_up,
        name="partners-follow-up",
    ),
    path("cases/<str:reference>/escalations/act/", views.act, name="partners-act"),
    path("cases/<str:reference>/referrals/add/", views.refer, name="partners-refer"),
]
