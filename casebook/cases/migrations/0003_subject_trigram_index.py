"""On PostgreSQL, a trigram index so that searching subjects stays fast with millions of cases.

Django's `subject__icontains` becomes `UPPER(subject::text) LIKE UPPER(%s)`, which a GIN
trigram index on that same expression serves. The pg_trgm extension needs the right to create
extensions; where the database user lacks it, the search still works, only slower, and the
migration says so rather than failing.
"""

import logging

from django.db import DatabaseError, migrations, transaction

log = logging.getLogger(__name__)

INDEX = "cases_case_subject_trgm"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic():
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        log.warning("pg_trgm is not available: subject search will scan every case")
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON cases_case "
        "USING gin ((UPPER(subject::text)) gin_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("cases", "0002_seed_taxonomy")]
    operations = [migrations.RunPython(create, drop)]
