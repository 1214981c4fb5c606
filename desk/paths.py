"""Where bundled files and user data live.

Bundled files (forms/, resources/) sit beside the package in a checkout or an
editable install, and in ``sys._MEIPASS`` inside a PyInstaller build.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from desk import APP_NAME, ORG_NAME


def bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def forms_dir() -> Path:
    return bundle_root() / "forms"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def font_path() -> Path:
    """The bundled CJK font (WenQuanYi Micro Hei, Apache-2.0): Latin and CJK glyphs."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def default_data_dir() -> Path:
    """The per-user data folder (QStandardPaths.AppDataLocation), or $DESK_DATA_DIR."""
    env = os.environ.get("DESK_DATA_DIR")
    if env:
        return Path(env)
    from PySide6.QtCore import QCoreApplication, QStandardPaths  # lazy: start-up (Qt after the Qt-free layers, ui/app.py)

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def redact_url(url: str) -> str:
    """A database URL as it may be shown or logged: a password in it replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)).geturl()


class DataDir:
    """The layout of one data folder. ``url``: the site's PostgreSQL database when the data lives on
    a server (``postgresql://…``); the folder then keeps this PC's settings, log and backups."""

    def __init__(self, root: Path | str, url: str | None = None):
        self.root = Path(root)
        self.url = url or None

    @property
    def on_server(self) -> bool:
        return self.url is not None

    @property
    def target(self) -> str | Path:
        """What ``open_database`` opens: the server's URL, or the SQLite file."""
        return self.url or self.database

    @property
    def database_label(self) -> str:
        """Where the records are, as shown to a user: the file, or the server's URL (no password)."""
        return redact_url(self.url) if self.url else str(self.database)

    @property
    def database(self) -> Path:
        return self.root / "desk.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def aside(self) -> Path:
        """Databases kept aside by a restore or a recovery."""
        return self.root / "aside"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    @property
    def log_file(self) -> Path:
        return self.root / "desk.log"

    @property
    def lock_file(self) -> Path:
        return self.root / "desk.lock"

    @property
    def exports(self) -> Path:
        return self.root / "exports"
