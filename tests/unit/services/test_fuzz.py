"""Fuzzing every public service function of the domain with arbitrary text, numbers and dates.

Each call ends in success or a ``DeskError`` whose message is Chinese, never another exception; and
after everything one domain's functions wrote, the export, the printed forms and a backup still
work. Arguments are drawn from each parameter's name and annotation: ids of real records (demo
data) or nonsense ids, text with control characters, emoji and huge lengths, numbers as ints,
floats (NaN, infinity), decimals and typed text ("1,5", "１２", "1_000"), dates from year 1 to
9999. Functions are tried as an administrator, who may do everything: what stops bad input is
then the input checks, not a permission.

Examples per function: the ``desk`` profile (small, for the suite); ``HYPOTHESIS_PROFILE=fuzz``
runs many more.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import itertools
import os
import pkgutil
import re
import shutil
import typing

import pytest
from hypothesis import HealthCheck, Phase, given, settings as hsettings, strategies as st
from peewee import Model, ModelSelect

from desk.services.core.errors import DeskError

hsettings.register_profile("desk", max_examples=6, deadline=None, database=None, derandomize=True,
                           suppress_health_check=list(HealthCheck))
hsettings.register_profile("fuzz", max_examples=300, deadline=None, database=None,
                           suppress_health_check=list(HealthCheck))
hsettings.register_profile("deep", max_examples=150, deadline=None, database=None,
                           suppress_health_check=list(HealthCheck),
                           phases=[Phase.explicit, Phase.reuse, Phase.generate])  # many, no shrinking
hsettings.register_profile("quick", max_examples=6, deadline=None, database=None, derandomize=True,
                           suppress_health_check=list(HealthCheck),
                           phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking
hsettings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "desk"))

CHINESE = re.compile(r"[\u4e00-\u9fff]")
DOMAINS = ["core", "reception", "bar", "showflats", "servicedesk", "inspections", "duty", "overview"]

# Not entry points for what people type: hooks taking callables, file and error helpers, the audit
# writer the services call themselves, and the helpers that are the checks (inputs, privacy).
SKIPPED = {
    "desk.services.core.shifts.register_close_check": "takes a function",
    "desk.services.reception.hall.on_leave_location": "takes a function",
    "desk.services.core.audit.record": "called by services inside their transaction",
    "desk.services.core.audit.snapshot": "takes a database record",
    "desk.services.core.errors.is_disk_full": "takes an exception",
    "desk.services.core.errors.for_user": "takes an exception",
    "desk.services.showflats.photos.sniff": "takes file bytes",
    "desk.services.showflats.photos.prepare": "takes a file (tests/unit/services/showflats)",
    "desk.services.showflats.photos.store": "takes a file (tests/unit/services/showflats)",
    "desk.services.core.backups.make_backup": "takes the data folder (tests/unit/db/test_backup.py)",
    "desk.services.core.backups.restore": "takes the data folder (tests/unit/db/test_backup.py)",
    "desk.services.core.backups.backups": "takes the data folder",
    "desk.services.core.backups.check": "takes the data folder",
    "desk.services.core.backups.restore_backup": "takes the data folder (tests/unit/services/core/test_backups.py)",
    "desk.services.core.backups.daily_backup": "takes the data folder; the program's own, no person",
    "desk.services.core.backups.exit_backup": "takes the data folder; the program's own, no person",
    "desk.services.core.backups.damaged": "takes the data folder (start-up)",
    "desk.services.core.backups.newest_good_backup": "takes the data folder (start-up)",
    "desk.services.core.backups.recover": "takes the data folder and a backup file (start-up)",
    "desk.services.core.backups.finish_interrupted_restore": "takes the data folder (tests/gui/test_app.py)",
    "desk.services.core.backups.clean_leftovers": "takes the data folder (tests/unit/db/test_backup.py)",
    "desk.services.core.changes.check_topic": "a programming check of the topic a screen names (ValueError for "
                                              "a misspelt one), never given what people type",
    "desk.services.core.staff.hash_pin": "slow by design (scrypt); check_pin_format is fuzzed",
    "desk.services.core.privacy.masked": "takes a record and a Mask (what services pass); fuzzed through them",
    "desk.services.core.privacy.phone_condition": "takes a database column; fuzzed through the lists' searches",
    "desk.services.core.privacy.scrub_snapshot": "takes an audit snapshot; fuzzed through anonymise",
    "desk.services.servicedesk.fees.statements": "takes the notice records the fee grid shows",
    "desk.services.bar.stock.count_surplus": "a booking step of count.submit_count, given its checked values",
    "desk.services.bar.stock.count_shortfall": "a booking step of count.submit_count, given its checked values",
    "desk.services.showflats.flats.record_incident_step": "a step inside an incident service's transaction, "
                                                          "given the record and its event table",
    "desk.services.reception.completions.talks": "takes the Visit rows a list shows; talk(visit_id) is fuzzed",
    "desk.services.servicedesk.corrections.apply": "takes the loaded records a list shows (their newest corrections)",
    "desk.services.servicedesk.corrections.apply_one": "takes a loaded record (its newest corrections)",
    "desk.services.showflats.workers.record_exit": "a step inside register_exit's (and a vehicle's) transaction, "
                                                   "given the record",
    "desk.services.reception.rotation.next_in": "takes the day's rotation slots as ensure_day read them; "
                                                "next_consultant(day) is fuzzed",
    "desk.services.reception.rotation.record_turn": "a step inside register_visit's (and take_turn's) transaction, "
                                                    "given the slots read under the day's lock; take_turn is fuzzed",
    "desk.services.inspections.templates.schedule_text": "takes a stored template (its schedule checked by "
                                                         "TemplateSpec.checked) and the UI's translate function; "
                                                         "reached through forms.blank_sheet_document",
}


SKIPPED_MODULES = {
    # The helpers the services share; their input checks are inputs', reached through every service.
    "desk.services.core.days": "shared helpers (day and month ranges, a period filter on a query)",
    "desk.services.core.money": "shared helpers (money_in_words: fuzzed through the forms' amounts)",
    "desk.services.core.named_lists": "shared helpers taking a model class (the categories' services are fuzzed)",
    "desk.services.core.numbers": "shared helpers with bounds set by the services",
    "desk.services.core.serials": "shared helpers numbering records inside the services' transactions",
    "desk.services.core.sync_exports": "the Excel layer's record of an export (takes its fingerprints)",
    "desk.services.core.text": "shared helpers with limits set by the services",
    "desk.services.core.database": "the database's own description",
    "desk.services.servicedesk.stages": "shared helper taking a record and its stages",
    "desk.services.servicedesk.common": "the service desk's shared helpers (its input checks are inputs'), "
                                        "reached through the services",
    "desk.services.core.inputs": "the checks themselves, with bounds set by the services: reached through "
                                 "every service here, and tested in test_inputs.py",
}


def _functions(domain: str) -> list[tuple[str, typing.Callable]]:
    package = importlib.import_module(f"desk.services.{domain}")
    found = []
    for info in pkgutil.iter_modules(package.__path__, f"desk.services.{domain}."):
        if info.name.endswith(".demo") or info.name in SKIPPED_MODULES:
            continue
        module = importlib.import_module(info.name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            ref = f"{module.__name__}.{name}"
            if fn.__module__ == module.__name__ and not name.startswith("_") and ref not in SKIPPED:
                found.append((ref, fn))
    return sorted(found)


# -- strategies ------------------------------------------------------------------------------------
NASTY_TEXT = ["", " ", "\x0b需求\x0b", "备注\x00\x01\x07\x1b", "a\tb\nc\r\nd", "🙂😀 emoji", "\ufffe\uffff",
              "=1+1", "'; DROP TABLE staff; --", "１２３４", "王" * 3000, "\u202e反向", "13812345678",
              "138****5678", "3-1-1202", "3栋1单元1202", "先生", "女士", "是", "否"]
NUMBER_TEXT = ["1,5", "1，5", "1_000", "１２", "-0.001", "1e308", "1e20", "999999999", "0", "-1", "", "abc",
               "12.5", "1,500.25", "¥3", "5元", "NaN", "Infinity", " 7 "]


def _text():
    return st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=40),
                     st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x3000), max_size=12))


def _numbers():
    return st.one_of(
        st.integers(min_value=-10**12, max_value=10**12), st.integers(min_value=0, max_value=20),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True), st.sampled_from(NUMBER_TEXT))


def _datetimes():
    now = dt.datetime.now().replace(microsecond=0)
    return st.one_of(st.just(now), st.just(now - dt.timedelta(hours=1)), st.datetimes(),
                     st.datetimes(min_value=now - dt.timedelta(days=400), max_value=now + dt.timedelta(days=400)))


def _dates():
    today = dt.date.today()
    return st.one_of(st.just(today), st.dates(), st.dates(min_value=today - dt.timedelta(days=400),
                                                           max_value=today + dt.timedelta(days=400)))


def _ids():
    return st.one_of(st.integers(min_value=1, max_value=40), st.integers(min_value=-3, max_value=10**6))


NUMBER_NAMES = {"quantity", "qty", "price", "amount", "area", "charge", "unit_price", "reading", "counted",
                "new_qty", "expected_qty", "difference", "months", "people", "party_size", "count", "days",
                "within_days", "limit", "month", "year", "value", "guest_no", "ticks", "peak", "num", "den",
                "keep", "places", "minimum", "maximum", "years", "lockouts", "tol"}
DATE_NAMES = {"day", "today", "since", "until", "day_from", "day_to", "best_before", "due_date", "move_in",
              "as_of", "for_day", "last_done", "start", "created", "earliest", "latest"}
DATETIME_NAMES = {"at", "moment", "due_at", "default"}


# Arguments the program itself passes (a template's rows), not what a person types.
GIVEN_BY_THE_PROGRAM = {"checklist": [{"area": "客厅", "item": "门窗"}, {"area": "卧室", "item": "灯具"}]}


def _vocabulary(module) -> list[str]:
    """The module's own choice lists (kinds, statuses, cups, places): valid words reach the happy path."""
    words: set[str] = set()
    for name, value in vars(module).items():
        if not name.isupper():  # constants only (KINDS, STATUSES, CUPS …)
            continue
        if isinstance(value, dict):
            value = list(value) + list(value.values())
        if isinstance(value, (list, tuple, set, frozenset)):
            words.update(v for v in value if isinstance(v, str) and len(v) < 20)
    return sorted(words)


