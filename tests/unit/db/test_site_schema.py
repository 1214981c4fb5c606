"""A site's tables in a schema of its own (site_<code>) on the server: chosen by the site code,
found without one when the database holds one site, refused when it cannot be told which."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.server_only


def tables_in(url: str, schema: str) -> set[str]:
    from desk.db.server import load_driver

    with load_driver().connect(url) as conn:
        return {t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema,))}


def test_a_site_code_puts_the_tables_in_the_sites_schema_and_the_other_pcs_find_it(new_server_database):
    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff

    url = new_server_database()
    database = open_database(url, site="sz01")
    assert database.schema == "site_sz01"
    assert database.execute_sql("SELECT current_schema()").fetchone()[0] == "site_sz01"
    Staff.create(code="01", name="王建国", roles="admin")
    close_database()
    assert "visit" in tables_in(url, "site_sz01") and tables_in(url, "public") == set()
    # another PC, no code set: the one site's schema, every connection (a worker thread's too)
    database = open_database(url)
    assert database.schema == "site_sz01" and "search_path" in database.database
    assert [s.name for s in Staff.select()] == ["王建国"]
    close_database()


def test_which_site_cannot_be_told_or_does_not_match_is_refused(new_server_database):
    from desk.db import server
    from desk.db.connection import close_database, open_database

    url = new_server_database()
    open_database(url, site="SZ01")
    close_database()
    with pytest.raises(server.SiteError, match="没有站点 GZ02，只有：SZ01"):
        open_database(url, site="GZ02")
    open_database(server.site_url(url, "GZ02"))  # a second site there, made on purpose (move-to --site)
    close_database()
    with pytest.raises(server.SiteError, match="多个站点（GZ02、SZ01）"):
        open_database(url)
    assert open_database(url, site="gz02").schema == "site_gz02"
    close_database()
    with pytest.raises(server.SiteError, match="站点代码“S-1”不对"):
        open_database(url, site="S-1")


def test_a_site_code_for_records_kept_elsewhere_says_how_to_move_them(new_server_database, tmp_path, capsys,
                                                                     monkeypatch):
    from desk.cli import main
    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.db.server import SiteError, with_search_path
    from desk.services.core.staff import hash_pin

    url = new_server_database()
    public = with_search_path(url, "public")
    open_database(public)  # a stage-A site: its records in public
    Staff.create(code="01", name="王建国", roles="admin", pin_hash=hash_pin("1234"))
    Staff.create(code="10", name="刘芳", roles="reception", pin_hash=hash_pin("1234"))
    close_database()
    with pytest.raises(SiteError, match="site-code SZ01"):
        open_database(url, site="SZ01")
    data = ["--data-dir", str(tmp_path / "d"), "--db", url]
    # every PC's records change schema: only a supervisor with their PIN, and nothing moves before
    monkeypatch.delenv("DESK_PIN", raising=False)
    assert main([*data, "site-code", "SZ01"]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("DESK_PIN", "1234")
    assert main([*data, "site-code", "SZ01", "--user", "10"]) == 2
    assert "无权修改设置" in capsys.readouterr().err
    assert tables_in(url, "site_sz01") == set() and "staff" in tables_in(url, "public")
    assert main([*data, "site-code", "SZ01", "--user", "01"]) == 0
    assert "移入站点 SZ01 的模式 site_sz01" in capsys.readouterr().out
    assert tables_in(url, "public") == set() and "staff" in tables_in(url, "site_sz01")
    open_database(url)
    assert [s.name for s in Staff.select().order_by(Staff.id)] == ["王建国", "刘芳"]  # ids, sequences and all moved
    Staff.create(code="02", name="李淑芬", roles="supervisor")
    close_database()
    assert main([*data, "site-code", "SZ01", "--user", "01"]) == 2
    assert "已经属于站点 SZ01" in capsys.readouterr().err


def test_move_to_site_puts_a_folders_records_in_the_sites_schema(new_server_database, data_dir, tmp_path, capsys,
                                                                 monkeypatch):
    from desk.cli import main
    from desk.db.connection import close_database, open_database
    from desk.db.core import Staff
    from desk.settings import QtSettingsBackend

    monkeypatch.delenv("DESK_DB", raising=False)
    folder = ["--data-dir", str(tmp_path / "site")]
    assert main([*folder, "staff", "--init-admin", "01", "王建国", "1234"]) == 0
    url = new_server_database()
    monkeypatch.setenv("DESK_PIN", "1234")
    assert main([*folder, "move-to", url, "--site", "SZ01", "--user", "01"]) == 0
    assert "站点 SZ01，模式 site_sz01" in capsys.readouterr().out
    assert QtSettingsBackend(tmp_path / "site" / "settings.ini").value("site_code", "") == "SZ01"
    assert tables_in(url, "public") == set()
    open_database(url)
    assert [s.name for s in Staff.select()] == ["王建国"]
    close_database()
