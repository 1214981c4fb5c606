from desk.cli import main


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
