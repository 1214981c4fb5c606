"""PostgreSQL, the site database several PCs share: the driver, connecting, the schema version
table and the migration lock. Everything here is PostgreSQL-specific; the rest of the program
talks to either engine through peewee (and the helpers in ``desk.db.base``).

The driver is psycopg 3. It is imported only when a server database is opened (``desk/__init__``
keeps peewee from importing it on every start).
"""
from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from peewee import PostgresqlDatabase, Psycopg3Adapter

from desk.db.base import WRITE_TOPICS, notify_sql
from desk.paths import is_site_code, redact_url  # noqa: F401  (redact_url re-exported)

SCHEMES = ("postgresql://", "postgres://")
# pg_advisory_xact_lock(MIGRATION_LOCK, hashtext(current_schema())): one migration at a time per schema.
MIGRATION_LOCK = 0x6465736B  # "desk"
VERSION_TABLE = "desk_schema_version"
CONNECT_TIMEOUT = 5  # seconds: a PC that cannot reach the server says so soon
# Text columns on the server: no length limit (as on SQLite) and byte-wise comparison (C collation:
# the same order as SQLite, and the phone-prefix ranges work whatever locale the database has).
_TEXT_TYPES = re.compile(r'\bVARCHAR\(\d+\)|\bVARCHAR\b|\bTEXT\b(?! COLLATE)')
# the table an INSERT, UPDATE or DELETE writes to, as peewee spells them ("table", or "schema"."table")
_WRITTEN_TABLE = re.compile(r'(?:INSERT INTO|UPDATE|DELETE FROM) (?:"[^"]+"\.)?"([^"]+)"')


def is_server_url(target) -> bool:
    return isinstance(target, str) and target.startswith(SCHEMES)


def load_driver():
    """Import psycopg (lifting the block ``desk/__init__`` puts on it)."""
    if "psycopg" in sys.modules and sys.modules["psycopg"] is None:
        del sys.modules["psycopg"]
    import psycopg  # lazy: start-up (psycopg costs ~90 ms; loaded only when a server is opened)

    return psycopg


def has_password(url: str) -> bool:
    return urlsplit(url).password is not None


class _Adapter(Psycopg3Adapter):
    """peewee's psycopg 3 adapter, bound to the driver imported late (peewee saw none)."""

    def __init__(self):
        self.psycopg = load_driver()
        from psycopg.pq import TransactionStatus  # lazy: start-up (psycopg costs ~90 ms; loaded only when a server is opened)
        from psycopg.types.json import Json, Jsonb  # lazy: start-up (psycopg costs ~90 ms; loaded only when a server is opened)

        self.txn_idle = TransactionStatus.IDLE
        self.txn_inerror = TransactionStatus.INERROR
        self.txn_unknown = TransactionStatus.UNKNOWN
        self._intrans = TransactionStatus.INTRANS
        super().__init__()
        self.json_type, self.jsonb_type = Json, Jsonb

    def check_driver(self):
        pass

    def get_binary_type(self):
        return self.psycopg.Binary

    def connect(self, db, **params):
        params.setdefault("conninfo", db.database)
        return self.psycopg.connect(**params)

    def server_side_cursor(self, conn):
        in_txn = self.txn_status(conn) == self._intrans
        return conn.cursor(name=str(uuid.uuid4()), withhold=not in_txn)


