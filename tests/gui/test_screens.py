"""The screen check: every section and tab, and every dialog, opened offscreen as each role at
1366x768 on a week of demo data. It fails on a window larger than the screen, a label, header, tab,
button or hint cut off, and on program text a person should never see (a snake_case name, an
unformatted {placeholder}, None/True/False or a Python repr)."""
import pytest

from desk.services.core import staff
from desk.tools.dialogs import dialogs
from desk.tools.screens import KIOSK_PAGES, ROLES, problems, raw_text, screens, settle
from desk.ui.main_window import MainWindow

SCREEN = (1366, 768)


@pytest.fixture
def program_font(qapp):
    """The program's own font (the bundled CJK one, 11 pt), as the program starts with it."""
    from desk.ui.app import load_font

    before = qapp.font()
    load_font()
    yield
    qapp.setFont(before)


@pytest.mark.parametrize("role,code", ROLES, ids=[r for r, _c in ROLES])
def test_every_screen_and_dialog_fits_and_speaks_chinese(qtbot, demo, program_font, role, code):
    window = MainWindow(staff.sign_in(code, "1234"))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    found, seen = [], []
    for name, _section in screens(window):
        seen.append(name)
        found += [f"[{role}] {name}: {p}" for p in problems(window, SCREEN)]
    assert seen, "no screen for this role"

    def check(name, dialog):
        settle()
        found.extend(f"[{role}] dialog {name} {dialog.windowTitle()!r}: {p}" for p in problems(dialog, SCREEN))

    shown = dialogs(window, check)
    assert not found, "\n".join(found)
    assert role in ("cleaner", "guard") or shown > 3


@pytest.mark.parametrize("kind", sorted(KIOSK_PAGES))
def test_every_page_of_a_tablet_fits_and_speaks_chinese(qtbot, demo, program_font, kind):
    from desk.ui.app import build_kiosk

    page = build_kiosk(kind)
    qtbot.addWidget(page)
    page.resize(*SCREEN)
    page.show()
    qtbot.waitExposed(page)
    settle()
    found = [f"[{kind}] first page: {p}" for p in problems(page, SCREEN)]
    walked = 0
    for name in KIOSK_PAGES[kind](page):
        settle()
        walked += 1
        found += [f"[{kind}] {name}: {p}" for p in problems(page, SCREEN)]
    assert walked >= 2 and not found, "\n".join(found)


@pytest.mark.parametrize("text,bad", [
    ("staff", False), ("fee_payment", True), ("amount=483.62", False), ("{'a': 1}", True), ("{name} 已登记", True),
    ("None", True), ("/tmp/x/desk_backup_20261130.db", False), ("盛世中央公馆 A户型 128㎡", False),
    ("zh_CN", False), ("cleaning_records", True),
])
def test_what_counts_as_program_text(text, bad):
    assert (raw_text(text) is not None) == bad
