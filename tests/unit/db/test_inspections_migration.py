"""Step 9 moves the show flats' fixed opening/closing checks into inspection rounds: every past
answer (status, reading, note, photo, who, when, corrections) still reads, nothing else moves."""
import datetime as dt
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from desk.db import migrations
from desk.db.base import PRAGMAS, db

AT = dt.datetime(2026, 11, 20, 9, 10)


def open_raw(path):
    database = SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.connect()
    db.initialize(database)
    return database


def test_past_opening_and_closing_answers_stay_readable(tmp_path, settings):
    from desk.db.core import Staff
    from desk.db.inspections import Round, RoundAnswer, Template, TemplateItem
    from desk.db.showflats import Check, CheckAnswer, Flat, Incident, Item, Photo, Room

    settings.backend.set_value("showflat_temp_min", 24.5)  # a site's own limits before step 9
    database = open_raw(tmp_path / "d.db")
    migrations.upgrade(database, target=7)
    attendant = Staff.create(code="30", name="周敏", roles="showflat")
    chief = Staff.create(code="02", name="李淑芬", roles="supervisor")
    flat = Flat.create(name="A户型 128㎡")
    room = Room.create(flat=flat, name="客厅")
    sofa = Item.create(flat=flat, room=room, name="沙发", category="家私")
    photo = Photo.create(data=b"jpeg", width=4, height=3)
    opening = Check.create(flat=flat, kind="opening", started_at=AT, started_by=attendant, closed_at=AT,
                           closed_by=attendant, serial="XJ-20261120-001", note="早班")
    points = {"doors": "正常", "aircon": "正常", "audio": "正常", "lighting": "异常", "temperature": "异常",
              "shoe_covers": "正常"}
    answers = {}
    for point, status in points.items():
        answers[point] = CheckAnswer.create(
            check=opening, point=point, status=status, at=AT, staff=attendant,
            reading=Decimal("28.5") if point == "temperature" else None,
            note="主卧灯带不亮" if point == "lighting" else "", photo=photo if point == "lighting" else None)
    fixed = CheckAnswer.create(check=opening, point="temperature", status="正常", reading=Decimal("26.0"),
                               note="温度计放在空调口，重测", at=AT + dt.timedelta(hours=2), staff=chief,
                               corrects=answers["temperature"])
    closing = Check.create(flat=flat, kind="closing", started_at=AT.replace(hour=18), started_by=attendant,
                           closed_at=AT.replace(hour=18, minute=5), closed_by=attendant)
    for point in points:
        CheckAnswer.create(check=closing, point=point, status="正常", at=AT.replace(hour=18), staff=attendant,
                           reading=Decimal("25.5") if point == "temperature" else None)
    after_group = Check.create(flat=flat, kind="after_group", started_at=AT, started_by=attendant, closed_at=AT)
    lost = CheckAnswer.create(check=after_group, item=sofa, status="损坏", at=AT, staff=attendant)
    Incident.create(flat=flat, item=sofa, check=after_group, answer=lost, kind="损坏", opened_at=AT)

    migrations.upgrade(database, old_setting=settings.backend.value)

    assert Check.select().where(Check.kind.in_(["opening", "closing"])).count() == 0
    assert [c.kind for c in Check.select()] == ["after_group"]  # item checks and their incidents stay
    assert Incident.select().count() == 1 and CheckAnswer.select().count() == 1

    template = Template.get(Template.code == "showflat_opening")
    temperature = template.items.where(TemplateItem.legacy_point == "temperature").get()
    assert (temperature.kind, temperature.low, temperature.high, temperature.unit) == (
        "reading", Decimal("24.50"), Decimal("27.00"), "°C")
    moved = Round.get(Round.legacy_check == opening.id)
    assert (moved.template_id, moved.flat_id, moved.place, moved.serial, moved.note) == (
        template.id, flat.id, "A户型 128㎡", "XJ-20261120-001", "早班")
    assert (moved.started_at, moved.closed_at, moved.started_by.name) == (AT, AT, "周敏")

    from desk.services.inspections import rounds

    sheet = {row.item.legacy_point: row for row in rounds.round_sheet(moved.id)}
    assert [row.item.label for row in rounds.round_sheet(moved.id)] == ["门窗", "空调", "音响", "灯光", "室温", "鞋套备足"]
    assert {p: row.answer.status for p, row in sheet.items()} == {**points, "temperature": "正常"}
    assert sheet["temperature"].answer.reading == Decimal("26.00")
    assert sheet["temperature"].answer.staff.name == "李淑芬"
    assert sheet["lighting"].answer.note == "主卧灯带不亮" and sheet["lighting"].answer.photo_id == photo.id
    history = [a for a in rounds.answer_history(moved.id) if a.item.legacy_point == "temperature"]
    assert [(a.reading, a.legacy_answer, a.corrects_id) for a in history] == [
        (Decimal("28.50"), answers["temperature"].id, None), (Decimal("26.00"), fixed.id, history[0].id)]
    assert RoundAnswer.select().count() == 7 + 6
    from desk.services.inspections import flat_rounds

    history = [(r.item, r.event, r.detail) for r in flat_rounds.flat_history(flat_id=flat.id)]
    assert ("灯光", "样板间开馆检查", "异常，主卧灯带不亮") in history  # the flat's history still tells it
    assert ("室温", "样板间开馆检查", "异常，28.5 °C（更正）") not in history
    assert ("室温", "样板间开馆检查", "异常，28.5 °C") in history
    closing_round = Round.get(Round.legacy_check == closing.id)
    assert closing_round.template.code == "showflat_closing"
    assert rounds.latest_answers(closing_round.id)[
        next(i.id for i in closing_round.template.items if i.legacy_point == "temperature")].reading == Decimal("25.50")
    database.close()


@pytest.mark.sqlite_only
def test_the_program_carries_the_settings_file_into_the_templates(tmp_path, settings):
    """Opening a data folder (``desk.runtime``) hands the settings file to step 9: the site's own
    limits and closing hour, as the INI file holds them, become the show-flat templates'."""
    from desk import runtime, settings as settings_mod
    from desk.db.connection import close_database
    from desk.db.inspections import Template, TemplateItem
    from desk.paths import DataDir

    data = DataDir(tmp_path / "site")
    data.root.mkdir()
    open_raw(data.database)
    migrations.upgrade(db.obj, target=7)
    db.obj.close()
    ini = settings_mod.QtSettingsBackend(data.settings_file)
    ini.set_value("showflat_temp_max", 26.5)
    ini.set_value("showflat_closing_hour", 19)
    ini.sync()

    runtime.open_data(data)

    closing = Template.get(Template.code == "showflat_closing")
    temperature = closing.items.where(TemplateItem.legacy_point == "temperature").get()
    assert (temperature.low, temperature.high, closing.at_time) == (Decimal("25.00"), Decimal("26.50"), "19:00")
    close_database()
