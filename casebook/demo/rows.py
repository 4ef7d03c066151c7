"""Plain batched INSERTs for the demo's bulk rows (cases' messages, tags, audit events)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from django.db import connection, models


class Rows:
    """Plain INSERTs with executemany for rows nobody needs the ids of.

    bulk_create spends most of its time preparing each field of each model instance; these
    rows are already plain values. Columns not given get the field's default, so the insert
    keeps working when a model grows a field with a default.
    """

    def __init__(self, model: type[models.Model], given: Sequence[str]) -> None:
        fields = {f.attname: f for f in model._meta.concrete_fields if not f.primary_key}
        unknown = set(given) - set(fields)
        if unknown:
            raise ValueError(f"{model.__name__} has no fields {sorted(unknown)}")
        self.defaults = {
            name: f.get_db_prep_save(f.get_default(), connection)
            for name, f in fields.items()
            if name not in given
        }
        self.datetimes = [
            i for i, name in enumerate(given) if isinstance(fields[name], models.DateTimeField)
        ]
        self.json = [
            i for i, name in enumerate(given) if isinstance(fields[name], models.JSONField)
        ]
        quote = connection.ops.quote_name
        columns = [str(fields[name].column) for name in (*given, *self.defaults)]
        self.sql = (
            f"INSERT INTO {quote(model._meta.db_table)} "
            f"({', '.join(quote(c) for c in columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        self.default_values = tuple(self.defaults.values())
        self.rows: list[tuple[Any, ...]] = []
        self.adapt_datetime: Callable[[datetime], Any] = connection.ops.adapt_datetimefield_value
        if connection.vendor == "sqlite":
            # What Django stores on SQLite with USE_TZ: naive UTC text; the generic adapter
            # costs more than the insert itself.
            self.adapt_datetime = _sqlite_datetime

    def add(self, *values: Any) -> None:
        if self.datetimes or self.json:
            prepared = list(values)
            for i in self.datetimes:
                if prepared[i] is not None:
                    prepared[i] = self.adapt_datetime(prepared[i])
            for i in self.json:
                prepared[i] = json.dumps(prepared[i])
            values = tuple(prepared)
        self.rows.append((*values, *self.default_values))

    def flush(self) -> int:
        count = len(self.rows)
        if self.rows:
            with connection.cursor() as cursor:
                cursor.executemany(self.sql, self.rows)
            self.rows = []
        return count


def _sqlite_datetime(value: datetime) -> str:
    return str(value.astimezone(UTC).replace(tzinfo=None))
