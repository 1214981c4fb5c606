"""Print buttons of the show flats: documents are read on the UI thread (its database
connection), the PDF is rendered in the background, then opened."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.printing import load_template, render_form
from desk.printing.sources import documents_for
from desk.services.core.errors import DeskError
from desk.ui.errors import show_error
from desk.ui.worker import run_job


def ask_pdf_path(parent: QWidget, name: str) -> Path | None:
    """The save dialog; tests monkeypatch this."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ShowflatPrinting", "保存 PDF"),
                                          f"{name}.pdf", "PDF (*.pdf)")
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def open_pdf(path: Path) -> None:
    """Show the PDF in the system viewer (tests monkeypatch this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_form(parent: QWidget, session, key: str, *, id: int | None = None, day: dt.date | None = None,
               documents: list[dict] | None = None, path: Path | None = None):
    """Fill form ``key`` from a record (``id``) or a day, or from given ``documents``; save and open."""
    try:
        session.require("print")
        if documents is None:
            documents = documents_for(session, key, id=id, day=day)
        title = load_template(key).title
    except DeskError as exc:
        show_error(parent, exc)
        return None
    suffix = f"-{id}" if id is not None else f"-{(day or dt.date.today()):%Y%m%d}"
    path = path or ask_pdf_path(parent, title + suffix)
    if path is None:
        return None

    def work(progress):
        return render_form(key, path, documents=documents, progress=progress)

    return run_job(parent, QCoreApplication.translate("ShowflatPrinting", "正在生成 PDF…"), work, open_pdf)
