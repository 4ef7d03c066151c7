from django.apps import AppConfig


class AnalysisConfig(AppConfig):
    name = "casebook.analysis"
    label = "analysis"
