"""The deferred database every model binds to (opened by ``desk.db.connection``), the base model,
shared field kinds, and what differs between the two engines (SQLite, PostgreSQL): a few SQL
expressions, locks and retries for several PCs writing at once, bulk inserts."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import random
import time
from decimal import Decimal

from peewee import SQL, AutoField, Case, DatabaseProxy, Model, NodeList, PostgresqlDatabase, TextField, fn


class _Proxy(DatabaseProxy):
    __slots__ = ('obj', '_callbacks', '_Model')

    def savepoint(self):
        return self.obj.savepoint()  # the database's own (see connection.Database.savepoint)


db = _Proxy()

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


def on_server(database=None) -> bool:
    """The database (default: the one bound) is the PostgreSQL server, not an SQLite file."""
    return isinstance(database if database is not None else db.obj, PostgresqlDatabase)


# -- expressions spelled differently per engine ---------------------------------------------------
def minutes_between(start, end):
    """Minutes from ``start`` to ``end`` (two datetime columns or expressions), fractional."""
    if on_server():
        return fn.EXTRACT(NodeList((SQL("EPOCH FROM"), end - start))) / 60.0
    return (fn.julianday(end) - fn.julianday(start)) * 1440


def hour_of(value):
    """The hour (0-23) of a datetime column, as an integer."""
    if on_server():
        return fn.EXTRACT(NodeList((SQL("HOUR FROM"), value))).cast("integer")
    return fn.strftime("%H", value).cast("integer")


@contextlib.contextmanager
def durability_relaxed():
    """Commits inside skip the wait for the disk (SQLite's synchronous=OFF, PostgreSQL's
    synchronous_commit=off): for data that can be made again, such as demo data."""
    if on_server():
        db.execute_sql("SET synchronous_commit = off")
        try:
            yield
        finally:
            db.execute_sql("SET synchronous_commit = on")
        return
    db.execute_sql("PRAGMA synchronous = OFF")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA synchronous = {PRAGMAS['synchronous']}")


# -- several writers --------------------------------------------------------------------------------
RETRIES = 5
_TRANSIENT_STATES = {"40001", "40P01", "23505"}  # serialization failure, deadlock, unique race


def is_transient(exc: BaseException) -> bool:
    """A failure that running the whole transaction again may not meet: PostgreSQL's serialization
    failure or deadlock, a unique key another PC took a moment earlier (the retry then finds it and
    says so as it would have), SQLite's busy database."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if getattr(exc, "sqlstate", None) in _TRANSIENT_STATES:
            return True
        if type(exc).__name__ == "OperationalError" and "database is locked" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def retrying(func):
    """Run a service entry point again (a few times, after a short random pause) when its
    transaction failed in a way another PC's simultaneous write can cause (``is_transient``).
    Called inside a transaction it just runs: the outermost entry point retries the whole."""
    @functools.wraps(func)
    def run(*args, **kwargs):
        if db.obj is None or db.in_transaction():
            return func(*args, **kwargs)
        for attempt in range(RETRIES):
            try:
                return func(*args, **kwargs)
            except Exception as exc:
                if attempt == RETRIES - 1 or not is_transient(exc):
                    raise
            time.sleep(random.uniform(0.005, 0.02) * (attempt + 1))
    return run


def lock(name: str, key: int = 0) -> None:
    """Hold the lock ``name`` (for ``key``: an item, a day …) until the transaction ends, so PCs
    doing the same check-then-write wait for each other (PostgreSQL's pg_advisory_xact_lock).
    SQLite needs nothing: each transaction takes its one write lock when it begins."""
    if on_server():
        db.execute_sql("SELECT pg_advisory_xact_lock(hashtext(%s), %s)", (name, int(key)))


def publish(*topics: str, record_id: int | None = None) -> None:
    """Tell the site's other PCs that each of ``topics`` changed (record ``record_id`` when there is
    one): on the server a NOTIFY each, sent in one statement, which PostgreSQL delivers when the
    transaction commits and drops when it rolls back. SQLite has no other PCs: nothing to do.
    Topics: ``desk.services.core.changes``. A write nobody publishes is announced all the same, by
    its table (``WRITE_TOPICS``, without a record id): this names the record for screens that use it."""
    if on_server() and topics:
        payload = "" if record_id is None else str(int(record_id))
        db.execute_sql(notify_sql(len(topics)), tuple(f"{topic}:{payload}" for topic in topics))


def notify_sql(count: int) -> str:
    """One statement sending ``count`` NOTIFYs on this site's channel, a payload ``topic:id`` each."""
    return "SELECT " + ", ".join(["pg_notify('desk:' || current_schema(), %s)"] * count)


