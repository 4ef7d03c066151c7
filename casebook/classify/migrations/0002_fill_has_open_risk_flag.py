"""Fill Case.has_open_risk_flag from the flags table (cases with a raised or confirmed flag)."""

from django.db import migrations
from django.db.models import Exists, OuterRef

ACTIVE_STATES = ("raised", "confirmed")  # as casebook.classify.models.ACTIVE_STATES today


def fill(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    RiskFlag = apps.get_model("classify", "RiskFlag")
    flags = RiskFlag.objects.filter(case=OuterRef("pk"), state__in=ACTIVE_STATES)
    # Only the flagged cases are written: flags are rare, the column defaults to false.
    Case.objects.filter(Exists(flags)).update(has_open_risk_flag=True)


def empty(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    Case.objects.filter(has_open_risk_flag=True).update(has_open_risk_flag=False)


class Migration(migrations.Migration):
    dependencies = [
        ("classify", "0001_initial"),
        ("cases", "0012_case_has_open_risk_flag"),
    ]

    operations = [migrations.RunPython(fill, empty)]
