"""The bundled CJK font, registered once with reportlab, and text the font cannot draw.

reportlab embeds a subset of a registered TrueType font (``FontFile2`` in the PDF) holding only
the glyphs a document uses. A character the font has no glyph for would print as an empty box
or vanish; ``printable`` replaces it with 〓 (the typesetters' mark for a missing character) so
the rest of the text still prints and the gap is visible, and reports which characters.

The bundled font maps a few characters to empty glyphs (℃, ℉, Ⅴ, pinyin with tone marks such as
ǎ): those count as missing too, and are first replaced by their compatibility form (℃ -> °C,
Ⅴ -> V) or their base letter (ǎ -> a) when the font can draw that.
"""
from __future__ import annotations

import threading
import unicodedata

from reportlab import rl_config
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
            rl_config.useA85 = 0  # compressed streams stay binary: smaller, and faster to write
            font = TTFont(FONT, str(font_path()), subfontIndex=0)
            pdfmetrics.registerFont(font)
            # Bold/italic variants map to the same face: the font has no bold cut; titles are
            # emboldened by stroking (see engine.Title).
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
            _covered = _drawable(font)
    return FONT


def _drawable(font: TTFont) -> frozenset:
    """Code points the font draws: mapped to a glyph with an outline (or a space)."""
    face = font.face
    positions = getattr(face, "glyphPos", None)
    result = set()
    for code, glyph in face.charToGlyph.items():
        if positions is not None and glyph + 1 < len(positions) and positions[glyph + 1] == positions[glyph]:
            if not chr(code).isspace():
                continue  # an empty glyph: would print nothing
        result.add(code)
    return frozenset(result)


_KEEP = "\n\r\t"
_DROP = "\u200b\u200c\u200d\u200e\u200f\ufeff\ufe0f\ufe0e"  # zero-width marks, variation selectors


def has_glyph(ch: str) -> bool:
    register_fonts()
    return ord(ch) in _covered or ch in _KEEP


def _substitute(ch: str) -> str | None:
    covered = _covered
    for form in ("NFKC", "NFKD"):
        text = unicodedata.normalize(form, ch)
        text = "".join(c for c in text if not unicodedata.combining(c))
        if text and text != ch and all(ord(c) in covered for c in text):
            return text
    return None


def printable(text: str, missing: set | None = None) -> str:
    """``text`` with every character the font lacks replaced (by a look-alike, else 〓)."""
    register_fonts()
    covered = _covered
    if all(ord(ch) in covered or ch in _KEEP for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered or ch in _KEEP:
            out.append(ch)
        elif ch in _DROP:
            continue
        else:
            alike = _substitute(ch)
            if alike is not None:
                out.append(alike)
            else:
                out.append(MISSING)
                if missing is not None:
                    missing.add(ch)
    return "".join(out)
