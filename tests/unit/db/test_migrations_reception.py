from desk.db.migrations import LATEST, MIGRATIONS, upgrade


def test_upgrade_from_every_version(empty_database):
    for start in [0] + [v for v, _d, _s in MIGRATIONS]:
        database = empty_database(f"v{start}")
        upgrade(database, target=start)
        assert upgrade(database) == LATEST
        tables = set(database.get_tables())
        assert {"customer", "visit", "serving", "rotation_slot", "rotation_log", "visit_source"} <= tables
        assert database.execute_sql("select count(*) from visit_source").fetchone()[0] >= 8
        database.close()
