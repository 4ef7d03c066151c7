"""Inbound messages counted per hour (triage.InboundHour), kept by triggers on cases_message.

The triggers live in the database so that every writer is counted, including those that
bypass the ORM (mail intake's multi-row inserts, the demo loader's executemany, bulk copies),
and deletions by cascade. The table is filled from the messages already stored.

PostgreSQL: statement-level triggers on INSERT and DELETE read the transition tables, so a
bulk insert costs one grouped upsert, not one per row; a row trigger handles the rare UPDATE
of a message's time or direction. Each session writes to slot pg_backend_pid() % 16 of the
hour, so two transactions adding messages in the same hour seldom wait on the same row.
date_trunc is applied in UTC whatever the session's time zone.

SQLite (one writer at a time): row triggers, slot 0. Deletion only decrements an existing row,
so a flush that empties the count table before the messages leaves it empty, not negative.
"""

import logging

from django.db import migrations, models

log = logging.getLogger(__name__)

SLOTS = 16
PG_HOUR = "date_trunc('hour', {at} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"
PG_UPSERT = (
    "INSERT INTO triage_inboundhour (hour, slot, messages) {rows} "
    "ON CONFLICT (hour, slot) DO UPDATE "
    "SET messages = triage_inboundhour.messages + EXCLUDED.messages"
)
PG_SLOT = f"(pg_backend_pid() % {SLOTS})::smallint"


def pg_from_table(table: str, sign: str) -> str:
    rows = (
        f"SELECT {PG_HOUR.format(at='at')}, {PG_SLOT}, {sign}count(*) FROM {table} "
        "WHERE direction = 'in' GROUP BY 1 ORDER BY 1"
    )
    return PG_UPSERT.format(rows=rows)


def pg_one(at: str, sign: str) -> str:
    return PG_UPSERT.format(rows=f"VALUES ({PG_HOUR.format(at=at)}, {PG_SLOT}, {sign}1)")


POSTGRES = [
    f"""
    CREATE FUNCTION triage_inbound_hours_added() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {pg_from_table("added", "")};
        RETURN NULL;
    END $$
    """,
    f"""
    CREATE FUNCTION triage_inbound_hours_removed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        {pg_from_table("removed", "-")};
        RETURN NULL;
    END $$
    """,
    f"""
    CREATE FUNCTION triage_inbound_hours_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF OLD.direction = 'in' THEN
            {pg_one("OLD.at", "-")};
        END IF;
        IF NEW.direction = 'in' THEN
            {pg_one("NEW.at", "")};
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER triage_inbound_hours_insert AFTER INSERT ON cases_message
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION triage_inbound_hours_added()
    """,
    """
    CREATE TRIGGER triage_inbound_hours_delete AFTER DELETE ON cases_message
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION triage_inbound_hours_removed()
    """,
    """
    CREATE TRIGGER triage_inbound_hours_update AFTER UPDATE OF at, direction ON cases_message
    FOR EACH ROW
    WHEN (OLD.at IS DISTINCT FROM NEW.at OR OLD.direction IS DISTINCT FROM NEW.direction)
    EXECUTE FUNCTION triage_inbound_hours_changed()
    """,
    f"""
    INSERT INTO triage_inboundhour (hour, slot, messages)
    SELECT {PG_HOUR.format(at="at")}, 0, count(*) FROM cases_message
    WHERE direction = 'in' GROUP BY 1
    """,
]
POSTGRES_DROP = [
    "DROP TRIGGER IF EXISTS triage_inbound_hours_insert ON cases_message",
    "DROP TRIGGER IF EXISTS triage_inbound_hours_delete ON cases_message",
    "DROP TRIGGER IF EXISTS triage_inbound_hours_update ON cases_message",
    "DROP FUNCTION IF EXISTS triage_inbound_hours_added()",
    "DROP FUNCTION IF EXISTS triage_inbound_hours_removed()",
    "DROP FUNCTION IF EXISTS triage_inbound_hours_changed()",
]

SQLITE_HOUR = "strftime('%Y-%m-%d %H:00:00', {at})"
SQLITE_ADD = (
    "INSERT INTO triage_inboundhour (hour, slot, messages) "
    f"VALUES ({SQLITE_HOUR.format(at='NEW.at')}, 0, 1) "
    "ON CONFLICT (hour, slot) DO UPDATE SET messages = messages + 1"
)
SQLITE_REMOVE = (
    "UPDATE triage_inboundhour SET messages = messages - 1 "
    f"WHERE hour = {SQLITE_HOUR.format(at='OLD.at')} AND slot = 0"
)
SQLITE = [
    f"""
    CREATE TRIGGER triage_inbound_hours_insert AFTER INSERT ON cases_message
    WHEN NEW.direction = 'in'
    BEGIN {SQLITE_ADD}; END
    """,
    f"""
    CREATE TRIGGER triage_inbound_hours_delete AFTER DELETE ON cases_message
    WHEN OLD.direction = 'in'
    BEGIN {SQLITE_REMOVE}; END
    """,
    f"""
    CREATE TRIGGER triage_inbound_hours_update_old AFTER UPDATE OF at, direction ON cases_message
    WHEN OLD.direction = 'in' AND (OLD.at IS NOT NEW.at OR NEW.direction IS NOT 'in')
    BEGIN {SQLITE_REMOVE}; END
    """,
    f"""
    CREATE TRIGGER triage_inbound_hours_update_new AFTER UPDATE OF at, direction ON cases_message
    WHEN NEW.direction = 'in' AND (OLD.at IS NOT NEW.at OR OLD.direction IS NOT 'in')
    BEGIN {SQLITE_ADD}; END
    """,
    f"""
    INSERT INTO triage_inboundhour (hour, slot, messages)
    SELECT {SQLITE_HOUR.format(at="at")}, 0, count(*) FROM cases_message
    WHERE direction = 'in' GROUP BY 1
    """,
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS triage_inbound_hours_insert",
    "DROP TRIGGER IF EXISTS triage_inbound_hours_delete",
    "DROP TRIGGER IF EXISTS triage_inbound_hours_update_old",
    "DROP TRIGGER IF EXISTS triage_inbound_hours_update_new",
]


def create(apps, schema_editor):
    statements = {"postgresql": POSTGRES, "sqlite": SQLITE}.get(schema_editor.connection.vendor)
    if statements is None:
        log.warning("no inbound-volume triggers for this database: the dashboard grid stays empty")
        return
    for sql in statements:
        # No parameters: "%" in the SQL is the modulo and strftime's, not a placeholder.
        schema_editor.execute(sql, params=None)


def drop(apps, schema_editor):
    statements = {"postgresql": POSTGRES_DROP, "sqlite": SQLITE_DROP}.get(
        schema_editor.connection.vendor, []
    )
    for sql in statements:
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0009_search_indexes"),
        ("triage", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="InboundHour",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("hour", models.DateTimeField()),
                ("slot", models.PositiveSmallIntegerField(default=0)),
                ("messages", models.IntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("hour", "slot"), name="one_count_per_hour_and_slot"
                    )
                ],
            },
        ),
        migrations.RunPython(create, drop),
    ]
