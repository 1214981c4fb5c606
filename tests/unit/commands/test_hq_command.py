"""``desk hq``: what it says about a site's state (from the state alone, no server needed) and what
it says without a head office's database."""
from __future__ import annotations

import datetime as dt

from desk.commands import hq
from desk.db import headoffice


def state(**kw) -> headoffice.SiteState:
    fields = {"subscribed": True, "enabled": True, "streaming": True, "tables": {"r": 54}, "replicated_version": 7,
              "site_version": 7, "reachable": True, "slot": True, "slot_active": True, "wal_status": "reserved"}
    fields.update(kw)
    site = headoffice.SiteState("SZ01", dt.datetime(2026, 11, 30, 9), 7)
    for key, value in fields.items():
        setattr(site, key, value)
    return site


def test_what_hq_sites_says_about_a_site():
    assert hq.state_words(state()) == ["正常同步"]
    assert hq.state_words(state(tables={"r": 50, "d": 3, "i": 1})) == ["正在复制初始数据（50/54 表已完成）"]
    lost = hq.state_words(state(wal_status="lost", streaming=False))
    assert lost[0].startswith("站点的复制槽已失效") and "desk hq resync SZ01" in lost[0]
    newer = hq.state_words(state(site_version=8, replicated_version=7))
    assert newer[0].startswith("site newer than head office") and "desk hq upgrade" in newer[0]
    assert "尚未订阅（probe）" in hq.state_words(state(unsubscribed=["probe"]))[0]
    down = hq.state_words(state(streaming=False, reachable=False, site_error="connection refused"))
    assert down == ["未连接：站点连不上（connection refused）；站点恢复后自动续传"]
    assert hq.state_words(state(apply_errors=3))[-1] == "出错 3 次（详见总部 PostgreSQL 日志）"
    assert hq.size_text(1536) == "1.5 KB" and hq.size_text(4 << 30) == "4.0 GB" and hq.size_text(None) == "—"


def test_hq_needs_head_offices_database(tmp_path, capsys, monkeypatch):
    from desk.cli import main

    monkeypatch.delenv("DESK_DB", raising=False)
    for command in (["sites"], ["add-site", "SZ01", "postgresql://postgres@10.1.0.5/desk"], ["upgrade"]):
        assert main(["--data-dir", str(tmp_path), "hq", *command]) == 2
        assert "总部命令需要总部的 PostgreSQL 数据库" in capsys.readouterr().err
    assert hq.KEEP_WAL == headoffice.DEFAULT_KEEP_WAL
