"""Printing the water bar's forms from the bar screen: the PDF is written to the data folder's
``prints/`` and opened with the system viewer (where it is printed). Without a record, the blank
paper form is printed (to fill by hand when the PC is down)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desk import runtime
from desk.services.errors import DeskError
from desk.ui.errors import show_error
from desk.ui.worker import run_job


def output_path(key: str, record_id: int | None) -> Path:
    root = runtime.current.root if runtime.current is not None else Path.home()
    name = f"{key}-{record_id}.pdf" if record_id else f"{key}-空白-{dt.date.today():%Y%m%d}.pdf"
    return root / "prints" / name


def open_file(path: Path) -> None:
    """The system PDF viewer; tests monkeypatch this."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_form(parent, session, key: str, record_id: int | None):
    from desk.printing import render_form
    from desk.printing.sources import documents_for

    try:
        session.require("print")
        documents = documents_for(session, key, id=record_id) if record_id else None
    except DeskError as exc:
        show_error(parent, exc)
        return None
    out = output_path(key, record_id)

    def work(progress):
        if documents is None:
            return render_form(key, out, blank=True)
        return render_form(key, out, documents=documents, progress=progress)

    return run_job(parent, parent.tr("正在生成 PDF…"), work, open_file)
