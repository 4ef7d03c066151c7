from django.db import migrations

from casebook.partners.directory import SAVED_REPLIES, SERVICES


def seed(apps, schema_editor):
    Service = apps.get_model("partners", "Service")
    SavedReply = apps.get_model("partners", "SavedReply")
    Platform = apps.get_model("cases", "Platform")
    Partner = apps.get_model("partners", "Partner")
    for position, service in enumerate(SERVICES):
        Service.objects.get_or_create(
            name=service["name"], defaults={**service, "position": position}
        )
    for position, reply in enumerate(SAVED_REPLIES):
        SavedReply.objects.get_or_create(
            title=reply["title"], defaults={"body": reply["body"], "position": position}
        )
    for platform in Platform.objects.all():
        Partner.objects.get_or_create(platform=platform)


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial"), ("cases", "0002_seed_taxonomy")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
