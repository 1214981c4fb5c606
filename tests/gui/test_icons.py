"""The bundled line icons: every icon the program names is there at 1x and 2x, with its licence,
and drawing them needs no SVG at run time."""
import importlib.util

from PySide6.QtGui import QImage

from desk import paths
from desk.services.showflats import cleaning
from desk.ui import icons
from desk.ui.sections import SECTIONS

ICONS = paths.resources_dir() / "icons"


def render_table():
    spec = importlib.util.spec_from_file_location("render", ICONS / "render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_icon_is_pre_rendered_at_1x_and_2x_with_its_licence(qapp):
    render = render_table()
    for name, (source, size) in render.ICONS.items():
        assert (ICONS / "svg" / f"{source}.svg").is_file(), source  # the source, to render again
        small, large = QImage(str(ICONS / f"{name}.png")), QImage(str(ICONS / f"{name}@2x.png"))
        assert (small.width(), large.width()) == (size, 2 * size), name
    assert "MIT License" in (ICONS / "LICENSE-tabler-icons.txt").read_text(encoding="utf-8")


def test_the_program_names_only_icons_that_exist(qapp):
    render = render_table()
    for section in SECTIONS:
        assert f"nav-{section.key}" in render.ICONS and f"nav-{section.key}" in render.WHITE
        assert not icons.nav_icon(section.key).pixmap(24, 24).isNull()
    for kind in cleaning.ICONS:
        assert f"task-{kind}" in render.ICONS, kind
        assert kind in cleaning.ICON_NAMES
    assert not icons.task_icon("no-such-kind").isNull()  # an unknown kind: the sparkle
