"""设置 → 数据库: the server's address is tried before it is saved, never saved with a password."""
import pytest

from desk import settings as settings_mod
from desk.ui.admin.section import AdminSection, DatabaseTab


def database_tab(qtbot, admin) -> tuple[AdminSection, DatabaseTab]:
    section = AdminSection(admin)
    qtbot.addWidget(section)
    tabs = [section.tabs.widget(i) for i in range(section.tabs.count())]
    assert "数据库" in [section.tabs.tabText(i) for i in range(section.tabs.count())]
    return section, next(t for t in tabs if isinstance(t, DatabaseTab))


def test_a_wrong_address_is_refused_and_not_saved(qtbot, database, admin):
    _section, tab = database_tab(qtbot, admin)
    tab.url.setText("postgresql://desk:secret@127.0.0.1:5432/desk")
    tab.save_button.click()
    assert "不要写密码" in tab.result.text() and settings_mod.get("database_url") == ""
    tab.url.setText("postgresql://desk@127.0.0.1:1/desk")  # nothing listens there
    tab.test_button.click()
    assert tab.result.text().startswith("连接失败")
    tab.save_button.click()
    assert settings_mod.get("database_url") == ""


@pytest.mark.server_only
def test_a_working_server_is_tried_then_saved(qtbot, database, admin, data_dir):
    _section, tab = database_tab(qtbot, admin)
    tab.url.setText(data_dir.url)
    tab.test_button.click()
    assert tab.result.text().startswith("连接成功：PostgreSQL")
    tab.save_button.click()
    assert settings_mod.get("database_url") == data_dir.url and "重新启动" in tab.result.text()
