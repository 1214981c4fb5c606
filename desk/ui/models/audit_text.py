"""The audit trail in Chinese: what was done (操作), to what (对象), and the record before and after
as "label：value" pairs, never the program's own names (``fee_payment``, ``amount=483.62``, a dict).

Field names are those of the records the services snapshot (``audit.snapshot``) and of the few
dicts they write themselves; a name not listed here is left out of the text (the raw entry stays in
the database), and the tests require every field of every model to be listed or hidden.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk import settings
from desk.services.bar import stock
from desk.services.core.errors import QT_TRANSLATE_NOOP
from desk.services.core.permissions import ROLES
from desk.services.inspections import templates as inspection_templates, workorders
from desk.services.reception.hall import CUPS
from desk.services.reception.rotation import ACTIONS as ROTATION_ACTIONS
from desk.services.servicedesk import complaints, repairs, specials
from desk.services.showflats import cleaning, flats

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("audit", "新建"),
    "change": QT_TRANSLATE_NOOP("audit", "修改"),
    "correct": QT_TRANSLATE_NOOP("audit", "更正"),
    "sign_in": QT_TRANSLATE_NOOP("audit", "登录"),
    "sign_in_failed": QT_TRANSLATE_NOOP("audit", "登录失败"),
    "reverse": QT_TRANSLATE_NOOP("audit", "冲销"),
    "sign": QT_TRANSLATE_NOOP("audit", "签批"),
    "override": QT_TRANSLATE_NOOP("audit", "主管放行"),
    "anonymise": QT_TRANSLATE_NOOP("audit", "匿名化"),
    "reveal": QT_TRANSLATE_NOOP("audit", "查看号码"),
    "unlock": QT_TRANSLATE_NOOP("audit", "解除锁定"),
    "approve": QT_TRANSLATE_NOOP("audit", "批准"),
    "reject": QT_TRANSLATE_NOOP("audit", "驳回"),
    "withdraw": QT_TRANSLATE_NOOP("audit", "退订"),
    "restore": QT_TRANSLATE_NOOP("audit", "从备份恢复"),
    "copy_out": QT_TRANSLATE_NOOP("audit", "复制整个数据库"),
}

ENTITIES = {
    "staff": QT_TRANSLATE_NOOP("audit", "员工"),
    "database": QT_TRANSLATE_NOOP("audit", "数据库"),
    "duty_log": QT_TRANSLATE_NOOP("audit", "值班日志"),
    "showflat_answers": QT_TRANSLATE_NOOP("audit", "样板间检查结果"),
    "setting": QT_TRANSLATE_NOOP("audit", "设置"),
    "shift": QT_TRANSLATE_NOOP("audit", "班次"),
    "visit": QT_TRANSLATE_NOOP("audit", "来访"),
    "customer": QT_TRANSLATE_NOOP("audit", "客户"),
    "visit_source": QT_TRANSLATE_NOOP("audit", "认知途径"),
    "ownership_claim": QT_TRANSLATE_NOOP("audit", "归属申请"),
    "follow_up": QT_TRANSLATE_NOOP("audit", "跟进"),
    "rotation": QT_TRANSLATE_NOOP("audit", "轮排"),
    "serving": QT_TRANSLATE_NOOP("audit", "饮品出品"),
    "parking_ticket": QT_TRANSLATE_NOOP("audit", "停车票"),
    "stock_item": QT_TRANSLATE_NOOP("audit", "水吧物品"),
    "stock_category": QT_TRANSLATE_NOOP("audit", "水吧类别"),
    "stock_entry": QT_TRANSLATE_NOOP("audit", "库存流水"),
    "stock_count": QT_TRANSLATE_NOOP("audit", "水吧盘点"),
    "purchase_request": QT_TRANSLATE_NOOP("audit", "采购申请"),
    "purchase_line": QT_TRANSLATE_NOOP("audit", "采购申请行"),
    "showflat": QT_TRANSLATE_NOOP("audit", "样板间"),
    "showflat_room": QT_TRANSLATE_NOOP("audit", "样板间房间"),
    "showflat_item": QT_TRANSLATE_NOOP("audit", "样板间物品"),
    "showflat_check": QT_TRANSLATE_NOOP("audit", "样板间检查"),
    "showflat_incident": QT_TRANSLATE_NOOP("audit", "损坏与缺失"),
    "worker_visit": QT_TRANSLATE_NOOP("audit", "施工人员进出"),
    "cleaning_task": QT_TRANSLATE_NOOP("audit", "保洁任务"),
    "cleaning_record": QT_TRANSLATE_NOOP("audit", "保洁记录"),
    "unit": QT_TRANSLATE_NOOP("audit", "房号"),
    "repair": QT_TRANSLATE_NOOP("audit", "报修"),
    "complaint": QT_TRANSLATE_NOOP("audit", "投诉"),
    "complaint_category": QT_TRANSLATE_NOOP("audit", "投诉类别"),
    "call": QT_TRANSLATE_NOOP("audit", "来电"),
    "key_loan": QT_TRANSLATE_NOOP("audit", "钥匙借用"),
    "price_item": QT_TRANSLATE_NOOP("audit", "收费项目"),
    "special_order": QT_TRANSLATE_NOOP("audit", "特约服务"),
    "fee_period": QT_TRANSLATE_NOOP("audit", "收费期间"),
    "fee_notice": QT_TRANSLATE_NOOP("audit", "缴费通知"),
    "fee_payment": QT_TRANSLATE_NOOP("audit", "缴费"),
    "arrears_reminder": QT_TRANSLATE_NOOP("audit", "催缴通知书"),
    "owner_visit": QT_TRANSLATE_NOOP("audit", "拜访业主"),
    "survey": QT_TRANSLATE_NOOP("audit", "意见征询"),
    "inspection_template": QT_TRANSLATE_NOOP("audit", "巡检模板"),
    "inspection_template_item": QT_TRANSLATE_NOOP("audit", "巡检项目"),
    "inspection_round": QT_TRANSLATE_NOOP("audit", "巡检"),
    "inspection_answers": QT_TRANSLATE_NOOP("audit", "巡检结果"),
    "place_incident": QT_TRANSLATE_NOOP("audit", "巡检事件"),
    "work_order": QT_TRANSLATE_NOOP("audit", "工程维修单"),
    "vehicle_entry": QT_TRANSLATE_NOOP("audit", "车辆登记"),
    "visit_completion": QT_TRANSLATE_NOOP("audit", "洽谈补录"),
    "subscription": QT_TRANSLATE_NOOP("audit", "认购"),
    "contract": QT_TRANSLATE_NOOP("audit", "签约"),
}

# Never shown: secrets, ids and bookkeeping a person does not need to read.
HIDDEN = {"id", "pin_hash", "phone_rev", "data", "mime", "width", "height", "sort", "failed_attempts",
          "locked_until", "stock_entry_id", "item_id", "entity", "entity_id", "before", "after", "visit_id",
          "legacy_check", "legacy_answer", "legacy_point", "lockouts", "record_id"}

FIELDS = {
    "subscription": QT_TRANSLATE_NOOP("audit", "认购"), "recorded_at": QT_TRANSLATE_NOOP("audit", "登记时间"),
    "recorded_by": QT_TRANSLATE_NOOP("audit", "登记人"), "next_step": QT_TRANSLATE_NOOP("audit", "下一步"),
    "next_due": QT_TRANSLATE_NOOP("audit", "下次跟进"), "next_date": QT_TRANSLATE_NOOP("audit", "下次跟进日期"),
    "due_on": QT_TRANSLATE_NOOP("audit", "应跟进日"), "deposit": QT_TRANSLATE_NOOP("audit", "定金"),
    "withdrawn_at": QT_TRANSLATE_NOOP("audit", "退订时间"), "withdrawn_by": QT_TRANSLATE_NOOP("audit", "退订经办人"),
    "withdraw_reason": QT_TRANSLATE_NOOP("audit", "退订原因"), "objections": QT_TRANSLATE_NOOP("audit", "抗性"),
    "budget": QT_TRANSLATE_NOOP("audit", "预算"), "unit_type": QT_TRANSLATE_NOOP("audit", "意向户型"),
    "field": QT_TRANSLATE_NOOP("audit", "字段"),
    "action": QT_TRANSLATE_NOOP("audit", "动作"), "active": QT_TRANSLATE_NOOP("audit", "在用"),
    "age_band": QT_TRANSLATE_NOOP("audit", "年龄段"), "amount": QT_TRANSLATE_NOOP("audit", "金额"),
    "anonymised": QT_TRANSLATE_NOOP("audit", "已匿名"), "answer": QT_TRANSLATE_NOOP("audit", "检查结果"),
    "answers": QT_TRANSLATE_NOOP("audit", "答卷"), "approved_at": QT_TRANSLATE_NOOP("audit", "批准时间"),
    "approved_by": QT_TRANSLATE_NOOP("audit", "批准人"), "area": QT_TRANSLATE_NOOP("audit", "区域"),
    "arrived_at": QT_TRANSLATE_NOOP("audit", "到访时间"), "assignment": QT_TRANSLATE_NOOP("audit", "分配方式"),
    "at": QT_TRANSLATE_NOOP("audit", "时间"), "balance": QT_TRANSLATE_NOOP("audit", "结存"),
    "barcode": QT_TRANSLATE_NOOP("audit", "条码"), "batch": QT_TRANSLATE_NOOP("audit", "批次"),
    "best_before": QT_TRANSLATE_NOOP("audit", "保质期至"), "blind": QT_TRANSLATE_NOOP("audit", "盲盘"),
    "borrower": QT_TRANSLATE_NOOP("audit", "借用人"), "borrower_id_number": QT_TRANSLATE_NOOP("audit", "证件号码"),
    "borrower_phone": QT_TRANSLATE_NOOP("audit", "借用人电话"), "building": QT_TRANSLATE_NOOP("audit", "楼栋"),
    "by": QT_TRANSLATE_NOOP("audit", "操作人"), "call": QT_TRANSLATE_NOOP("audit", "来电"),
    "callback_at": QT_TRANSLATE_NOOP("audit", "回访时间"), "callback_by": QT_TRANSLATE_NOOP("audit", "回访人"),
    "callback_comment": QT_TRANSLATE_NOOP("audit", "回访意见"), "caller": QT_TRANSLATE_NOOP("audit", "来电人"),
    "category": QT_TRANSLATE_NOOP("audit", "类别"), "charge": QT_TRANSLATE_NOOP("audit", "收费"),
    "charge_item": QT_TRANSLATE_NOOP("audit", "收费项目"), "charge_quantity": QT_TRANSLATE_NOOP("audit", "收费数量"),
    "check": QT_TRANSLATE_NOOP("audit", "检查"), "claimant": QT_TRANSLATE_NOOP("audit", "申请人"),
    "closed_at": QT_TRANSLATE_NOOP("audit", "结束时间"), "closed_by": QT_TRANSLATE_NOOP("audit", "结束人"),
    "code": QT_TRANSLATE_NOOP("audit", "工号"), "company": QT_TRANSLATE_NOOP("audit", "同行"),
    "complainant": QT_TRANSLATE_NOOP("audit", "投诉人"), "confirmed_by": QT_TRANSLATE_NOOP("audit", "确认人"),
    "consultant": QT_TRANSLATE_NOOP("audit", "顾问"), "content": QT_TRANSLATE_NOOP("audit", "内容"),
    "copied_from": QT_TRANSLATE_NOOP("audit", "复制自"), "corrects": QT_TRANSLATE_NOOP("audit", "更正自"),
    "cosigned_by": QT_TRANSLATE_NOOP("audit", "会签人"), "count": QT_TRANSLATE_NOOP("audit", "盘点"),
    "counted": QT_TRANSLATE_NOOP("audit", "清点数量"), "counted_at": QT_TRANSLATE_NOOP("audit", "盘点时间"),
    "counted_by": QT_TRANSLATE_NOOP("audit", "盘点人"), "created_at": QT_TRANSLATE_NOOP("audit", "建立时间"),
    "created_by": QT_TRANSLATE_NOOP("audit", "建立人"), "cup": QT_TRANSLATE_NOOP("audit", "杯型"),
    "customer": QT_TRANSLATE_NOOP("audit", "客户"), "customer_confirmed": QT_TRANSLATE_NOOP("audit", "业主确认"),
    "customers": QT_TRANSLATE_NOOP("audit", "客户数"), "cutoff": QT_TRANSLATE_NOOP("audit", "截止日期"),
    "daily_use": QT_TRANSLATE_NOOP("audit", "日均用量"), "day": QT_TRANSLATE_NOOP("audit", "日期"),
    "decided_at": QT_TRANSLATE_NOOP("audit", "处理时间"), "decided_by": QT_TRANSLATE_NOOP("audit", "处理人"),
    "decision_note": QT_TRANSLATE_NOOP("audit", "处理意见"), "departed_at": QT_TRANSLATE_NOOP("audit", "离场时间"),
    "department": QT_TRANSLATE_NOOP("audit", "责任部门"), "description": QT_TRANSLATE_NOOP("audit", "报修内容"),
    "difference": QT_TRANSLATE_NOOP("audit", "差异"), "dispatched_at": QT_TRANSLATE_NOOP("audit", "派工时间"),
    "dispatched_by": QT_TRANSLATE_NOOP("audit", "派工人"), "done": QT_TRANSLATE_NOOP("audit", "完成"),
    "done_at": QT_TRANSLATE_NOOP("audit", "完成时间"), "done_by": QT_TRANSLATE_NOOP("audit", "完成人"),
    "done_note": QT_TRANSLATE_NOOP("audit", "完工说明"), "due_at": QT_TRANSLATE_NOOP("audit", "应完成时间"),
    "due_date": QT_TRANSLATE_NOOP("audit", "缴费截止"), "entered_at": QT_TRANSLATE_NOOP("audit", "录入时间"),
    "entered_by": QT_TRANSLATE_NOOP("audit", "录入人"), "entrance": QT_TRANSLATE_NOOP("audit", "单元"),
    "entry": QT_TRANSLATE_NOOP("audit", "库存流水"), "escort": QT_TRANSLATE_NOOP("audit", "陪同"),
    "expected": QT_TRANSLATE_NOOP("audit", "账面"), "expected_qty": QT_TRANSLATE_NOOP("audit", "应有数量"),
    "first_visit": QT_TRANSLATE_NOOP("audit", "首访"), "flat": QT_TRANSLATE_NOOP("audit", "样板间"),
    "follow_up": QT_TRANSLATE_NOOP("audit", "跟进"), "for_day": QT_TRANSLATE_NOOP("audit", "需用日期"),
    "frequency": QT_TRANSLATE_NOOP("audit", "频率"), "from_location": QT_TRANSLATE_NOOP("audit", "原位置"),
    "from_place": QT_TRANSLATE_NOOP("audit", "调出"), "from_staff": QT_TRANSLATE_NOOP("audit", "原负责人"),
    "grade": QT_TRANSLATE_NOOP("audit", "意向"), "group_ref": QT_TRANSLATE_NOOP("audit", "来访组号"),
    "guest_no": QT_TRANSLATE_NOOP("audit", "客人序号"), "handover_note": QT_TRANSLATE_NOOP("audit", "交接说明"),
    "home_district": QT_TRANSLATE_NOOP("audit", "居住区域"), "icon": QT_TRANSLATE_NOOP("audit", "图标"),
    "id_last4": QT_TRANSLATE_NOOP("audit", "证件后 4 位"), "implementation": QT_TRANSLATE_NOOP("audit", "实施情况"),
    "implemented_at": QT_TRANSLATE_NOOP("audit", "实施时间"), "incident": QT_TRANSLATE_NOOP("audit", "事件"),
    "incidents": QT_TRANSLATE_NOOP("audit", "事件"), "investigated_at": QT_TRANSLATE_NOOP("audit", "调查时间"),
    "investigation": QT_TRANSLATE_NOOP("audit", "调查情况"), "issued_at": QT_TRANSLATE_NOOP("audit", "开具时间"),
    "item": QT_TRANSLATE_NOOP("audit", "物品"), "item_name": QT_TRANSLATE_NOOP("audit", "品名"),
    "judged_at": QT_TRANSLATE_NOOP("audit", "判断时间"), "judgement": QT_TRANSLATE_NOOP("audit", "判断说明"),
    "key_label": QT_TRANSLATE_NOOP("audit", "钥匙"), "kind": QT_TRANSLATE_NOOP("audit", "类型"),
    "last_contact_at": QT_TRANSLATE_NOOP("audit", "最近联系"), "last_grade": QT_TRANSLATE_NOOP("audit", "最近意向"),
    "lent_by": QT_TRANSLATE_NOOP("audit", "经办"), "location": QT_TRANSLATE_NOOP("audit", "位置"),
    "materials": QT_TRANSLATE_NOOP("audit", "材料"), "method": QT_TRANSLATE_NOOP("audit", "方式"),
    "min_stock": QT_TRANSLATE_NOOP("audit", "最低库存"), "months": QT_TRANSLATE_NOOP("audit", "月数"),
    "move_in": QT_TRANSLATE_NOOP("audit", "入住日期"), "moved": QT_TRANSLATE_NOOP("audit", "调拨数量"),
    "name": QT_TRANSLATE_NOOP("audit", "名称"), "needs": QT_TRANSLATE_NOOP("audit", "需求"),
    "needs_signoff": QT_TRANSLATE_NOOP("audit", "需签批"), "new_qty": QT_TRANSLATE_NOOP("audit", "新数量"),
    "note": QT_TRANSLATE_NOOP("audit", "备注"), "notes": QT_TRANSLATE_NOOP("audit", "备注"),
    "notice": QT_TRANSLATE_NOOP("audit", "缴费通知"), "number": QT_TRANSLATE_NOOP("audit", "单号"),
    "old_qty": QT_TRANSLATE_NOOP("audit", "原数量"), "old_visits": QT_TRANSLATE_NOOP("audit", "保留的来访"),
    "open_shelf_days": QT_TRANSLATE_NOOP("audit", "开封后可用天数"), "opened_at": QT_TRANSLATE_NOOP("audit", "开始时间"),
    "opened_by": QT_TRANSLATE_NOOP("audit", "开始人"), "opinion": QT_TRANSLATE_NOOP("audit", "业主意见"),
    "order": QT_TRANSLATE_NOOP("audit", "顺序"), "ordered_at": QT_TRANSLATE_NOOP("audit", "下单时间"),
    "ordered_by": QT_TRANSLATE_NOOP("audit", "下单人"), "original_name": QT_TRANSLATE_NOOP("audit", "原文件名"),
    "out_at": QT_TRANSLATE_NOOP("audit", "借出时间"), "out_by": QT_TRANSLATE_NOOP("audit", "登记离场人"),
    "override_by": QT_TRANSLATE_NOOP("audit", "放行主管"), "override_reason": QT_TRANSLATE_NOOP("audit", "放行原因"),
    "owner": QT_TRANSLATE_NOOP("audit", "归属顾问"), "owner_name": QT_TRANSLATE_NOOP("audit", "业主"),
    "owner_phone": QT_TRANSLATE_NOOP("audit", "业主电话"), "owner_since": QT_TRANSLATE_NOOP("audit", "归属起始"),
    "pack_factor": QT_TRANSLATE_NOOP("audit", "每包装含"), "pack_quantity": QT_TRANSLATE_NOOP("audit", "包装数量"),
    "pack_unit": QT_TRANSLATE_NOOP("audit", "采购包装"), "paid_at": QT_TRANSLATE_NOOP("audit", "缴费时间"),
    "par_level": QT_TRANSLATE_NOOP("audit", "标准库存"), "party_size": QT_TRANSLATE_NOOP("audit", "人数"),
    "period": QT_TRANSLATE_NOOP("audit", "收费期间"), "phone": QT_TRANSLATE_NOOP("audit", "电话"),
    "photo": QT_TRANSLATE_NOOP("audit", "照片"), "place": QT_TRANSLATE_NOOP("audit", "存放"),
    "plan": QT_TRANSLATE_NOOP("audit", "处理方案"), "planned_at": QT_TRANSLATE_NOOP("audit", "方案时间"),
    "plate": QT_TRANSLATE_NOOP("audit", "车牌"), "point": QT_TRANSLATE_NOOP("audit", "检查项"),
    "position": QT_TRANSLATE_NOOP("audit", "顺序"), "price": QT_TRANSLATE_NOOP("audit", "单价"),
    "proposed": QT_TRANSLATE_NOOP("audit", "建议数量"), "proposed_qty": QT_TRANSLATE_NOOP("audit", "清点数量"),
    "purpose": QT_TRANSLATE_NOOP("audit", "事由"), "quantity": QT_TRANSLATE_NOOP("audit", "数量"),
    "reading": QT_TRANSLATE_NOOP("audit", "读数"), "reason": QT_TRANSLATE_NOOP("audit", "原因"),
    "received": QT_TRANSLATE_NOOP("audit", "已到货"), "received_at": QT_TRANSLATE_NOOP("audit", "受理时间"),
    "received_by": QT_TRANSLATE_NOOP("audit", "经手人"), "received_unit": QT_TRANSLATE_NOOP("audit", "入库单位"),
    "ref_id": QT_TRANSLATE_NOOP("audit", "关联编号"), "ref_type": QT_TRANSLATE_NOOP("audit", "关联"),
    "refill_of": QT_TRANSLATE_NOOP("audit", "续杯自"), "registered_by": QT_TRANSLATE_NOOP("audit", "登记人"),
    "remaining": QT_TRANSLATE_NOOP("audit", "剩余"), "reporter": QT_TRANSLATE_NOOP("audit", "报修人"),
    "reporter_phone": QT_TRANSLATE_NOOP("audit", "报修人电话"), "request": QT_TRANSLATE_NOOP("audit", "采购申请"),
    "responsible": QT_TRANSLATE_NOOP("audit", "现负责人"), "result": QT_TRANSLATE_NOOP("audit", "处理结果"),
    "return_note": QT_TRANSLATE_NOOP("audit", "归还说明"), "returned_at": QT_TRANSLATE_NOOP("audit", "归还时间"),
    "returned_to": QT_TRANSLATE_NOOP("audit", "归还经办"), "reverses": QT_TRANSLATE_NOOP("audit", "冲销自"),
    "roles": QT_TRANSLATE_NOOP("audit", "角色"), "room": QT_TRANSLATE_NOOP("audit", "房间"),
    "satisfied": QT_TRANSLATE_NOOP("audit", "满意"), "serial": QT_TRANSLATE_NOOP("audit", "编号"),
    "served_at": QT_TRANSLATE_NOOP("audit", "出品时间"), "shelf_life_days": QT_TRANSLATE_NOOP("audit", "保质期（天）"),
    "shift": QT_TRANSLATE_NOOP("audit", "班次"), "signed_at": QT_TRANSLATE_NOOP("audit", "签批时间"),
    "signed_by": QT_TRANSLATE_NOOP("audit", "签批人"), "source": QT_TRANSLATE_NOOP("audit", "认知途径"),
    "staff": QT_TRANSLATE_NOOP("audit", "人员"), "start": QT_TRANSLATE_NOOP("audit", "起始日期"),
    "started_at": QT_TRANSLATE_NOOP("audit", "开始时间"), "started_by": QT_TRANSLATE_NOOP("audit", "检查人"),
    "status": QT_TRANSLATE_NOOP("audit", "状态"), "stock": QT_TRANSLATE_NOOP("audit", "申请时库存"),
    "suggestion": QT_TRANSLATE_NOOP("audit", "意见和建议"), "summary": QT_TRANSLATE_NOOP("audit", "总结"),
    "supplier": QT_TRANSLATE_NOOP("audit", "供应商"), "surname": QT_TRANSLATE_NOOP("audit", "姓氏"),
    "taken_at": QT_TRANSLATE_NOOP("audit", "拍摄时间"), "taken_by": QT_TRANSLATE_NOOP("audit", "首问责任人"),
    "task": QT_TRANSLATE_NOOP("audit", "任务"), "tasks": QT_TRANSLATE_NOOP("audit", "任务"),
    "text": QT_TRANSLATE_NOOP("audit", "内容"), "time_in": QT_TRANSLATE_NOOP("audit", "进场"),
    "time_out": QT_TRANSLATE_NOOP("audit", "离场"), "title": QT_TRANSLATE_NOOP("audit", "称呼"),
    "to_location": QT_TRANSLATE_NOOP("audit", "新位置"), "to_place": QT_TRANSLATE_NOOP("audit", "调入"),
    "to_staff": QT_TRANSLATE_NOOP("audit", "新负责人"), "tolerance": QT_TRANSLATE_NOOP("audit", "容差"),
    "topic": QT_TRANSLATE_NOOP("audit", "事由"), "transport": QT_TRANSLATE_NOOP("audit", "交通"),
    "unit": QT_TRANSLATE_NOOP("audit", "房号"), "unit_name": QT_TRANSLATE_NOOP("audit", "单位"),
    "unit_price": QT_TRANSLATE_NOOP("audit", "单价"), "valid": QT_TRANSLATE_NOOP("audit", "有效投诉"),
    "value": QT_TRANSLATE_NOOP("audit", "价值（元）"), "visit": QT_TRANSLATE_NOOP("audit", "来访"),
    "visit_count": QT_TRANSLATE_NOOP("audit", "到访次数"), "visits": QT_TRANSLATE_NOOP("audit", "来访数"),
    "visited_at": QT_TRANSLATE_NOOP("audit", "拜访时间"), "visitor": QT_TRANSLATE_NOOP("audit", "拜访人"),
    "witness": QT_TRANSLATE_NOOP("audit", "见证人"), "work_district": QT_TRANSLATE_NOOP("audit", "工作区域"),
    "worker": QT_TRANSLATE_NOOP("audit", "维修人员"), "year": QT_TRANSLATE_NOOP("audit", "年度"),
    "created": QT_TRANSLATE_NOOP("audit", "新生成"), "existing": QT_TRANSLATE_NOOP("audit", "已有"),
    "no_area": QT_TRANSLATE_NOOP("audit", "未登记面积的房号"),
    "as_of": QT_TRANSLATE_NOOP("audit", "截至日期"), "issued_by": QT_TRANSLATE_NOOP("audit", "开具人"),
    "channel": QT_TRANSLATE_NOOP("audit", "渠道"),
    "what": QT_TRANSLATE_NOOP("audit", "事项"), "round": QT_TRANSLATE_NOOP("audit", "巡检"),
    "work_order": QT_TRANSLATE_NOOP("audit", "工程维修单"), "template": QT_TRANSLATE_NOOP("audit", "巡检模板"),
    "choice": QT_TRANSLATE_NOOP("audit", "回答"), "place_kind": QT_TRANSLATE_NOOP("audit", "地点类型"),
    "schedule": QT_TRANSLATE_NOOP("audit", "周期"), "every_hours": QT_TRANSLATE_NOOP("audit", "间隔（小时）"),
    "at_time": QT_TRANSLATE_NOOP("audit", "时间"), "until_time": QT_TRANSLATE_NOOP("audit", "截止时间"),
    "weekday": QT_TRANSLATE_NOOP("audit", "星期"), "month_day": QT_TRANSLATE_NOOP("audit", "每月几号"),
    "grace_minutes": QT_TRANSLATE_NOOP("audit", "宽限（分钟）"), "role": QT_TRANSLATE_NOOP("audit", "执行岗位"),
    "blocks_handover": QT_TRANSLATE_NOOP("audit", "逾期不能交班"), "label": QT_TRANSLATE_NOOP("audit", "检查项目"),
    "low": QT_TRANSLATE_NOOP("audit", "下限"), "high": QT_TRANSLATE_NOOP("audit", "上限"),
    "normal_answer": QT_TRANSLATE_NOOP("audit", "正常的回答"), "note_on_fail": QT_TRANSLATE_NOOP("audit", "异常须写明"),
    "photo_on_fail": QT_TRANSLATE_NOOP("audit", "异常须拍照"), "on_fail": QT_TRANSLATE_NOOP("audit", "异常时"),
    "driver": QT_TRANSLATE_NOOP("audit", "来人"), "asset": QT_TRANSLATE_NOOP("audit", "设备/部位"),
    "reported_at": QT_TRANSLATE_NOOP("audit", "报修时间"), "reported_by": QT_TRANSLATE_NOOP("audit", "报修人"),
    "cost": QT_TRANSLATE_NOOP("audit", "费用"), "accepted_at": QT_TRANSLATE_NOOP("audit", "验收时间"),
    "accepted_by": QT_TRANSLATE_NOOP("audit", "验收人"), "accept_note": QT_TRANSLATE_NOOP("audit", "验收意见"),
    "followups": QT_TRANSLATE_NOOP("audit", "后续"),
}

# Fields that hold a person (shown by name).
STAFF_FIELDS = {
    "by", "staff", "created_by", "approved_by", "received_by", "entered_by", "dispatched_by", "done_by",
    "callback_by", "closed_by", "opened_by", "started_by", "counted_by", "cosigned_by", "signed_by", "override_by",
    "decided_by", "claimant", "owner", "consultant", "registered_by", "taken_by", "responsible", "from_staff",
    "to_staff", "lent_by", "returned_to", "out_by", "escort", "confirmed_by", "ordered_by", "visitor", "issued_by",
    "reported_by", "accepted_by", "recorded_by", "withdrawn_by",
}

# The same name meaning something else in one kind of record.
ENTITY_FIELDS = {
    "staff": {"name": QT_TRANSLATE_NOOP("audit", "姓名"), "phone": QT_TRANSLATE_NOOP("audit", "手机")},
    "worker_visit": {"name": QT_TRANSLATE_NOOP("audit", "姓名"), "company": QT_TRANSLATE_NOOP("audit", "单位")},
    "stock_item": {"unit": QT_TRANSLATE_NOOP("audit", "单位")},
    "unit": {"room": QT_TRANSLATE_NOOP("audit", "室"), "area": QT_TRANSLATE_NOOP("audit", "建筑面积㎡")},
    "fee_notice": {"area": QT_TRANSLATE_NOOP("audit", "建筑面积㎡")},
    "customer": {"phone": QT_TRANSLATE_NOOP("audit", "手机")},
    "inspection_template": {"place": QT_TRANSLATE_NOOP("audit", "地点")},
    "inspection_template_item": {"unit": QT_TRANSLATE_NOOP("audit", "单位"),
                                 "expected": QT_TRANSLATE_NOOP("audit", "应有数量"),
                                 "kind": QT_TRANSLATE_NOOP("audit", "回答方式")},
    "inspection_round": {"place": QT_TRANSLATE_NOOP("audit", "地点"),
                         "started_by": QT_TRANSLATE_NOOP("audit", "巡检人")},
    "place_incident": {"place": QT_TRANSLATE_NOOP("audit", "地点"), "source": QT_TRANSLATE_NOOP("audit", "来源"),
                       "opened_at": QT_TRANSLATE_NOOP("audit", "登记时间"),
                       "opened_by": QT_TRANSLATE_NOOP("audit", "登记人"),
                       "answer": QT_TRANSLATE_NOOP("audit", "巡检结果")},
    "work_order": {"place": QT_TRANSLATE_NOOP("audit", "地点"), "answer": QT_TRANSLATE_NOOP("audit", "巡检结果")},
    "inspection_answers": {"answers": QT_TRANSLATE_NOOP("audit", "项目数")},
}

# Fields a kind of record keeps for the program alone (a shipped template's key).
ENTITY_HIDDEN = {"inspection_template": {"code"}}

INCIDENT_SOURCES = {"round": QT_TRANSLATE_NOOP("audit", "巡检发现"), "report": QT_TRANSLATE_NOOP("audit", "人员报告")}
FOLLOWUPS = {"PlaceIncident": QT_TRANSLATE_NOOP("audit", "事件 #{id}"),
             "Incident": QT_TRANSLATE_NOOP("audit", "样板间事件 #{id}"),
             "WorkOrder": QT_TRANSLATE_NOOP("audit", "工程维修单 #{id}")}

CLAIM_STATUSES = {"pending": QT_TRANSLATE_NOOP("audit", "待处理"), "approved": QT_TRANSLATE_NOOP("audit", "已同意"),
                  "rejected": QT_TRANSLATE_NOOP("audit", "已驳回")}


def _values(field: str, entity: str) -> dict[str, tuple[str, str]]:
    """Codes a field holds -> (translation context, source text)."""
    if field in ("assignment", "action") and entity in ("visit", "rotation"):
        return {k: ("reception", v) for k, v in ROTATION_ACTIONS.items()}
    if field == "cup":
        return {k: ("reception", v) for k, v in CUPS.items()}
    if field == "frequency":
        return {k: ("showflats", v) for k, v in cleaning.FREQUENCIES.items()}
    if field == "icon":
        return {k: ("showflats", v) for k, v in cleaning.ICON_NAMES.items()}
    if field == "kind" and entity == "showflat_check":
        return {k: ("showflats", v) for k, v in flats.CHECK_KINDS.items()}
    if field == "kind" and entity == "price_item":
        return {k: ("service", v) for k, v in specials.KINDS.items()}
    if field == "status" and entity == "repair":
        return {k: ("service", v) for k, v in repairs.STATUSES.items()}
    if field == "status" and entity == "complaint":
        return {k: ("service", v) for k, v in complaints.STATUSES.items()}
    if field == "status" and entity == "ownership_claim":
        return {k: ("audit", v) for k, v in CLAIM_STATUSES.items()}
    if field == "ref_type":
        return {k: ("stock", v) for k, v in stock.REF_TYPES.items()}
    if field == "place_kind":
        return {k: ("inspections", v) for k, v in inspection_templates.PLACE_KINDS.items()}
    if field == "schedule":
        return {k: ("inspections", v) for k, v in inspection_templates.SCHEDULES.items()}
    if field == "on_fail":
        return {k: ("inspections", v) for k, v in inspection_templates.ON_FAIL.items()}
    if field == "kind" and entity == "inspection_template_item":
        return {k: ("inspections", v) for k, v in inspection_templates.ANSWER_KINDS.items()}
    if field == "status" and entity == "work_order":
        return {k: ("inspections", v) for k, v in workorders.STATUSES.items()}
    if field == "source" and entity == "place_incident":
        return {k: ("audit", v) for k, v in INCIDENT_SOURCES.items()}
    if field == "role":
        return {k: ("roles", v) for k, v in ROLES.items()}
    return {}


OTHER_ACTION, OTHER_RECORD = QT_TRANSLATE_NOOP("audit", "其他操作"), QT_TRANSLATE_NOOP("audit", "其他记录")
YES, NO = QT_TRANSLATE_NOOP("audit", "是"), QT_TRANSLATE_NOOP("audit", "否")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def action_text(action: str) -> str:
    return _tr("audit", ACTIONS.get(action, OTHER_ACTION))


def entity_text(entity: str) -> str:
    return _tr("audit", ENTITIES.get(entity, OTHER_RECORD))


def ref_type_text(ref_type: str) -> str:
    """What a stock entry was booked for (a visit, a purchase request …), by name."""
    return _tr("stock", stock.REF_TYPES[ref_type]) if ref_type in stock.REF_TYPES else _tr("audit", OTHER_RECORD)


def field_label(field: str, entity: str = "") -> str | None:
    """The Chinese label of a field (None: not shown)."""
    if field in HIDDEN or field in ENTITY_HIDDEN.get(entity, ()):
        return None
    text = ENTITY_FIELDS.get(entity, {}).get(field) or FIELDS.get(field)
    if text is None and entity == "setting":
        options = {o.key: o.label for o in settings.OPTIONS}
        return _tr("settings", options[field]) if field in options else None
    return _tr("audit", text) if text else None


def value_text(field: str, entity: str, value: Any, names: dict | None = None) -> str:
    if names is not None and field in STAFF_FIELDS and isinstance(value, int) and not isinstance(value, bool):
        return names.get(value, str(value))
    if isinstance(value, bool):
        return _tr("audit", YES if value else NO)
    if isinstance(value, (list, tuple)):
        return "、".join(value_text(field, entity, v, names) for v in value)
    if isinstance(value, dict):
        return f"（{describe(value, entity, names)}）"
    if field == "followups" and isinstance(value, str) and ":" in value:  # "WorkOrder:12"
        kind, _, number = value.partition(":")
        return _tr("audit", FOLLOWUPS[kind]).format(id=number) if kind in FOLLOWUPS else _tr("audit", OTHER_RECORD)
    if field == "weekday" and isinstance(value, int) and 1 <= value <= 7:
        return _tr("inspections", inspection_templates.WEEKDAYS[value - 1])
    if field == "roles" and isinstance(value, str):
        return "、".join(_tr("roles", ROLES.get(r, r)) for r in value.split(",") if r)
    if entity == "setting":
        option = next((o for o in settings.OPTIONS if o.key == field), None)
        if option is not None and option.choice_labels and value in option.choices:
            return _tr("settings", option.choice_labels[option.choices.index(value)])
    codes = _values(field, entity)
    if isinstance(value, str) and value in codes:
        return _tr(*codes[value])
    if isinstance(value, str) and len(value) >= 16 and value[10:11] == "T":
        try:
            return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
    return str(value)


def describe(data: dict | None, entity: str = "", names: dict | None = None) -> str:
    """``{"amount": "483.62", "method": "现金"}`` -> "金额：483.62，方式：现金" (empty values left out).
    ``names``: staff names by id, for the fields that hold a person. Keys that are already words (a
    survey's questions) are their own labels."""
    if not data:
        return ""
    parts = []
    for key, value in data.items():
        label = field_label(key, entity) if key.isascii() else key
        if label is None or value in (None, "", [], {}):
            continue
        parts.append(f"{label}：{value_text(key, entity, value, names)}")
    return "，".join(parts)
