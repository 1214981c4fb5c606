"""The 表单 section: preview, save as PDF, print, and background batches with progress and cancel."""
import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desk.printing import sources
from desk.services.core.progress import Cancelled
from desk.ui.forms import batch
from desk.ui.forms.preview import PdfPreview, PreviewDialog
from desk.ui.forms.section import FormsSection
from desk.ui.main_window import MainWindow


@pytest.fixture
def section(qtbot, database, admin):
    widget = FormsSection(admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_section_lists_every_form_and_previews(section, monkeypatch):
    assert len(section.keys()) == 22
    assert section.select_form("repair_slip")
    assert section.preview.page_count() == 1
    assert "室内维修联系单" in section.title.text()
    assert section.preview.print_button.isEnabled()
    section.show_sample()
    assert "示例" in section.title.text()
    assert section.preview.document.pageCount() == 1
    assert section.by_id_button.isEnabled()  # the service desk fills it from a repair
    monkeypatch.delitem(sources.SOURCES, "repair_slip")
    section.select_form("fee_notice")
    section.select_form("repair_slip")
    assert not section.by_id_button.isEnabled()  # a form without a data source


def test_save_as_pdf(section, tmp_path, monkeypatch):
    section.select_form("fee_notice")
    section.show_sample()
    target = tmp_path / "out" / "notice.pdf"
    monkeypatch.setattr(PdfPreview, "ask_save_path", lambda self: target)
    section.preview.save_button.click()
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "物业费缴费通知单" in text and "李明华" in text


def test_save_cancelled_writes_nothing(section, tmp_path, monkeypatch):
    monkeypatch.setattr(PdfPreview, "ask_save_path", lambda self: None)
    assert section.preview.save_as() is None
    assert not list(tmp_path.rglob("*.pdf"))


def test_print_renders_every_page_to_the_printer(section, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def printer(self):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(PdfPreview, "ask_printer", printer)
    section.select_form("call_log")
    assert section.preview.print_document() == 1
    assert len(PdfReader(str(out)).pages) == 1
    monkeypatch.setattr(PdfPreview, "ask_printer", lambda self: None)
    assert section.preview.print_document() == 0


def test_section_in_main_window_before_duty(qtbot, database, admin, make_staff):
    window = MainWindow(admin)
    qtbot.addWidget(window)
    keys = window.section_keys()
    assert keys.index("forms") < keys.index("duty")
    assert isinstance(window.open_section("forms"), FormsSection)
    _, cleaner = make_staff("cleaner")
    window.set_session(cleaner)
    assert "forms" not in window.section_keys()


def fee_documents(n):
    return [{"fields": {"owner": f"业主{i}", "room": f"5栋1单元{i:03d}"},
             "tables": {"items": [{"item": "物业服务费", "amount": 300 + i}]}} for i in range(1, n + 1)]


def test_batch_with_progress_completes(qtbot, database, admin):
    progress = []
    dialogs = []
    job = batch.print_batch(None, "fee_notice", fee_documents(40), on_done=dialogs.append)
    job.worker.progressed.connect(lambda done, total, text: progress.append((done, total)))
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert dialogs and isinstance(dialogs[0], PreviewDialog)
    qtbot.addWidget(dialogs[0])
    assert dialogs[0].preview.page_count() == 40
    assert progress and progress[-1] == (40, 40)


def test_batch_to_file_from_a_callable(qtbot, database, admin, tmp_path):
    out = tmp_path / "batch.pdf"
    paths = []
    job = batch.print_batch(None, "fee_notice", lambda progress: fee_documents(5), out=out, on_done=paths.append)
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert paths == [out]
    assert len(PdfReader(str(out)).pages) == 5


def test_batch_can_be_cancelled(qtbot, database, admin):
    errors = []
    job = batch.render_job(None, "fee_notice", fee_documents(400), lambda data: None, errors.append)
    job.worker.progressed.connect(lambda done, total, text: job.cancel())
    with qtbot.waitSignal(job.error, timeout=60_000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)


def record_source(session, *, id=None, day=None):
    session.require("print")
    if id is not None:
        return [{"fields": {"owner": f"记录{id}"}}]
    return [{"fields": {"owner": f"{day:%m%d}-{i}"}} for i in range(3)]


def test_print_from_records_in_background(qtbot, database, admin, monkeypatch):
    monkeypatch.setitem(sources.SOURCES, "repair_slip", record_source)
    widget = FormsSection(admin)
    qtbot.addWidget(widget)
    widget.select_form("repair_slip")
    assert widget.by_id_button.isEnabled()
    widget.record_id.setValue(12)
    widget.by_id_button.click()
    with qtbot.waitSignal(widget.job.done, timeout=60_000):
        pass
    assert widget.preview.page_count() == 1
    text = PdfReader(io.BytesIO(widget.preview.data)).pages[0].extract_text()
    assert "记录12" in text
    widget.by_day_button.click()
    with qtbot.waitSignal(widget.job.done, timeout=60_000):
        pass
    assert widget.preview.page_count() == 3
