from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "casebook.accounts"
    label = "accounts"
