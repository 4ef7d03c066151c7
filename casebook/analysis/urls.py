from django.urls import path

from casebook.analysis import views

app_name = "reports"

urlpatterns = [
    path("", views.index, name="index"),
    path("download/<str:fmt>/", views.download, name="download"),
    path("jobs/<uuid:job_id>/", views.job, name="job"),
    path("jobs/<uuid:job_id>/<str:fmt>/", views.job_download, name="job-download"),
    path("review/", views.review, name="review"),
    path("review/action/", views.review_action, name="review-action"),
]
