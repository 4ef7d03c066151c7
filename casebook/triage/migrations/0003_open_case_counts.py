"""Open cases counted by status and assignee (triage.OpenCaseCount), kept by triggers on
cases_case, as 0002 keeps the inbound counts on cases_message: every writer is counted,
including those that bypass the ORM's save (mail intake's bulk inserts and updates, the demo
loader, `casebook generate`, raw copies), deletions by cascade, and an assignee's removal
(the foreign key sets it to null). The table is filled from the cases already stored.

PostgreSQL: statement-level triggers on INSERT and DELETE read the transition tables, so a
bulk insert costs one grouped upsert; a row trigger handles an UPDATE that changes a case's
status, assignee, or whether it has a due time (not every update: a version bump changes none
of those and fires nothing). Each session writes to slot pg_backend_pid() % 16 of a key, and a
change writes its old and new keys in one statement in key order, so two writers do not wait
on, or deadlock over, the same rows.

SQLite (one writer at a time): row triggers, slot 0. Removal only decrements an existing row,
so a flush that empties the count table before the cases leaves it empty, not negative.

The open statuses are written out here as they were when this ran (cases.models
OPEN_STATUSES); a change to that list needs a migration that recreates the triggers.
"""

from django.db import migrations, models

OPEN = "('new', 'open', 'awaiting', 'escalated')"
SLOTS = 16
PG_SLOT = f"(pg_backend_pid() % {SLOTS})::smallint"
PG_UPSERT = (
    "INSERT INTO triage_opencasecount (status, assignee, slot, cases, with_due) {rows} "
    "ON CONFLICT (status, assignee, slot) DO UPDATE SET "
    "cases = triage_opencasecount.cases + EXCLUDED.cases, "
    "with_due = triage_opencasecount.with_due + EXCLUDED.with_due"
)


def pg_from_table(table: str, sign: str) -> str:
    rows = (
        f"SELECT status, COALESCE(assigned_to_id, 0), {PG_SLOT}, {sign}count(*), "
        f"{sign}count(response_due_at) FROM {table} WHERE status IN {OPEN} "
        "GROUP BY 1, 2 ORDER BY 1, 2"
    )
    return PG_UPSERT.format(rows=rows)


# The old key loses the case and the new one gains it; grouped, so that a change of due time
# alone (old key = new key) is one row, which the upsert may touch only once.
PG_CHANGE_ROWS = f"""
    SELECT s, a, {PG_SLOT}, sum(c), sum(d) FROM (VALUES
        (OLD.status, COALESCE(OLD.assigned_to_id, 0), -1,
         CASE WHEN OLD.response_due_at IS NULL THEN 0 ELSE -1 END),
        (NEW.status, COALESCE(NEW.assigned_to_id, 0), 1,
         CASE WHEN NEW.response_due_at IS NULL THEN 0 ELSE 1 END)
    ) AS change (s, a, c, d)
    WHERE s IN {OPEN} GROUP BY 1, 2 ORDER BY 1, 2
"""

POSTGRES = [
    f"""
    CREATE FUNCTION triage_open_cases_added() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {pg_from_table("added", "")};
        RETURN NULL;
    END $$
    """,
    f"""
    CREATE FUNCTION triage_open_cases_removed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {pg_from_table("removed", "-")};
        RETURN NULL;
    END $$
    """,
    f"""
    CREATE FUNCTION triage_open_cases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {PG_UPSERT.format(rows=PG_CHANGE_ROWS)};
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER triage_open_cases_insert AFTER INSERT ON cases_case
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION triage_open_cases_added()
    """,
    """
    CREATE TRIGGER triage_open_cases_delete AFTER DELETE ON cases_case
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION triage_open_cases_removed()
    """,
    """
    CREATE TRIGGER triage_open_cases_update
    AFTER UPDATE OF status, assigned_to_id, response_due_at ON cases_case
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status
          OR OLD.assigned_to_id IS DISTINCT FROM NEW.assigned_to_id
          OR (OLD.response_due_at IS NULL) <> (NEW.response_due_at IS NULL))
    EXECUTE FUNCTION triage_open_cases_changed()
    """,
    f"""
    INSERT INTO triage_opencasecount (status, assignee, slot, cases, with_due)
    SELECT status, COALESCE(assigned_to_id, 0), 0, count(*), count(response_due_at)
    FROM cases_case WHERE status IN {OPEN} GROUP BY 1, 2
    """,
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS triage_open_cases_insert ON cases_case",
    "DROP TRIGGER IF EXISTS triage_open_cases_delete ON cases_case",
    "DROP TRIGGER IF EXISTS triage_open_cases_update ON cases_case",
    "DROP FUNCTION IF EXISTS triage_open_cases_added()",
    "DROP FUNCTION IF EXISTS triage_open_cases_removed()",
    "DROP FUNCTION IF EXISTS triage_open_cases_changed()",
]

