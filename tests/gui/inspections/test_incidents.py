"""An incident at any place steps on through the incident flow from 巡检管理, the note asked in the
incident box the show flats use too (登记 → 已上报 → 已处理 → 关闭)."""
import pytest

from desk.services.inspections import incidents
from desk.ui.inspections.section import InspectionsSection
from desk.ui.showflats.dialogs import IncidentStep
from desk.ui.widgets import TextDialog


@pytest.fixture
def leak(make_staff):
    cleaner = make_staff("cleaner", name="郑桂兰")[1]
    return incidents.report_damage(cleaner, "卫生间", "洁具水管", note="女卫水龙头漏水")


def test_a_supervisor_steps_an_incident_on_with_a_note(qtbot, leak, supervisor, monkeypatch):
    asked = []
    monkeypatch.setattr(IncidentStep, "ask", classmethod(
        lambda cls, parent, incident: asked.append(incident.status) or "已通知工程部"))
    section = InspectionsSection(supervisor)
    qtbot.addWidget(section)
    section.refresh()
    section.incidents_view.selectRow(0)
    section.advance_incident()
    assert asked == ["登记"]
    assert incidents.get_incident(leak.id).status == "已上报"
    assert [(e.status, e.note) for e in incidents.events(leak.id)][-1] == ("已上报", "已通知工程部")


def test_a_cancelled_box_changes_nothing(qtbot, leak, supervisor, monkeypatch):
    monkeypatch.setattr(IncidentStep, "ask", classmethod(lambda cls, parent, incident: None))
    section = InspectionsSection(supervisor)
    qtbot.addWidget(section)
    section.refresh()
    section.incidents_view.selectRow(0)
    section.advance_incident()
    assert incidents.get_incident(leak.id).status == "登记"
    assert len(incidents.events(leak.id)) == 1


def test_the_box_names_the_next_step_and_a_closed_incident_asks_nothing(qtbot, leak, supervisor, monkeypatch):
    prompts = []
    monkeypatch.setattr(TextDialog, "ask", classmethod(
        lambda cls, parent, title, prompt: prompts.append((title, prompt)) or "好"))
    assert IncidentStep.ask(None, leak) == "好"
    assert prompts == [(f"事件 #{leak.id}", "改为“已上报”，说明：")]
    for _ in range(3):
        incidents.advance_incident(supervisor, leak.id)
    closed = incidents.get_incident(leak.id)
    assert closed.status == "关闭"
    assert IncidentStep.ask(None, closed) is None and len(prompts) == 1


def test_a_refused_step_is_shown_and_changes_nothing(qtbot, leak, make_staff, monkeypatch):
    from desk.ui.showflats import dialogs

    guard = make_staff("guard", name="何伟")[1]
    incidents.advance_incident(guard, leak.id)  # 已上报: by those on duty
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(IncidentStep, "ask", classmethod(lambda cls, parent, incident: "修好了"))
    section = InspectionsSection(guard)
    qtbot.addWidget(section)
    section.refresh()
    section.incidents_view.selectRow(0)
    section.advance_incident()
    assert shown == ["何伟（安防）无权巡检模板、事件与工程维修单管理"]
    assert incidents.get_incident(leak.id).status == "已上报"
