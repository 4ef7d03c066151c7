from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "casebook.security"
    label = "security"

    def ready(self) -> None:
        from casebook.security import sessions

        sessions.connect_signals()
