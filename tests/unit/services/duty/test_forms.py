"""The printed duty log's handover: 库存核对 from the water bar's handover count of the shift."""
import datetime as dt

from desk.services.bar import count as stockcount, stock
from desk.services.core import shifts
from desk.services.core.staff import verify_cosigner
from desk.services.duty import forms as duty_forms, handover

T0 = dt.datetime(2026, 11, 23, 8, 0)


def test_stock_check_of_the_handover_says_whether_the_count_matched(make_staff, admin, settings):
    _, attendant = make_staff("bar", code="20", name="赵小梅")
    make_staff("guard", code="50", name="何伟", pin="5050")
    cola = stock.save_item(admin, name="可乐", category="饮料", unit="罐")
    stock.receive(admin, cola.id, 24, at=T0)
    guard = verify_cosigner("50", "5050", "stock.cosign")

    def hand_over(counted, reasons=None):
        shift = shifts.open_shift(attendant)
        stockcount.submit_count(attendant, "交班", {cola.id: counted}, reasons=reasons, cosigner=guard)
        handover.close_shift(attendant, "钥匙 2 串")
        return duty_forms.duty_log_documents(attendant, id=shift.id)[0]["fields"]

    assert hand_over(24)["counts_ok"] == "无误"
    assert hand_over(23, {cola.id: "破损未登记"})["counts_ok"] == "有差异"
    settings.set("stock_count_required", False)
    shift = shifts.open_shift(attendant)
    handover.close_shift(attendant, "")
    fields = duty_forms.duty_log_documents(attendant, id=shift.id)[0]["fields"]
    assert fields["counts_ok"] is None and fields["open_issues"] == "无"  # no count: neither box ticked