# WHERE on a SELECT without FROM: the upsert needs one (SQLite's parsing rule), and it keeps
# closed cases out.
SQLITE_ADD = f"""
    INSERT INTO triage_opencasecount (status, assignee, slot, cases, with_due)
    SELECT NEW.status, COALESCE(NEW.assigned_to_id, 0), 0, 1, NEW.response_due_at IS NOT NULL
    WHERE NEW.status IN {OPEN}
    ON CONFLICT (status, assignee, slot) DO UPDATE
    SET cases = cases + 1, with_due = with_due + excluded.with_due
"""
SQLITE_REMOVE = f"""
    UPDATE triage_opencasecount
    SET cases = cases - 1, with_due = with_due - (OLD.response_due_at IS NOT NULL)
    WHERE status = OLD.status AND assignee = COALESCE(OLD.assigned_to_id, 0) AND slot = 0
    AND OLD.status IN {OPEN}
"""
SQLITE = [
    f"""
    CREATE TRIGGER triage_open_cases_insert AFTER INSERT ON cases_case
    BEGIN {SQLITE_ADD}; END
    """,
    f"""
    CREATE TRIGGER triage_open_cases_delete AFTER DELETE ON cases_case
    BEGIN {SQLITE_REMOVE}; END
    """,
    f"""
    CREATE TRIGGER triage_open_cases_update
    AFTER UPDATE OF status, assigned_to_id, response_due_at ON cases_case
    WHEN OLD.status IS NOT NEW.status
        OR OLD.assigned_to_id IS NOT NEW.assigned_to_id
        OR (OLD.response_due_at IS NULL) <> (NEW.response_due_at IS NULL)
    BEGIN {SQLITE_REMOVE}; {SQLITE_ADD}; END
    """,
    f"""
    INSERT INTO triage_opencasecount (status, assignee, slot, cases, with_due)
    SELECT status, COALESCE(assigned_to_id, 0), 0, count(*), count(response_due_at)
    FROM cases_case WHERE status IN {OPEN} GROUP BY 1, 2
    """,
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS triage_open_cases_insert",
    "DROP TRIGGER IF EXISTS triage_open_cases_delete",
    "DROP TRIGGER IF EXISTS triage_open_cases_update",
]


def create(apps, schema_editor):
    statements = {"postgresql": POSTGRES, "sqlite": SQLITE}.get(schema_editor.connection.vendor)
    if statements is None:
        raise RuntimeError("open-case count triggers exist for PostgreSQL and SQLite only")
    for sql in statements:
        # No parameters: "%" in the SQL is the modulo, not a placeholder.
        schema_editor.execute(sql, params=None)


def drop(apps, schema_editor):
    statements = {"postgresql": POSTGRES_DROP, "sqlite": SQLITE_DROP}.get(
        schema_editor.connection.vendor, []
    )
    for sql in statements:
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0010_open_summary_index"),
        ("triage", "0002_inbound_hours"),
    ]

    operations = [
        migrations.CreateModel(
            name="OpenCaseCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("status", models.CharField(max_length=10)),
                ("assignee", models.BigIntegerField(default=0)),
                ("slot", models.PositiveSmallIntegerField(default=0)),
                ("cases", models.IntegerField(default=0)),
                ("with_due", models.IntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("status", "assignee", "slot"),
                        name="one_count_per_status_assignee_slot",
                    )
                ],
            },
        ),
        migrations.RunPython(create, drop),
    ]
