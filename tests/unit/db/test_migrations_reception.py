from peewee import SqliteDatabase

from desk.db.migrations import LATEST, upgrade
from desk.db.base import db


def test_upgrade_from_every_version(tmp_path):
    from desk.db.migrations import MIGRATIONS

    for start in [0] + [v for v, _d, _s in MIGRATIONS]:
        database = SqliteDatabase(str(tmp_path / f"v{start}.db"))
        db.initialize(database)
        upgrade(database, target=start)
        assert upgrade(database) == LATEST
        tables = set(database.get_tables())
        assert {"customer", "visit", "serving", "rotation_slot", "rotation_log", "visit_source"} <= tables
        assert database.execute_sql("select count(*) from visit_source").fetchone()[0] >= 8
        database.close()
