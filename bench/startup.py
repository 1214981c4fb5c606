"""Cold start of Sales Desk to its main window shown, on a database holding a year of demo data,
against a bare PySide6 window started the same way in the same run. Prints the ratio (target ≤ 2.0x).

    python bench/startup.py [--days 365] [--runs 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""

DESK = r"""
import sys
from PySide6.QtCore import QTimer
from desk.ui import app as desk_app
from desk.runtime import open_data, resolve_data_dir
from desk.db.core import Staff
from desk.services.session import Session
qapp = desk_app.create_application()
data = resolve_data_dir(sys.argv[1])
open_data(data)
desk_app.install_translators("zh_CN")
window = desk_app.build_main_window(Session.for_staff(Staff.get(Staff.code == "01")))
window.show()
QTimer.singleShot(0, qapp.quit); qapp.exec()
"""


def timed(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from compiled files
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", help="reuse a data folder that already holds demo data")
    args = parser.parse_args()
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="desk-bench-")
    if not (Path(data_dir) / "desk.db").exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desk", "--data-dir", data_dir, "demo", "--days", str(args.days)],
                       check=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        print(f"demo data for {args.days} days: {time.perf_counter() - t:.1f} s in {data_dir}")
    # Compile the program's modules as an install (or the PyInstaller build) does.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desk")], check=True)
    timed(BARE), timed(DESK, data_dir)  # warm the OS file cache for both
    bare = [timed(BARE) for _ in range(args.runs)]
    desk = [timed(DESK, data_dir) for _ in range(args.runs)]
    b, d = statistics.median(bare), statistics.median(desk)
    size = (Path(data_dir) / "desk.db").stat().st_size / 1e6
    print(f"database: {size:.1f} MB")
    print(f"bare PySide6 window: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"Sales Desk main window: {d * 1000:.0f} ms (median of {args.runs})")
    print(f"ratio: {d / b:.2f}x (target ≤ 2.0x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