def _model_instances(model: type[Model]):
    def pick(n: int):
        rows = list(model.select().order_by(model._meta.primary_key).limit(5))
        return rows[n % len(rows)] if rows else None
    return st.integers(min_value=0, max_value=4).map(pick)


def _for(param: inspect.Parameter, annotation: str, module, session) -> st.SearchStrategy:
    name, text = param.name, annotation or ""
    optional = "None" in text or param.default is None
    vocab = _vocabulary(module)

    def maybe(strategy):
        return st.one_of(st.none(), strategy) if optional else strategy

    if name in GIVEN_BY_THE_PROGRAM:
        return st.just(GIVEN_BY_THE_PROGRAM[name])
    if name in ("session", "cosigner", "override") or "Session" in text:
        return st.just(session) if name == "session" else maybe(st.just(session))
    target = _model_or_dataclass(module, text or _camel(name))
    if target is not None:
        return maybe(target)
    if text.startswith("bool") or name in ("active", "approve", "satisfied", "valid", "open_only", "out_only"):
        return maybe(st.booleans())
    if "list[int]" in text or name.endswith("_ids"):
        return st.lists(_ids(), max_size=5)
    if name == "id" or name.endswith("_id") or name in ("corrects", "group_ref", "charge_item", "ref_id"):
        return maybe(_ids())
    if "datetime" in text or name in DATETIME_NAMES or name.endswith("_at"):
        return maybe(_datetimes())
    if "date" in text or name in DATE_NAMES:
        return maybe(_dates())
    if name in NUMBER_NAMES or "Decimal" in text or text.startswith(("int", "float")):
        return maybe(_numbers())
    if "dict" in text or name in ("answers", "counted", "exceptions", "lines", "values", "reasons",
                                   "differences"):
        keys = st.sampled_from(["item_id", "ok", "note", "quantity", "status", "reading", "point", "room",
                                "reason", "counted", "id", "key", "name", "value", "flat_id", "room_id"])
        values = st.one_of(_ids(), _text(), _numbers(), st.booleans(), st.none())
        one = st.dictionaries(keys, values, max_size=5)
        if "list" in text or name in ("answers", "exceptions", "lines"):
            return st.one_of(st.lists(one, max_size=4), st.dictionaries(_ids(), _numbers(), max_size=4))
        return st.one_of(one, st.dictionaries(_ids(), st.one_of(_numbers(), _text()), max_size=4))
    if "list[str]" in text or name in ("rooms", "roles"):
        return st.lists(st.one_of(st.sampled_from(vocab or ["a"]), _text()), max_size=4)
    if name in ("phone", "owner_phone", "reporter_phone") or name.endswith("phone"):
        return maybe(st.one_of(st.sampled_from(["13812345678", "0571-88886666", "+86 139 0000 6001", "１３８１２３４５６７８"]),
                               _text()))
    if "pin" in name:
        return st.one_of(st.sampled_from(["1234", "１２３４", "123456", "12", "abcd"]), _text())
    if text.startswith("str") or text in ("", "Any") or param.annotation is inspect.Parameter.empty:
        words = st.sampled_from(vocab) if vocab else _text()
        if param.annotation is inspect.Parameter.empty and name not in ("text", "note", "name", "label"):
            return maybe(st.one_of(words, _text(), _numbers(), _ids()))
        return maybe(st.one_of(words, _text()))
    return None


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def _models() -> dict[str, type]:
    found = {}
    for info in pkgutil.iter_modules(importlib.import_module("desk.db").__path__, "desk.db."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, type) and issubclass(value, Model):
                found[value.__name__] = value
    return found


