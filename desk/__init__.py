"""Sales Desk (案场助手): the desktop program of a real-estate sales center."""
import contextlib
import gc
import sys

# peewee imports the PostgreSQL drivers it finds when it is first imported (psycopg: ~90 ms at
# start-up). Most PCs run on SQLite: the driver is loaded only when a server database is opened
# (``desk.db.server.load_driver``), which lifts this block.
for _driver in ("psycopg", "psycopg2"):
    sys.modules.setdefault(_driver, None)
del _driver

__version__ = "0.1.0"
APP_NAME = "SalesDesk"
ORG_NAME = "SalesDesk"


@contextlib.contextmanager
def long_lived():
    """For the imports at start-up, whose objects (modules, classes, Qt's enums, the models) live as
    long as the program: the cyclic GC does not run while they are made, and never scans them
    again afterwards (``gc.freeze``). About 5% of the time to the first frame (bench/startup.py)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
