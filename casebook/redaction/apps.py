from django.apps import AppConfig


class RedactionConfig(AppConfig):
    name = "casebook.redaction"
    label = "redaction"
