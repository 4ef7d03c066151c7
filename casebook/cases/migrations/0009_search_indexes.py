"""On PostgreSQL, indexes for the queue's search by partial reference, enquirer name and phone.

Like 0003: trigram indexes on the expressions Django's `icontains` produces (UPPER(x::text)),
and an index on the phone number with separators removed, the same expression as
casebook.cases.queries.phone_digits(). Without pg_trgm the search still works, only slower.
"""

import logging

from django.db import DatabaseError, migrations, transaction

log = logging.getLogger(__name__)

TRIGRAM = {
    "cases_case_reference_trgm": ("cases_case", "reference"),
    "cases_enquirer_name_trgm": ("cases_enquirer", "name"),
}
PHONE = "cases_enquirer_phone_digits"
PHONE_DIGITS = "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', '')"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {PHONE} ON cases_enquirer (({PHONE_DIGITS}))")
    try:
        with transaction.atomic():
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        log.warning("pg_trgm is not available: searching names and references scans every row")
        return
    for name, (table, column) in TRIGRAM.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin ((UPPER({column}::text)) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in [*TRIGRAM, PHONE]:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("cases", "0008_response_clock")]
    operations = [migrations.RunPython(create, drop)]
