"""desk export / desk import: the preview printed, exit codes 0 / 1 / 2."""
import openpyxl

from desk.cli import main
from desk.db.core import Staff


def test_export_then_import_exit_codes(roster, data_dir, tmp_path, capsys):
    args = ["--data-dir", str(data_dir.root)]
    target = tmp_path / "s.xlsx"
    assert main(args + ["export", str(target)]) == 0
    ws = openpyxl.load_workbook(target)["置业顾问"]
    assert ws["D2"].value == "139****6001"  # masked from the command line too
    assert main(args + ["import", str(target)]) == 1  # nothing to do
    wb = openpyxl.load_workbook(target)
    wb["置业顾问"]["C2"] = "张磊磊"
    wb.save(tmp_path / "e.xlsx")
    capsys.readouterr()
    assert main(args + ["import", str(tmp_path / "e.xlsx"), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "修改" in out and "张磊 → 张磊磊" in out
    assert Staff.get(Staff.code == "61").name == "张磊"
    assert main(args + ["import", str(tmp_path / "e.xlsx")]) == 0
    assert Staff.get(Staff.code == "61").name == "张磊磊"
    wb["置业顾问"]["C3"] = ""
    wb.save(tmp_path / "bad.xlsx")
    assert main(args + ["import", str(tmp_path / "bad.xlsx")]) == 2
    assert "不能为空" in capsys.readouterr().out
    (tmp_path / "x.csv").write_text("a,b")
    assert main(args + ["import", str(tmp_path / "x.csv")]) == 2


def test_import_help_names_exit_codes(capsys):
    import pytest

    with pytest.raises(SystemExit, match="0"):
        main(["import", "--help"])
    text = capsys.readouterr().out
    assert "0  已导入" in text and "1  没有需要导入的改动" in text and "2  有错误或冲突" in text
