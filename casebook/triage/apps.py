from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "casebook.triage"
    label = "triage"
    verbose_name = "Triage: calendar, due times, supervisor dashboard"
    default_auto_field = "django.db.models.BigAutoField"
