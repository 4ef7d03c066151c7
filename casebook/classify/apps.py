from django.apps import AppConfig


class ClassifyConfig(AppConfig):
    name = "casebook.classify"
    label = "classify"
    verbose_name = "Suggestions and risk flags"

    def ready(self) -> None:
        from casebook.classify import signals  # noqa: F401  (connects the receivers)
