"""Refresh the translation sources and build the compiled files.

    python resources/translations/update.py          # lupdate: desk/**/*.py -> desk_en.ts
    python resources/translations/update.py --release  # also lrelease: desk_en.ts -> desk_en.qm

Chinese (zh_CN) is the source language written in the code; desk_en.ts holds the English.
The compiled .qm is committed, so an install leaves it in place.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ["en"]


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desk").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"desk_{lang}.ts"
        subprocess.run([tool("lupdate"), "-source-language", "zh_CN", "-target-language", lang,
                        "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)], check=True, cwd=ROOT)
        if "--release" in sys.argv:
            subprocess.run([tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
