from desk.db import migrations


def test_upgrade_to_showflats_from_every_earlier_version(empty_database):
    earlier = [v for v, _d, _s in migrations.MIGRATIONS if v < 5]
    for start in [0] + earlier:
        database = empty_database(f"v{start}")
        migrations.upgrade(database, target=start)
        assert migrations.schema_version(database) == start
        migrations.upgrade(database)
        assert migrations.schema_version(database) == migrations.LATEST
        tables = set(database.get_tables())
        assert {"showflat", "showflat_room", "showflat_item", "showflat_check", "showflat_check_answer",
                "showflat_incident", "cleaning_task", "worker_visit", "showflat_photo"} <= tables
        database.close()