TYPE_OF_NAME = {"week": "IsoWeek", "last": "IsoWeek", "notice": "FeeNotice", "period": "FeePeriod"}


def _model_or_dataclass(module, text: str):
    name = text.replace("| None", "").strip()
    name = TYPE_OF_NAME.get(name[:1].lower() + name[1:], name)
    target = getattr(module, name, None) or _models().get(name)
    if name == "IsoWeek":  # weeks are made by parse_week / week_of (tested with text there)
        from desk.services.overview.weekly import week_of

        return st.dates(min_value=dt.date(2000, 1, 3), max_value=dt.date(2035, 12, 31)).map(week_of)
    if isinstance(target, type) and issubclass(target, Model):
        return _model_instances(target)
    if dataclasses.is_dataclass(target):
        fields = {}
        for f in dataclasses.fields(target):
            param = inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY,
                                      default=None if "None" in str(f.type) else inspect.Parameter.empty)
            strategy = _for(param, str(f.type), module, None)
            if strategy is not None:
                fields[f.name] = strategy
        return st.builds(target, **fields)
    return None


def _arguments(fn, session):
    module = importlib.import_module(fn.__module__)
    signature = inspect.signature(fn)
    annotations = getattr(fn, "__annotations__", {})
    strategies = {}
    for param in signature.parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        strategy = _for(param, str(annotations.get(param.name, "")), module, session)
        if strategy is None:
            if param.default is inspect.Parameter.empty:
                return None  # a parameter this fuzzer cannot make: say so below
            continue
        if param.default is not inspect.Parameter.empty and param.name != "session":
            strategy = st.one_of(st.just(param.default), strategy)
        strategies[param.name] = strategy
    return strategies


