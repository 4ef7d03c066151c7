from django.urls import path

from casebook.triage import views

app_name = "triage"
urlpatterns = [
    path("", views.supervisor_dashboard, name="dashboard"),
]
