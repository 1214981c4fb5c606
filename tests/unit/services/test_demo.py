"""Demo data is what the program would have recorded: a shift is open while the hall has groups,
every handover has its 交班 count first, and every parking ticket given out left the stock."""
import datetime as dt

from desk.db.bar import Item, StockCount, StockEntry
from desk.db.core import Shift
from desk.db.reception import ParkingTicketIssue, Visit
from desk.services.core import shifts
from desk.services.demo import fill_demo


def test_demo_data_keeps_the_programs_own_rules(database, settings):
    fill_demo(4)
    now = dt.datetime.now()
    current = shifts.current_shift()
    if 8 <= now.hour < 20:
        assert current is not None and current.opened_at <= now  # not 未开班 in the middle of the day
    in_hall = Visit.select().where(Visit.departed_at.is_null())
    if in_hall.exists() and 8 <= now.hour < 20:
        assert current is not None  # groups and their servings while a shift is open
    closed = list(Shift.select().where(Shift.closed_at.is_null(False)))
    assert closed
    for shift in closed:
        count = StockCount.get_or_none((StockCount.kind == "交班") & (StockCount.counted_at <= shift.closed_at)
                                       & (StockCount.counted_at >= shift.closed_at - dt.timedelta(minutes=10)))
        assert count is not None and count.cosigned_by_id, f"handed over at {shift.closed_at} without a count"
    tickets = Item.get(Item.name == "停车票")
    issued = sum(t.quantity for t in ParkingTicketIssue.select())
    booked = -sum(e.quantity for e in StockEntry.select().where(
        (StockEntry.item == tickets.id) & (StockEntry.ref_type == "parking_ticket")))
    assert issued and booked == issued
    for issue in ParkingTicketIssue.select():
        entry = StockEntry.get_by_id(issue.stock_entry_id)
        assert (entry.ref_id, -entry.quantity) == (issue.id, issue.quantity)
