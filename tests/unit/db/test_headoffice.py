"""Head office without replication (that is test_replication.py, on three clusters): the copies it
builds from the program's migrations, the views across sites, its read-only database, and the
weekly report with a column per site, on one PostgreSQL server."""
from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.server_only

AT = dt.datetime(2026, 11, 30, 12)


def program_tables(url: str) -> set[str]:
    """The tables a freshly migrated site has (its own database, never a head office's)."""
    from desk.db.connection import close_database, open_database

    database = open_database(url, site="REF1")
    tables = set(database.get_tables())
    close_database()
    return tables


def test_a_copy_is_the_migrations_ddl_without_their_rows_and_accepts_any_version(new_server_database):
    from desk.db import headoffice

    hq_url = new_server_database()
    wanted = program_tables(new_server_database())
    conn = headoffice.connect(hq_url)
    headoffice.ensure_registry(conn)
    with headoffice.reference_schema(hq_url) as scratch:
        with conn.transaction():
            added = headoffice.build_copy(conn, scratch, "site_sz01")
        assert set(added) == wanted
        copy = set(headoffice._tables(conn, "site_sz01"))
        assert copy == wanted
        # never the migrations' seed rows (they come from the site, with the site's ids)
        assert conn.execute("SELECT COUNT(*) FROM site_sz01.visit_source").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM site_sz01.stock_category").fetchone()[0] == 0
        # primary keys kept; no default (no sequence), no NOT NULL or unique index beyond them
        for table in copy:
            columns = headoffice._columns(conn, "site_sz01", table)
            assert any(key for *_rest, key in columns), f"{table} has no primary key"
            assert [c[0] for c in columns if c[3] and not c[4]] == [], f"{table} keeps a NOT NULL"
        assert conn.execute("""SELECT COUNT(*) FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid
                               WHERE c.relnamespace = 'site_sz01'::regnamespace""").fetchone()[0] == 0
        assert conn.execute("""SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                               WHERE c.relnamespace = 'site_sz01'::regnamespace AND i.indisunique
                               AND NOT i.indisprimary""").fetchone()[0] == 0
        assert conn.execute("""SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                               WHERE c.relnamespace = 'site_sz01'::regnamespace AND NOT i.indisprimary
                               """).fetchone()[0] > 0, "the indexes the reports use are copied"
        # idempotent; a column or a table the copy lacks (an older program built it) is added
        with conn.transaction():
            assert headoffice.build_copy(conn, scratch, "site_sz01") == []
            conn.execute("ALTER TABLE site_sz01.visit DROP COLUMN grade")
            conn.execute("DROP TABLE site_sz01.survey_response")
            assert sorted(headoffice.build_copy(conn, scratch, "site_sz01")) == ["survey_response", "visit.grade"]
        grade = [c for c in headoffice._columns(conn, "site_sz01", "visit") if c[0] == "grade"][0]
        assert grade[1] == "text" and grade[2] == "C"  # the site's type and collation
    assert conn.execute("SELECT COUNT(*) FROM pg_namespace WHERE nspname LIKE 'hq\\_build\\_%'").fetchone()[0] == 0
    conn.close()


def test_the_views_put_every_site_side_by_side_with_null_where_a_copy_lacks_a_column(new_server_database):
    from desk.db import headoffice

    hq_url = new_server_database()
    conn = headoffice.connect(hq_url)
    headoffice.ensure_registry(conn)
    with headoffice.reference_schema(hq_url) as scratch, conn.transaction():
        for code in ("SZ01", "GZ02"):
            headoffice.build_copy(conn, scratch, headoffice.site_schema(code))
            conn.execute(f"INSERT INTO {headoffice.SITES} (code, conninfo, copy_version) VALUES (%s, '', 1)", (code,))
        conn.execute("INSERT INTO site_sz01.visit_source (id, name, active, sort) VALUES (1, '路过', true, 1)")
        conn.execute("INSERT INTO site_gz02.visit_source (id, name, active, sort) VALUES (1, '朋友介绍', true, 1)")
        conn.execute("ALTER TABLE site_gz02.visit_source DROP COLUMN active")  # an older copy
        made = headoffice.refresh_views(conn)
    assert "visit" in made and "visit_source" in made
    rows = conn.execute("SELECT site, id, name, active FROM hq.visit_source ORDER BY site").fetchall()
    assert rows == [("GZ02", 1, "朋友介绍", None), ("SZ01", 1, "路过", True)]
    # a site removed: its copy stays, the views leave it out
    with conn.transaction():
        conn.execute(f"DELETE FROM {headoffice.SITES} WHERE code = 'GZ02'")
        headoffice.refresh_views(conn)
    assert conn.execute("SELECT DISTINCT site FROM hq.visit").fetchall() in ([], [("SZ01",)])
    assert conn.execute("SELECT COUNT(*) FROM site_gz02.visit_source").fetchone()[0] == 1
    conn.close()


