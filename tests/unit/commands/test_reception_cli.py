import datetime as dt

from desk.cli import main
from desk.db.connection import close_database, open_database
from desk.services.reception import funnel


def test_visits_and_anonymise_commands(data_dir, capsys, settings):
    data = str(data_dir.root)
    assert main(["--data-dir", data, "demo", "--days", "3"]) == 0
    assert main(["--data-dir", data, "visits"]) == 0
    out = capsys.readouterr().out
    assert "组" in out and "首访" in out
    assert main(["--data-dir", data, "anonymise"]) == 0
    assert "未启用" in capsys.readouterr().out
    assert main(["--data-dir", data, "anonymise", "--months", "1"]) == 0
    assert "预览" in capsys.readouterr().out
    assert main(["--data-dir", data, "visits", "--date", "2026-13-01"]) == 2


def test_funnel_command(capsys, settings, data_dir):
    data = data_dir.root
    assert main(["--data-dir", str(data), "demo", "--days", "20"]) == 0
    capsys.readouterr()
    today = dt.date.today()
    start = today - dt.timedelta(days=13)
    assert main(["--data-dir", str(data), "funnel", "--from", str(start), "--to", str(today), "--by", "month"]) == 0
    out = capsys.readouterr().out.splitlines()
    open_database(data_dir.target)
    try:
        expected = funnel.funnel(start, today, as_of=today)
    finally:
        close_database()
    t = expected.total
    assert out[0].startswith(f"{start} 至 {today} 首访客户 {t.first} 位：复访 {t.returned}")
    assert out[1].split("\t")[:3] == ["首访月", "首访", "复访"]
    assert [line.split("\t")[0] for line in out[2:]] == [r.key for r in expected.by_month]
    assert main(["--data-dir", str(data), "funnel", "--from", "2026-02-30"]) == 2
    assert "日期格式" in capsys.readouterr().err
    assert main(["--data-dir", str(data), "funnel", "--from", str(today), "--to", str(start)]) == 2
    assert "早于开始日期" in capsys.readouterr().err


def test_anonymise_run_needs_a_supervisor_with_a_pin(data_dir, capsys, settings, monkeypatch):
    from desk.db.core import AuditEntry

    data = str(data_dir.root)
    assert main(["--data-dir", data, "demo", "--days", "3"]) == 0
    capsys.readouterr()
    monkeypatch.delenv("DESK_PIN", raising=False)
    assert main(["--data-dir", data, "anonymise", "--months", "1", "--run"]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("DESK_PIN", "1234")
    assert main(["--data-dir", data, "anonymise", "--months", "1", "--run", "--user", "10"]) == 2  # reception
    assert "无权修改设置" in capsys.readouterr().err
    assert main(["--data-dir", data, "anonymise", "--months", "1", "--run", "--user", "01"]) == 0
    assert "已完成匿名化" in capsys.readouterr().out
    [entry] = AuditEntry.select().where(AuditEntry.action == "anonymise")
    assert entry.staff.code == "01"  # a person, not an anonymous command line


def test_a_pin_that_cannot_be_asked_for_is_said_not_a_traceback(data_dir, capsys, settings, monkeypatch):
    """--user without DESK_PIN and without a terminal (a scheduled task) says so; a terminal that
    ends before the PIN is typed (EOF) too: exit 2, nothing done."""
    import io
    import sys

    data = str(data_dir.root)
    assert main(["--data-dir", data, "demo", "--days", "2"]) == 0
    capsys.readouterr()
    monkeypatch.delenv("DESK_PIN", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--data-dir", data, "anonymise", "--months", "1", "--run", "--user", "01"]) == 2
    assert "没有可输入的终端" in capsys.readouterr().err

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    def eof(prompt=""):
        raise EOFError

    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", eof)
    assert main(["--data-dir", data, "export", str(data_dir.root / "x.xlsx"), "--full-phones", "--user", "01"]) == 2
    assert "没有读到工号 01 的 PIN" in capsys.readouterr().err
    assert not (data_dir.root / "x.xlsx").exists()
