from django.urls import path

from casebook.intake import views

urlpatterns = [
    path("attachments/<int:pk>/", views.download_attachment, name="attachment-download"),
]
