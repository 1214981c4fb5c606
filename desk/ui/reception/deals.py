"""认购 / 签约 / 审批 / 退订 from any screen: each asks through ``FormDialog.ask`` (tests replace it),
calls the service and shows a refusal as a message. A consultant at the desk gets a supervisor's
approval (or a 退订) with the supervisor's own 工号 and PIN.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desk.services.core.errors import DeskError
from desk.services.reception import outcomes
from desk.ui.errors import show_error
from desk.ui.servicedesk.forms import Field, FormDialog


def tr(text: str) -> str:
    """lupdate files a bare ``tr()`` outside a class under the empty context: look it up there."""
    return QCoreApplication.translate("", text)


def _run(parent, fn, *args, **kwargs) -> bool:
    try:
        fn(*args, **kwargs)
    except DeskError as exc:
        show_error(parent, exc)
        return False
    return True


def record_subscription(parent, session, customer_id: int, customer_name: str, clock) -> bool:
    at = clock()
    values = FormDialog.ask(parent, tr("登记认购 — {name}").format(name=customer_name), [
        Field("unit", tr("房号"), placeholder="3-1-1202"),
        Field("price", tr("成交价（元）"), placeholder="2150000"),
        Field("deposit", tr("定金（元）"), placeholder="50000"),
        Field("day", tr("认购日期"), "date", default=at.date()),
    ], note=tr("登记后须经主管审批才计入认购。"))
    if values is None:
        return False
    return _run(parent, outcomes.record_subscription, session, customer_id, at=at, **values)


def record_contract(parent, session, outcome: outcomes.Outcome, clock) -> bool:
    at = clock()
    values = FormDialog.ask(parent, tr("登记签约 — {number} {unit}").format(number=outcome.number, unit=outcome.unit), [
        Field("day", tr("签约日期"), "date", default=at.date()),
        Field("amount", tr("合同金额（元）"), default=f"{outcome.amount:f}"),
    ], note=tr("登记后须经主管审批才计入签约。"))
    if values is None:
        return False
    return _run(parent, outcomes.record_contract, session, outcome.id, at=at, **values)


def _cosign_fields() -> list[Field]:
    return [Field("code", tr("主管工号")), Field("pin", tr("主管 PIN"), "password")]


def decide(parent, session, outcome: outcomes.Outcome, clock) -> bool:
    """批准 or 驳回 a pending 认购/签约: a supervisor directly, anyone else with a supervisor's PIN."""
    kind = QCoreApplication.translate("reception", outcomes.KINDS[outcome.kind])
    fields = [Field("approve", tr("审批"), "choice", [(tr("批准"), True), (tr("驳回"), False)]),
              Field("note", tr("意见（驳回须填写）"))]
    direct = session.can("reception.approve")
    if not direct:
        fields += _cosign_fields()
    values = FormDialog.ask(parent, tr("审批{kind} {number}").format(kind=kind, number=outcome.number), fields,
                            note=tr("{name}　{unit}　{amount:,.2f} 元").format(
                                name=outcome.customer_name, unit=outcome.unit, amount=outcome.amount))
    if values is None:
        return False
    at = clock()
    if direct:
        decide_fn = outcomes.decide_subscription if outcome.kind == outcomes.SUBSCRIPTION else outcomes.decide_contract
        return _run(parent, decide_fn, session, outcome.id, values["approve"], values["note"], at=at)
    return _run(parent, outcomes.cosign_decide, session, outcome.kind, outcome.id, values["approve"],
                values["code"], values["pin"], values["note"], at=at)


def withdraw(parent, session, outcome: outcomes.Outcome, clock) -> bool:
    """退订 an approved 认购 with a reason (a supervisor, or with a supervisor's PIN)."""
    fields = [Field("reason", tr("退订原因"))]
    direct = session.can("reception.approve")
    if not direct:
        fields += _cosign_fields()
    values = FormDialog.ask(parent, tr("退订 {number} {unit}").format(number=outcome.number, unit=outcome.unit),
                            fields, note=tr("退订后认购记录保留，状态改为“已退订”，房号可再次认购。"))
    if values is None:
        return False
    at: dt.datetime = clock()
    if direct:
        return _run(parent, outcomes.withdraw_subscription, session, outcome.id, values["reason"], at=at)
    return _run(parent, outcomes.cosign_withdraw, session, outcome.id, values["reason"], values["code"],
                values["pin"], at=at)
