"""Many documents into one PDF in the background: progress, cancel, the window stays responsive.

For example the service desk prints one fee notice per unit of a building::

    from desk.ui.forms.batch import print_batch

    print_batch(self, "fee_notice", documents)            # -> preview window with 打印 / 另存为 PDF
    print_batch(self, "fee_notice", lambda progress: build_documents(progress), out=path)

``documents`` is a list of document dicts (see forms/README.md) or a callable
``fn(progress) -> list[dict]`` run in the worker too (for slow queries; it may call
``progress.check()``). With ``out`` the PDF is written there and ``on_done(path)`` is called;
without it the PDF opens in a ``PreviewDialog`` and ``on_done(dialog)`` is called.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk import settings
from desk.printing import load_template, render_form
from desk.printing.engine import write_atomic
from desk.printing.sources import blank_documents, documents_for
from desk.services.core.errors import DeskError
from desk.services.core.progress import Progress
from desk.ui.errors import show_error
from desk.ui.widgets import Notice
from desk.ui.worker import Job, run_job


def _header() -> dict:
    """Settings read on the UI thread (QSettings is not shared with the worker)."""
    return {key: settings.get(key) for key in ("company_name", "project_name", "logo_path")}


def render_job(parent: QWidget | None, key: str, documents: list[dict] | Callable[[Progress], list[dict]],
               on_done: Callable[[bytes], None], on_error: Callable[[BaseException], None] | None = None,
               *, title: str | None = None, warnings: list[str] | None = None) -> Job:
    """Render ``documents`` with form ``key`` in a worker; ``on_done(pdf_bytes)`` on the UI thread."""
    template = load_template(key)  # a broken template fails here, on the UI thread
    header = _header()
    title = title or QCoreApplication.translate("forms", "正在生成“{title}”…").format(title=template.title)

    def work(progress: Progress) -> bytes:
        docs = documents(progress) if callable(documents) else documents

        def report(done: int, total: int, _text: str) -> None:
            progress.report(done, total, QCoreApplication.translate("forms", "正在排版第 {done} / {total} 份")
                            .format(done=done, total=total))

        inner = Progress(report)
        inner.check = progress.check  # the dialog's Cancel reaches the renderer
        return render_form(key, documents=docs, progress=inner, header=header, warnings=warnings)

    return run_job(parent, title, work, on_done, on_error)


def print_batch(parent: QWidget | None, key: str, documents, *, out: Path | None = None,
                on_done: Callable | None = None, on_error: Callable[[BaseException], None] | None = None,
                title: str | None = None) -> Job | None:
    """Render a batch in the background, then open it in a preview window (or write ``out``)."""
    try:
        template = load_template(key)
    except DeskError as exc:
        show_error(parent, exc)
        return None
    warnings: list[str] = []

    def finished(data: bytes) -> None:
        if warnings:
            Notice.ask(parent, QCoreApplication.translate("forms", "打印提示"), "\n".join(warnings))
        if out is not None:
            try:
                path = write_atomic(Path(out), data)
            except OSError as exc:
                show_error(parent, exc)
                return
            if on_done:
                on_done(path)
            return
        from desk.ui.forms.preview import PreviewDialog  # lazy: QtPdf loads with the first preview

        dialog = PreviewDialog.open_pdf(parent, data, template.title)
        if on_done:
            on_done(dialog)

    return render_job(parent, key, documents, finished, on_error, title=title, warnings=warnings)


def print_record(parent: QWidget | None, session, key: str, *, id: int | None = None, day=None,
                 on_done: Callable | None = None) -> Job | None:
    """Print form ``key`` filled from a record (``id``) or a day's records (``day``) through its
    source, into the preview window (print / save as PDF there). Without either: the blank form."""
    try:
        session.require("print")
        if id is None and day is None:
            template = load_template(key)
            data = render_form(key, blank=True, documents=blank_documents(session, key), header=_header())
            from desk.ui.forms.preview import PreviewDialog  # lazy: QtPdf loads with the first preview

            dialog = PreviewDialog.open_pdf(parent, data, template.title)
            if on_done:
                on_done(dialog)
            return None
        documents = documents_for(session, key, id=id, day=day)
    except DeskError as exc:
        show_error(parent, exc)
        return None
    return print_batch(parent, key, documents, on_done=on_done)