class ServerDatabase(PostgresqlDatabase):
    """A PostgreSQL database opened from a ``postgresql://`` URL."""

    def init(self, database, **kwargs):
        isolation_level = kwargs.pop("isolation_level", None)
        super().init(database, **kwargs)
        self._adapter = _Adapter()
        self._isolation_level = self._adapter.isolation_level_int(isolation_level)
        self.program_version: int | None = None  # the newest schema this program knows (set on open)
        self.read_only = False  # the schema is newer than the program: it may read, not write
        self.site_code: str | None = None  # the site this PC belongs to (设置 → 数据库), if configured
        self.placed = False  # the first connection chose the schema (site_<code>, or as the URL says)
        self.schema: str | None = None  # the site's schema, when the program chose one
        self.head_office = False  # a head office's database (schema hq): reports of many sites
        self.reports_only = False  # every connection read-only (head office's reports)

    def make_reports_only(self) -> None:
        """This and every later connection may read, never write (head office's reports)."""
        self.reports_only = True
        if not self.is_closed():
            self.connection().execute("SET SESSION default_transaction_read_only = on")

    def _place(self, conn) -> None:
        """On the first connection: the site's schema (``site_<code>``) becomes the search_path of
        this and every later connection (the URL is rewritten, so pg_dump and the checks see it
        too), unless the URL names a search_path itself. See ``choose_schema``."""
        self.head_office = is_head_office(conn)
        if explicit_search_path(self.database) or self.head_office:
            return
        schema = choose_schema(conn, self.site_code)
        if schema is None:
            return
        if conn.execute("SELECT to_regnamespace(%s) IS NULL", (schema,)).fetchone()[0]:
            conn.execute(f'CREATE SCHEMA "{schema}"')  # a new site: the migrations fill it
        conn.execute(f'SET search_path TO "{schema}"')
        self.schema = schema
        self.database = with_search_path(self.database, schema)

    def _initialize_connection(self, conn):
        if not self.placed:
            self._place(conn)
            self.placed = True
        if self.reports_only:
            conn.execute("SET SESSION default_transaction_read_only = on")
            return
        if self.program_version is None:
            return
        version = read_version(conn)
        self.read_only = version > self.program_version
        if self.read_only:
            conn.execute("SET SESSION default_transaction_read_only = on")

    def execute_sql(self, sql, params=None):
        if sql.startswith(("CREATE TABLE", "ALTER TABLE")):
            sql = _TEXT_TYPES.sub('TEXT COLLATE "C"', sql)
        if self._broken():
            if self.in_transaction():  # the server has dropped this transaction with the connection
                raise ServerUnavailable()
            self.reconnect()
        try:
            cursor = super().execute_sql(sql, params)
        except Exception as exc:
            if is_connection_lost(exc):
                raise ServerUnavailable() from exc
            raise
        self._note_change(sql, params)
        return cursor

    # -- every write announced to the other PCs -------------------------------------------------
    def _note_change(self, sql: str, params) -> None:
        """Remember the topic of a write (``base.WRITE_TOPICS``, by its table) and of what the
        service announced itself (``base.publish``): at commit, the topics written but not announced
        are (``_announce_writes``). A write outside a transaction is committed already: said now."""
        if sql.startswith("SELECT pg_notify("):
            self._topics("announced").update(str(p).partition(":")[0] for p in params or ())
            return
        found = _WRITTEN_TABLE.match(sql)
        if found is None:
            return
        topic = WRITE_TOPICS.get(found.group(1))
        if topic is None:
            return
        if self.in_transaction():
            self._topics("written").add(topic)
        else:
            self._notify([topic])

    def _topics(self, kind: str) -> set[str]:
        state = self._state  # per thread, as the connection is
        topics = getattr(state, f"desk_{kind}", None)
        if topics is None:
            topics = set()
            setattr(state, f"desk_{kind}", topics)
        return topics

    def _notify(self, topics) -> None:
        topics = sorted(topics)
        # past _note_change: these are the announcement itself, not a service's
        super().execute_sql(notify_sql(len(topics)), tuple(f"{topic}:" for topic in topics))

    def _announce_writes(self) -> None:
        pending = self._topics("written") - self._topics("announced")
        self._forget_writes()
        if pending:
            self._notify(pending)  # inside the transaction: delivered when it commits

    def _forget_writes(self) -> None:
        self._topics("written").clear()
        self._topics("announced").clear()

    def begin(self, *args, **kwargs):
        if self._broken():
            self.reconnect()
        try:
            return super().begin(*args, **kwargs)
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
        # the connection died since it was last used (the server restarted): once more, on a new one
        self.reconnect()
        try:
            return super().begin(*args, **kwargs)
        except Exception as exc:
            if is_connection_lost(exc):
                raise ServerUnavailable() from exc
            raise

    def commit(self):
        try:
            if not self._broken():
                self._announce_writes()
            return super().commit()
        except Exception as exc:
            if is_connection_lost(exc):
                raise ServerUnavailable() from exc
            raise

    def rollback(self):
        self._forget_writes()  # nothing of it happened: nothing to announce
        if self._broken():
            return  # nothing to undo here: the server rolled the transaction back when it lost us
        super().rollback()

    def _broken(self) -> bool:
        conn = self._state.conn
        return conn is not None and (conn.closed or conn.broken)

    def reconnect(self) -> None:
        """A new connection in place of a lost one (raises ServerUnavailable while unreachable)."""
        self._state.reset()
        try:
            self.connect()
        except Exception as exc:
            if is_connection_lost(exc):
                raise ServerUnavailable() from exc
            raise