# -- the shared database of each domain ------------------------------------------------------------
@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    from desk import settings as settings_mod
    from desk.db.connection import close_database, open_database
    from desk.services.demo import fill_demo

    previous = settings_mod.settings.backend
    settings_mod.use_backend(settings_mod.MemoryBackend())
    path = tmp_path_factory.mktemp("fuzz") / "template.db"
    open_database(path)
    fill_demo(2)
    close_database()
    settings_mod.use_backend(previous)
    return path


@pytest.fixture(scope="module")
def domain_databases(demo_template, tmp_path_factory):
    return {domain: None for domain in DOMAINS} | {"_template": demo_template,
                                                     "_root": tmp_path_factory.mktemp("fuzzdb")}


def _fill_server_schema(request, domain: str) -> str:
    """On PostgreSQL (DESK_TEST_DB): a schema of the domain's own, filled with the demo data."""
    from desk.db.connection import close_database, open_database
    from desk.services.demo import fill_demo

    url = request.getfixturevalue("server_schema").create(f"fuzz_{domain}")
    open_database(url)
    fill_demo(2)
    close_database()
    return url


@pytest.fixture
def domain_db(request, domain_databases):
    """The database of the test's domain, kept from one function's test to the next (what one wrote,
    the next reads); opened for the test, with settings in memory. On PostgreSQL, a schema per domain."""
    from desk import runtime, settings as settings_mod
    from desk.db.connection import close_database, open_database
    from desk.paths import DataDir

    domain = request.node.callspec.params["domain"]
    if domain_databases[domain] is None:
        previous = settings_mod.settings.backend
        backend = settings_mod.MemoryBackend()
        settings_mod.use_backend(backend)
        url = _fill_server_schema(request, domain) if os.environ.get("DESK_TEST_DB") else None
        settings_mod.use_backend(previous)
        data = DataDir(domain_databases["_root"] / domain, url=url)
        data.root.mkdir(parents=True, exist_ok=True)
        if url is None:
            shutil.copy(domain_databases["_template"], data.database)
        domain_databases[domain] = (backend, data)
    backend, data = domain_databases[domain]
    previous = settings_mod.settings.backend
    settings_mod.use_backend(backend)
    open_database(data.target)
    runtime.current = data
    yield data
    close_database()
    runtime.current = None
    settings_mod.use_backend(previous)


