"""Triggers that tell listening processes the queue's statement may read something new.

After any INSERT, UPDATE, DELETE or TRUNCATE on a table the queue's statement reads
(casebook.cases.queries._read_page: cases, enquirers, users, case tags, the categories'
version, risk flags, held messages and their messages, follow-ups), a statement-level trigger
runs `pg_notify('casebook_queue', '')`. PostgreSQL delivers it when the transaction commits
(identical notifications of one transaction are delivered once), to every session LISTENing on
the channel: each web worker's per-process copy of the queue's results
(casebook.cases.queue_copy), which it drops on any notification.

PostgreSQL only: SQLite has no notifications and the copy is off there (nothing to do).
"""

from django.db import migrations

# (app label, model name) of every table the statement reads. tests/cases/test_queue_copy.py
# checks this against the tables the compiled statement names.
READ = (
    ("cases", "Case"),
    ("cases", "Enquirer"),
    ("cases", "CaseCategory"),
    ("cases", "CategoriesVersion"),
    ("cases", "Message"),
    ("accounts", "User"),
    ("classify", "RiskFlag"),
    ("intake", "HeldMessage"),
    ("partners", "Escalation"),
)

FUNCTION = """
CREATE FUNCTION casebook_queue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('casebook_queue', '');
  RETURN NULL;
END $$
"""


def _tables(apps):
    return [apps.get_model(app, model)._meta.db_table for app, model in READ]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)
    for table in _tables(apps):
        schema_editor.execute(
            f"CREATE TRIGGER {table}_queue_changed AFTER INSERT OR UPDATE OR DELETE "
            f'ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION casebook_queue_changed()',
            params=None,
        )
        schema_editor.execute(
            f'CREATE TRIGGER {table}_queue_truncated AFTER TRUNCATE ON "{table}" '
            "FOR EACH STATEMENT EXECUTE FUNCTION casebook_queue_changed()",
            params=None,
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in _tables(apps):
        schema_editor.execute(f'DROP TRIGGER IF EXISTS {table}_queue_truncated ON "{table}"')
        schema_editor.execute(f'DROP TRIGGER IF EXISTS {table}_queue_changed ON "{table}"')
    schema_editor.execute("DROP FUNCTION IF EXISTS casebook_queue_changed()")


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0014_queue_open_and_flagged_indexes"),
        ("accounts", "0002_initial"),
        ("classify", "0002_fill_has_open_risk_flag"),
        ("intake", "0002_originals_skipped_held"),
        ("partners", "0002_seed_directory"),
    ]

    operations = [migrations.RunPython(create, drop)]
