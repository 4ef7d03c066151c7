from django.urls import path

from casebook.intake import views

urlpatterns = [
    path("attachments/<int:pk>/", views.download_attachment, name="attachment-download"),
    path("messages/<int:pk>/original/", views.download_original, name="original-download"),
    path("messages/<int:pk>/accept/", views.accept_held, name="held-accept"),
    path("messages/<int:pk>/move/", views.move_held, name="held-move"),
]
