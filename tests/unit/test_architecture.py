"""The shape of the code, read from its import statements (AST over desk/, every import counted,
those inside functions too): arrows point down only, no module imports itself round a circle, and
an import inside a function says why (``# lazy: …``). Each rule is shown to catch a planted
violation in a synthetic tree.

Layers, top to bottom::

    desk.cli, desk.commands  |  desk.ui
    desk.excel, desk.printing
    desk.services            (core < bar < reception; core < showflats < inspections; core < servicedesk;
                              duty, overview, headoffice and demo above)
    desk.db                  (+ desk.clock, desk.paths: leaves every layer may use)
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LAZY_MARK = "# lazy:"

# Once allow-lists for the UI modules that still imported desk.db (issue 15's UI side): empty now,
# kept so that the test below says so should one come back.
UI_IMPORTING_DB_TODAY: set[str] = set()
UI_UNMARKED_LAZY_TODAY: set[str] = set()


# -- reading the tree -------------------------------------------------------------------------
@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # what it names: a module of the tree, or an outside name (PySide6.QtCore, peewee)
    line: int
    in_function: bool
    marked_lazy: bool


def modules_of(root: Path, package: str = "desk") -> dict[str, Path]:
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports_of(root: Path, package: str = "desk") -> list[Import]:
    modules = modules_of(root, package)
    found: list[Import] = []
    for module, path in modules.items():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        is_package = path.name == "__init__.py"

        def visit(node, in_function: bool) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                    visit(child, True)
                    continue
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    text = "\n".join(lines[child.lineno - 1:child.end_lineno])
                    marked = LAZY_MARK in text
                    if isinstance(child, ast.Import):
                        names = [alias.name for alias in child.names]
                    else:
                        base = child.module or ""
                        if child.level:
                            anchor = module.split(".") if is_package else module.split(".")[:-1]
                            anchor = anchor[:len(anchor) - child.level + 1]
                            base = ".".join(anchor + ([base] if base else []))
                        names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                                 for alias in child.names]
                    for target in dict.fromkeys(names):  # a module (``from m import x``: m.x when x is one)
                        if target != module:
                            found.append(Import(module, target, child.lineno, in_function, marked))
                    continue
                visit(child, in_function)

        visit(ast.parse(source, filename=str(path)), False)
    return found


def under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


# -- the rules --------------------------------------------------------------------------------
def layer_violations(imports: list[Import], ui_db_allowed=frozenset()) -> list[str]:
    out = []
    for i in imports:
        where = f"{i.module}:{i.line} imports {i.target}"
        if under(i.module, "desk.ui"):
            if under(i.target, "desk.db") and i.module not in ui_db_allowed:
                out.append(f"{where}: the UI asks a service, never desk.db")
            if under(i.target, "desk.commands", "desk.cli"):
                out.append(f"{where}: the UI does not use the command line")
        elif under(i.module, "desk.services"):
            if under(i.target, "PySide6", "shiboken6", "desk.printing", "desk.excel", "desk.ui", "desk.commands",
                     "desk.cli", "desk.runtime"):
                out.append(f"{where}: services are Qt-free and below printing, excel and the UI")
        elif under(i.module, "desk.excel", "desk.printing"):
            if under(i.target, "desk.db", "desk.ui", "desk.commands", "desk.cli", "PySide6", "shiboken6"):
                out.append(f"{where}: excel and printing get their rows from services, never the UI")
        elif under(i.module, "desk.db"):
            if under(i.target, "desk") and not under(i.target, "desk.db", "desk.clock", "desk.paths"):
                out.append(f"{where}: desk.db imports only desk.db, desk.clock and desk.paths")
        elif under(i.module, "desk.clock"):
            if under(i.target, "desk"):
                out.append(f"{where}: the clock is a leaf")
    return out


def lazy_violations(imports: list[Import], unmarked_allowed=frozenset()) -> list[str]:
    return [f"{i.module}:{i.line} imports {i.target} inside a function without '{LAZY_MARK} <why>'"
            for i in imports if i.in_function and not i.marked_lazy and i.module not in unmarked_allowed]


def cycles(imports: list[Import], package: str = "desk") -> list[list[str]]:
    """The import circles (strongly connected components of more than one module)."""
    edges: dict[str, set[str]] = {}
    for i in imports:
        if under(i.target, package):
            edges.setdefault(i.module, set()).add(i.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:  # Tarjan, iterative enough for a tree of a few hundred modules
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            connect(v)
    return found


# -- the tree as it is ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tree_imports():
    return imports_of(ROOT)


def test_arrows_point_down_only(tree_imports):
    assert layer_violations(tree_imports, UI_IMPORTING_DB_TODAY) == []


def test_no_import_circles(tree_imports):
    assert cycles(tree_imports) == []


def test_imports_inside_functions_say_why(tree_imports):
    assert lazy_violations(tree_imports, UI_UNMARKED_LAZY_TODAY) == []


def test_temporary_ui_allow_lists_only_shrink(tree_imports):
    """A UI module that no longer imports desk.db (or has no unmarked lazy import) leaves its list."""
    db_today = {i.module for i in tree_imports if under(i.module, "desk.ui") and under(i.target, "desk.db")}
    unmarked_today = {i.module for i in tree_imports
                      if under(i.module, "desk.ui") and i.in_function and not i.marked_lazy}
    assert UI_IMPORTING_DB_TODAY - db_today == set()
    assert UI_UNMARKED_LAZY_TODAY - unmarked_today == set()
    assert [f"{i.module}:{i.line} {i.target}" for i in tree_imports if i.module in UI_UNMARKED_LAZY_TODAY
            and i.in_function and not i.marked_lazy and not under(i.target, "desk.db")] == []


def test_the_services_domains_stack_in_order(tree_imports):
    """core < bar < reception; core < showflats < inspections; core < servicedesk; duty, overview,
    headoffice and demo sit above all."""
    allowed = {
        "core": {"core"},
        "bar": {"core", "bar", "reception.figures"},  # closing reads the day's visitors (a leaf)
        "reception": {"core", "bar", "reception"},
        "showflats": {"core", "showflats"},
        "servicedesk": {"core", "servicedesk"},
        "inspections": {"core", "showflats", "inspections"},  # rounds raise the show flats' incidents
    }
    wrong = []
    for i in tree_imports:
        if not (under(i.module, "desk.services") and under(i.target, "desk.services")):
            continue
        domain = i.module.split(".")[2]
        target = ".".join(i.target.split(".")[2:4])
        if domain in allowed and not any(target == a or target.startswith(a + ".") or target.split(".")[0] == a
                                         for a in allowed[domain]):
            wrong.append(f"{i.module}:{i.line} imports {i.target}")
    assert wrong == []


# -- the rules catch what they should (a synthetic tree) ---------------------------------------
def plant(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


CLEAN = {
    "desk/__init__.py": "",
    "desk/clock.py": "import datetime\n",
    "desk/db/__init__.py": "",
    "desk/db/base.py": "from desk.clock import now\n",
    "desk/db/core.py": "from desk.db.base import now\n",
    "desk/services/__init__.py": "",
    "desk/services/core/__init__.py": "",
    "desk/services/core/staff.py": "from desk.db.core import now\n",
    "desk/excel/__init__.py": "",
    "desk/excel/sheets.py": "from desk.services.core import staff\n",
    "desk/ui/__init__.py": "",
    "desk/ui/app.py": """
        from desk.services.core import staff

        def run():
            from desk.excel import sheets  # lazy: start-up (a test)
    """,
}


def test_a_clean_tree_passes(tmp_path):
    plant(tmp_path, CLEAN)
    found = imports_of(tmp_path)
    assert {(i.module, i.target) for i in found} >= {("desk.ui.app", "desk.excel.sheets"),
                                                      ("desk.services.core.staff", "desk.db.core")}
    assert layer_violations(found) == [] and lazy_violations(found) == [] and cycles(found) == []


@pytest.mark.parametrize("module, text, expected", [
    ("desk/services/core/screen.py", "from PySide6.QtWidgets import QWidget\n", "services are Qt-free"),
    ("desk/services/core/slip.py", "from desk.printing import render_form\n", "services are Qt-free"),
    ("desk/services/core/sheet.py", "import desk.excel.sheets\n", "services are Qt-free"),
    ("desk/excel/rows.py", "from desk.db.core import now\n", "get their rows from services"),
    ("desk/excel/view.py", "from desk.ui import app\n", "get their rows from services"),
    ("desk/db/reach.py", "from desk.services.core import staff\n", "desk.db imports only"),
    ("desk/ui/form.py", "from desk.db import core\n", "never desk.db"),
    ("desk/ui/late.py", "def f():\n    from desk.db.core import now\n", "never desk.db"),
])
def test_a_planted_layer_violation_is_caught(tmp_path, module, text, expected):
    plant(tmp_path, {**CLEAN, module: text})
    violations = layer_violations(imports_of(tmp_path))
    assert len(violations) == 1 and expected in violations[0], violations


def test_the_ui_allow_list_excuses_only_the_modules_it_names(tmp_path):
    plant(tmp_path, {**CLEAN, "desk/ui/form.py": "from desk.db import core\n",
                     "desk/ui/other.py": "from desk.db.base import now\n"})
    violations = layer_violations(imports_of(tmp_path), ui_db_allowed={"desk.ui.form"})
    assert [v.split(":")[0] for v in violations] == ["desk.ui.other"]


def test_a_planted_circle_is_caught_even_through_a_function(tmp_path):
    plant(tmp_path, {**CLEAN,
                     "desk/services/core/a.py": "from desk.services.core import b\n",
                     "desk/services/core/b.py": "def f():\n    from desk.services.core import a  # lazy: a test\n"})
    assert cycles(imports_of(tmp_path)) == [["desk.services.core.a", "desk.services.core.b"]]


def test_a_relative_import_circle_is_caught(tmp_path):
    plant(tmp_path, {**CLEAN,
                     "desk/services/core/a.py": "from . import b\n",
                     "desk/services/core/b.py": "from .a import x\n"})
    assert cycles(imports_of(tmp_path)) == [["desk.services.core.a", "desk.services.core.b"]]


def test_an_unmarked_import_in_a_function_is_caught(tmp_path):
    plant(tmp_path, {**CLEAN, "desk/services/core/habit.py": """
        class Thing:
            def method(self):
                import json
                from desk.db.core import (  # lazy: a marked one spans lines
                    now,
                )
    """})
    violations = lazy_violations(imports_of(tmp_path))
    assert violations == ["desk.services.core.habit:4 imports json inside a function without '# lazy: <why>'"]


# -- what start-up loads (no timing: which libraries are imported at all) ----------------------
def test_start_up_loads_neither_the_excel_nor_the_pdf_library():
    """The lazy imports in the commands, the sync folder and the photos exist for this: ``desk`` (the
    parser of every command, then the window's modules) must not load openpyxl, reportlab or Pillow
    before the first frame (bench/startup.py measures the time)."""
    code = ("import sys; import desk.cli; from desk.ui import app, main_window; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'reportlab', 'PIL'}))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT)))
    assert out.stdout.strip() == "[]"


# -- the lists that wire the domains in are complete ------------------------------------------
def test_every_command_module_is_listed():
    from desk import cli

    on_disk = {p.stem for p in (ROOT / "desk" / "commands").glob("*.py") if p.stem != "__init__"}
    assert {m.__name__.rpartition(".")[2] for m in cli.COMMAND_MODULES} == on_disk


def test_every_sheet_module_is_listed():
    from desk.excel import sheets

    on_disk = {p.stem for p in (ROOT / "desk" / "excel").glob("sheets_*.py")}
    assert {m.__name__.rpartition(".")[2] for m in sheets.SHEET_MODULES} == on_disk


def test_every_domain_demo_step_is_listed():
    from desk.services import demo

    domains = {p.parent.name for p in (ROOT / "desk" / "services").glob("*/demo.py")}
    steps = {step.__module__ for step in demo.STEPS}
    assert {f"desk.services.{d}.demo" for d in domains} <= steps
