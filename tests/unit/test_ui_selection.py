"""A button that acts on the selected row never does nothing when no row is selected: it says
so (``desk.ui.widgets.need_selection``). Found by reading the code, as a reviewer would: a
handler that reads ``selected_object`` and returns when it is None is the silent button."""
import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desk" / "ui"


def silent_returns(tree: ast.AST):
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        body = func.body
        for first, second in zip(body, body[1:]):
            if (isinstance(first, ast.Assign) and isinstance(first.value, ast.Call)
                    and getattr(first.value.func, "id", None) == "selected_object"
                    and isinstance(second, ast.If) and isinstance(second.test, ast.Compare)
                    and isinstance(second.test.ops[0], ast.Is)
                    and [type(s) for s in second.body] == [ast.Return] and second.body[0].value is None):
                yield func.name, first.lineno


def test_no_button_handler_returns_silently_on_no_selection():
    found = [f"{path.relative_to(UI)}:{line} {name}"
             for path in sorted(UI.rglob("*.py"))
             for name, line in silent_returns(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


def test_the_check_finds_a_silent_handler():
    code = "def dispatch(self):\n    order = selected_object(self.view)\n    if order is None:\n        return\n"
    assert list(silent_returns(ast.parse(code))) == [("dispatch", 2)]
