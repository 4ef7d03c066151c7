from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "casebook.demo"
    label = "demo"
