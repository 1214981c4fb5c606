"""A head office's database: every site's tables replicated into it by PostgreSQL's logical
replication, each site in a schema of its own (``site_sz01``, as at the site), and views that put
the sites side by side.

At the site: ``CREATE PUBLICATION desk_site_sz01 FOR TABLES IN SCHEMA site_sz01`` (new tables of
later versions are published by themselves) and ``max_slot_wal_keep_size``, so a long outage at
head office cannot fill the site's disk. At head office:

- ``hq.desk_sites``: the sites, with the program version their copies were built to;
- ``site_<code>``: the copy of the site's tables, built from the program's own migrations, DDL
  only: the migrations run into a scratch schema, each table is made ``LIKE`` it (indexes, no
  defaults, no sequences, no foreign keys), columns it lacks are added; never the rows the
  migrations seed (they come from the site, with the site's ids). The copy keeps the primary
  keys (replication finds rows by them) but no NOT NULL and no unique index beyond them: a site
  running an older version must never be refused by head office;
- ``CREATE SUBSCRIPTION desk_site_sz01``: copies the site's rows, then streams every change;
- ``hq.<table>`` views: every site's rows of ``<table>`` with a ``site`` column (``UNION ALL``);
  a site whose copy lacks a column gives NULL there. Rebuilt on add, remove and upgrade.

Schema changes are not replicated: ``upgrade`` builds head office's copies to this program's
version (idempotent) and refreshes the subscriptions (``REFRESH PUBLICATION``), so tables a site
adds by a later upgrade are picked up. Everything here is PostgreSQL 15 or newer; the commands
are ``desk hq …`` (``desk.commands.hq``), the reports read through ``site_scope``.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass, field

from desk.db import server
from desk.db.base import db
from desk.db.migrations import LATEST, upgrade as migrate
from desk.db.server import HQ_SCHEMA, HQ_SITES, VERSION_TABLE, normalize_site_code, site_schema

SITES = f"{HQ_SCHEMA}.{HQ_SITES}"
MIN_SERVER = 150000  # FOR TABLES IN SCHEMA: PostgreSQL 15
DEFAULT_KEEP_WAL = "4GB"  # the most WAL a site keeps for head office (max_slot_wal_keep_size)
SITE_TIMEOUT = 5  # seconds to reach a site when asking it for its slot


class HeadOfficeError(Exception):
    """Something head office or a site cannot do (message in Chinese, for the user)."""


@dataclass
class SiteState:
    """One site as head office sees it (``site_states``): the subscription, its tables, the lag,
    and the site's replication slot when the site could be reached."""

    code: str
    added_at: dt.datetime | None
    copy_version: int  # the program version head office's copy was built to
    subscribed: bool = False
    enabled: bool = False
    streaming: bool = False  # the apply worker runs (connected to the site)
    tables: dict[str, int] = field(default_factory=dict)  # pg_subscription_rel state -> tables
    last_receipt: dt.datetime | None = None  # the last message from the site
    last_applied: dt.datetime | None = None  # the time of the last change applied
    apply_errors: int = 0
    sync_errors: int = 0
    replicated_version: int | None = None  # the site's schema version as replicated to head office
    reachable: bool | None = None  # None: not asked
    site_error: str = ""
    site_version: int | None = None  # read at the site
    slot: bool = False
    slot_active: bool = False
    wal_status: str | None = None  # reserved / extended / unreserved / lost
    safe_wal_bytes: int | None = None  # WAL still allowed before the slot is lost
    behind_bytes: int | None = None  # WAL the site wrote that head office has not confirmed
    unsubscribed: list[str] = field(default_factory=list)  # tables the site publishes, not yet subscribed

    @property
    def schema(self) -> str:
        return site_schema(self.code)

    @property
    def slot_name(self) -> str:
        return replication_name(self.code)

    @property
    def version_seen(self) -> int | None:
        return self.site_version if self.site_version is not None else self.replicated_version

    @property
    def newer_than_head_office(self) -> bool:
        return self.version_seen is not None and self.version_seen > self.copy_version

    @property
    def slot_lost(self) -> bool:
        return self.wal_status == "lost"

    @property
    def copying(self) -> int:
        """Tables still being copied (states i, d, f, s)."""
        return sum(n for state, n in self.tables.items() if state != "r")


