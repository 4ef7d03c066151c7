from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "casebook.cases"
    label = "cases"
