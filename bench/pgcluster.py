"""Throw-away PostgreSQL clusters on local ports, for the head-office replication test and
``bench/replication.py``: each in a temporary folder, C locale, trust authentication on
127.0.0.1 only, ``wal_level = logical``. initdb refuses to run as root, so as root the clusters run
as the ``postgres`` user (``runuser``), as ``.ci/run`` does. Every wait is bounded.

    clusters = Clusters(); site = clusters.start("site"); … ; clusters.stop_all()
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

TIMEOUT = 60  # seconds for initdb, a start or a stop


def pg_bin() -> Path | None:
    """PostgreSQL's programs: the newest /usr/lib/postgresql/*/bin (Debian), else pg_ctl's folder."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def missing() -> str | None:
    """Why clusters cannot be started here (None: they can)."""
    binaries = pg_bin()
    if binaries is None or not (binaries / "initdb").exists():
        return "PostgreSQL's programs (initdb, pg_ctl) are not installed (Debian: apt install postgresql)"
    if as_root():
        if shutil.which("runuser") is None:
            return "running as root without runuser: initdb refuses root"
        try:
            import pwd

            pwd.getpwnam("postgres")
        except (ImportError, KeyError):
            return "running as root and there is no postgres user to run the clusters"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, name: str, folder: Path, port: int, binaries: Path):
        self.name = name
        self.folder = folder
        self.port = port
        self.bin = binaries
        self.data = folder / "data"
        self.log = folder / "server.log"

    def _run(self, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if as_root():
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, cwd=self.folder, capture_output=True, text=True, timeout=timeout)

    def init(self, **settings) -> None:
        done = self._run("initdb", "-D", str(self.data), "--locale=C", "--encoding=UTF8", "-A", "trust",
                         "-U", "postgres", "--no-sync")
        if done.returncode:
            raise RuntimeError(f"initdb {self.name}: {done.stderr.strip()}")
        conf = {"port": self.port, "listen_addresses": "'127.0.0.1'", "unix_socket_directories": f"'{self.folder}'",
                "wal_level": "logical", "fsync": "off", "max_connections": 50,
                "max_wal_senders": 10, "max_replication_slots": 10, "max_logical_replication_workers": 8,
                "max_worker_processes": 16, **settings}
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as fh:
            for key, value in conf.items():
                fh.write(f"{key} = {value}\n")

    def start(self, timeout: float = TIMEOUT) -> None:
        done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", str(int(timeout)),
                         "start", timeout=timeout + 10)
        if done.returncode:
            raise RuntimeError(f"pg_ctl start {self.name}: {done.stderr.strip()} {self.tail_log()}")

    def stop(self, timeout: float = TIMEOUT, mode: str = "fast") -> None:
        if not (self.data / "postmaster.pid").exists():
            return
        done = self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", str(int(timeout)), "stop",
                         timeout=timeout + 10)
        if done.returncode and (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "-t", "20", "stop", timeout=30)

    def tail_log(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"


class Clusters:
    """Several clusters under one temporary folder; ``stop_all`` stops them and removes it."""

    def __init__(self, prefix: str = "desk-pg-"):
        reason = missing()
        if reason:
            raise RuntimeError(reason)
        self.bin = pg_bin()
        # the system's temp folder (the postgres user must reach it), not one a data folder set for this process
        self.root = Path(tempfile.mkdtemp(prefix=prefix, dir=os.environ.get("TMPDIR") or "/tmp"))
        self.clusters: list[Cluster] = []
        if as_root():
            shutil.chown(self.root, "postgres", "postgres")

    def start(self, name: str, **settings) -> Cluster:
        folder = self.root / name
        folder.mkdir()
        if as_root():
            shutil.chown(folder, "postgres", "postgres")
        cluster = Cluster(name, folder, free_port(), self.bin)
        self.clusters.append(cluster)
        cluster.init(**settings)
        cluster.start()
        return cluster

    def stop_all(self) -> None:
        for cluster in self.clusters:
            try:
                cluster.stop()
            except Exception:  # noqa: BLE001 - a finalizer: stop the others whatever happens
                pass
        shutil.rmtree(self.root, ignore_errors=True)


def wait_until(condition, timeout: float, step: float = 0.2, what: str = "condition"):
    """Poll ``condition()`` until it returns something true; TimeoutError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        last = condition()
        if last:
            return last
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout:.0f} s (last: {last!r})")
        time.sleep(step)
