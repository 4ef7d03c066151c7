from django.db import migrations

from casebook.cases.taxonomy import CATEGORIES
from casebook.lib.platforms import DEFAULT_PLATFORMS


def seed(apps, schema_editor):
    Category = apps.get_model("cases", "Category")
    Platform = apps.get_model("cases", "Platform")
    for position, (name, definition) in enumerate(CATEGORIES):
        Category.objects.get_or_create(
            name=name, defaults={"definition": definition, "position": position}
        )
    for name, aliases in DEFAULT_PLATFORMS.items():
        Platform.objects.get_or_create(name=name, defaults={"aliases": aliases})


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
