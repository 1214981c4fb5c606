"""A PDF preview inside the program (QtPdf), printing through the system dialog, saving as PDF.

``PdfPreview`` is a widget any section can embed: ``set_pdf(data, name)`` shows the bytes,
``print_document()`` asks for a printer and prints every page, ``save_as()`` asks for a file.
``PreviewDialog.open_pdf(parent, data, title)`` shows a rendered batch in its own window.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from desk.printing.engine import write_atomic
from desk.ui.widgets import Notice

MAX_PRINT_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter, progress=None) -> int:
    """Render every page of ``document`` onto ``printer`` (page images at the printer's resolution).

    Returns the number of pages printed. ``progress.check()`` between pages lets a caller cancel.
    """
    count = document.pageCount()
    if count <= 0:
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("无法开始打印（打印机不可用）")
    try:
        for index in range(count):
            if progress is not None:
                progress.check()
                progress.report(index + 1, count, "")
            if index:
                printer.newPage()
            size_pt = document.pagePointSize(index)
            image = document.render(index, QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi)))
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((target.width() - w) / 2, (target.height() - h) / 2, w, h), image)
    finally:
        painter.end()
    return count


def safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "form"


class PdfPreview(QWidget):
    """The preview pane: the pages, and 打印… / 另存为 PDF… / zoom."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: bytes = b""
        self.name = "form"
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.fit_width_button = QPushButton(self.tr("适合宽度"))
        self.fit_page_button = QPushButton(self.tr("整页"))
        self.pages_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.fit_width_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.zoom(0.8))
        self._update_buttons()

    # -- content ---------------------------------------------------------------------------
    def set_pdf(self, data: bytes, name: str = "form") -> bool:
        """Show ``data`` (PDF bytes). Returns True when QtPdf could read it."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self.data = bytes(data)
        self.name = name
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready
        self._update_buttons()
        return ok

    def clear(self) -> None:
        self.document.close()
        self.data = b""
        self._update_buttons()

    def page_count(self) -> int:
        return self.document.pageCount() if self.data else 0

    def _update_buttons(self) -> None:
        count = self.page_count()
        self.print_button.setEnabled(count > 0)
        self.save_button.setEnabled(count > 0)
        self.pages_label.setText(self.tr("共 {n} 页").format(n=count) if count else "")

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    # -- printing and saving ---------------------------------------------------------------
    def ask_printer(self) -> QPrinter | None:
        """The system print dialog; tests monkeypatch this."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.name)
        if self.page_count():
            size = self.document.pagePointSize(0)
            landscape = size.width() > size.height()
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                       else QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印表单"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def ask_save_path(self) -> Path | None:
        """The save dialog; tests monkeypatch this."""
        name = f"{safe_file_name(self.name)}-{dt.date.today():%Y%m%d}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), name, "PDF (*.pdf)")
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def print_document(self) -> int:
        if not self.page_count():
            return 0
        printer = self.ask_printer()
        if printer is None:
            return 0
        try:
            return print_pdf(self.document, printer)
        except OSError as exc:
            Notice.ask(self, self.tr("打印失败"), str(exc), Notice.WARNING)
            return 0

    def save_as(self) -> Path | None:
        if not self.data:
            return None
        path = self.ask_save_path()
        if path is None:
            return None
        try:
            write_atomic(path, self.data)
        except OSError as exc:
            Notice.ask(self, self.tr("保存失败"),
                       self.tr("无法保存到 {path}：{error}").format(path=path, error=exc.strerror or exc), Notice.WARNING)
            return None
        return path


class PreviewDialog(QDialog):
    """A rendered PDF (a batch) in its own window, with print and save."""

    def __init__(self, parent, data: bytes, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    @classmethod
    def open_pdf(cls, parent, data: bytes, title: str) -> "PreviewDialog":
        dialog = cls(parent, data, title)
        dialog.show()  # not modal: the main window stays usable
        return dialog
