"""Printable forms: templates in ``forms/`` rendered to PDF with reportlab.

Public API (see ``forms/README.md`` for the template format and the document data shape)::

    render_form(key, out=None, *, documents=None, blank=False, sample=False, progress=None)
        -> bytes (out is None) | Path (written atomically)
    list_forms() -> list[FormInfo]          # key, title, file, serial
    load_template(key) -> Template          # TemplateError names file and line
    next_serial(key, day) -> "BX-20261123-001"
    sources.SOURCES / sources.documents_for(session, key, id=, day=)
"""
from desk.printing.engine import format_value, render_form, sample_documents
from desk.printing.serials import next_serial
from desk.printing.templates import FormInfo, Template, TemplateError, list_forms, load_template

__all__ = ["render_form", "list_forms", "load_template", "next_serial", "format_value", "sample_documents",
           "FormInfo", "Template", "TemplateError"]