def replication_name(code: str) -> str:
    """The publication at the site, the subscription at head office and the site's slot."""
    return "desk_" + site_schema(code)


# -- connections ----------------------------------------------------------------------------------
def connect(url: str, *, timeout: int = server.CONNECT_TIMEOUT):
    """A plain psycopg connection in autocommit (DDL in explicit transactions; CREATE
    SUBSCRIPTION, ALTER SYSTEM and REFRESH PUBLICATION may not run inside one)."""
    psycopg = server.load_driver()
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=timeout, application_name="desk-hq",
                               **server.password_kw())
    except psycopg.Error as exc:
        raise HeadOfficeError(f"连接不上 {shown(url)}：{_first_line(exc)}") from exc


def shown(target: str) -> str:
    """A URL or key=value conninfo as it may be shown: no password."""
    return server.redact_url(target) if server.is_server_url(target) else redacted_conninfo(target)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def subscription_conninfo(site_url: str) -> str:
    """How head office's server reaches the site: the URL as key=value pairs, with a connect timeout
    and keepalives so a dead link is noticed (the search_path and application name left out)."""
    server.load_driver()
    from psycopg.conninfo import conninfo_to_dict, make_conninfo  # lazy: the driver loads only when a server is opened

    params = {k: v for k, v in conninfo_to_dict(site_url).items() if k not in ("options", "application_name")}
    params.setdefault("connect_timeout", "10")
    for key, value in (("keepalives", "1"), ("keepalives_idle", "10"), ("keepalives_interval", "5"),
                       ("keepalives_count", "3")):
        params.setdefault(key, value)
    return make_conninfo(**params)


def redacted_conninfo(conninfo: str) -> str:
    """A conninfo as it may be shown and stored in ``hq.desk_sites``: no password."""
    server.load_driver()
    from psycopg.conninfo import conninfo_to_dict, make_conninfo  # lazy: the driver loads only when a server is opened

    return make_conninfo(**{k: v for k, v in conninfo_to_dict(conninfo).items() if k != "password"})


def _check_server(conn, where: str) -> None:
    if conn.info.server_version < MIN_SERVER:
        raise HeadOfficeError(f"{where}的 PostgreSQL 版本过低（{conn.info.server_version // 10000}）：汇总到总部需要 15 或更新的版本")


def _superuser(conn) -> bool:
    return bool(conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0])


# -- head office's list of sites ------------------------------------------------------------------
def ensure_registry(conn) -> None:
    with conn.transaction():
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{HQ_SCHEMA}"')
        conn.execute(f"""CREATE TABLE IF NOT EXISTS {SITES} (
            code TEXT PRIMARY KEY,
            conninfo TEXT NOT NULL,
            added_at TIMESTAMP NOT NULL DEFAULT LOCALTIMESTAMP(0),
            copy_version INTEGER NOT NULL,
            upgraded_at TIMESTAMP)""")


def registered(conn) -> list[tuple[str, str, dt.datetime, int]]:
    """(code, conninfo without password, added_at, copy_version) of every site, by code."""
    if not server.is_head_office(conn):
        return []
    return conn.execute(f"SELECT code, conninfo, added_at, copy_version FROM {SITES} ORDER BY code").fetchall()


def site_codes() -> list[str]:
    """The sites of the head office's database bound to ``db`` (reports), by code."""
    if not server.is_head_office(db.connection()):
        return []
    return [code for (code,) in db.execute_sql(f"SELECT code FROM {SITES} ORDER BY code").fetchall()]


def last_receipts() -> dict[str, dt.datetime | None]:
    """Site code -> when head office last heard from the site (the bound head-office database)."""
    rows = db.execute_sql("""
        SELECT s.subname, st.last_msg_receipt_time FROM pg_subscription s
        LEFT JOIN pg_stat_subscription st ON st.subid = s.oid AND st.relid IS NULL
        WHERE s.subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())""").fetchall()
    prefix = replication_name("XX")[:-2]
    found = {}
    for name, at in rows:
        if name.startswith(prefix):
            found[server.site_code_of(name[len("desk_"):])] = (
                at.astimezone().replace(tzinfo=None, microsecond=0) if at is not None and at.tzinfo else at)
    return found