class ServerUnavailable(Exception):
    """The server cannot be reached (stopped, network down). Nothing of the write that met it was
    applied: PostgreSQL keeps a transaction whole or not at all."""

    message = "连接中断，正在重连…"

    def __init__(self):
        super().__init__(self.message)


_LOST_WORDS = ("server closed the connection", "connection is closed", "connection is lost", "consuming input failed",
               "connection refused", "could not connect", "terminating connection", "connection timed out",
               "no connection to the server", "sending query failed", "connection failed")


def is_connection_lost(exc: BaseException | None) -> bool:
    """The failure is the server going away (or not answering), not a refusal of what was asked."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ServerUnavailable):
            return True
        state = getattr(exc, "sqlstate", None) or ""
        if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
            return True
        if type(exc).__name__ in ("OperationalError", "InterfaceError") and any(
                w in str(exc).lower() for w in _LOST_WORDS):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def connect(url: str, *, password: str | None = None, site: str | None = None) -> ServerDatabase:
    """Open the server database at ``url`` (raises peewee.OperationalError when it cannot, SiteError
    when the site's schema cannot be chosen). ``site``: this PC's site code (设置 → 数据库), if any."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    load_driver()
    from psycopg.conninfo import conninfo_to_dict  # lazy: start-up (psycopg costs ~90 ms; loaded only when a server is opened)

    given = conninfo_to_dict(url)
    params = {"application_name": "desk"}
    if "connect_timeout" not in given:
        params["connect_timeout"] = CONNECT_TIMEOUT
    if "keepalives_idle" not in given:  # a dead server is noticed within seconds, not hours
        params.update(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
    if password:
        params["password"] = password
        global _prompted_password
        _prompted_password = password  # pg_dump and the checks connect with it too
    database = ServerDatabase(url, **params)
    database.site_code = normalize_site_code(site) if site else None
    try:
        database.connect()
    except SiteError:
        database.close()
        raise
    return database


def probe(url: str) -> str:
    """Connect to ``url`` once and return the server's version (raises the driver's error)."""
    psycopg = load_driver()
    with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, **password_kw()) as conn:
        return conn.execute("SHOW server_version").fetchone()[0]


# -- sites: each site's tables in a schema of its own ------------------------------------------------
SITE_PREFIX = "site_"
HQ_SCHEMA = "hq"  # a head office's own schema: its list of sites and the reports' views
HQ_SITES = "desk_sites"


class SiteError(Exception):
    """A site code or site schema that cannot be used (message in Chinese, for the user)."""


def normalize_site_code(code: str) -> str:
    """``sz01`` -> ``SZ01``: 2-12 letters and digits, beginning with a letter."""
    text = (code or "").strip()
    if not is_site_code(text):
        raise SiteError(f"站点代码“{text}”不对：应为 2–12 位字母和数字，以字母开头，如 SZ01")
    return text.upper()


def site_schema(code: str) -> str:
    """The schema holding site ``code``'s tables: ``SZ01`` -> ``site_sz01`` (at the site and at head office)."""
    return SITE_PREFIX + normalize_site_code(code).lower()


def site_code_of(schema: str) -> str:
    return schema[len(SITE_PREFIX):].upper()


def _query_options(url: str) -> tuple[list[tuple[str, str]], str]:
    """The URL's query parameters and its ``options`` value (libpq's command-line options)."""
    params = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    options = " ".join(v for k, v in params if k == "options")
    return params, options


def explicit_search_path(url: str) -> bool:
    """The URL sets the search_path itself (``?options=-csearch_path%3D…``): it is obeyed."""
    _params, options = _query_options(url)
    return re.search(r"-c\s*search_path\s*=", options) is not None


def with_search_path(url: str, schema: str) -> str:
    """``url`` whose connections use ``schema`` (options=-csearch_path=…; other options kept)."""
    params, options = _query_options(url)
    options = re.sub(r"-c\s*search_path\s*=\S*", "", options).strip()
    options = (options + " " if options else "") + f"-csearch_path={schema}"
    query = urlencode([(k, v) for k, v in params if k != "options"] + [("options", options)], quote_via=quote)
    return urlsplit(url)._replace(query=query).geturl()


def site_url(url: str, code: str) -> str:
    """The URL of site ``code``'s schema in the database at ``url``, the schema made if missing
    (``desk move-to --site``: the site's records go there)."""
    schema = site_schema(code)
    with _site_connection(url, autocommit=True) as conn:
        if conn.execute("SELECT to_regnamespace(%s) IS NULL", (schema,)).fetchone()[0]:
            conn.execute(f'CREATE SCHEMA "{schema}"')
    return with_search_path(url, schema)


@contextlib.contextmanager
def _site_connection(url: str, **kwargs):
    """A plain connection for the site-schema work; a server that cannot be used raises SiteError."""
    psycopg = load_driver()
    try:
        with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, **password_kw(), **kwargs) as conn:
            yield conn
    except psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SiteError(f"数据库服务器 {redact_url(url)} 出错：{detail}") from exc


