from django.urls import path

from casebook.cases import views

urlpatterns = [
    path("", views.home, name="home"),
]
