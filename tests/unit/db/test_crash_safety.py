"""Kill a writer process (SIGKILL) in the middle of a stream of committed writes, many times:
every row it reported committed is present and the database passes integrity_check."""
import os
import random
import signal
import subprocess
import sqlite3
import sys

import pytest

from desk.db.backup import check_database

WRITER = r"""
import sys
from desk.db.base import db
from desk.db.connection import open_database
from desk.db.core import DutyLogEntry, Staff
from desk.services.core.session import Session
from desk.services.core import audit
open_database(sys.argv[1])
staff = Staff.get_or_none(Staff.code == "01") or Staff.create(code="01", name="王建国", roles="admin")
session = Session(staff.id, staff.name, ("admin",))
print("ready", flush=True)
n = 0
while True:
    n += 1
    with db.atomic():
        entry = DutyLogEntry.create(kind="事件", text=f"第 {n} 条 " + "数据" * 50, staff=staff)
        audit.record(session, "create", "duty_log", entry.id, after={"text": entry.text})
    print(entry.id, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.sqlite_only
@pytest.mark.sqlite_only
def test_sigkill_during_writes_loses_no_committed_row(tmp_path):
    path = tmp_path / "crash.db"
    rng = random.Random(7)
    committed: set[int] = set()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")])))
    for _round in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE,
                                text=True, env=env)
        assert proc.stdout.readline().strip() == "ready"
        # Kill after a random count of reported commits: the writer is in its next write by then.
        for _row in range(rng.randint(5, 40)):
            line = proc.stdout.readline()
            assert line.strip().isdigit(), line
            committed.add(int(line))
        os.kill(proc.pid, signal.SIGKILL)
        for line in proc.stdout:  # ids printed before the kill landed were committed too
            if line.strip().isdigit():
                committed.add(int(line))
        proc.wait()
        assert check_database(path) == []
    assert len(committed) >= 12 * 5
    conn = sqlite3.connect(path)
    present = {r[0] for r in conn.execute("SELECT id FROM duty_log_entry")}
    audited = {r[0] for r in conn.execute("SELECT entity_id FROM audit_entry WHERE entity='duty_log'")}
    conn.close()
    assert committed <= present
    assert present == audited  # each row and its audit entry commit together or not at all
