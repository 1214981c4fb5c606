"""The bundled CJK font, registered once with reportlab, and text the font cannot draw.

reportlab embeds a subset of a registered TrueType font (``FontFile2`` in the PDF) holding only
the glyphs a document uses. A character the font has no glyph for would print as an empty box
or vanish; ``printable`` replaces it with 〓 (the typesetters' mark for a missing character) so
the rest of the text still prints and the gap is visible, and reports which characters.
"""
from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk.paths import font_path

FONT = "DeskSans"
MISSING = "\u3013"  # 〓

_lock = threading.Lock()
_covered: frozenset | dict | None = None


def register_fonts() -> str:
    """Register the bundled font (once per process) and return its reportlab name."""
    global _covered
    if _covered is not None:
        return FONT
    with _lock:
        if _covered is None:
            font = TTFont(FONT, str(font_path()), subfontIndex=0)
            pdfmetrics.registerFont(font)
            # Bold/italic variants map to the same face: the font has no bold cut; titles are
            # emboldened by stroking (see engine.Title).
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
            _covered = font.face.charToGlyph
    return FONT


def has_glyph(ch: str) -> bool:
    register_fonts()
    return ord(ch) in _covered or ch in "\n\r\t"


def printable(text: str, missing: set | None = None) -> str:
    """``text`` with every character the font lacks replaced by 〓 (added to ``missing``)."""
    register_fonts()
    covered = _covered
    if all(ord(ch) in covered or ch in "\n\r\t" for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered or ch in "\n\r\t":
            out.append(ch)
        elif ch in "\u200b\u200c\u200d\ufe0f\ufe0e":  # zero-width joiners and variation selectors
            continue
        else:
            out.append(MISSING)
            if missing is not None:
                missing.add(ch)
    return "".join(out)