def move_into_site(url: str, code: str, tables: set[str]) -> list[str]:
    """``desk site-code CODE``: the program's ``tables`` (and the version table) of the database at
    ``url`` move from the schema they are in (``public``) into ``site_<code>``, in one transaction,
    while no other PC has the database open. Returns the tables moved."""
    schema = site_schema(code)
    with _site_connection(url) as conn:
        sites = site_schemas(conn)
        if schema in sites:
            raise SiteError(f"这个数据库的记录已经属于站点 {normalize_site_code(code)}")
        if sites:
            raise SiteError("这个数据库里已有站点 " + "、".join(site_code_of(s) for s in sites)
                            + f"，不能再把其他记录归到站点 {normalize_site_code(code)}")
        here = conn.execute("SELECT current_schema()").fetchone()[0]
        others = conn.execute("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                              " AND pid <> pg_backend_pid() AND application_name = 'desk'").fetchone()[0]
        if others:
            raise SiteError(f"还有 {others} 个程序连着这个数据库：请先在所有电脑退出程序，再设置站点代码")
        present = [t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY 1",
                                              (here,)).fetchall() if t in tables | {VERSION_TABLE}]
        if VERSION_TABLE not in present:
            raise SiteError(f"模式 {here} 中没有本程序的记录，无需搬动：直接在 设置 → 数据库 填写站点代码即可")
        if conn.execute("SELECT to_regnamespace(%s) IS NOT NULL", (schema,)).fetchone()[0] and conn.execute(
                "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = %s)", (schema,)).fetchone()[0]:
            raise SiteError(f"站点 {normalize_site_code(code)} 的模式 {schema} 里已有表：为免混在一起，不搬动")
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        for table in present:  # indexes, constraints and the id sequences move with their tables
            conn.execute(f'ALTER TABLE "{here}"."{table}" SET SCHEMA "{schema}"')
        conn.commit()
    return present


def site_schemas(conn) -> list[str]:
    """The schemas of this database that hold a site's tables (``site_*`` with a version table)."""
    rows = conn.execute(
        "SELECT n.nspname FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid"
        " WHERE c.relname = %s AND c.relkind = 'r' AND n.nspname LIKE %s ORDER BY 1",
        (VERSION_TABLE, SITE_PREFIX.replace("_", r"\_") + "%")).fetchall()
    return [r[0] for r in rows]


def is_head_office(conn) -> bool:
    row = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{HQ_SCHEMA}.{HQ_SITES}",)).fetchone()
    return bool(row[0])


def choose_schema(conn, code: str | None) -> str | None:
    """Where this site's tables are:

    - a site code configured: ``site_<code>`` (made when the database is new); refused when the
      database's records are elsewhere (``desk site-code`` moves them there);
    - none configured: the one ``site_*`` schema the database has; several: refused (which one?);
    - none at all: None, the URL's own schema (``public`` unless it says otherwise).
    """
    sites = site_schemas(conn)
    if code:
        schema = site_schema(code)
        if schema in sites:
            return schema
        if sites:
            raise SiteError(f"这个数据库里没有站点 {normalize_site_code(code)}，只有："
                            + "、".join(site_code_of(s) for s in sites)
                            + "。请在 设置 → 数据库 检查站点代码。")
        if read_version(conn):
            here = conn.execute("SELECT current_schema()").fetchone()[0]
            raise SiteError(f"这个数据库的记录在模式 {here} 中，还不属于站点 {normalize_site_code(code)}。"
                            f"请在所有电脑退出程序后运行：desk --db 地址 site-code {normalize_site_code(code)}")
        return schema
    if len(sites) > 1:
        raise SiteError("这个数据库里有多个站点（" + "、".join(site_code_of(s) for s in sites)
                        + "）：请在 设置 → 数据库 填写本站点的代码。")
    return sites[0] if sites else None


