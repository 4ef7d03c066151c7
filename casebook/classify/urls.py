from django.urls import path

from casebook.classify import views

urlpatterns = [
    path(
        "cases/<str:reference>/suggestions/accept/",
        views.accept_suggestion,
        name="classify-accept",
    ),
    path(
        "cases/<str:reference>/suggestions/dismiss/",
        views.dismiss_suggestion,
        name="classify-dismiss",
    ),
    path(
        "cases/<str:reference>/flags/<int:pk>/review/",
        views.review_flag,
        name="classify-review-flag",
    ),
    path(
        "attachments/<int:pk>/withheld/",
        views.withheld_attachment,
        name="classify-withheld-attachment",
    ),
    path(
        "messages/<int:pk>/original/withheld/",
        views.withheld_original,
        name="classify-withheld-original",
    ),
]
