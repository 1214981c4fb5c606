"""The change hub: a write announced once refreshes every screen that shows it, now or when shown."""
import pytest
from PySide6.QtWidgets import QWidget

from desk.services.core import changes
from desk.ui.changes import announce, follow


@pytest.fixture
def screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_screen_on_show_refreshes_at_once_and_only_for_its_topics(screen):
    seen = []
    follow(screen, {changes.HALL, changes.VISITS}, lambda: seen.append("refresh"))
    announce(changes.STOCK)
    assert seen == []
    announce(changes.HALL, 12)
    announce(changes.VISITS)
    assert seen == ["refresh", "refresh"]


def test_a_hidden_screen_refreshes_once_when_it_shows_again(screen):
    seen = []
    follow(screen, {changes.STOCK}, lambda: seen.append("refresh"))
    screen.hide()
    announce(changes.STOCK)
    announce(changes.STOCK)
    assert seen == []
    screen.show()
    assert seen == ["refresh"]
    screen.hide()
    screen.show()
    assert seen == ["refresh"]  # nothing changed meanwhile


def test_a_section_that_refreshes_when_shown_is_left_alone_while_hidden(screen):
    seen = []
    follow(screen, {changes.STOCK}, lambda: seen.append("refresh"), shown_refreshes=True)
    screen.hide()
    announce(changes.STOCK)
    screen.show()
    assert seen == []  # its on_shown does it


def test_a_closed_screen_hears_nothing_and_a_misspelt_topic_is_refused(qtbot):
    widget = QWidget()
    seen = []
    follow(widget, {changes.HALL}, lambda: seen.append("refresh"))
    widget.deleteLater()
    qtbot.wait(1)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    announce(changes.HALL)
    assert seen == []
    with pytest.raises(ValueError, match="unknown change topic"):
        announce("hal")
    with pytest.raises(ValueError, match="unknown change topic"):
        follow(QWidget(), {"stocks"}, lambda: None)


def test_topics_are_plain_names_the_services_share():
    assert changes.TOPICS == tuple(dict.fromkeys(changes.TOPICS))  # each once
    assert all(t.isascii() and t.islower() and t.isidentifier() for t in changes.TOPICS)


def test_what_the_services_publish_to_other_pcs_is_a_topic():
    """``desk.db.base.publish`` (a NOTIFY to the site's other PCs) uses the same names."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "desk" / "services"
    published = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        published |= set(re.findall(r'publish\("([a-z_]+)"', text))
        for loop in re.findall(r'for topic in \(([^)]*)\):\s*#?[^\n]*\n\s*publish\(topic', text):
            published |= set(re.findall(r'"([a-z_]+)"', loop))
    assert published and published <= set(changes.TOPICS), published - set(changes.TOPICS)


def test_the_other_pcs_changes_reach_the_screens_through_the_hub(screen):
    from PySide6.QtCore import QObject, Signal

    from desk.ui.changes import relay

    class Listener(QObject):  # stands for desk.ui.live.LiveChanges
        changed = Signal(str, object)

    listener = Listener()
    relay(listener)
    relay(listener)  # asked twice (a second window): still once
    seen = []
    follow(screen, {changes.HALL}, lambda: seen.append("refresh"))
    listener.changed.emit("hall", 7)
    listener.changed.emit("some_newer_topic", None)  # a newer PC's: nothing shows it here
    assert seen == ["refresh"]