@contextlib.contextmanager
def site_scope(code: str):
    """Inside: the bound head-office database reads site ``code``'s copy as if it were the site's own
    database (a read-only transaction whose search_path is the site's schema), so the services'
    reports run unchanged on it."""
    code = normalize_site_code(code)
    if code not in site_codes():
        raise HeadOfficeError(f"总部没有站点 {code}")
    with db.atomic():
        db.execute_sql("SET TRANSACTION READ ONLY")
        db.execute_sql(f'SET LOCAL search_path TO "{site_schema(code)}"')
        yield


# -- building head office's copies ----------------------------------------------------------------
def _tables(conn, schema: str) -> list[str]:
    return [t for (t,) in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (schema,)).fetchall()]


def _columns(conn, schema: str, table: str) -> list[tuple[str, str, str | None, bool, bool]]:
    """(name, type, collation or None, not null, in the primary key) in the table's order."""
    return conn.execute("""
        SELECT a.attname, format_type(a.atttypid, a.atttypmod),
               CASE WHEN a.attcollation <> 0 AND co.collname <> 'default' THEN co.collname END,
               a.attnotnull,
               EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary
                       AND a.attnum = ANY (i.indkey))
        FROM pg_attribute a LEFT JOIN pg_collation co ON co.oid = a.attcollation
        WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum""", (f'"{schema}"."{table}"',)).fetchall()


