import pytest
from pypdf import PdfReader

from desk import runtime
from desk.cli import main
from desk.db.connection import close_database, open_database
from desk.printing import sources
from desk.services.core.session import Session
from desk.services.servicedesk import complaints


def pages(path):
    return PdfReader(str(path)).pages


def test_list(capsys, settings):
    assert main(["print", "--list"]) == 0
    out = capsys.readouterr().out
    assert "repair_slip\t室内维修联系单\t编号 BX-年月日-序号" in out
    assert len(out.strip().splitlines()) == 22


def test_blank_and_sample(tmp_path, capsys, settings):
    blank = tmp_path / "blank.pdf"
    assert main(["--data-dir", str(tmp_path / "d"), "print", "repair_slip", "--blank", "--out", str(blank)]) == 0
    assert "室内维修联系单" in pages(blank)[0].extract_text()
    sample = tmp_path / "sample.pdf"
    assert main(["--data-dir", str(tmp_path / "d"), "print", "fee_notice", "--sample", "--out", str(sample)]) == 0
    assert "李明华" in pages(sample)[0].extract_text()
    assert str(sample) in capsys.readouterr().out


def test_errors_have_meaningful_exit_codes(tmp_path, capsys, settings, monkeypatch):
    from desk.printing import sources

    monkeypatch.delitem(sources.SOURCES, "repair_slip", raising=False)  # a form without a source
    out = str(tmp_path / "x.pdf")
    assert main(["print", "nope", "--blank", "--out", out]) == 2
    assert "没有这个表单" in capsys.readouterr().err
    assert main(["print", "repair_slip", "--out", out]) == 2
    assert main(["print", "--blank"]) == 2
    assert main(["--data-dir", str(tmp_path / "d"), "print", "repair_slip", "--id", "3", "--out", out]) == 3
    assert "尚无数据来源" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def fake_source(session, *, id=None, day=None):
    if id == 5:
        return [{"fields": {"owner": "记录五"}, "serial": "WX-20261123-005"}]
    if day is not None:
        return [{"fields": {"owner": f"{day:%m%d}第{i}条"}} for i in range(3)]
    return []


def test_from_records_through_sources(tmp_path, capsys, monkeypatch, settings):
    from desk.db.connection import close_database

    monkeypatch.setitem(sources.SOURCES, "repair_slip", fake_source)
    data = str(tmp_path / "data")
    out = tmp_path / "r.pdf"
    try:
        assert main(["--data-dir", data, "print", "repair_slip", "--id", "5", "--out", str(out)]) == 0
        assert "记录五" in pages(out)[0].extract_text()
        assert main(["--data-dir", data, "print", "repair_slip", "--date", "2026-11-23", "--out", str(out)]) == 0
        assert len(pages(out)) == 3
        assert main(["--data-dir", data, "print", "repair_slip", "--id", "6", "--out", str(out)]) == 1
        assert main(["--data-dir", data, "print", "repair_slip", "--date", "23/11", "--out", str(out)]) == 2
    finally:
        from desk import runtime

        close_database()
        runtime.current = None


def test_printed_phones_are_masked_unless_asked(tmp_path, capsys, settings, data_dir):
    from desk.db.connection import close_database, open_database
    from desk.services.servicedesk import repairs, units
    from desk.services.core.session import Session

    data = data_dir.root
    open_database(data_dir.target)
    unit = units.add_unit(Session.system(), "3", "1", "1202", area="89.5", owner_name="张伟",
                          owner_phone="13812345678")
    repair = repairs.receive(Session.system(), unit.id, "水电", "厨房水龙头漏水", reporter="张伟",
                             reporter_phone="13812345678")
    close_database()
    texts = {}
    try:
        for flag in ([], ["--full-phones"]):
            out = tmp_path / f"slip{len(flag)}.pdf"
            assert main(["--data-dir", str(data), "print", "repair_slip", "--id", str(repair.id),
                         "--out", str(out), *flag]) == 0
            texts[bool(flag)] = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    finally:
        close_database()
    assert "138****5678" in texts[False] and "13812345678" not in texts[False]
    assert "13812345678" in texts[True]


def test_blank_form_takes_the_programs_lists_from_the_data_folder(tmp_path, capsys, settings, data_dir):
    open_database(data_dir.target)
    complaints.add_category(Session.system(), "装修管理")
    close_database()
    out = tmp_path / "blank.pdf"
    try:
        assert main(["--data-dir", str(data_dir.root), "print", "complaint_record", "--blank", "--out", str(out)]) == 0
    finally:
        close_database()
        runtime.current = None
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "装修管理" in text and "邻里纠纷" in text


@pytest.mark.sqlite_only
def test_blank_form_without_a_database_file_prints_the_templates_list(tmp_path, capsys, settings):
    out = tmp_path / "blank.pdf"
    assert main(["--data-dir", str(tmp_path / "none"), "print", "complaint_record", "--blank", "--out", str(out)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "工程质量" in text and "装修管理" not in text
    assert not (tmp_path / "none" / "desk.db").exists()  # a blank form makes no database