def test_head_office_opens_read_only_and_is_never_migrated(new_server_database, two_sites_in_one, tmp_path, settings):
    from peewee import InternalError, OperationalError, ProgrammingError

    from desk.db.connection import close_database, open_database
    from desk.paths import DataDir
    from desk.runtime import DataDirError, open_data

    url = two_sites_in_one["url"]
    database = open_database(url)
    assert database.head_office and database.reports_only
    assert database.get_tables() == []  # nothing migrated into public
    with pytest.raises((InternalError, OperationalError, ProgrammingError), match="read-only"):
        database.execute_sql("CREATE TABLE public.x (id integer)")
    close_database()
    with pytest.raises(DataDirError, match="总部的汇总数据库"):
        open_data(DataDir(tmp_path / "d", url=url))


def test_the_weekly_report_across_sites_is_each_sites_own_and_the_total_their_sum(two_sites_in_one):
    from desk.db.connection import close_database, open_database
    from desk.services.core.numbers import percent
    from desk.services.core.session import Session
    from desk.services.headoffice import weekly as hq_weekly

    open_database(two_sites_in_one["url"])
    report = hq_weekly.sites_report("2026-W47", Session.head_office(), at=AT)
    close_database()
    own = two_sites_in_one["own"]
    assert report["sites"] == ["GZ02", "SZ01"]
    for code in report["sites"]:
        mine = {k: v for k, v in own[code].items() if k != "query_seconds"}
        theirs = {k: v for k, v in report["reports"][code].items() if k != "query_seconds"}
        assert theirs == mine, f"{code}'s column is not its own weekly report"
    parts = [hq_weekly.site_parts(own[code]) for code in report["sites"]]
    assert all(p["groups"] > 0 and p["bar_cost"] > 0 and p["damaged"] > 0 for p in parts)
    rows = {row["key"]: row for row in report["rows"]}
    for key in ("groups", "people", "first_groups", "return_groups", "damaged", "missing", "complaints_closed",
                "repairs_received"):
        assert rows[key]["total"] == sum(p[key] for p in parts), key
    assert rows["bar_cost"]["total"] == sum(p["bar_cost"] for p in parts)
    assert rows["waste_cost"]["total"] == sum(p["waste_cost"] for p in parts)
    people = sum(p["people"] for p in parts)
    assert rows["cost_per_visitor"]["total"] == (sum(p["bar_cost"] for p in parts) / people).quantize(
        rows["cost_per_visitor"]["total"])
    for key, part in (("repairs_on_time", "on_time"), ("satisfaction", "satisfaction"),
                      ("complaints_handled", "handled")):
        num, den = sum(p[part][0] for p in parts), sum(p[part][1] for p in parts)
        assert rows[key]["total"] == {"num": num, "den": den, "value": percent(num, den)}, key
    assert rows["conversion"]["total"]["den"] == sum(p["first_customers"] for p in parts)
    sources = [row for row in report["rows"] if row.get("source")]
    assert sum(r["total"]["den"] for r in sources) == rows["conversion"]["total"]["den"]


def test_desk_hq_weekly_writes_the_pdf_and_the_workbook(two_sites_in_one, new_server_database, tmp_path, capsys,
                                                       monkeypatch):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from desk.cli import main

    url = two_sites_in_one["url"]
    out, xlsx = tmp_path / "各站点.pdf", tmp_path / "各站点.xlsx"
    assert main(["--data-dir", str(tmp_path / "d"), "--db", url, "hq", "weekly", "--week", "2026-W47",
                 "--out", str(out), "--xlsx", str(xlsx)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "各站点周报 2026-W47" in text and "GZ02" in text and "SZ01" in text and "合计" in text
    sheet = load_workbook(xlsx)["各站点"]
    header = [c.value for c in sheet[1]]
    assert header == ["周", "项目", "GZ02", "SZ01", "合计"]
    groups = [[c.value for c in row] for row in sheet.iter_rows(min_row=2) if row[1].value == "来访组数"][0]
    assert groups[4] == groups[2] + groups[3] > 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "d"), "--db", new_server_database(), "hq", "weekly"]) == 2
    assert "这不是总部的数据库" in capsys.readouterr().err
    monkeypatch.delenv("DESK_DB", raising=False)
    assert main(["--data-dir", str(tmp_path / "d"), "hq", "weekly"]) == 2
    assert "总部命令需要总部的 PostgreSQL 数据库" in capsys.readouterr().err


def test_a_site_head_office_does_not_have_is_not_found(two_sites_in_one):
    from desk.db.connection import close_database, open_database
    from desk.services.core.errors import NotFound
    from desk.services.core.session import Session
    from desk.services.headoffice import sites

    open_database(two_sites_in_one["url"])
    try:
        with pytest.raises(NotFound, match="总部没有站点 BJ09"):
            sites.site_today(Session.head_office(), "BJ09", dt.date(2026, 11, 18))
        figures = sites.key_figures(Session.head_office(), dt.date(2026, 11, 18), at=AT)
    finally:
        close_database()
    assert [r["site"] for r in figures["rows"]] == ["GZ02", "SZ01"]
    assert figures["total"]["groups"] == sum(r["groups"] for r in figures["rows"]) > 0
