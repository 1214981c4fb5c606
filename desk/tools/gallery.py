"""The gallery: every screen of the program rendered to PNG files, as each role sees it, to look
at all of them at once.

    python -m desk.tools.gallery OUT_DIR [--data-dir DIR] [--days 30] [--size 1366x768 --size 1920x1080]
                                          [--role admin --role bar …] [--lang zh_CN]

Without ``--data-dir`` a fresh folder with demo data is made (in OUT_DIR/.data); people sign in
with the demo PIN. Files: OUT_DIR/<size>/<role>/<nn-section-tab>.png, and each dialog the role can
open as OUT_DIR/<size>/<role>/dialog-<section>-<n>.png (``--no-dialogs`` leaves them out). What the
screen check would fail on is printed (``--check``).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtPdfWidgets import QPdfView

from desk.runtime import open_data, resolve_data_dir
from desk.services.core import staff as staff_service
from desk.services.demo import DEMO_PIN, fill_demo
from desk.tools.dialogs import dialogs
from desk.tools.screens import ROLES, problems, screens, settle
from desk.ui import app as desk_app
from desk.ui.main_window import MainWindow


def parse_size(text: str) -> tuple[int, int]:
    w, _, h = text.lower().partition("x")
    return int(w), int(h)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desk.tools.gallery", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data-dir", help="a data folder holding demo data (default: a new one in OUT/.data)")
    parser.add_argument("--days", type=int, default=30, help="days of demo data for a new folder")
    parser.add_argument("--size", action="append", type=parse_size, help="window size, e.g. 1366x768")
    parser.add_argument("--role", action="append", choices=[r for r, _c in ROLES])
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--pin", default=None, help="the PIN of the staff signing in (default: the demo PIN)")
    parser.add_argument("--no-dialogs", action="store_true", help="screens only")
    parser.add_argument("--check", action="store_true", help="print what the screen check finds")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application is made, below
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    qapp = desk_app.create_application()
    data = resolve_data_dir(args.data_dir or str(args.out / ".data"))
    open_data(data)
    if not staff_service.has_any_staff():
        fill_demo(args.days)
    desk_app.install_translators(args.lang)
    sizes = args.size or [(1366, 768), (1920, 1080)]
    roles = [(r, c) for r, c in ROLES if not args.role or r in args.role]
    written = 0
    for role, code in roles:
        session = staff_service.sign_in(code, args.pin or DEMO_PIN)
        for width, height in sizes:
            folder = args.out / f"{width}x{height}" / role
            folder.mkdir(parents=True, exist_ok=True)
            window = MainWindow(session)
            window.resize(width, height)
            window.show()
            settle()
            for name, section in screens(window):
                if section.findChildren(QPdfView):
                    settle(400)  # the preview's pages render in a thread
                window.grab().save(str(folder / f"{name}.png"))
                written += 1
                if args.check:
                    for problem in problems(window, (width, height)):
                        print(f"{width}x{height} {role} {name}: {problem}")
            if not args.no_dialogs:
                def shot(name, dialog, folder=folder, size=(width, height), role=role):
                    nonlocal written
                    dialog.grab().save(str(folder / f"dialog-{name}.png"))
                    written += 1
                    if args.check:
                        for problem in problems(dialog, size):
                            print(f"{size[0]}x{size[1]} {role} dialog {name}: {problem}")

                dialogs(window, shot)
            window.close()
            window.deleteLater()
            settle()
    print(f"{written} screens in {args.out}")
    qapp.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