def read_version(conn) -> int:
    """The schema version (0: no schema yet), read on a raw psycopg connection."""
    row = conn.execute(f"SELECT to_regclass('{VERSION_TABLE}') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    row = conn.execute(f"SELECT version FROM {VERSION_TABLE} WHERE id = 1").fetchone()
    return row[0] if row else 0


def schema_version(database) -> int:
    return read_version(database.connection())


def lock_migrations(database) -> None:
    """Wait for, then hold until the transaction ends, the lock every PC takes to migrate."""
    database.execute_sql("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (MIGRATION_LOCK,))
    database.execute_sql(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} "
                         "(id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)")


def set_version(database, version: int) -> None:
    database.execute_sql(f"INSERT INTO {VERSION_TABLE} (id, version) VALUES (1, %s) "
                         "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version", (int(version),))


def reset_sequences(database) -> None:
    """Every id sequence of the schema set past the highest id in its table (after rows were copied
    in with their ids)."""
    rows = database.execute_sql("""
        SELECT s.relname, t.relname, a.attname
        FROM pg_class s
        JOIN pg_depend d ON d.objid = s.oid AND d.deptype = 'a'
        JOIN pg_class t ON t.oid = d.refobjid
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
        WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace""").fetchall()
    for seq, table, column in rows:
        database.execute_sql(
            f'SELECT setval(\'"{seq}"\', COALESCE((SELECT MAX("{column}") FROM "{table}"), 0) + 1, false)')


# -- LISTEN -----------------------------------------------------------------------------------------
class ChangeListener:
    """A connection of its own, listening for what the other PCs change (``base.publish``). Read
    ``pending()`` when ``fileno()`` is readable (the UI watches it with a QSocketNotifier): no polling."""

    def __init__(self, url: str, *, ignore_pid: int | None = None):
        psycopg = load_driver()
        self.conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT, **password_kw())
        schema = self.conn.execute("SELECT current_schema()").fetchone()[0]
        self.conn.execute(f'LISTEN "desk:{schema}"')
        self.ignore_pid = ignore_pid  # this PC's own writing connection: its changes are known here

    def fileno(self) -> int:
        return self.conn.fileno()

    def pending(self) -> list[tuple[str, int | None]]:
        """The (topic, record id) announcements that have arrived, without waiting."""
        out = []
        for note in self.conn.notifies(timeout=0):
            if self.ignore_pid is not None and note.pid == self.ignore_pid:
                continue
            topic, _, ident = note.payload.partition(":")
            out.append((topic, int(ident) if ident else None))
        return out

    def close(self) -> None:
        self.conn.close()


def backend_pid(database) -> int:
    """The server process of this PC's connection (what a listener here ignores)."""
    return database.connection().info.backend_pid


# -- pg_dump / pg_restore ---------------------------------------------------------------------------
DUMP_MAGIC = b"PGDMP"
TOOL_TIMEOUT = 1800  # seconds: a site's database dumps in seconds; a hung server must not hang us


class ToolError(Exception):
    """pg_dump or pg_restore missing or failed (message in Chinese, the tool's own words after it)."""


def pg_tool(name: str) -> str:
    """The newest ``pg_dump``/``pg_restore`` on this PC (PostgreSQL's own folders first, then PATH):
    pg_dump must be at least as new as the server."""
    patterns = ["/usr/lib/postgresql/*/bin/", "/usr/local/pgsql*/bin/",
                os.path.join(os.environ.get("ProgramFiles", r"C:\Program Files"), "PostgreSQL", "*", "bin", "")]
    found = []
    for pattern in patterns:
        for path in glob.glob(pattern + name) + glob.glob(pattern + name + ".exe"):
            version = re.search(r"(\d+)(?:\.\d+)?[\\/]bin", path)
            found.append((int(version.group(1)) if version else 0, path))
    if found:
        return max(found)[1]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise ToolError(f"找不到 {name}：请安装 PostgreSQL 的客户端工具（Windows 安装包自带；Debian：apt install postgresql-client）")


