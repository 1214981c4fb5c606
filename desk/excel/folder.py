"""The sync folder, offline-first: once a day at closing the program writes the sync workbook to a
folder (a USB stick or a shared drive). When the folder is not reachable it waits and retries
later; ``status_text()`` says so for the status line. Qt-free: the UI drives ``tick()`` from a
timer, at shift close and at exit.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Callable

from desk import settings
from desk.clock import now
from desk.excel.messages import message_of, say
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError
from desk.services.core import shifts, sync_exports
from desk.services.core.session import Session

log = logging.getLogger("desk")
REASON = "daily"


def folder() -> Path | None:
    text = (settings.get("excel_sync_folder") or "").strip()
    return Path(text).expanduser() if text else None


def closing_time() -> dt.time:
    text = str(settings.get("excel_sync_time") or "21:00").strip().replace("：", ":")
    try:
        hours, minutes = (int(x) for x in text.split(":")[:2])
        return dt.time(hours, minutes)
    except (ValueError, TypeError):
        return dt.time(21, 0)


def target_for(day: dt.date, base: Path) -> Path:
    return base / f"案场同步-{day:%Y%m%d}.xlsx"


def last_written() -> dt.datetime | None:
    return sync_exports.last_export_at(REASON)


class FolderSync:
    def __init__(self, clock: Callable[[], dt.datetime] = now):
        self.clock = clock
        self.last_error = ""
        self.next_retry: dt.datetime | None = None
        self.busy = False

    def written_today(self) -> bool:
        last = last_written()
        return last is not None and last.date() == self.clock().date()

    def due(self, *, closing: bool = False) -> bool:
        """Write now? ``closing``: the shift was just handed over or the program is exiting."""
        if folder() is None or self.busy or self.written_today():
            return False
        at = self.clock()
        if self.next_retry is not None and at < self.next_retry and not closing:
            return False
        if closing or self.next_retry is not None:
            return True
        if at.time() >= closing_time():
            return True
        # A shift handed over today, none open since: the day's work is closed.
        return shifts.day_handed_over(at.date())

    def write(self, progress=None) -> Path | None:
        """Write today's workbook into the folder. None (and a retry later) when it is unreachable."""
        from desk.excel.sync import export_workbook  # lazy: start-up (openpyxl loads with the first write; bench/startup.py)

        base = folder()
        if base is None:
            return None
        at = self.clock()
        self.busy = True
        try:
            if not base.is_dir() or not os.access(base, os.W_OK):
                raise OSError(say(QT_TRANSLATE_NOOP("excel", "同步文件夹不可用：{folder}"), folder=base))
            result = export_workbook(Session.system(), target_for(at.date(), base), progress=progress,
                                     reason=REASON)
        except (OSError, DeskError) as exc:
            self.last_error = message_of(exc)
            self.next_retry = at + dt.timedelta(minutes=settings.get("excel_sync_retry_minutes"))
            log.warning("sync folder write failed: %s", exc)
            return None
        finally:
            self.busy = False
        sync_exports.set_export_time(result.token, at)  # the clock's day
        self.last_error = ""
        self.next_retry = None
        return result.path

    def status_text(self) -> str:
        """For the status line; empty when no folder is set."""
        base = folder()
        if base is None:
            return ""
        if self.last_error and self.next_retry is not None:
            return say(QT_TRANSLATE_NOOP("excel", "同步文件夹不可用，{time} 重试"), time=f"{self.next_retry:%H:%M}")
        last = last_written()
        if last is not None and last.date() == self.clock().date():
            return say(QT_TRANSLATE_NOOP("excel", "同步文件夹：今天 {time} 已写入"), time=f"{last:%H:%M}")
        return say(QT_TRANSLATE_NOOP("excel", "同步文件夹：今天 {time} 或交班后写入"), time=f"{closing_time():%H:%M}")
