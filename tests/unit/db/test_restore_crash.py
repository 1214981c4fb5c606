"""Kill a restore at each of its file steps: the next start finishes it or undoes it, and neither the
current database (with the last commits still in its WAL) nor the backup is ever lost."""
import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from desk.db import backup
from desk.paths import DataDir

# Writes rows into the live database and dies without closing: the last commits stay in the WAL.
LIVE_WRITER = r"""
import os, sys
from desk.db.connection import open_database
from desk.db.core import Staff
database = open_database(sys.argv[1])
database.execute_sql("PRAGMA wal_autocheckpoint = 0")
Staff.create(code="01", name="王建国", roles="admin,supervisor")
for n in range(40):
    Staff.create(code=f"x{n}", name=f"现有{n}")
os._exit(0)
"""

# Restores, killed by SIGKILL at file step number argv[3] (0: count the steps and finish).
RESTORER = r"""
import os, signal, sys
from desk.db import backup
from desk.paths import DataDir
stop = int(sys.argv[3])
seen = []
def step(name):
    seen.append(name)
    if len(seen) == stop:
        os.kill(os.getpid(), signal.SIGKILL)
backup.file_step = step
backup.restore(DataDir(sys.argv[1]), sys.argv[2])
print(" ".join(seen))
"""


def _env():
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")])))


def _names(path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # read-only: leaves the WAL as it is
    try:
        return {r[0] for r in conn.execute("SELECT name FROM staff")}
    finally:
        conn.close()


def _prepare(root):
    data = DataDir(root / "data")
    data.root.mkdir(parents=True)
    subprocess.run([sys.executable, "-c", LIVE_WRITER, str(data.database)], check=True, env=_env())
    assert data.database.with_name("desk.db-wal").stat().st_size > 0  # commits not yet in desk.db
    source = root / "backup.db"
    conn = sqlite3.connect(f"file:{data.database}?mode=ro", uri=True)  # the backup: an older state
    conn.execute(f"VACUUM INTO '{source}'")
    conn.close()
    conn = sqlite3.connect(source)
    conn.execute("DELETE FROM staff WHERE code LIKE 'x%'")
    conn.execute("INSERT INTO staff (code, name, roles, phone, pin_hash, active, failed_attempts, created_at)"
                 " VALUES ('99', '备份里的人', '', '', '', 1, 0, '2026-01-01 08:00:00')")
    conn.commit()
    conn.close()
    return data, source


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_restore_killed_at_any_file_step_is_finished_or_undone(tmp_path):
    data, source = _prepare(tmp_path / "count")
    live = _names(data.database)
    restored = _names(source)
    assert data.database.with_name("desk.db-wal").stat().st_size > 0
    assert len(live) == 41 and "备份里的人" in restored
    done = subprocess.run([sys.executable, "-c", RESTORER, str(data.root), str(source), "0"],
                          capture_output=True, text=True, env=_env(), check=True)
    steps = done.stdout.split()
    assert {"stage", "journal", "move-wal", "move-shm", "move-db", "swap", "done"} <= set(steps)
    outcomes = set()
    for stop in range(1, len(steps) + 1):
        data, source = _prepare(tmp_path / f"stop{stop}")
        proc = subprocess.run([sys.executable, "-c", RESTORER, str(data.root), str(source), str(stop)],
                              capture_output=True, text=True, env=_env())
        assert proc.returncode == -signal.SIGKILL, (stop, proc.stderr)
        outcome = backup.recover_restore(data)
        backup.clean_leftovers(data)
        outcomes.add(outcome)
        assert backup.check_database(data.database) == [], steps[stop - 1]
        names = _names(data.database)
        kept = list(data.aside.glob("*.db")) if data.aside.exists() else []
        if names == restored:  # finished: the old database, WAL and all, is in aside/
            assert len(kept) == 1 and _names(kept[0]) == live, steps[stop - 1]
        else:  # undone (or never started): every commit of the live database is there
            assert names == live, steps[stop - 1]
            assert not kept
        assert not (data.root / backup.STAGING).exists() and not (data.root / backup.JOURNAL).exists()
        assert not list(data.root.glob("*.partial"))
    assert {None, "finished"} <= outcomes


def test_a_journal_without_a_staged_copy_puts_the_database_back(tmp_path):
    data, source = _prepare(tmp_path)
    live = _names(data.database)
    data.aside.mkdir()
    kept = data.aside / "desk-20260101-000000-before-restore.db"
    (data.root / backup.JOURNAL).write_text(f'{{"kept": "{kept}"}}', encoding="utf-8")
    for suffix in ("-wal", ""):  # a crash after the moves, with the staged copy lost
        os.replace(data.database.with_name("desk.db" + suffix), kept.with_name(kept.name + suffix))
    assert backup.recover_restore(data) == "undone"
    assert _names(data.database) == live
