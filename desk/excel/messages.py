"""What the Excel layer says to the person, in the UI's language (Qt-free; light enough for start-up).

Texts are marked ``QT_TRANSLATE_NOOP("excel", ...)`` where they are written (lupdate collects them)
and translated here when shown: through Qt's translators when the program runs with a window,
as written (Chinese) on the command line.
"""
from __future__ import annotations

import functools
import sys

from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError

# Separators of lists in a sentence: Chinese punctuation, ", " and "; " in English.
COMMA, SEMICOLON, ENUMERATION = (QT_TRANSLATE_NOOP("excel", "，"), QT_TRANSLATE_NOOP("excel", "；"),
                                 QT_TRANSLATE_NOOP("excel", "、"))


def translate(context: str, text: str) -> str:
    """Qt's translation when a Qt application runs (never imports Qt: the command line has none)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        return qtcore.QCoreApplication.translate(context, text)
    return text


@functools.lru_cache(maxsize=4096)
def tr(text: str) -> str:
    """A sheet, column or message text (context "excel") in the UI's language when Qt's translations
    are loaded; Chinese otherwise (the command line). Cached; ``install_translators`` clears it."""
    return translate("excel", text)


def say(template: str, **params) -> str:
    """A message for the person: ``template`` (marked ``QT_TRANSLATE_NOOP("excel", ...)``) in the
    UI's language, with its ``{name}`` fields filled in."""
    text = tr(template)
    return text.format(**params) if params else text


def message_of(exc: Exception) -> str:
    """What an error says to the person (a DeskError in the UI's language)."""
    return exc.translated(translate) if isinstance(exc, DeskError) else str(exc)


def join(parts, separator: str = ENUMERATION) -> str:
    """Parts of a sentence joined with a separator above, in the UI's language."""
    return tr(separator).join(str(p) for p in parts)
