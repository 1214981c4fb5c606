"""The program's icons: Tabler Icons line drawings (MIT, resources/icons/LICENSE-tabler-icons.txt),
pre-rendered to PNG at 1x and 2x by resources/icons/render.py, so nothing renders SVG at run time.
Qt picks the ``@2x`` file on a high-density screen by itself."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from desk import paths

ICONS_DIR = paths.resources_dir() / "icons"


def icon(name: str, *, on_dark: bool = False) -> QIcon:
    """An icon by its name in resources/icons (``print``, ``task-floor`` …); ``on_dark``: its white
    drawing, for a dark button (those render.py draws white too)."""
    return QIcon(str(ICONS_DIR / f"{name}{'-white' if on_dark else ''}.png"))


def nav_icon(key: str) -> QIcon:
    """A section's icon in the navigation: drawn white on the selected row."""
    result = QIcon(str(ICONS_DIR / f"nav-{key}.png"))
    result.addFile(str(ICONS_DIR / f"nav-{key}-selected.png"), mode=QIcon.Mode.Selected)
    return result


def task_icon(kind: str) -> QIcon:
    """A cleaning task's picture on the cleaner's page (``floor``, ``window`` …; others: a sparkle)."""
    path = ICONS_DIR / f"task-{kind}.png"
    return QIcon(str(path if path.exists() else ICONS_DIR / "task-other.png"))