# The topic (desk.services.core.changes) a write to each table is announced under on the server, so
# that every screen showing it refreshes on the other PCs; None: shown on no screen that follows
# changes (the audit trail, serial counters, the Excel sync's own records). Every table has an entry
# (tests/unit/db/test_write_topics.py).
WRITE_TOPICS: dict[str, str | None] = {
    # core
    "staff": "staff", "shift": "shift", "duty_log_entry": "shift", "audit_entry": None, "counter": None,
    # reception
    "customer": "visits", "visit": "visits", "follow_up": "visits", "ownership_change": "visits",
    "ownership_claim": "visits", "visit_completion": "visits", "subscription": "visits", "contract": "visits",
    "visit_source": "settings", "serving": "hall", "visit_move": "hall", "parking_ticket_issue": "hall",
    "rotation_slot": "rotation", "rotation_log": "rotation",
    # water bar
    "item": "stock", "stock_category": "stock", "stock_balance": "stock", "stock_batch": "stock",
    "stock_entry": "stock", "stock_count": "stock", "stock_count_line": "stock", "purchase_request": "stock",
    "purchase_line": "stock",
    # show flats
    "showflat": "showflats", "showflat_room": "showflats", "showflat_item": "showflats", "showflat_photo": "showflats",
    "showflat_check": "showflats", "showflat_check_answer": "showflats", "showflat_incident": "showflats",
    "showflat_incident_event": "showflats", "showflat_quantity_change": "showflats", "worker_visit": "showflats",
    "cleaning_task": "cleaning", "cleaning_record": "cleaning",
    # service desk
    "unit": "service", "repair": "service", "complaint": "service", "complaint_category": "service",
    "call": "service", "call_hand_on": "service", "key_loan": "service", "owner_visit": "service",
    "survey_response": "service", "price_item": "service", "special_order": "service", "fee_period": "service",
    "fee_notice": "service", "fee_payment": "service", "arrears_reminder": "service",
    "service_correction": "service",
    # inspections
    "inspection_template": "inspections", "inspection_template_item": "inspections",
    "inspection_round": "inspections", "inspection_answer": "inspections", "place_incident": "inspections",
    "place_incident_event": "inspections", "work_order": "inspections", "vehicle_entry": "inspections",
    # Excel sync
    "sync_export": None, "sync_fingerprint": None,
}


def for_update(query):
    """``SELECT … FOR UPDATE`` on the server: the rows read stay locked until the transaction ends.
    (On SQLite the transaction already holds the only write lock.)"""
    return query.for_update() if on_server() else query


def query_text(template: str) -> str:
    """Raw SQL with ``{p}`` where a value is bound, spelled for the bound engine's driver."""
    return template.format(p=db.param)


def insert_rows(model, rows: list[dict], *, chunk: int = 5000) -> None:
    """Many rows of ``model`` (dicts by field name; fields left out take their defaults) in one
    prepared statement per ``chunk``, inside the caller's transaction: peewee's insert_many builds
    the SQL row by row, which dominates a 200-answer check or a year of demo data. Rows may carry
    their ids; the next record created gets the one after the highest."""
    if not rows:
        return
    keys = list(rows[0])
    defaults = {}
    for name, fld in model._meta.fields.items():
        if name not in keys and fld.default is not None:
            defaults[name] = fld.default() if callable(fld.default) else fld.default
    if defaults:
        keys += list(defaults)
        rows = [{**defaults, **r} for r in rows]
    fields = [model._meta.fields[k] for k in keys]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        model._meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields), ", ".join([db.param] * len(fields)))
    plain = (lambda v: v) if on_server() else _sqlite_value
    cursor = db.cursor()
    for start in range(0, len(rows), chunk):
        cursor.executemany(sql, [tuple(plain(f.db_value(r[k])) for k, f in zip(keys, fields))
                                 for r in rows[start:start + chunk]])
    pk = model._meta.primary_key
    if on_server() and isinstance(pk, AutoField) and pk.name in keys:
        # ids given: the id sequence goes on past them (SQLite's rowid does so by itself)
        table, column = model._meta.table_name, pk.column_name
        db.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                       f'(SELECT MAX("{column}") FROM "{table}"))')


def _sqlite_value(value):
    """What peewee would bind on SQLite (its text form of dates and decimals)."""
    if isinstance(value, (dt.datetime, dt.date)):
        return str(value)
    if isinstance(value, Decimal):
        return str(value)
    return value