@contextlib.contextmanager
def reference_schema(hq_url: str):
    """A scratch schema at head office holding this program's tables, made by its own migrations
    (their seed rows included: only the DDL is taken from it); dropped afterwards."""
    scratch = f"hq_build_{os.getpid()}"
    conn = connect(hq_url)
    try:
        conn.execute(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE')
        conn.execute(f'CREATE SCHEMA "{scratch}"')
        previous = db.obj
        database = server.connect(server.with_search_path(hq_url, scratch))
        try:
            db.initialize(database)
            migrate(database)
        finally:
            database.close()
            db.initialize(previous)
        yield scratch
    finally:
        conn.execute(f'DROP SCHEMA IF EXISTS "{scratch}" CASCADE')
        conn.close()


def build_copy(conn, scratch: str, schema: str) -> list[str]:
    """Make head office's copy ``schema`` hold every table and column of ``scratch`` (DDL only;
    call inside a transaction). Returns what it added ("visit", "visit.grade"), empty when the copy
    was up to date already."""
    added = []
    conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    present = set(_tables(conn, schema))
    for table in _tables(conn, scratch):
        target = f'"{schema}"."{table}"'
        if table not in present:
            conn.execute(f'CREATE TABLE {target} (LIKE "{scratch}"."{table}" INCLUDING INDEXES)')
            _relax(conn, schema, table)
            added.append(table)
            continue
        have = {c[0] for c in _columns(conn, schema, table)}
        for name, kind, collation, _not_null, _key in _columns(conn, scratch, table):
            if name not in have:
                collate = f' COLLATE "{collation}"' if collation else ""
                conn.execute(f'ALTER TABLE {target} ADD COLUMN "{name}" {kind}{collate}')
                added.append(f"{table}.{name}")
    return added


def _relax(conn, schema: str, table: str) -> None:
    """A new copy table accepts what any version of the site sends: no NOT NULL but on the primary
    key, unique indexes made plain (the site already enforced them)."""
    target = f'"{schema}"."{table}"'
    for name, _kind, _collation, not_null, key in _columns(conn, schema, table):
        if not_null and not key:
            conn.execute(f'ALTER TABLE {target} ALTER COLUMN "{name}" DROP NOT NULL')
    for (name,) in conn.execute("SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'u'",
                                (target,)).fetchall():
        conn.execute(f'ALTER TABLE {target} DROP CONSTRAINT "{name}"')
    for name, definition in conn.execute("""
            SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = %s::regclass AND i.indisunique AND NOT i.indisprimary""", (target,)).fetchall():
        conn.execute(f'DROP INDEX "{schema}"."{name}"')
        conn.execute(definition.replace("CREATE UNIQUE INDEX", "CREATE INDEX", 1))


def _empty_copy(conn, schema: str) -> None:
    tables = _tables(conn, schema)
    if tables:
        conn.execute("TRUNCATE " + ", ".join(f'"{schema}"."{t}"' for t in tables))


def _copy_has_rows(conn, schema: str) -> bool:
    tables = _tables(conn, schema)
    if not tables:
        return False
    query = " UNION ALL ".join(f'(SELECT 1 FROM "{schema}"."{t}" LIMIT 1)' for t in tables)
    return conn.execute(f"SELECT EXISTS ({query})").fetchone()[0]


# -- the reports' views ---------------------------------------------------------------------------
def refresh_views(conn) -> list[str]:
    """``hq.<table>``: every registered site's rows of ``<table>`` with a ``site`` column, for each
    table any site's copy has (a site lacking a column: NULL there). Call inside a transaction."""
    codes = [row[0] for row in registered(conn)]
    for (name,) in conn.execute("SELECT viewname FROM pg_views WHERE schemaname = %s", (HQ_SCHEMA,)).fetchall():
        conn.execute(f'DROP VIEW "{HQ_SCHEMA}"."{name}" CASCADE')
    by_table: dict[str, dict[str, list]] = {}
    for code in codes:
        schema = site_schema(code)
        for table in _tables(conn, schema):
            by_table.setdefault(table, {})[code] = _columns(conn, schema, table)
    made = []
    for table, sites in sorted(by_table.items()):
        columns: dict[str, str] = {}  # every site's columns, in the order first seen
        for cols in sites.values():
            for name, kind, _collation, _not_null, _key in cols:
                columns.setdefault(name, kind)
        parts = []
        for code, cols in sites.items():
            have = {c[0] for c in cols}
            select = ", ".join(f'"{name}"' if name in have else f'NULL::{kind} AS "{name}"'
                               for name, kind in columns.items())
            parts.append(f"SELECT '{code}'::text AS site, {select} FROM \"{site_schema(code)}\".\"{table}\"")
        conn.execute(f'CREATE VIEW "{HQ_SCHEMA}"."{table}" AS ' + " UNION ALL ".join(parts))
        made.append(table)
    return made


# -- a site: publication, slot limit ---------------------------------------------------------------
def prepare_site(site_url: str, code: str, keep_wal: str = DEFAULT_KEEP_WAL) -> int:
    """At the site (``site_url``: a URL or a key=value conninfo): check it can publish, publish its schema (FOR TABLES IN SCHEMA) and cap the WAL
    its slots may keep. Returns the site's schema version."""
    schema = site_schema(code)
    name = replication_name(code)
    conn = connect(site_url)
    try:
        _check_server(conn, f"站点 {code} ")
        level = conn.execute("SHOW wal_level").fetchone()[0]
        if level != "logical":
            raise HeadOfficeError(f"站点 {code} 的服务器 wal_level 为 {level}：请在站点的 postgresql.conf 设置 "
                                  "wal_level = logical 并重启 PostgreSQL")
        if not _superuser(conn):
            raise HeadOfficeError(f"站点 {code} 的连接用户须是超级用户（发布整个模式、设置 max_slot_wal_keep_size 都需要）："
                                  "请用 postgres 等超级用户的地址")
        version = conn.execute("SELECT to_regclass(%s)", (f'"{schema}".{VERSION_TABLE}',)).fetchone()[0]
        if version is None:
            raise HeadOfficeError(f"站点数据库中没有站点 {code} 的数据（模式 {schema}）：请在站点的 设置 → 数据库 "
                                  f"填写站点代码 {code} 并重启程序，或运行 desk --db 地址 site-code {code}")
        site_version = conn.execute(f'SELECT COALESCE(MAX(version), 0) FROM "{schema}".{VERSION_TABLE}').fetchone()[0]
        if site_version > LATEST:
            raise HeadOfficeError(f"站点 {code} 的程序比总部新（数据库结构版本 {site_version}，总部程序只支持到 {LATEST}）："
                                  "请先升级总部的程序，再运行 desk hq upgrade")
        with conn.transaction():
            # every published table needs a replica identity, or the site could not update it
            for (table,) in conn.execute("""
                    SELECT c.relname FROM pg_class c WHERE c.relnamespace = %s::regnamespace AND c.relkind = 'r'
                    AND c.relreplident = 'd' AND NOT EXISTS (SELECT 1 FROM pg_index i
                                                              WHERE i.indrelid = c.oid AND i.indisprimary)""",
                                         (schema,)).fetchall():
                conn.execute(f'ALTER TABLE "{schema}"."{table}" REPLICA IDENTITY FULL')
            if not conn.execute("SELECT 1 FROM pg_publication WHERE pubname = %s", (name,)).fetchone():
                conn.execute(f'CREATE PUBLICATION "{name}" FOR TABLES IN SCHEMA "{schema}"')
        conn.execute("ALTER SYSTEM SET max_slot_wal_keep_size = %s" % _literal(keep_wal))
        conn.execute("SELECT pg_reload_conf()")
        return site_version
    finally:
        conn.close()


def _literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _subscribe(conn, code: str, conninfo: str) -> None:
    name = replication_name(code)
    psycopg = server.load_driver()
    try:
        conn.execute(f'CREATE SUBSCRIPTION "{name}" CONNECTION {_literal(conninfo)} PUBLICATION "{name}" '
                     "WITH (copy_data = true)")
    except psycopg.Error as exc:
        text = _first_line(exc)
        if "already exists" in text and "slot" in text:
            raise HeadOfficeError(f"站点上已有复制槽 {name}（以前的订阅留下的）：确认没有别的总部在用它后，在站点执行 "
                                  f"SELECT pg_drop_replication_slot('{name}'); 再重试") from exc
        raise HeadOfficeError(f"无法订阅站点 {code}：{text}") from exc


def _subscription(conn, code: str):
    """(oid, enabled, conninfo or None when this user may not read it), or None."""
    row = conn.execute("SELECT oid, subenabled FROM pg_subscription WHERE subname = %s",
                       (replication_name(code),)).fetchone()
    if row is None:
        return None
    try:
        with conn.transaction():
            conninfo = conn.execute("SELECT subconninfo FROM pg_subscription WHERE oid = %s", (row[0],)).fetchone()[0]
    except server.load_driver().Error:
        conninfo = None  # only superusers read subconninfo
    return row[0], row[1], conninfo


def drop_subscription(conn, code: str) -> bool:
    """Drop the site's subscription. True: the site's slot went with it; False: the site could not be
    reached, the slot is left there (drop it at the site: ``pg_drop_replication_slot``)."""
    name = replication_name(code)
    if _subscription(conn, code) is None:
        return True
    psycopg = server.load_driver()
    try:
        conn.execute(f'DROP SUBSCRIPTION "{name}"')
        return True
    except psycopg.Error:
        conn.execute(f'ALTER SUBSCRIPTION "{name}" DISABLE')
        conn.execute(f'ALTER SUBSCRIPTION "{name}" SET (slot_name = NONE)')
        conn.execute(f'DROP SUBSCRIPTION "{name}"')
        return False


# -- the commands' work ---------------------------------------------------------------------------
@dataclass
class Added:
    code: str
    site_version: int
    emptied: bool  # head office's copy held rows from before: emptied, copied afresh


def add_site(hq_url: str, code: str, site_url: str, *, keep_wal: str = DEFAULT_KEEP_WAL) -> Added:
    """Publish the site, build its copy at head office (DDL only), subscribe; the views are rebuilt."""
    code = normalize_site_code(code)
    conn = connect(hq_url)
    try:
        _check_server(conn, "总部")
        if not _superuser(conn):
            raise HeadOfficeError("总部的连接用户须是超级用户（创建订阅需要）：请用 postgres 等超级用户的地址")
        if _subscription(conn, code) is not None:
            raise HeadOfficeError(f"站点 {code} 已经添加过了（desk hq sites 查看状态；要重新复制请用 desk hq resync {code}）")
        site_version = prepare_site(site_url, code, keep_wal)
        ensure_registry(conn)
        emptied = _rebuild_and_subscribe(conn, hq_url, code, subscription_conninfo(site_url))
        return Added(code, site_version, emptied)
    finally:
        conn.close()


def _rebuild_and_subscribe(conn, hq_url: str, code: str, conninfo: str) -> bool:
    schema = site_schema(code)
    with reference_schema(hq_url) as scratch:
        with conn.transaction():
            build_copy(conn, scratch, schema)
            emptied = _copy_has_rows(conn, schema)
            if emptied:
                _empty_copy(conn, schema)  # the subscription copies everything afresh
    _subscribe(conn, code, conninfo)
    with conn.transaction():
        conn.execute(f"""INSERT INTO {SITES} (code, conninfo, copy_version) VALUES (%s, %s, %s)
                         ON CONFLICT (code) DO UPDATE SET conninfo = EXCLUDED.conninfo,
                         copy_version = EXCLUDED.copy_version, upgraded_at = LOCALTIMESTAMP(0)""",
                     (code, redacted_conninfo(conninfo), LATEST))
        refresh_views(conn)
    return emptied


def remove_site(hq_url: str, code: str) -> bool:
    """Stop replicating the site (its copy stays in schema ``site_<code>``, out of the reports).
    Returns False when the site could not be reached: its slot is left at the site."""
    code = normalize_site_code(code)
    conn = connect(hq_url)
    try:
        if code not in [row[0] for row in registered(conn)] and _subscription(conn, code) is None:
            raise HeadOfficeError(f"总部没有站点 {code}")
        slot_dropped = drop_subscription(conn, code)
        with conn.transaction():
            conn.execute(f"DELETE FROM {SITES} WHERE code = %s", (code,))
            refresh_views(conn)
        return slot_dropped
    finally:
        conn.close()


def resync(hq_url: str, code: str, site_url: str | None = None, *, keep_wal: str = DEFAULT_KEEP_WAL) -> Added:
    """Copy the site afresh (after its slot was lost, say): drop the subscription, empty head office's
    copy, subscribe again with a full copy. ``site_url``: where the site is, when the subscription
    cannot tell (it is gone, or this user may not read its connection)."""
    code = normalize_site_code(code)
    conn = connect(hq_url)
    try:
        existing = _subscription(conn, code)
        conninfo = subscription_conninfo(site_url) if site_url else (existing[2] if existing else None)
        if conninfo is None:
            raise HeadOfficeError(f"请给出站点 {code} 的地址：desk hq resync {code} --site-url postgresql://…")
        if existing is not None and not drop_subscription(conn, code):
            raise HeadOfficeError(f"连接不上站点 {code}，无法重新同步；订阅已删除，站点上的复制槽 {replication_name(code)} "
                                  "仍在：连通后再运行本命令")
        site_version = prepare_site(conninfo, code, keep_wal)
        ensure_registry(conn)
        _rebuild_and_subscribe(conn, hq_url, code, conninfo)
        return Added(code, site_version, True)
    finally:
        conn.close()


@dataclass
class Upgraded:
    code: str
    added: list[str]  # tables and columns added to the copy
    refreshed: bool
    message: str = ""


def upgrade_copies(hq_url: str) -> list[Upgraded]:
    """Build every site's copy to this program's version (idempotent), rebuild the views, then
    refresh each subscription so tables the sites publish later are picked up and copied."""
    conn = connect(hq_url)
    psycopg = server.load_driver()
    try:
        sites = registered(conn)
        if not sites:
            raise HeadOfficeError("总部还没有站点：先用 desk hq add-site 代码 站点地址 添加")
        results = []
        with reference_schema(hq_url) as scratch:
            with conn.transaction():
                for code, _conninfo, _added, _version in sites:
                    results.append(Upgraded(code, build_copy(conn, scratch, site_schema(code)), False))
                    conn.execute(f"UPDATE {SITES} SET copy_version = %s, upgraded_at = LOCALTIMESTAMP(0) WHERE code = %s",
                                 (LATEST, code))
                refresh_views(conn)
        for result in results:
            try:
                conn.execute(f'ALTER SUBSCRIPTION "{replication_name(result.code)}" REFRESH PUBLICATION')
                result.refreshed = True
            except psycopg.Error as exc:
                result.message = _first_line(exc)
        return results
    finally:
        conn.close()


# -- state and lag --------------------------------------------------------------------------------
def site_states(hq_url: str, *, ask_sites: bool = True) -> list[SiteState]:
    """Every site with its subscription's state, tables, lag, errors and (``ask_sites``) the site's
    slot: whether it is kept (wal_status, safe_wal_size) and how many bytes head office is behind."""
    conn = connect(hq_url)
    try:
        states = []
        for code, conninfo, added_at, copy_version in registered(conn):
            state = SiteState(code, added_at, copy_version)
            _read_subscription(conn, state)
            schema = site_schema(code)
            if conn.execute("SELECT to_regclass(%s)", (f'"{schema}".{VERSION_TABLE}',)).fetchone()[0]:
                state.replicated_version = conn.execute(
                    f'SELECT MAX(version) FROM "{schema}".{VERSION_TABLE}').fetchone()[0]
            if ask_sites:
                existing = _subscription(conn, code)
                published = _read_site(state, (existing[2] if existing and existing[2] else conninfo))
                subscribed = {t for (t,) in conn.execute("""
                    SELECT c.relname FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid
                    JOIN pg_class c ON c.oid = r.srrelid WHERE s.subname = %s""", (state.slot_name,)).fetchall()}
                state.unsubscribed = sorted(published - subscribed) if state.subscribed else []
            states.append(state)
        return states
    finally:
        conn.close()


def _read_subscription(conn, state: SiteState) -> None:
    row = conn.execute("""
        SELECT s.subenabled, st.pid, st.last_msg_receipt_time, st.latest_end_time
        FROM pg_subscription s LEFT JOIN pg_stat_subscription st ON st.subid = s.oid AND st.relid IS NULL
        WHERE s.subname = %s""", (state.slot_name,)).fetchone()
    if row is None:
        return
    state.subscribed = True
    state.enabled, pid, state.last_receipt, state.last_applied = row
    state.streaming = pid is not None
    state.tables = dict(conn.execute("""
        SELECT r.srsubstate::text, COUNT(*) FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid
        WHERE s.subname = %s GROUP BY 1""", (state.slot_name,)).fetchall())
    errors = conn.execute("SELECT apply_error_count, sync_error_count FROM pg_stat_subscription_stats"
                          " WHERE subname = %s", (state.slot_name,)).fetchone()
    if errors:
        state.apply_errors, state.sync_errors = int(errors[0]), int(errors[1])
    for key in ("last_receipt", "last_applied"):  # timestamptz -> the local time users read
        value = getattr(state, key)
        if value is not None and value.tzinfo is not None:
            setattr(state, key, value.astimezone().replace(tzinfo=None, microsecond=0))


def _read_site(state: SiteState, conninfo: str) -> set[str]:
    """The site's slot and schema version into ``state``; returns the tables the site publishes."""
    psycopg = server.load_driver()
    published: set[str] = set()
    try:
        with psycopg.connect(conninfo, connect_timeout=SITE_TIMEOUT, application_name="desk-hq",
                             **server.password_kw()) as site:
            state.reachable = True
            row = site.execute("""
                SELECT active, wal_status, safe_wal_size,
                       pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)
                FROM pg_replication_slots WHERE slot_name = %s""", (state.slot_name,)).fetchone()
            if row is not None:
                state.slot = True
                state.slot_active, state.wal_status, safe, behind = row
                state.safe_wal_bytes = None if safe is None else int(safe)
                state.behind_bytes = None if behind is None else max(0, int(behind))
            schema = state.schema
            if site.execute("SELECT to_regclass(%s)", (f'"{schema}".{VERSION_TABLE}',)).fetchone()[0]:
                state.site_version = site.execute(f'SELECT MAX(version) FROM "{schema}".{VERSION_TABLE}').fetchone()[0]
            published = {t for (t,) in site.execute("SELECT tablename FROM pg_publication_tables WHERE pubname = %s",
                                                    (state.slot_name,)).fetchall()}
    except psycopg.Error as exc:
        state.reachable = False
        state.site_error = _first_line(exc)
    return published
