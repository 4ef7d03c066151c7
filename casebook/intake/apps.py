from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "casebook.intake"
    label = "intake"
