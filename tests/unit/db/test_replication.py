"""Head office by PostgreSQL's logical replication, end to end, on three clusters this test starts on
free local ports (two sites, SZ01 and GZ02, and a head office; wal_level = logical): visits
registered and stock booked at both sites through the services, both sites added with
``desk hq add-site``, every record found at head office; head office stopped, a site writing on,
head office started again, everything found; the weekly report across sites equal to the sites'
own; an upgrade adding a table; a lost slot and its resync; a site removed while unreachable.

Runs in the PostgreSQL pass (``server_only``: ``.ci/run`` sets DESK_TEST_DB there) and needs
PostgreSQL's programs (initdb, pg_ctl); it says why it skips when they are missing. Every wait is
bounded; the clusters are stopped (and their folder removed) however the test ends.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.server_only

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("desk_bench_pgcluster", ROOT / "bench" / "pgcluster.py")
pgcluster = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pgcluster)

WEEK = "2026-W47"
MONDAY = dt.date(2026, 11, 16)
AT = dt.datetime(2026, 11, 30, 12)
FOUND_WITHIN = 30  # seconds: every record at head office


@pytest.fixture(scope="module")
def clusters():
    reason = pgcluster.missing()
    if reason:
        pytest.skip(f"replication test needs local PostgreSQL clusters: {reason}")
    made = pgcluster.Clusters(prefix="desk-replication-")
    try:
        found = {"SZ01": made.start("sz01"), "GZ02": made.start("gz02"), "HQ": made.start("hq")}
        for cluster in found.values():
            _admin(cluster, "CREATE DATABASE desk")
        yield found
    finally:
        made.stop_all()


def _connect(url: str, **kwargs):
    from desk.db.server import load_driver

    return load_driver().connect(url, connect_timeout=5, **kwargs)


def _admin(cluster, sql: str) -> None:
    with _connect(cluster.url(), autocommit=True) as conn:
        conn.execute(sql)


def _rows(url: str, schema: str) -> dict[str, str]:
    """Every table of ``schema`` as a fingerprint of its rows (count and an md5 over them by id)."""
    with _connect(url) as conn:
        tables = [t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,))]
        found = {}
        for table in tables:
            count, digest = conn.execute(
                f'SELECT COUNT(*), md5(string_agg(t::text, \',\' ORDER BY t::text)) FROM "{schema}"."{table}" t'
            ).fetchone()
            found[table] = f"{count}:{digest}"
        return found


def _everything_at_head_office(sites: dict, hq_url: str) -> bool:
    """Every table of every site holds, at head office, exactly the rows it holds at the site."""
    from desk.db.server import site_schema

    for code, url in sites.items():
        mine = _rows(url, site_schema(code))
        theirs = _rows(hq_url, site_schema(code))
        if mine != {t: theirs.get(t) for t in mine}:
            return False
    return True


def _wait_for_everything(sites: dict, hq_url: str, what: str) -> None:
    pgcluster.wait_until(lambda: _everything_at_head_office(sites, hq_url), FOUND_WITHIN, 0.5, what)


def _site(code: str, cluster) -> str:
    return cluster.url("desk")


def _write_now(url: str, code: str, n: int) -> list[int]:
    """``n`` visits registered now at the site, each served a drink (services)."""
    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.services.bar import stock
    from desk.services.core.session import Session
    from desk.services.reception import visitors

    open_database(url, site=code)
    try:
        host = Session.for_staff(Staff.get(Staff.code == "10"))
        item = stock.active_items()[0]
        ids = []
        for i in range(n):
            visit = visitors.register_visit(host, visitors.Registration(phone=f"1370000{i:04d}", surname="李",
                                                                       title="女士", party_size=2))
            stock.book_serving(host, item.id, 1, ref_type="visit", ref_id=visit.id)
            ids.append(visit.id)
        return ids
    finally:
        close_database()


@pytest.fixture(scope="module")
def company(clusters, site_week, tmp_path_factory):
    """Both sites filled through the services, their own weekly reports taken, both added at head
    office through ``desk hq add-site``. Returns {"sites": {code: url}, "hq": url, "own": reports}."""
    from desk import settings as settings_mod
    from desk.cli import main
    from desk.db.connection import close_database, open_database
    from desk.services.overview import weekly

    previous = settings_mod.settings.backend
    settings_mod.use_backend(settings_mod.MemoryBackend())
    try:
        sites, own = {}, {}
        for seed, code in ((1, "SZ01"), (2, "GZ02")):
            sites[code] = _site(code, clusters[code])
            open_database(sites[code], site=code)
            site_week(seed, MONDAY)
            own[code] = weekly.report(WEEK, at=AT)
            close_database()
        hq = clusters["HQ"].url("desk")
        folder = str(tmp_path_factory.mktemp("hq"))
        for code, url in sites.items():
            assert main(["--data-dir", folder, "--db", hq, "hq", "add-site", code, url]) == 0
    finally:
        settings_mod.use_backend(previous)
    return {"sites": sites, "hq": hq, "own": own, "folder": folder}


def test_every_record_reaches_head_office_and_survives_its_outage(company, clusters, capsys):
    from desk.cli import main

    sites, hq = company["sites"], company["hq"]
    _wait_for_everything(sites, hq, "both sites' records at head office")

    def in_sync() -> bool:  # the records arrive before the copy marks its last table done
        capsys.readouterr()
        return main(["--data-dir", company["folder"], "--db", hq, "hq", "sites"]) == 0

    pgcluster.wait_until(in_sync, FOUND_WITHIN, 0.5, "both sites in normal sync, every table copied")
    out = capsys.readouterr().out
    assert out.count("正常同步") == 2 and "站点复制槽 desk_site_sz01：在用" in out

    clusters["HQ"].stop()
    new_visits = _write_now(sites["SZ01"], "SZ01", 5)  # the site works on while head office is down
    with _connect(sites["SZ01"]) as site:
        behind = site.execute("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn) FROM "
                              "pg_replication_slots WHERE slot_name = 'desk_site_sz01'").fetchone()[0]
    assert behind > 0, "the site keeps what head office has not had"
    clusters["HQ"].start()
    _wait_for_everything(sites, hq, "the records written while head office was down")
    with _connect(hq) as conn:
        found = [r[0] for r in conn.execute("SELECT id FROM hq.visit WHERE site = 'SZ01' AND id = ANY(%s)",
                                            (new_visits,))]
    assert sorted(found) == sorted(new_visits)


def test_the_weekly_report_across_sites_adds_up_the_sites_own(company):
    from desk.db.connection import close_database, open_database
    from desk.services.core.session import Session
    from desk.services.headoffice import weekly as hq_weekly

    _wait_for_everything(company["sites"], company["hq"], "both sites at head office")
    open_database(company["hq"])
    try:
        report = hq_weekly.sites_report(WEEK, Session.head_office(), at=AT)
    finally:
        close_database()
    own = company["own"]
    assert report["sites"] == ["GZ02", "SZ01"]
    parts = [hq_weekly.site_parts(own[code]) for code in report["sites"]]
    assert [hq_weekly.site_parts(report["reports"][code]) for code in report["sites"]] == parts
    assert report["total"] == hq_weekly.add_parts(parts)
    rows = {row["key"]: row for row in report["rows"]}
    assert rows["groups"]["total"] == sum(p["groups"] for p in parts) > 0
    assert rows["people"]["total"] == sum(p["people"] for p in parts)
    assert rows["bar_cost"]["total"] == sum(p["bar_cost"] for p in parts) > 0
    assert rows["satisfaction"]["total"]["den"] == sum(p["satisfaction"][1] for p in parts)


def _wal_status(url: str, slot: str):
    with _connect(url) as site:
        row = site.execute("SELECT wal_status FROM pg_replication_slots WHERE slot_name = %s", (slot,)).fetchone()
    return row[0] if row else None


def test_a_slot_lost_past_the_limit_is_copied_afresh_by_resync(company, clusters, capsys):
    from desk.cli import main

    sites, hq, folder = company["sites"], company["hq"], company["folder"]
    _wait_for_everything(sites, hq, "both sites at head office")
    clusters["HQ"].stop()
    with _connect(sites["GZ02"], autocommit=True) as site:
        # a limit this small is lost at the next checkpoint once a little WAL has gone by
        site.execute("ALTER SYSTEM SET max_slot_wal_keep_size = '1MB'")
        site.execute("SELECT pg_reload_conf()")
        site.execute("INSERT INTO site_gz02.visit_source (name, sort, active) VALUES ('断线期间新增', 99, true)")
        site.execute("CREATE TABLE public.filler AS SELECT g, repeat('x', 200) AS pad FROM generate_series(1, 60000) g")
        for _turn in range(3):
            site.execute("SELECT pg_switch_wal()")
            site.execute("CHECKPOINT")
    pgcluster.wait_until(lambda: _wal_status(sites["GZ02"], "desk_site_gz02") == "lost", 30, 0.5, "the slot lost")
    clusters["HQ"].start()
    assert main(["--data-dir", folder, "--db", hq, "hq", "sites"]) == 1
    assert "复制槽已失效" in capsys.readouterr().out
    assert main(["--data-dir", folder, "--db", hq, "hq", "resync", "GZ02"]) == 0
    _wait_for_everything(sites, hq, "GZ02 copied afresh")
    with _connect(hq) as conn:
        assert conn.execute("SELECT COUNT(*) FROM hq.visit_source WHERE name = '断线期间新增'").fetchone()[0] == 1
    with _connect(sites["GZ02"], autocommit=True) as site:
        assert site.execute("SHOW max_slot_wal_keep_size").fetchone()[0] == "4GB"  # resync set it again
        site.execute("DROP TABLE public.filler")


def test_upgrades_reach_head_office_first_and_new_tables_are_subscribed(company, clusters, monkeypatch):
    """The README's order: head office's program and ``hq upgrade`` first, then the sites; a table
    a site adds by its upgrade is published by itself and subscribed by ``hq upgrade`` again."""
    from desk.db import connection, headoffice, migrations
    from desk.db.connection import close_database, open_database

    sites, hq = company["sites"], company["hq"]
    _wait_for_everything(sites, hq, "both sites at head office")

    def step20(database, migrator):  # a later version's step: a new table and rows it seeds
        database.execute_sql("CREATE TABLE probe (id SERIAL PRIMARY KEY, note TEXT NOT NULL)")
        database.execute_sql("INSERT INTO probe (note) VALUES ('一'), ('二'), ('三')")

    newer = 20
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (newer, "probe", step20)])
    for module in (migrations, connection, headoffice):
        monkeypatch.setattr(module, "LATEST", newer)
    results = headoffice.upgrade_copies(hq)
    assert [(r.code, r.added, r.refreshed) for r in results] == [("GZ02", ["probe"], True), ("SZ01", ["probe"], True)]
    with _connect(hq) as conn:
        assert conn.execute("SELECT COUNT(*) FROM site_sz01.probe").fetchone()[0] == 0  # DDL only
    assert headoffice.upgrade_copies(hq)[0].added == []  # idempotent

    open_database(sites["SZ01"], site="SZ01")  # the site's program upgraded: step 20 runs there
    close_database()
    state = pgcluster.wait_until(lambda: [s for s in headoffice.site_states(hq) if s.code == "SZ01"
                                          and s.replicated_version == newer], FOUND_WITHIN, 0.5, "SZ01's version")[0]
    assert state.unsubscribed == ["probe"] and not state.newer_than_head_office
    headoffice.upgrade_copies(hq)
    _wait_for_everything(sites, hq, "the new table's rows")
    with _connect(hq) as conn:
        assert [r[0] for r in conn.execute("SELECT note FROM hq.probe ORDER BY id")] == ["一", "二", "三"]


def test_a_site_newer_than_head_office_is_reported(company):
    from desk.commands.hq import state_words
    from desk.db import headoffice

    sites, hq = company["sites"], company["hq"]
    with _connect(sites["GZ02"], autocommit=True) as site:
        before = site.execute("SELECT version FROM site_gz02.desk_schema_version").fetchone()[0]
        site.execute("UPDATE site_gz02.desk_schema_version SET version = 99")  # as a newer program would
    try:
        state = pgcluster.wait_until(lambda: [s for s in headoffice.site_states(hq) if s.code == "GZ02"
                                              and s.replicated_version == 99], FOUND_WITHIN, 0.5, "the version")[0]
        assert state.newer_than_head_office
        assert "site newer than head office" in "；".join(state_words(state))
    finally:
        with _connect(sites["GZ02"], autocommit=True) as site:
            site.execute("UPDATE site_gz02.desk_schema_version SET version = %s", (before,))


def test_a_site_removed_while_unreachable_keeps_its_data_and_leaves_its_slot(company, clusters, capsys):
    from desk.cli import main

    sites, hq, folder = company["sites"], company["hq"], company["folder"]
    _wait_for_everything(sites, hq, "both sites at head office")
    clusters["GZ02"].stop()
    assert main(["--data-dir", folder, "--db", hq, "hq", "remove-site", "GZ02"]) == 1
    assert "SELECT pg_drop_replication_slot('desk_site_gz02')" in capsys.readouterr().out
    with _connect(hq) as conn:
        assert conn.execute("SELECT COUNT(*) FROM pg_subscription WHERE subname = 'desk_site_gz02'").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM site_gz02.visit").fetchone()[0] > 0  # kept
        assert conn.execute("SELECT DISTINCT site FROM hq.visit").fetchall() == [("SZ01",)]  # out of the reports
    clusters["GZ02"].start()
    assert _wal_status(sites["GZ02"], "desk_site_gz02") is not None  # left there, as the command said
    with _connect(sites["GZ02"], autocommit=True) as site:
        site.execute("SELECT pg_drop_replication_slot('desk_site_gz02')")
    assert main(["--data-dir", folder, "--db", hq, "hq", "sites"]) == 0
    assert "GZ02" not in capsys.readouterr().out
