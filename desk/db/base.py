"""The deferred database every model binds to (opened by ``desk.db.connection``), the base model, shared field kinds."""
from __future__ import annotations

import json

from peewee import Case, DatabaseProxy, Model, TextField, fn

db = DatabaseProxy()

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed row survives power loss
    "busy_timeout": 5000,
    "cache_size": -16000,
}


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class JSONField(TextField):
    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)

    def python_value(self, value):
        return None if value is None else json.loads(value)


def count_if(condition, value=1):
    """SUM(CASE WHEN condition THEN value ELSE 0 END): a filtered count (or sum) beside others in one query."""
    return fn.COALESCE(fn.SUM(Case(None, [(condition, value)], 0)), 0)
