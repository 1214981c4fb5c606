"""Every name the program uses is defined: an import lost in a merge, or a helper renamed on one
branch and still called on another, fails here and not in front of a user (a report across sites
once stopped on a ``Paragraph`` nothing imported any more, behind a modal error in a background job).
"""
from pathlib import Path

from pyflakes import api, messages, reporter

ROOT = Path(__file__).resolve().parents[2]
FATAL = (messages.UndefinedName, messages.UndefinedLocal, messages.UndefinedExport)


class Collect(reporter.Reporter):
    def __init__(self):
        super().__init__(None, None)
        self.found: list[str] = []

    def flake(self, message) -> None:
        if isinstance(message, FATAL):
            self.found.append(str(message))

    def syntaxError(self, filename, msg, lineno, offset, text):  # noqa: N802 - pyflakes API
        self.found.append(f"{filename}:{lineno}: {msg}")

    def unexpectedError(self, filename, msg):  # noqa: N802 - pyflakes API
        self.found.append(f"{filename}: {msg}")


def test_every_name_used_is_defined():
    collected = Collect()
    for folder in ("desk", "bench", "tests"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            api.checkPath(str(path), collected)
    assert collected.found == []


def test_the_check_sees_an_undefined_name(tmp_path):
    path = tmp_path / "broken.py"
    path.write_text("def cell():\n    return Paragraph('x')\n", encoding="utf-8")
    collected = Collect()
    api.checkPath(str(path), collected)
    assert len(collected.found) == 1 and "Paragraph" in collected.found[0]
