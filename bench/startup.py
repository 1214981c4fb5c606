"""Cold start of Sales Desk to its main window shown (its first frame painted), on a database holding
a year of demo data, against a bare PySide6 window started the same way in the same run. Prints the
ratio (target ≤ 2.0x). The overview's figures for today are read before the window shows, so the
first frame is the working screen, not an empty one.

    python bench/startup.py [--days 365] [--runs 15] [--data-dir DIR] [--db postgresql://…] [--instructions]

Timings on a shared machine vary by ±15% from run to run; ``--instructions`` also counts the
instructions each start executes under valgrind (callgrind, when installed): the same count every
run, so a change of a few percent shows.

With ``--db`` a second line times the same start against a PostgreSQL database (the demo data moved
there with ``desk move-to`` when it holds none).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Both programs stop at the first frame of their window and print when that was: the window's first
# paint event starts the frame; a zero timer set there fires once the frame is done (every widget in
# it painted and the window flushed).
FIRST_PAINT = r"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.frame_done)
        return False
    def frame_done(self):
        print(f"first-frame {time.perf_counter():.6f}", flush=True)
        self.app.quit()
"""

BARE = FIRST_PAINT + r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 800)
watch = FirstPaint(app); w.installEventFilter(watch)
w.show()
app.exec()
"""

# The program is imported first, as `desk` does: the watcher must not change its import order.
DESK = r"""
import sys
from desk.ui import app as desk_app
""" + FIRST_PAINT + r"""
from desk.runtime import open_data, resolve_data_dir
from desk.db.core import Staff
from desk.services.core.session import Session
qapp = desk_app.create_application()
data = resolve_data_dir(sys.argv[1])
open_data(data)
desk_app.install_translators("zh_CN")
window = desk_app.build_main_window(Session.for_staff(Staff.get(Staff.code == "01")))
assert window.section_widget("overview").figures  # today's figures are in the first frame
watch = FirstPaint(qapp); window.installEventFilter(watch)
window.show()
qapp.exec()
"""


def timed(code: str, *args: str, server: str | None = None) -> float:
    """Seconds from starting the interpreter to the first frame of the child's window (on the
    server's database when ``server`` is a URL)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT))
    env.pop("DESK_DB", None)
    if server:
        env["DESK_DB"] = server
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from compiled files
    start = time.perf_counter()  # perf_counter is system-wide (CLOCK_MONOTONIC), comparable across processes
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT,
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        name, _, value = line.partition(" ")
        if name == "first-frame":
            return float(value) - start
    raise RuntimeError(f"no first frame reported:\n{out}")


def instructions(code: str, *args: str) -> int:
    """Instructions the child executes to its first frame, counted by valgrind's callgrind."""
    import re

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    env.pop("DESK_DB", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # stop the count at the first frame: what the program does after it (the consultants' part of the
    # overview fills in next) would otherwise run, or not, before the event loop quits
    code = code.replace("self.app.quit()", "import os; os._exit(0)")
    err = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                          code, *args], env=env, cwd=ROOT, capture_output=True, text=True).stderr
    found = re.search(r"Collected : (\d+)", err)
    if found is None:
        raise RuntimeError(f"valgrind counted nothing:\n{err[-2000:]}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-dir", help="reuse a data folder that already holds demo data")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of each start with valgrind (deterministic)")
    parser.add_argument("--db", metavar="URL", help="also start against this PostgreSQL database (filled with "
                        "the same demo data when it holds none): a second line")
    args = parser.parse_args()
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="desk-bench-")
    if not (Path(data_dir) / "desk.db").exists():
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desk", "--data-dir", data_dir, "demo", "--days", str(args.days)],
                       check=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        print(f"demo data for {args.days} days: {time.perf_counter() - t:.1f} s in {data_dir}")
    # Compile the program's modules as an install (or the PyInstaller build) does.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desk")], check=True)
    if args.db:
        listed = subprocess.run([sys.executable, "-m", "desk", "--db", args.db, "--data-dir", data_dir, "staff"],
                                cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True)
        if not listed.stdout.strip():
            subprocess.run([sys.executable, "-m", "desk", "--data-dir", data_dir, "move-to", args.db, "--user", "01"],
                           check=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT), DESK_PIN="1234"))  # demo 01
    timed(BARE), timed(DESK, data_dir)  # warm the OS file cache for both
    bare, desk, served = [], [], []
    for _ in range(args.runs):  # in turns, so that a busy moment of the machine hits both alike
        bare.append(timed(BARE))
        desk.append(timed(DESK, data_dir))
        if args.db:
            served.append(timed(DESK, data_dir, server=args.db))
    b, d = statistics.median(bare), statistics.median(desk)
    size = (Path(data_dir) / "desk.db").stat().st_size / 1e6
    print(f"database: {size:.1f} MB")
    print(f"bare PySide6 window, first frame: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"Sales Desk main window with today's overview, first frame: {d * 1000:.0f} ms (median of {args.runs})")
    paired = statistics.median(x / y for x, y in zip(desk, bare))
    print(f"ratio: {d / b:.2f}x (target ≤ 2.0x); of the fastest runs: {min(desk) / min(bare):.2f}x; "
          f"median of each turn's ratio: {paired:.2f}x")
    if args.instructions:
        if shutil.which("valgrind") is None:
            print("instructions: valgrind is not installed")
        else:
            ib, id_ = instructions(BARE), instructions(DESK, data_dir)
            print(f"instructions to the first frame: bare {ib / 1e6:.0f} M, Sales Desk {id_ / 1e6:.0f} M; "
                  f"ratio {id_ / ib:.2f}x")
    if served:
        s = statistics.median(served)
        print(f"the same against the PostgreSQL server: {s * 1000:.0f} ms (median of {args.runs}); "
              f"ratio to the bare window: {s / b:.2f}x; to SQLite: {s / d:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
