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
