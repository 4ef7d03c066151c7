"""Multi-row INSERTs for the importer, without the ORM's per-value query compilation.

Profiling `ingest` showed Django's bulk_create spending most of its time compiling SQL value
by value (about 50 values per message across its rows), more than the database spent
storing them. This writes the same rows with one parametrised INSERT per batch, preparing
each value with the field's own get_db_prep_save (so dates, JSON and foreign keys are stored
exactly as the ORM stores them) and reading new primary keys back with RETURNING, as
bulk_create does on PostgreSQL and on SQLite 3.35+.

Only for plain models without save() overrides or signals that matter: pre_save() is called
for each field, so auto_now_add and defaults behave as in bulk_create.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connections, models, router

MAX_PARAMS = 30000  # below SQLite's 32,766 host parameters and PostgreSQL's 65,535


def insert(objs: Sequence[models.Model], *, returning: bool = True) -> None:
    """INSERT every object (all of one model); set their primary keys if `returning`."""
    if not objs:
        return
    model = type(objs[0])
    opts = model._meta
    connection = connections[router.db_for_write(model)]
    pk = opts.pk
    assert pk is not None
    fields = [f for f in opts.concrete_fields if not (f.primary_key and not f.has_default())]
    fields = [f for f in fields if not isinstance(f, models.AutoField)]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in fields)
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    size = max(1, MAX_PARAMS // len(fields))
    for start in range(0, len(objs), size):
        batch = objs[start : start + size]
        params: list[Any] = []
        for obj in batch:
            # Foreign keys to objects saved since they were assigned, as bulk_create does.
            obj._prepare_related_fields_for_save(  # type: ignore[attr-defined]
                operation_name="bulk_create"
            )
            for field in fields:
                value = field.pre_save(obj, add=True)
                params.append(field.get_db_prep_save(value, connection))
        sql = f"INSERT INTO {quote(opts.db_table)} ({columns}) VALUES " + ", ".join(
            [row] * len(batch)
        )
        with connection.cursor() as cursor:
            if returning:
                cursor.execute(sql + f" RETURNING {quote(str(pk.column))}", params)
                ids = [r[0] for r in cursor.fetchall()]
                for obj, new_id in zip(batch, ids, strict=True):
                    obj.pk = new_id
                    obj._state.adding = False
                    obj._state.db = connection.alias
            else:
                cursor.execute(sql, params)
