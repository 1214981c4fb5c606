"""Render the bundled line icons (Tabler Icons, MIT; the SVGs used are in svg/) to PNG files at 1x and
2x, so that the program never renders SVG at run time. Run after adding an icon to ICONS:

    python resources/icons/render.py

A new SVG comes from the Tabler Icons set (the ``pytablericons`` wheel on PyPI ships them under
``pytablericons/icons/outline/``): copy it into svg/ under the name it has there.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
INK = "#2f4a66"  # the icons' line colour
SELECTED = "#ffffff"  # the navigation's selected row

# name in the program -> (Tabler icon, base size in px, variants)
ICONS: dict[str, tuple[str, int]] = {
    # the navigation
    "nav-overview": ("layout-dashboard", 24), "nav-reception": ("users", 24), "nav-bar": ("coffee", 24),
    "nav-showflats": ("sofa", 24), "nav-cleaning": ("spray", 24),
    "nav-rounds": ("clipboard-check", 24), "nav-service": ("headset", 24),
    "nav-forms": ("printer", 24), "nav-excel": ("file-spreadsheet", 24), "nav-duty": ("clipboard-list", 24),
    "nav-inspections": ("list-check", 24), "nav-settings": ("settings", 24),
    # actions on buttons
    "export": ("file-spreadsheet", 16), "print": ("printer", 16), "refresh": ("refresh", 16),
    "report": ("report", 16), "lock": ("lock", 16), "switch-person": ("user-circle", 16),
    "reveal": ("eye", 16), "restore": ("arrow-back-up", 16), "backup": ("database", 16),
    # the cleaner's page: task kinds and its buttons
    "task-floor": ("vacuum-cleaner", 48), "task-rail": ("stairs", 48), "task-window": ("window", 48),
    "task-glass": ("wiper-wash", 48), "task-lamp": ("lamp", 48), "task-ceiling": ("bulb", 48),
    "task-high": ("ladder", 48), "task-marble": ("diamond", 48), "task-toilet": ("toilet-paper", 48),
    "task-table": ("table", 48), "task-sofa": ("sofa", 48), "task-other": ("sparkles", 48),
    "area": ("door", 48), "done": ("check", 48), "back": ("arrow-left", 48), "undo": ("arrow-back-up", 48),
    "fullscreen": ("maximize", 48), "fullscreen-exit": ("minimize", 48), "person": ("user", 48),
    "damage": ("alert-triangle", 48), "camera": ("camera", 48),
}
WHITE = {name for name in ICONS if name.startswith("nav-")}  # also drawn white for the selected row
ON_DARK = {"done"}  # also drawn white ("-white") for a dark (primary) button


def render(svg: bytes, size: int, path: Path) -> None:
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(path))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for name, (source, size) in ICONS.items():
        svg = (HERE / "svg" / f"{source}.svg").read_text(encoding="utf-8")
        colours = [("", INK)] + ([("-selected", SELECTED)] if name in WHITE else []) + \
            ([("-white", SELECTED)] if name in ON_DARK else [])
        for suffix, colour in colours:
            data = svg.replace("currentColor", colour).encode()
            render(data, size, HERE / f"{name}{suffix}.png")
            render(data, size * 2, HERE / f"{name}{suffix}@2x.png")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
