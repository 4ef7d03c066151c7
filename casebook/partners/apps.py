from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "casebook.partners"
    label = "partners"
    verbose_name = "Partners, referrals and saved replies"
