"""cases.CategoriesVersion: one row whose version changes whenever the categories change,
kept by triggers on cases_category so that every writer counts (the admin, bulk updates, the
demo loader, raw SQL, a flush). The queue reads it in its own statement and keeps the
categories' names per process until it changes (casebook.cases.queries.category_tags).

PostgreSQL: a statement-level trigger after INSERT, UPDATE, DELETE or TRUNCATE writes the next
value of a sequence of its own into the row (inserting the row if a truncation removed it).
The sequence belongs to no column, so TRUNCATE ... RESTART IDENTITY (a test flush) does not
restart it and no version is ever seen twice. The row is written in the writer's transaction:
a reader sees the new version together with the new names, never before.

SQLite (one writer at a time): row triggers add one to the version.
"""

from django.db import migrations, models

POSTGRES = [
    "CREATE SEQUENCE cases_categoriesversion_seq",
    """
    CREATE FUNCTION cases_categories_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO cases_categoriesversion (id, version)
      VALUES (1, nextval('cases_categoriesversion_seq'))
      ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
      RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER cases_categories_changed
    AFTER INSERT OR UPDATE OR DELETE ON cases_category
    FOR EACH STATEMENT EXECUTE FUNCTION cases_categories_changed()
    """,
    """
    CREATE TRIGGER cases_categories_truncated
    AFTER TRUNCATE ON cases_category
    FOR EACH STATEMENT EXECUTE FUNCTION cases_categories_changed()
    """,
    """
    INSERT INTO cases_categoriesversion (id, version)
    VALUES (1, nextval('cases_categoriesversion_seq'))
    """,
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS cases_categories_truncated ON cases_category",
    "DROP TRIGGER IF EXISTS cases_categories_changed ON cases_category",
    "DROP FUNCTION IF EXISTS cases_categories_changed()",
    "DROP SEQUENCE IF EXISTS cases_categoriesversion_seq",
]
SQLITE_BUMP = (
    "INSERT INTO cases_categoriesversion (id, version) VALUES (1, 1) "
    "ON CONFLICT (id) DO UPDATE SET version = version + 1"
)
SQLITE = [
    *(
        f"CREATE TRIGGER cases_categories_{event.lower()} AFTER {event} ON cases_category "
        f"BEGIN {SQLITE_BUMP}; END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ),
    "INSERT INTO cases_categoriesversion (id, version) VALUES (1, 1)",
]
SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS cases_categories_{event}" for event in ("insert", "update", "delete")
]


def create(apps, schema_editor):
    statements = {"postgresql": POSTGRES, "sqlite": SQLITE}.get(schema_editor.connection.vendor)
    if statements is None:
        raise RuntimeError("the categories' version triggers exist for PostgreSQL and SQLite only")
    for sql in statements:
        schema_editor.execute(sql, params=None)


def drop(apps, schema_editor):
    statements = {"postgresql": POSTGRES_DROP, "sqlite": SQLITE_DROP}.get(
        schema_editor.connection.vendor, []
    )
    for sql in statements:
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0012_case_has_open_risk_flag"),
    ]

    operations = [
        migrations.CreateModel(
            name="CategoriesVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.BigIntegerField()),
            ],
            options={"verbose_name": "categories version"},
        ),
        migrations.RunPython(create, drop),
    ]
