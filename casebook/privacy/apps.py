from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "casebook.privacy"
    label = "privacy"
    verbose_name = "Privacy: retention, subject access and erasure"