def _run_tool(name: str, args: list[str], url: str | None = None):
    env = dict(os.environ)
    if _prompted_password and "PGPASSWORD" not in env:
        env["PGPASSWORD"] = _prompted_password  # a prompted password, for this child only
    env["PGOPTIONS"] = (env.get("PGOPTIONS", "") + " -c lock_timeout=30s").strip()
    command = [pg_tool(name), *args] + ([f"--dbname={url}"] if url else [])
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolError(f"{name} 未能运行：{exc}") from exc
    if done.returncode != 0:
        words = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ToolError(f"{name} 失败：" + "；".join(words[-3:]) if words else f"{name} 失败（退出码 {done.returncode}）")
    return done.stdout


_prompted_password: str | None = None  # a password asked for at start-up: in memory only


def current_schema(url: str) -> str:
    """The schema the site's tables live in (``public`` unless the URL's search_path says otherwise)."""
    psycopg = load_driver()
    with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, **password_kw()) as conn:
        return conn.execute("SELECT current_schema()").fetchone()[0]


def password_kw() -> dict:
    return {"password": _prompted_password} if _prompted_password else {}


def dump(url: str, target) -> Path:
    """pg_dump of the site's schema, custom format, written under a temporary name first."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        _run_tool("pg_dump", ["--format=custom", f"--schema={current_schema(url)}", "--no-owner",
                              "--no-privileges", f"--file={partial}"], url)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def is_dump(path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(DUMP_MAGIC)) == DUMP_MAGIC
    except OSError:
        return False


def check_dump(path) -> list[str]:
    """Problems with a dump file: pg_restore must read its table of contents and every table's data."""
    if not is_dump(path):
        return ["不是 PostgreSQL 备份文件（pg_dump 自定义格式）"]
    try:
        _run_tool("pg_restore", ["--data-only", "--file=" + ("NUL" if sys.platform == "win32" else "/dev/null"),
                                 str(path)])
    except ToolError as exc:
        return [str(exc)]
    return []


def dump_contents(path) -> tuple[set[str], int]:
    """The tables in a dump and the schema version it was taken at (0: none recorded)."""
    listing = _run_tool("pg_restore", ["--list", str(path)]).decode("utf-8", "replace")
    tables = set()
    for line in listing.splitlines():
        parts = line.split()
        if not line.startswith(";") and "TABLE" in parts and "DATA" not in parts:
            at = parts.index("TABLE")
            if len(parts) > at + 2:
                tables.add(parts[at + 2])
    version = 0
    if VERSION_TABLE in tables:
        data = _run_tool("pg_restore", ["--data-only", f"--table={VERSION_TABLE}", "--file=-", str(path)])
        for line in data.decode("utf-8", "replace").splitlines():
            cells = line.split("\t")
            if len(cells) == 2 and cells[0] == "1" and cells[1].isdigit():
                version = int(cells[1])
    return tables, version


def restore_dump(url: str, path) -> None:
    """Replace the site's tables by the dump's, in one transaction: on any error nothing changed."""
    _run_tool("pg_restore", ["--clean", "--if-exists", "--single-transaction", "--exit-on-error",
                             "--no-owner", "--no-privileges", str(path)], url)


def check(url: str) -> list[str]:
    """The server's own checks of the site's schema: every table read whole, and with the amcheck
    extension installed in the database, every B-tree index verified against its table."""
    psycopg = load_driver()
    problems = []
    try:
        with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, **password_kw()) as conn:
            tables = [t for (t,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")]
            for table in tables:
                try:
                    conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()
                except psycopg.Error as exc:
                    conn.rollback()
                    problems.append(f"表 {table} 无法读取：{str(exc).strip()}")
            amcheck = conn.execute("SELECT extnamespace::regnamespace::text FROM pg_extension"
                                   " WHERE extname = 'amcheck'").fetchone()
            if amcheck:
                indexes = conn.execute("""
                    SELECT c.relname, c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    JOIN pg_am am ON am.oid = c.relam
                    WHERE am.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace""").fetchall()
                for name, oid in indexes:
                    try:
                        conn.execute(f"SELECT {amcheck[0]}.bt_index_check(%s::oid::regclass, true)", (oid,))
                    except psycopg.Error as exc:
                        conn.rollback()
                        problems.append(f"索引 {name} 损坏：{str(exc).strip()}")
    except psycopg.Error as exc:
        problems.append(f"无法连接数据库服务器：{str(exc).strip()}")
    return problems
