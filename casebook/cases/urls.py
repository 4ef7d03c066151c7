from django.urls import path

from casebook.cases import enquirer_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("cases/", views.queue, name="case-queue"),
    path("cases/new/phone/", views.phone_call, name="case-new-phone"),
    path("cases/<str:reference>/", views.case_detail, name="case-detail"),
    path("cases/<str:reference>/history/", views.case_history, name="case-history"),
    path("cases/<str:reference>/note/", views.case_note, name="case-note"),
    path("cases/<str:reference>/reply/", views.case_reply, name="case-reply"),
    path(
        "cases/<str:reference>/reply/<int:pk>/cancel/",
        views.case_cancel_email,
        name="case-cancel-email",
    ),
    path("cases/<str:reference>/status/", views.case_status, name="case-status"),
    path("cases/<str:reference>/assign/", views.case_assign, name="case-assign"),
    path("cases/<str:reference>/profile/", views.case_profile, name="case-profile"),
    path("cases/<str:reference>/enquirer/", views.case_enquirer, name="case-enquirer"),
    path(
        "cases/<str:reference>/enquirer/merge/",
        enquirer_views.merge_enquirers,
        name="enquirer-merge",
    ),
    path(
        "cases/<str:reference>/enquirer/split/",
        enquirer_views.split_case,
        name="enquirer-split",
    ),
    path(
        "cases/<str:reference>/categories/add/", views.case_add_category, name="case-add-category"
    ),
    path(
        "cases/<str:reference>/categories/remove/",
        views.case_remove_category,
        name="case-remove-category",
    ),
    path("cases/<str:reference>/platforms/", views.case_platforms, name="case-platforms"),
    path("cases/<str:reference>/call/", views.phone_call, name="case-add-call"),
    path("enquire/", views.enquire, name="enquire"),
    path("enquire/thanks/<str:token>/", views.enquire_thanks, name="enquire-thanks"),
]
