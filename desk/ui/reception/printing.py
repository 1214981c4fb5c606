"""Printing reception forms for a day: the PDF goes to the data folder's ``prints/`` and opens in
the system viewer. With no record that day, the blank paper form is printed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desk import runtime
from desk.services.errors import DeskError, NotFound
from desk.ui.errors import show_error
from desk.ui.worker import run_job


def output_path(key: str, day: dt.date | None) -> Path:
    root = runtime.current.root if runtime.current is not None else Path.home()
    return root / "prints" / (f"{key}-{day:%Y%m%d}.pdf" if day else f"{key}-空白.pdf")


def open_file(path: Path) -> None:
    """The system PDF viewer; tests monkeypatch this."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_day(parent, session, key: str, day: dt.date):
    from desk.printing import render_form
    from desk.printing.sources import documents_for

    try:
        session.require("print")
        try:
            documents = documents_for(session, key, day=day)
        except NotFound:
            documents = None  # nothing that day: the blank form
    except DeskError as exc:
        show_error(parent, exc)
        return None
    out = output_path(key, day if documents else None)

    def work(progress):
        if documents is None:
            return render_form(key, out, blank=True)
        return render_form(key, out, documents=documents, progress=progress)

    return run_job(parent, parent.tr("正在生成 PDF…"), work, open_file)
