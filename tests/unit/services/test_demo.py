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


def test_demo_carries_the_customer_cycle_in_realistic_proportions(database, settings):
    """Talks completed for most visits, follow-ups, 认购 for a few percent of first-visit customers,
    most of them signed, a few withdrawn (issue 21's demo)."""
    from desk.db.reception import Contract, FollowUp, Subscription, VisitCompletion

    fill_demo(45, seed=7)
    first = Visit.select().where(Visit.first_visit == True).count()  # noqa: E712
    visits = Visit.select().count()
    talks = VisitCompletion.select(VisitCompletion.visit).distinct().count()
    subscribed = Subscription.select(Subscription.customer).distinct().count()
    withdrawn = Subscription.select().where(Subscription.status == "withdrawn").count()
    assert first > 500
    assert 0.5 < talks / visits < 0.85
    assert FollowUp.select().count() > 0.05 * first
    assert 0.01 < subscribed / first < 0.08
    assert 0 < withdrawn < 0.3 * subscribed
    # signing comes 7 to 30 days after the 认购: of those older than that, most are signed
    settled = Subscription.select().where((Subscription.status == "approved")
                                          & (Subscription.day < dt.date.today() - dt.timedelta(days=31)))
    signed = Contract.select().where(Contract.subscription.in_(settled)).count()
    assert settled.count() > 5 and signed > 0.5 * settled.count()
