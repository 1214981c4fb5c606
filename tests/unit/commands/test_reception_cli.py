from desk.cli import main


def test_visits_and_anonymise_commands(tmp_path, capsys, settings):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo", "--days", "3"]) == 0
    assert main(["--data-dir", data, "visits"]) == 0
    out = capsys.readouterr().out
    assert "组" in out and "首访" in out
    assert main(["--data-dir", data, "anonymise"]) == 0
    assert "未启用" in capsys.readouterr().out
    assert main(["--data-dir", data, "anonymise", "--months", "1"]) == 0
    assert "预览" in capsys.readouterr().out
    assert main(["--data-dir", data, "visits", "--date", "2026-13-01"]) == 2