def _admin():
    from desk.db.core import Staff
    from desk.services.core.session import Session

    return Session.for_staff(Staff.get(Staff.code == "01"))


def _materialise(result):
    """Read what a function returned (a query runs only when read)."""
    if isinstance(result, (str, bytes, dict)) or result is None:
        return result
    if isinstance(result, ModelSelect) or hasattr(result, "__iter__"):
        return list(itertools.islice(iter(result), 50))
    return result


CASES = [pytest.param(domain, ref, fn, id=ref.removeprefix("desk.services."))
         for domain in DOMAINS for ref, fn in _functions(domain)]
OUTPUTS = [pytest.param(domain, f"{domain}:outputs", None, id=f"{domain}:outputs") for domain in DOMAINS]


def _order(cases):
    """Each domain's functions, then its check of export, print and backup (sharing its database)."""
    for domain in DOMAINS:
        yield from (c for c in cases if c.values[0] == domain)
        yield from (c for c in OUTPUTS if c.values[0] == domain)


@pytest.mark.parametrize("domain, ref, fn", list(_order(CASES)))
def test_service_refuses_bad_input_in_chinese(domain, ref, fn, domain_db):
    session = _admin()
    if fn is None:
        _outputs_still_work(session, domain_db, domain)
        return
    strategies = _arguments(fn, session)
    assert strategies is not None, f"{ref}: a parameter the fuzzer cannot make; add it or skip it with a reason"

    @given(st.fixed_dictionaries(strategies))
    def call(kwargs):
        from desk.db.base import db

        try:
            _materialise(fn(**kwargs))
        except DeskError as exc:
            assert CHINESE.search(str(exc)), f"{ref}: a refusal not in Chinese: {exc!r}"
        assert db.obj.in_transaction() is False, f"{ref}: left a transaction open"

    call()


# The forms each domain's records fill (printed for today after the domain's functions ran).
FORMS = {
    "core": [],
    "reception": ["visitor_register", "parking_tickets"],
    "bar": ["bar_count", "purchase_request"],
    "showflats": ["showflat_items", "showflat_inspection", "worker_log"],
    "inspections": ["inspection_sheet"],
    "duty": ["duty_log"],
    "servicedesk": ["repair_slip", "repair_charge", "special_service_fees", "complaint_record", "call_log",
                    "key_loans", "owner_visits", "callback_record"],
    "overview": [],
}


def _outputs_still_work(session, data, domain):
    """What the domain's functions wrote still goes out: the sync workbook, today's forms, a backup."""
    from desk.excel.sync import export_workbook
    from desk.printing import render_form
    from desk.printing.sources import documents_for
    from desk.services.core import backups
    from desk.services.core.errors import NotFound, ValidationError

    export_workbook(session, data.root / "export.xlsx", full_phones=True)
    for key in FORMS[domain]:
        try:
            documents = documents_for(session, key, day=dt.date.today())
        except (NotFound, ValidationError):
            continue
        render_form(key, data.root / f"{key}.pdf", documents=documents)
    assert backups.make_backup(session, data).exists()


def test_every_domain_function_is_fuzzed_or_skipped_with_a_reason():
    """A new service function is fuzzed without anyone adding it here (the list is found, not kept)."""
    found = {ref for domain in DOMAINS for ref, _fn in _functions(domain)}
    assert len(found) > 200
    assert all(reason for reason in SKIPPED.values())
