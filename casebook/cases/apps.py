from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "casebook.cases"
    label = "cases"

    def ready(self) -> None:
        from casebook.cases import reference_lists

        reference_lists.connect()
