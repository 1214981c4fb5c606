"""desk export / desk import: the preview printed, exit codes 0 / 1 / 2."""
import openpyxl

from desk.cli import main
from desk.db.core import Staff


def test_export_then_import_exit_codes(roster, data_dir, tmp_path, capsys, monkeypatch):
    args = ["--data-dir", str(data_dir.root)]
    target = tmp_path / "s.xlsx"
    assert main(args + ["export", str(target)]) == 0
    ws = openpyxl.load_workbook(target)["置业顾问"]
    assert ws["D2"].value == "139****6001"  # masked from the command line too
    monkeypatch.delenv("DESK_PIN", raising=False)
    assert main(args + ["import", str(target)]) == 2  # nobody named: nothing imported
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("DESK_PIN", "1234")
    args += ["--user", "01"]  # the administrator of the roster fixture
    assert main(args[:2] + ["import", str(target)] + args[2:]) == 1  # nothing to do
    wb = openpyxl.load_workbook(target)
    wb["置业顾问"]["C2"] = "张磊磊"
    wb.save(tmp_path / "e.xlsx")
    capsys.readouterr()
    assert main(args[:2] + ["import", str(tmp_path / "e.xlsx"), "--dry-run"] + args[2:]) == 1
    out = capsys.readouterr().out
    assert "修改" in out and "张磊 → 张磊磊" in out
    assert Staff.get(Staff.code == "61").name == "张磊"
    assert main(args[:2] + ["import", str(tmp_path / "e.xlsx")] + args[2:]) == 0
    assert Staff.get(Staff.code == "61").name == "张磊磊"
    wb["置业顾问"]["C3"] = ""
    wb.save(tmp_path / "bad.xlsx")
    assert main(args[:2] + ["import", str(tmp_path / "bad.xlsx")] + args[2:]) == 2
    assert "不能为空" in capsys.readouterr().out
    (tmp_path / "x.csv").write_text("a,b")
    assert main(args[:2] + ["import", str(tmp_path / "x.csv")] + args[2:]) == 2


def test_import_help_names_exit_codes(capsys):
    import pytest

    with pytest.raises(SystemExit, match="0"):
        main(["import", "--help"])
    text = capsys.readouterr().out
    assert "0  已导入" in text and "1  没有需要导入的改动" in text and "2  有错误或冲突" in text


def test_full_phones_need_a_person_with_a_pin(roster, data_dir, tmp_path, capsys, monkeypatch, make_staff):
    """--full-phones: a person who may see numbers, with their PIN; 说明 names who confirmed."""
    import io

    make_staff("reception", code="10", name="陈静", pin="5555")
    args = ["--data-dir", str(data_dir.root), "export"]
    target = tmp_path / "full.xlsx"
    monkeypatch.delenv("DESK_PIN", raising=False)
    assert main(args + [str(target), "--full-phones"]) == 2
    assert "--user" in capsys.readouterr().err and not target.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal (a scheduled task, a pipe)
    assert main(args + [str(target), "--full-phones", "--user", "01"]) == 2
    assert "DESK_PIN" in capsys.readouterr().err and not target.exists()
    monkeypatch.setenv("DESK_PIN", "5555")
    assert main(args + [str(target), "--full-phones", "--user", "10"]) == 2
    assert "无权查看完整手机号" in capsys.readouterr().err and not target.exists()
    monkeypatch.setenv("DESK_PIN", "1234")
    assert main(args + [str(target), "--full-phones", "--user", "01"]) == 0
    wb = openpyxl.load_workbook(target)
    assert wb["置业顾问"]["D2"].value == "13900006001"
    info = [row for row in wb["说明"].iter_rows(values_only=True) if row[0] == "手机号"]
    assert info == [("手机号", "完整号码（由 王建国 凭 PIN 确认导出）", None)]
    assert main(args + [str(tmp_path / "masked.xlsx"), "--user", "01"]) == 0  # not asked: masked
    wb = openpyxl.load_workbook(tmp_path / "masked.xlsx")
    assert wb["置业顾问"]["D2"].value == "139****6001"
    assert [row for row in wb["说明"].iter_rows(values_only=True) if row[0] == "手机号"] == [
        ("手机号", "已按导出人的权限打码", None)]
