<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>上次盘点</source>
        <translation>Last counted</translation>
    </message>
    <message>
        <source>从未盘点</source>
        <translation>Never counted</translation>
    </message>
    <message>
        <source>未盘点天数</source>
        <translation>Days uncounted</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>物品/项目</source>
        <translation>Item/point</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>频率</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>上次完成</source>
        <translation>Last done</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>应完成日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>撤销第 {id} 条</source>
        <translation>Undoes no. {id}</translation>
    </message>
    <message>
        <source>完成（已撤销）</source>
        <translation>Done (undone)</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>登记认购 — {name}</source>
        <translation>Record a subscription — {name}</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>成交价（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>定金（元）</source>
        <translation>Deposit (yuan)</translation>
    </message>
    <message>
        <source>认购日期</source>
        <translation>Subscription date</translation>
    </message>
    <message>
        <source>登记后须经主管审批才计入认购。</source>
        <translation>A subscription counts once a supervisor has approved it.</translation>
    </message>
    <message>
        <source>登记签约 — {number} {unit}</source>
        <translation>Record a contract — {number} {unit}</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>合同金额（元）</source>
        <translation>Contract amount (yuan)</translation>
    </message>
    <message>
        <source>登记后须经主管审批才计入签约。</source>
        <translation>A contract counts once a supervisor has approved it.</translation>
    </message>
    <message>
        <source>主管工号</source>
        <translation>Supervisor staff no.</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>意见（驳回须填写）</source>
        <translation>Note (required to reject)</translation>
    </message>
    <message>
        <source>审批{kind} {number}</source>
        <translation>Approve {kind} {number}</translation>
    </message>
    <message>
        <source>{name}&#x3000;{unit}&#x3000;{amount:,.2f} 元</source>
        <translation>{name}  {unit}  {amount:,.2f} yuan</translation>
    </message>
    <message>
        <source>退订原因</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>退订 {number} {unit}</source>
        <translation>Withdraw {number} {unit}</translation>
    </message>
    <message>
        <source>退订后认购记录保留，状态改为“已退订”，房号可再次认购。</source>
        <translation>The subscription is kept with the status &quot;Withdrawn&quot;; the unit can be subscribed again.</translation>
    </message>
    <message>
        <source>周报已生成：{files}</source>
        <translation>Weekly report written: {files}</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>正在生成各站点周报…</source>
        <translation>Writing the weekly report for all sites…</translation>
    </message>
    <message>
        <source>正在生成周报…</source>
        <translation>Generating the weekly report…</translation>
    </message>
    <message>
        <source>各站点周报</source>
        <translation>Weekly report, all sites</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
</context>
<context>
    <name>AdminSection</name>
    <message>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>AllSitesPage</name>
    <message>
        <source>各站点的数据由 PostgreSQL 逻辑复制送到总部；“数据截至”是总部最后收到该站点消息的时间。合计为各站点相加。</source>
        <translation>Each site&apos;s data reaches head office by PostgreSQL logical replication; “Data as of” is when head office last heard from the site. The total adds up the sites.</translation>
    </message>
    <message>
        <source>今日各站点 {day}</source>
        <translation>All sites today {day}</translation>
    </message>
</context>
<context>
    <name>ArrearsPanel</name>
    <message>
        <source>欠费催缴</source>
        <translation>Arrears reminders</translation>
    </message>
    <message>
        <source>打印催缴通知书</source>
        <translation>Print arrears reminder</translation>
    </message>
    <message>
        <source>全部打印</source>
        <translation>Print all</translation>
    </message>
</context>
<context>
    <name>ArrearsTableModel</name>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>欠费期间</source>
        <translation>Periods owed</translation>
    </message>
    <message>
        <source>欠费金额</source>
        <translation>Amount owed</translation>
    </message>
</context>
<context>
    <name>ArrivalCalls</name>
    <message>
        <source>{n} 位客人到{place}，请准备饮品</source>
        <translation>{n} guests at the {place}: please prepare drinks</translation>
    </message>
    <message>
        <source>（顾问 {name}）</source>
        <translation> (consultant {name})</translation>
    </message>
    <message>
        <source>首访</source>
        <translation>first visit</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>return visit</translation>
    </message>
    <message>
        <source>请接待：{name}（{kind}，{n} 人）在{place}等候</source>
        <translation>Please receive {name} ({kind}, {n} people), waiting at the {place}</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>a customer</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>包含文字</source>
        <translation>Containing text</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>之前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>之后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>数据文件夹：{root}</source>
        <translation>Data folder: {root}</translation>
    </message>
    <message>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>备份（最新在前）：选中一份，点“从备份恢复…”</source>
        <translation>Backups (newest first): choose one, then “Restore from backup…”</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>请先在列表中选中一份备份</source>
        <translation>Choose a backup in the list first</translation>
    </message>
    <message>
        <source>用备份 {name} 替换当前数据库吗？
此后录入的内容将不在恢复后的数据库里；当前数据库会另存到 aside 文件夹，不会被覆盖。恢复后请重新登录。</source>
        <translation>Replace the current database with the backup {name}?
What was entered since will not be in the restored database; the current database is kept in the aside folder, never overwritten. Sign in again afterwards.</translation>
    </message>
    <message>
        <source>已从 {name} 恢复。原数据库已另存为 {kept}。请重新登录。</source>
        <translation>Restored from {name}. The previous database was kept as {kept}. Please sign in again.</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>数据库完好。</source>
        <translation>The database is intact.</translation>
    </message>
</context>
<context>
    <name>BarSection</name>
    <message>
        <source>出品与库存</source>
        <translation>Serve and stock</translation>
    </message>
    <message>
        <source>大厅续杯</source>
        <translation>Hall refills</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>流水</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>采购申请</source>
        <translation>Purchase requests</translation>
    </message>
    <message>
        <source>临期</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>日结</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>……另有 {n} 条</source>
        <translation>… and {n} more</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>组号</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>到访</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>停留</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>出品</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>未出品</source>
        <translation>Not served</translation>
    </message>
    <message>
        <source>续杯</source>
        <translation>Refill</translation>
    </message>
    <message>
        <source>{n} 位到时</source>
        <translation>{n} due</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>来电时间</source>
        <translation>Call time</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>首问责任人</source>
        <translation>First responder</translation>
    </message>
    <message>
        <source>现负责人</source>
        <translation>Now handled by</translation>
    </message>
    <message>
        <source>经手（转交记录）</source>
        <translation>Handled by (transfers)</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>办结时间</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CallbackTableModel</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>完工/结案</source>
        <translation>Completed/closed</translation>
    </message>
    <message>
        <source>应回访</source>
        <translation>Call back by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <source>待回访</source>
        <translation>Call-backs due</translation>
    </message>
    <message>
        <source>只看超过回访期限</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>打印今日回访记录表</source>
        <translation>Print today&apos;s call-back record</translation>
    </message>
    <message>
        <source>回访 {number}</source>
        <translation>Call-back {number}</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>业主评价</source>
        <translation>Owner&apos;s rating</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Call-back comments</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>来电登记</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>只看未办结</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>转交</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印当日来电记录</source>
        <translation>Print today&apos;s call log</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>来电号码</source>
        <translation>Caller&apos;s number</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>来电内容</source>
        <translation>What the call is about</translation>
    </message>
    <message>
        <source>首问负责：登记人即为责任人，直到转交他人。</source>
        <translation>First responder rule: whoever logs the call is responsible for it until it is transferred.</translation>
    </message>
    <message>
        <source>转交来电</source>
        <translation>Transfer call</translation>
    </message>
    <message>
        <source>转交给</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <source>转交说明</source>
        <translation>Transfer note</translation>
    </message>
    <message>
        <source>办结来电</source>
        <translation>Close call</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>采购包装</source>
        <translation>Purchase pack</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Min. stock</translation>
    </message>
    <message>
        <source>标准库存</source>
        <translation>Std. stock</translation>
    </message>
    <message>
        <source>保质期（天）</source>
        <translation>Shelf life (days)</translation>
    </message>
    <message>
        <source>开封后（天）</source>
        <translation>After opening (days)</translation>
    </message>
    <message>
        <source>存放</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>新增物品…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <source>修改所选…</source>
        <translation>Edit selected…</translation>
    </message>
    <message>
        <source>新增类别…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>水吧物品</source>
        <translation>Water-bar items</translation>
    </message>
    <message>
        <source>新增类别</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>类别名称</source>
        <translation>Category name</translation>
    </message>
</context>
<context>
    <name>CheckSheetModel</name>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>应有</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>实点数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>未检查</source>
        <translation>Not checked</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>一客一盘点 Ctrl+G</source>
        <translation>After-group count Ctrl+G</translation>
    </message>
    <message>
        <source>交接盘点</source>
        <translation>Handover count</translation>
    </message>
    <message>
        <source>开馆检查</source>
        <translation>Opening check</translation>
    </message>
    <message>
        <source>闭馆检查</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <source>更正结果（所选）…</source>
        <translation>Correct result (selected)…</translation>
    </message>
    <message>
        <source>打印巡检表（所选）</source>
        <translation>Print inspection sheet (selected)</translation>
    </message>
    <message>
        <source>样板间检查记录</source>
        <translation>Show-flat checks</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>巡检模板已停用，请在“巡检管理”中查看</source>
        <translation>The inspection template is retired; see Inspection admin</translation>
    </message>
</context>
<context>
    <name>ChecksTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>ClaimModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>原归属</source>
        <translation>Current owner</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>同意改归属</source>
        <translation>Approve change of owner</translation>
    </message>
    <message>
        <source>驳回（保持原归属）</source>
        <translation>Reject (keep current owner)</translation>
    </message>
    <message>
        <source>归属申请</source>
        <translation>Ownership claims</translation>
    </message>
    <message>
        <source>处理归属申请</source>
        <translation>Handle ownership claim</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Decision note</translation>
    </message>
</context>
<context>
    <name>CleanerPage</name>
    <message>
        <source>全屏</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>全部做完</source>
        <translation>All done</translation>
    </message>
    <message>
        <source>完成，签名</source>
        <translation>Done, sign</translation>
    </message>
    <message>
        <source>返回任务</source>
        <translation>Back to tasks</translation>
    </message>
    <message>
        <source>退出全屏</source>
        <translation>Exit full screen</translation>
    </message>
    <message>
        <source>报告损坏</source>
        <translation>Report damage</translation>
    </message>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>下一步：签名</source>
        <translation>Next: sign</translation>
    </message>
    <message>
        <source>保洁 · 请选择区域</source>
        <translation>Cleaning · choose an area</translation>
    </message>
    <message>
        <source>{area}
待做 {n} 项</source>
        <translation>{area}
{n} to do</translation>
    </message>
    <message>
        <source>{area}
已做完</source>
        <translation>{area}
all done</translation>
    </message>
    <message>
        <source>还没有保洁任务，请主管在“样板间”中设置</source>
        <translation>No cleaning tasks yet. A supervisor can set them up under “Show flats”.</translation>
    </message>
    <message>
        <source>{area} · 今天要做</source>
        <translation>{area} · today&apos;s tasks</translation>
    </message>
    <message>
        <source> · 已逾期</source>
        <translation> · overdue</translation>
    </message>
    <message>
        <source>这个区域今天的任务都做完了</source>
        <translation>All of today&apos;s tasks in this area are done</translation>
    </message>
    <message>
        <source>完成 {n} 项，签名</source>
        <translation>Done {n}, sign</translation>
    </message>
    <message>
        <source>报告损坏 · 在哪里？</source>
        <translation>Report damage · Where?</translation>
    </message>
    <message>
        <source>{place} · 什么坏了？</source>
        <translation>{place} · What is damaged?</translation>
    </message>
    <message>
        <source>{place} · {what}</source>
        <translation>{place} · {what}</translation>
    </message>
    <message>
        <source>已拍照。</source>
        <translation>Photo taken.</translation>
    </message>
    <message>
        <source>可以拍一张照片，主管看得更清楚。</source>
        <translation>You can take a photo so the supervisor sees it clearly.</translation>
    </message>
    <message>
        <source>重拍</source>
        <translation>Retake</translation>
    </message>
    <message>
        <source>请点您的名字，再输入 PIN</source>
        <translation>Tap your name, then enter your PIN</translation>
    </message>
    <message>
        <source>{name}：已记录 {n} 项，谢谢！</source>
        <translation>{name}: {n} recorded. Thank you!</translation>
    </message>
    <message>
        <source>{name}：已报告 {place} 的{what}损坏，主管会处理。谢谢！</source>
        <translation>{name}: damage to {what} at {place} reported; the supervisor will follow up. Thank you!</translation>
    </message>
    <message>
        <source>签名后立即撤销</source>
        <translation>Undone right after signing</translation>
    </message>
    <message>
        <source>{name}：已撤销 {n} 项</source>
        <translation>{name}: {n} undone</translation>
    </message>
</context>
<context>
    <name>CleaningTaskDialog</name>
    <message>
        <source>新增保洁任务</source>
        <translation>New cleaning task</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>如 地面清洁</source>
        <translation>e.g. floor cleaning</translation>
    </message>
    <message>
        <source>频率</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>图标</source>
        <translation>Icon</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>勾选项一次报损</source>
        <translation>Write off ticked items as waste</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>收市报损建议（过期、已开封的易腐品）</source>
        <translation>Closing waste suggestions (expired, opened perishables)</translation>
    </message>
    <message>
        <source>来访人数：暂无接待数据</source>
        <translation>Visitors: no reception data yet</translation>
    </message>
    <message>
        <source>来访 {n} 人，出品饮品 {d} 杯，人均 {c} 杯</source>
        <translation>{n} visitors, {d} drinks served, {c} per visitor</translation>
    </message>
    <message>
        <source>当日出品</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>当日报损</source>
        <translation>Waste today</translation>
    </message>
    <message>
        <source>当日入库</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>低于最低库存</source>
        <translation>Below min. stock</translation>
    </message>
    <message>
        <source>日结报损</source>
        <translation>Day-close waste</translation>
    </message>
    <message>
        <source>已报损 {n} 笔</source>
        <translation>{n} waste entries booked</translation>
    </message>
</context>
<context>
    <name>ComplaintStatsDialog</name>
    <message>
        <source>投诉分类统计</source>
        <translation>Complaint category statistics</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source> 月</source>
        <translation> (month)</translation>
    </message>
    <message>
        <source>打印统计表</source>
        <translation>Print statistics</translation>
    </message>
</context>
<context>
    <name>ComplaintStatsModel</name>
    <message>
        <source>投诉类别</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>解释结案</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已解释</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <source>处理方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>结案时间</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>判断</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Investigate</translation>
    </message>
    <message>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>批准方案</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <source>实施</source>
        <translation>Implement</translation>
    </message>
    <message>
        <source>总结结案</source>
        <translation>Summarise and close</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>分类统计…</source>
        <translation>Category statistics…</translation>
    </message>
    <message>
        <source>类别…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>打印登记表</source>
        <translation>Print record</translation>
    </message>
    <message>
        <source>受理投诉</source>
        <translation>Receive complaint</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>投诉方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>默认为业主</source>
        <translation>Defaults to the owner</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>默认为业主电话</source>
        <translation>Defaults to the owner&apos;s phone</translation>
    </message>
    <message>
        <source>有效投诉，进入调查</source>
        <translation>Valid complaint, investigate</translation>
    </message>
    <message>
        <source>无效投诉，已解释结案</source>
        <translation>Not valid, explained and closed</translation>
    </message>
    <message>
        <source>判断说明/解释</source>
        <translation>Assessment/explanation</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>处理方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>主管批准方案</source>
        <translation>Supervisor approves the plan</translation>
    </message>
    <message>
        <source>主管工号</source>
        <translation>Supervisor staff no.</translation>
    </message>
    <message>
        <source>主管 PIN</source>
        <translation>Supervisor PIN</translation>
    </message>
    <message>
        <source>实施情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner&apos;s confirmation</translation>
    </message>
    <message>
        <source>业主已签字确认</source>
        <translation>Owner has signed to confirm</translation>
    </message>
    <message>
        <source>业主未确认</source>
        <translation>Owner has not confirmed</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>业主评价</source>
        <translation>Owner&apos;s rating</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Call-back comments</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>现有类别：{names}
输入新类别名称新增；输入“-名称”停用：</source>
        <translation>Current categories: {names}
Type a new name to add one; type “-name” to deactivate one:</translation>
    </message>
</context>
<context>
    <name>CompleteOrderDialog</name>
    <message>
        <source>完工：{number}</source>
        <translation>Completed: {number}</translation>
    </message>
    <message>
        <source>费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConflictSidesModel</name>
    <message>
        <source>栏目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>程序中（现在）</source>
        <translation>In the program (now)</translation>
    </message>
    <message>
        <source>表格中</source>
        <translation>In the workbook</translation>
    </message>
</context>
<context>
    <name>ConversionPanel</name>
    <message>
        <source>按周</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>按认知途径</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>按顾问</source>
        <translation>By consultant</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>首访从</source>
        <translation>First visits from</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>转化漏斗（首访客户至今的复访、认购、签约）</source>
        <translation>Conversion funnel (return visits, subscriptions and contracts of first-visit customers so far)</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>转化漏斗</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>顾问排行与轮排公平（期内）</source>
        <translation>Consultant league table and rotation fairness (in the period)</translation>
    </message>
    <message>
        <source>顾问排行</source>
        <translation>Consultant league table</translation>
    </message>
    <message>
        <source>{start} 至 {end} 首访 {first} 位 → 复访 {ret} 位（{rr}）→ 认购 {sub} 位（{sr}）→ 签约 {sign} 位（{gr}）；退订 {wd} 位。统计截至 {today}。</source>
        <translation>{start} to {end}: first visits {first} → came back {ret} ({rr}) → subscribed {sub} ({sr}) → signed {sign} ({gr}); withdrawn {wd}. As of {today}.</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>认知途径</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
</context>
<context>
    <name>CorrectRoundDialog</name>
    <message>
        <source>更正巡检结果：{serial}</source>
        <translation>Correct inspection result: {serial}</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <source>读数/数量/是否</source>
        <translation>Reading/count/yes-no</translation>
    </message>
    <message>
        <source>读数、数量或 是/否 的项目填写</source>
        <translation>For reading, count or yes/no items</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>更正检查结果</source>
        <translation>Correct a check&apos;s result</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>物品/项目</source>
        <translation>Item/point</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <source>清点数量</source>
        <translation>Counted qty</translation>
    </message>
    <message>
        <source>选填</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>如 盘点时看漏 / 已找回</source>
        <translation>e.g. missed in the count / found again</translation>
    </message>
    <message>
        <source>更正 {number}</source>
        <translation>Correct {number}</translation>
    </message>
    <message>
        <source>更正项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>现在的内容</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>更正为</source>
        <translation>Correct to</translation>
    </message>
    <message>
        <source>为什么更正（必填）</source>
        <translation>Why it is corrected (required)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>更正记录（原内容保留，不会被覆盖）</source>
        <translation>Corrections (what was first written is kept, never overwritten)</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>CorrectionModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>更正人</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>原内容</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>更正为</source>
        <translation>Corrected to</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CosignDialog</name>
    <message>
        <source>与当班保安核对</source>
        <translation>Check with the guard on duty</translation>
    </message>
    <message>
        <source>以下差异需要填写原因，并由当班保安输入工号和 PIN 会签。</source>
        <translation>Give a reason for each difference below; the guard on duty co-signs with staff no. and PIN.</translation>
    </message>
    <message>
        <source>交班盘点须由当班保安输入工号和 PIN 会签。</source>
        <translation>The handover count must be co-signed by the guard on duty with staff no. and PIN.</translation>
    </message>
    <message>
        <source>选择或填写原因</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <source>保安工号</source>
        <translation>Guard staff no.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>请为每项差异填写原因</source>
        <translation>Enter a reason for each difference</translation>
    </message>
    <message>
        <source>会签人不能是盘点人本人</source>
        <translation>The co-signer cannot be the person who counted</translation>
    </message>
</context>
<context>
    <name>CountHistoryModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation> count</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>会签保安</source>
        <translation>Co-signing guard</translation>
    </message>
    <message>
        <source>盲盘</source>
        <translation>Blind count</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CountSheetModel</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>账面</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>实盘</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>CountTab</name>
    <message>
        <source>盘点</source>
        <translation> count</translation>
    </message>
    <message>
        <source>开始盘点</source>
        <translation>Start count</translation>
    </message>
    <message>
        <source>完成盘点 (Ctrl+Enter)</source>
        <translation>Finish count (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>盘点记录</source>
        <translation>Count history</translation>
    </message>
    <message>
        <source>打印盘点表</source>
        <translation>Print count sheet</translation>
    </message>
    <message>
        <source>水吧盘点记录</source>
        <translation>Water-bar count history</translation>
    </message>
    <message>
        <source>选择开班或交班，按“开始盘点”；输入数量后回车跳到下一项</source>
        <translation>Choose shift start or handover and press “Start count”; type a quantity and press Enter for the next item</translation>
    </message>
    <message>
        <source>共 {n} 项，未盘 {m} 项</source>
        <translation>{n} item(s), {m} not counted</translation>
    </message>
    <message>
        <source>（盲盘）</source>
        <translation> (blind count)</translation>
    </message>
    <message>
        <source>盘点未完成</source>
        <translation>Count not finished</translation>
    </message>
    <message>
        <source>还有 {n} 项未盘点：{names}</source>
        <translation>Not counted yet ({n}): {names}</translation>
    </message>
    <message>
        <source>第 {id} 号{kind}盘点已完成，差异 {n} 项已记账</source>
        <translation>{kind} count #{id} finished; {n} differences booked</translation>
    </message>
</context>
<context>
    <name>CustomerFileDialog</name>
    <message>
        <source>客户档案</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>归属顾问</source>
        <translation>Owning consultant</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>成交阶段</source>
        <translation>Deal stage</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>归属到期</source>
        <translation>Ownership lapses</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>居住/工作</source>
        <translation>Home/work</translation>
    </message>
    <message>
        <source>来访与洽谈</source>
        <translation>Visits and talks</translation>
    </message>
    <message>
        <source>补录/更正洽谈（Enter）</source>
        <translation>Complete/correct the talk (Enter)</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>记录跟进（F8）</source>
        <translation>Log follow-up (F8)</translation>
    </message>
    <message>
        <source>认购与签约</source>
        <translation>Subscriptions and contracts</translation>
    </message>
    <message>
        <source>登记认购…</source>
        <translation>Record subscription…</translation>
    </message>
    <message>
        <source>登记签约…</source>
        <translation>Record contract…</translation>
    </message>
    <message>
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>退订…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>归属变更</source>
        <translation>Ownership changes</translation>
    </message>
    <message>
        <source>水吧出品</source>
        <translation>serve at the water bar</translation>
    </message>
    <message>
        <source>打印客户档案（Ctrl+P）</source>
        <translation>Print customer file (Ctrl+P)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>{name}&#x3000;来访 {n} 次</source>
        <translation>{name}  visits: {n}</translation>
    </message>
    <message>
        <source>（未留姓）</source>
        <translation>(no surname)</translation>
    </message>
    <message>
        <source>（已失效）</source>
        <translation>(lapsed)</translation>
    </message>
    <message>
        <source>（剩 {n} 天）</source>
        <translation>({n} days left)</translation>
    </message>
    <message>
        <source>{name}&#x3000;{day} {time} 的来访（{consultant}）</source>
        <translation>{name}  visit of {day} {time} ({consultant})</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>现在使用：{where}</source>
        <translation>In use now: {where}</translation>
    </message>
    <message>
        <source>数据库服务器地址</source>
        <translation>Database server address</translation>
    </message>
    <message>
        <source>站点代码</source>
        <translation>Site code</translation>
    </message>
    <message>
        <source>多台电脑共用时填写服务器地址；空为本机 SQLite 文件。密码不要写进地址，请写在 .pgpass 文件中。启动时的 --db 或环境变量 DESK_DB 优先。</source>
        <translation>When several PCs share the records, enter the server&apos;s address; leave it empty for the SQLite file on this PC. Do not put the password in the address: write it in a .pgpass file. The --db option or the DESK_DB environment variable at start-up comes first.</translation>
    </message>
    <message>
        <source>站点代码：几个案场汇总到总部时，每个案场一个代码（2–12 位字母和数字，如 SZ01），本案场的表放在服务器上以此代码命名的模式中。数据库里只有一个站点时，其他电脑无需填写。服务器上已有记录时，请在所有电脑退出后运行 desk --db 地址 site-code SZ01。</source>
        <translation>Site code: when several sales centers report to head office, each has a code (2–12 letters and digits, e.g. SZ01); this site&apos;s tables live on the server in a schema named after it. With one site in the database the other PCs leave it empty. When the server already holds records, close the program on every PC and run desk --db URL site-code SZ01.</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>连接成功：PostgreSQL {version}</source>
        <translation>Connected: PostgreSQL {version}</translation>
    </message>
    <message>
        <source>已保存，重新启动程序后生效。</source>
        <translation>Saved; it takes effect when the program is started again.</translation>
    </message>
</context>
<context>
    <name>DepartTimeDialog</name>
    <message>
        <source>补录离场时间</source>
        <translation>Enter departure time afterwards</translation>
    </message>
    <message>
        <source>到访</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>DueRoundsModel</name>
    <message>
        <source>巡检</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>应巡时间</source>
        <translation>Due at</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>执行</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>DueRoundsPanel</name>
    <message>
        <source>全部岗位</source>
        <translation>All posts</translation>
    </message>
    <message>
        <source>开始巡检（回车）</source>
        <translation>Start round (Enter)</translation>
    </message>
    <message>
        <source>打印空白巡检表</source>
        <translation>Print blank inspection sheet</translation>
    </message>
    <message>
        <source>待巡检 {n} 项（{time}）</source>
        <translation>Rounds due: {n} ({time})</translation>
    </message>
</context>
<context>
    <name>DutyLogTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>更正自</source>
        <translation>Corrects</translation>
    </message>
</context>
<context>
    <name>DutySection</name>
    <message>
        <source>开班</source>
        <translation>Start shift</translation>
    </message>
    <message>
        <source>交班…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>打印值班日志</source>
        <translation>Print duty log</translation>
    </message>
    <message>
        <source>打印当前班次；未开班时打印今天的值班日志</source>
        <translation>Print the current shift; with no shift open, print today&apos;s duty log</translation>
    </message>
    <message>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>记一条值班日志，回车保存</source>
        <translation>Type a duty log entry, Enter to save</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>更正所选…</source>
        <translation>Correct selected…</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>车辆登记</source>
        <translation>Vehicle log</translation>
    </message>
    <message>
        <source>当前未开班</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>班次 #{id}，{time} 由 {name} 开班</source>
        <translation>Shift #{id}, started {time} by {name}</translation>
    </message>
    <message>
        <source>巡检（{n} 项逾期）</source>
        <translation>Inspection ({n} overdue)</translation>
    </message>
    <message>
        <source>还不能交班</source>
        <translation>Cannot hand over yet</translation>
    </message>
    <message>
        <source>交班</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>交接说明（遗留问题、物品、钥匙等）</source>
        <translation>Handover notes (open issues, items, keys, etc.)</translation>
    </message>
    <message>
        <source>更正日志</source>
        <translation>Correct log entry</translation>
    </message>
    <message>
        <source>更正第 {id} 条：{text}</source>
        <translation>Correct entry #{id}: {text}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>程序遇到了意外错误，已记录到日志。您可以继续使用；如反复出现，请把详情发给维护人员。

{summary}</source>
        <translation>The program hit an unexpected error; it has been logged. You can carry on working; if it keeps happening, send the details to support.

{summary}</translation>
    </message>
    <message>
        <source>复制详情</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ExcelSection</name>
    <message>
        <source>导出同步工作簿</source>
        <translation>Export sync workbook</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>包含完整手机号（需确认）</source>
        <translation>Include full mobile numbers (asks to confirm)</translation>
    </message>
    <message>
        <source>从 Excel 导入名单</source>
        <translation>Import lists from Excel</translation>
    </message>
    <message>
        <source>导入 Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>同步文件夹</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>立即写入</source>
        <translation>Write now</translation>
    </message>
    <message>
        <source>导出记录</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>工作表：{sheets}，另有“说明”表。ID 列锁定；手机号按您的权限打码。</source>
        <translation>Sheets: {sheets}, plus a “说明” (notes) sheet. The ID column is locked; mobile numbers are masked according to your permissions.</translation>
    </message>
    <message>
        <source>可导入：{sheets}。按 ID 对应，ID 留空为新增，删除的行停用（不会删除）。先预览，确认后全部生效或全部不生效。</source>
        <translation>Importable: {sheets}. Rows match by ID; an empty ID adds a new row, a deleted row is deactivated (never deleted). You see a preview first; on confirming, everything is applied or nothing is.</translation>
    </message>
    <message>
        <source>{folder}&#x3000;{status}</source>
        <translation>{folder}   {status}</translation>
    </message>
    <message>
        <source>未设置（设置 → 设置 → Excel 同步，或点“选择文件夹…”）</source>
        <translation>Not set (Settings → Settings → Excel sync, or “Choose folder…”)</translation>
    </message>
    <message>
        <source>已导出 {rows} 行到 {path}</source>
        <translation>Exported {rows} rows to {path}</translation>
    </message>
    <message>
        <source>正在导出 Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <source>已取消导入：{summary}</source>
        <translation>Import cancelled: {summary}</translation>
    </message>
    <message>
        <source>正在读取工作簿…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message>
        <source>已导入：{summary}</source>
        <translation>Imported: {summary}</translation>
    </message>
    <message>
        <source>无改动</source>
        <translation>No changes</translation>
    </message>
    <message>
        <source>未导入任何内容</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ExpiringModel</name>
    <message>
        <source>到期日</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>入库时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>开封</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>存放</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>ExpiringTab</name>
    <message>
        <source> 天内到期（含已过期）</source>
        <translation> days to expiry (incl. expired)</translation>
    </message>
    <message>
        <source>水吧临期物品</source>
        <translation>Water-bar items near expiry</translation>
    </message>
</context>
<context>
    <name>ExportHistoryModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FeeNoticeTableModel</name>
    <message>
        <source>收费期间</source>
        <translation>Billing period</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>面积㎡</source>
        <translation>Area m²</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>本期金额</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>本期未缴</source>
        <translation>Unpaid this period</translation>
    </message>
    <message>
        <source>往期欠费</source>
        <translation>Earlier arrears</translation>
    </message>
    <message>
        <source>合计应缴</source>
        <translation>Total due</translation>
    </message>
    <message>
        <source>缴费截止</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>FeePaymentTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>缴费时间</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>收费期间</source>
        <translation>Billing period</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>冲正自</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>缴费通知</source>
        <translation>Fee notices</translation>
    </message>
    <message>
        <source>缴费记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>欠费催缴</source>
        <translation>Arrears reminders</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FlatDialog</name>
    <message>
        <source>复制样板间清单</source>
        <translation>Copy a show flat&apos;s list</translation>
    </message>
    <message>
        <source>新建样板间</source>
        <translation>New show flat</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如 C户型 110㎡</source>
        <translation>e.g. Type C 110 m²</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>用顿号或逗号分开：客厅、餐厅、主卧</source>
        <translation>Separate with commas: living room, dining room, master bedroom</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>记录跟进 — {name}</source>
        <translation>Log follow-up — {name}</translation>
    </message>
    <message>
        <source>（未留姓）</source>
        <translation>(no surname)</translation>
    </message>
    <message>
        <source>应跟进 {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <source>归属剩 {n} 天</source>
        <translation>ownership: {n} days left</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>客户怎么说、约了什么</source>
        <translation>What the customer said, what was agreed</translation>
    </message>
    <message>
        <source>跟进结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>如：约周末看样板间</source>
        <translation>e.g. show flat at the weekend</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>跟进人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>跟进结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>空白表</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>打印空白表，断网或停电时手写（Ctrl+B）</source>
        <translation>Print a blank form to fill by hand when offline or in a power cut (Ctrl+B)</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>用模板自带的示例数据填写（Ctrl+E）</source>
        <translation>Fill with the template&apos;s sample data (Ctrl+E)</translation>
    </message>
    <message>
        <source>编号 </source>
        <translation>No. </translation>
    </message>
    <message>
        <source>按编号</source>
        <translation>By number</translation>
    </message>
    <message>
        <source>按日期</source>
        <translation>By date</translation>
    </message>
    <message>
        <source>从记录打印：</source>
        <translation>Print from record:</translation>
    </message>
    <message>
        <source>此表单尚不能从记录打印</source>
        <translation>This form cannot be printed from records yet</translation>
    </message>
</context>
<context>
    <name>FunnelModel</name>
    <message>
        <source>首访</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>复访率</source>
        <translation>Return rate</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>认购率</source>
        <translation>Subscription rate</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>签约率</source>
        <translation>Signing rate</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>搜索，回车查找</source>
        <translation>Search, Enter to find</translation>
    </message>
    <message>
        <source>显示号码</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>{who}：{phone}
（已记入审计记录）</source>
        <translation>{who}: {phone}
(recorded in the audit trail)</translation>
    </message>
    <message>
        <source>正在生成空白表…</source>
        <translation>Generating blank form…</translation>
    </message>
</context>
<context>
    <name>GuestModel</name>
    <message>
        <source>客人</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>第 {n} 位</source>
        <translation>Guest {n}</translation>
    </message>
    <message>
        <source>出品</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>未出品</source>
        <translation>Not served</translation>
    </message>
    <message>
        <source>杯型</source>
        <translation>Cup</translation>
    </message>
    <message>
        <source>最近出品</source>
        <translation>Last served</translation>
    </message>
    <message>
        <source>续杯时间</source>
        <translation>Refill at</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>该续杯了</source>
        <translation>Refill due</translation>
    </message>
</context>
<context>
    <name>HallBoard</name>
    <message>
        <source>出品（F5）</source>
        <translation>Serve (F5)</translation>
    </message>
    <message>
        <source>续杯（F6）</source>
        <translation>Refill (F6)</translation>
    </message>
    <message>
        <source>移动（F7）</source>
        <translation>Move (F7)</translation>
    </message>
    <message>
        <source>离场（F8）</source>
        <translation>Leave (F8)</translation>
    </message>
    <message>
        <source>补录离场…</source>
        <translation>Enter departure…</translation>
    </message>
    <message>
        <source>停车票（F9）</source>
        <translation>Parking (F9)</translation>
    </message>
    <message>
        <source>客人</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>出品</source>
        <translation>Drink</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>在场 {groups} 组 {people} 人；续杯到时 {due} 位&#x3000;{time}</source>
        <translation>In the hall: {groups} groups, {people} people; refills due: {due}   {time}</translation>
    </message>
    <message>
        <source>第 {n} 位</source>
        <translation>Guest {n}</translation>
    </message>
    <message>
        <source>已为第 {n} 位上 {item}</source>
        <translation>Served {item} to guest {n}</translation>
    </message>
    <message>
        <source>请先选择已出品的客人</source>
        <translation>Select a guest who has been served first</translation>
    </message>
    <message>
        <source>已续杯 {n} 位</source>
        <translation>Refilled {n} guests</translation>
    </message>
    <message>
        <source>第 {id} 组移到 {loc}</source>
        <translation>Group {id} moved to {loc}</translation>
    </message>
    <message>
        <source>{name} 第 {id} 组已离场，停留 {m} 分钟</source>
        <translation>{name}, group {id} has left after {m} min</translation>
    </message>
    <message>
        <source>已领用停车票 {n} 张</source>
        <translation>{n} parking tickets issued</translation>
    </message>
</context>
<context>
    <name>HandoverCheckDialog</name>
    <message>
        <source>逐件清点：在“实点数量”列直接输入数量后回车，少于应有即记为缺失；损坏、移位按 Alt+2、Alt+4。全部清点后 Ctrl+Enter 保存。</source>
        <translation>Count item by item: type the quantity in the “Counted” column and press Enter; fewer than expected is recorded as missing. Damaged: Alt+2, moved: Alt+4. When all are counted, Ctrl+Enter saves.</translation>
    </message>
    <message>
        <source>保存并结束 Ctrl+Enter</source>
        <translation>Save and finish Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>HeadOfficeWindow</name>
    <message>
        <source>案场助手 · 总部（只读）</source>
        <translation>Sales Desk · Head office (read-only)</translation>
    </message>
    <message>
        <source>站点</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>各站点周报…</source>
        <translation>Weekly report, all sites…</translation>
    </message>
    <message>
        <source>总部数据库：只读，查看各站点的概览与周报</source>
        <translation>Head office&apos;s database: read-only, each site&apos;s overview and the weekly reports</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>到访</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>途径</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入预览 · {name}</source>
        <translation>Import preview · {name}</translation>
    </message>
    <message>
        <source>注意：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>以表格为准(&amp;T)</source>
        <translation>Use &amp;workbook</translation>
    </message>
    <message>
        <source>以程序为准(&amp;P)</source>
        <translation>Use &amp;program</translation>
    </message>
    <message>
        <source>冲突全部以表格为准</source>
        <translation>All conflicts: use workbook</translation>
    </message>
    <message>
        <source>冲突全部以程序为准</source>
        <translation>All conflicts: use program</translation>
    </message>
    <message>
        <source>选中一行，这里并排显示程序中和表格中的内容</source>
        <translation>Select a row to see the program&apos;s and the workbook&apos;s values side by side here</translation>
    </message>
    <message>
        <source>确认停用 {n} 行（表中已删除或“在用”改为否的记录只停用，不删除）</source>
        <translation>Confirm deactivating {n} row(s) (rows deleted from the sheet or with “Active” set to no are deactivated, not deleted)</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{sheet} 第 {row} 行：{label}</source>
        <translation>{sheet} row {row}: {label}</translation>
    </message>
    <message>
        <source>有 {n} 处错误：请在 Excel 中改正后重新导入，未导入任何内容</source>
        <translation>Errors: {n}. Correct them in Excel and import again; nothing was imported</translation>
    </message>
    <message>
        <source>还有 {n} 个冲突未选择</source>
        <translation>Conflicts not decided yet: {n}</translation>
    </message>
    <message>
        <source>请确认停用</source>
        <translation>Please confirm the deactivations</translation>
    </message>
    <message>
        <source>没有需要导入的改动</source>
        <translation>No changes to import</translation>
    </message>
    <message>
        <source>新增 {new}&#x3000;修改 {change}&#x3000;停用 {deactivate}&#x3000;冲突 {conflict}（未选 {open}）&#x3000;错误 {error}&#x3000;未变 {same}</source>
        <translation>New {new}   changed {change}   deactivated {deactivate}   conflicts {conflict} ({open} open)   errors {error}   unchanged {same}</translation>
    </message>
</context>
<context>
    <name>IncidentStep</name>
    <message>
        <source>事件 #{id}</source>
        <translation>Incident #{id}</translation>
    </message>
    <message>
        <source>改为“{status}”，说明：</source>
        <translation>Change to “{status}”, note:</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>只看未关闭</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>推进到下一步…</source>
        <translation>Move to next step…</translation>
    </message>
    <message>
        <source>确认数量变更…</source>
        <translation>Confirm quantity change…</translation>
    </message>
    <message>
        <source>查看照片</source>
        <translation>View photo</translation>
    </message>
    <message>
        <source>样板间事件</source>
        <translation>Show-flat incidents</translation>
    </message>
    <message>
        <source>事件 #{id}</source>
        <translation>Incident #{id}</translation>
    </message>
</context>
<context>
    <name>IncidentsTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>清点数量</source>
        <translation>Counted qty</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
</context>
<context>
    <name>InspectionsSection</name>
    <message>
        <source>待巡检</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>更正结果（所选）…</source>
        <translation>Correct result (selected)…</translation>
    </message>
    <message>
        <source>打印巡检表（所选）</source>
        <translation>Print inspection sheet (selected)</translation>
    </message>
    <message>
        <source>打印今天全部巡检表</source>
        <translation>Print all of today&apos;s sheets</translation>
    </message>
    <message>
        <source>巡检记录</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>显示已停用</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>新建模板…</source>
        <translation>New template…</translation>
    </message>
    <message>
        <source>修改模板…</source>
        <translation>Edit template…</translation>
    </message>
    <message>
        <source>停用/恢复</source>
        <translation>Retire/restore</translation>
    </message>
    <message>
        <source>打印空白巡检表</source>
        <translation>Print blank inspection sheet</translation>
    </message>
    <message>
        <source>新增项目…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <source>修改项目…</source>
        <translation>Edit item…</translation>
    </message>
    <message>
        <source>停用项目…</source>
        <translation>Retire item…</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>巡检模板</source>
        <translation>Inspection templates</translation>
    </message>
    <message>
        <source>只看未关闭</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>查看照片</source>
        <translation>View photo</translation>
    </message>
    <message>
        <source>推进到下一步…</source>
        <translation>Advance to next step…</translation>
    </message>
    <message>
        <source>转工程维修单…</source>
        <translation>Make work order…</translation>
    </message>
    <message>
        <source>巡检事件</source>
        <translation>Inspection incidents</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>只看未完工</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>报修…</source>
        <translation>Report repair…</translation>
    </message>
    <message>
        <source>派工…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <source>完工…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>验收…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <source>工程维修单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>“{name}”的检查项目（{n} 项）</source>
        <translation>Items of “{name}” ({n})</translation>
    </message>
    <message>
        <source>事件 ({n})</source>
        <translation>Incidents ({n})</translation>
    </message>
    <message>
        <source>本月维修及时率：暂无完工（目标 ≥ 95%）</source>
        <translation>Repairs on time this month: none completed yet (target ≥ 95%)</translation>
    </message>
    <message>
        <source>本月维修及时率 {p}%（{n}/{m}，目标 ≥ 95%）</source>
        <translation>Repairs on time this month {p}% ({n}/{m}, target ≥ 95%)</translation>
    </message>
    <message>
        <source>更正结果</source>
        <translation>Correct result</translation>
    </message>
    <message>
        <source>该巡检还没结束</source>
        <translation>This round is not finished yet</translation>
    </message>
    <message>
        <source>停用模板</source>
        <translation>Retire template</translation>
    </message>
    <message>
        <source>停用“{name}”的原因（已做的巡检仍保留）</source>
        <translation>Reason for retiring “{name}” (rounds done are kept)</translation>
    </message>
    <message>
        <source>不再需要</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <source>已由新模板代替</source>
        <translation>Replaced by a new template</translation>
    </message>
    <message>
        <source>停用检查项目</source>
        <translation>Retire item</translation>
    </message>
    <message>
        <source>停用“{label}”的原因（过去的巡检仍显示它）</source>
        <translation>Reason for retiring “{label}” (past rounds still show it)</translation>
    </message>
    <message>
        <source>不再检查</source>
        <translation>No longer checked</translation>
    </message>
    <message>
        <source>已合并到其他项目</source>
        <translation>Merged into another item</translation>
    </message>
    <message>
        <source>事件 #{id}</source>
        <translation>Incident #{id}</translation>
    </message>
    <message>
        <source>转工程维修单</source>
        <translation>Make work order</translation>
    </message>
    <message>
        <source>该事件已有工程维修单</source>
        <translation>This incident already has a work order</translation>
    </message>
    <message>
        <source>派工：{number}</source>
        <translation>Dispatch: {number}</translation>
    </message>
    <message>
        <source>维修人员（工程部或外单位）</source>
        <translation>Repairer (engineering or an outside company)</translation>
    </message>
    <message>
        <source>验收：{number}</source>
        <translation>Accept: {number}</translation>
    </message>
    <message>
        <source>验收意见</source>
        <translation>Acceptance note</translation>
    </message>
</context>
<context>
    <name>ItemCheckDialog</name>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>所选物品的备注（回车回到清单）</source>
        <translation>Note on the selected item (Enter returns to the list)</translation>
    </message>
    <message>
        <source>附照片…</source>
        <translation>Attach photo…</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>找不到样板间：{ref}</source>
        <translation>Show flat not found: {ref}</translation>
    </message>
    <message>
        <source>全部正常直接按 Ctrl+Enter 保存。有异常：↑↓ 选物品，按 2 损坏、3 缺失、4 移位（1 改回正常），可填实点数量和备注、附照片。损坏和缺失会登记事件并通知主管。</source>
        <translation>All OK: press Ctrl+Enter to save. Problems: ↑↓ to pick an item, 2 damaged, 3 missing, 4 moved (1 back to OK); you can enter the counted quantity, a note and a photo. Damage and loss are registered as incidents and the supervisor is notified.</translation>
    </message>
    <message>
        <source>保存（其余全部正常）Ctrl+Enter</source>
        <translation>Save (all others OK) Ctrl+Enter</translation>
    </message>
    <message>
        <source>请先选择样板间</source>
        <translation>Select a show flat first</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>新增物品</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>修改物品</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>基本单位</source>
        <translation>Base unit</translation>
    </message>
    <message>
        <source>采购包装</source>
        <translation>Purchase pack</translation>
    </message>
    <message>
        <source>每包装含基本单位</source>
        <translation>Base units per pack</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Min. stock</translation>
    </message>
    <message>
        <source>标准库存</source>
        <translation>Std. stock</translation>
    </message>
    <message>
        <source>保质期（天）</source>
        <translation>Shelf life (days)</translation>
    </message>
    <message>
        <source>开封后可用（天）</source>
        <translation>Usable after opening (days)</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>物品名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>应有数量</source>
        <translation>Expected qty</translation>
    </message>
    <message>
        <source>{n}（改数量请用“确认数量”）</source>
        <translation>{n} (change it with &quot;Confirm quantity&quot;)</translation>
    </message>
    <message>
        <source>价值（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>更换照片…</source>
        <translation>Replace photo…</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>写明异常情况</source>
        <translation>Describe the fault</translation>
    </message>
    <message>
        <source>拍照</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <source>输入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>已拍照</source>
        <translation>Photo taken</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>新建样板间…</source>
        <translation>New show flat…</translation>
    </message>
    <message>
        <source>复制清单到新样板间…</source>
        <translation>Copy list to new show flat…</translation>
    </message>
    <message>
        <source>新增物品…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <source>修改物品…</source>
        <translation>Edit item…</translation>
    </message>
    <message>
        <source>停用物品…</source>
        <translation>Retire item…</translation>
    </message>
    <message>
        <source>确认数量…</source>
        <translation>Confirm quantity…</translation>
    </message>
    <message>
        <source>物品历史</source>
        <translation>Item history</translation>
    </message>
    <message>
        <source>查看照片</source>
        <translation>View photo</translation>
    </message>
    <message>
        <source>打印物品清单</source>
        <translation>Print item list</translation>
    </message>
    <message>
        <source>样板间物品清单</source>
        <translation>Show-flat item list</translation>
    </message>
    <message>
        <source>停用物品</source>
        <translation>Retire item</translation>
    </message>
    <message>
        <source>停用“{name}”的原因（物品留在历史中）</source>
        <translation>Why retire &quot;{name}&quot; (it stays in the history)</translation>
    </message>
    <message>
        <source>损坏报废</source>
        <translation>Damaged beyond repair</translation>
    </message>
    <message>
        <source>撤出样板间</source>
        <translation>Taken out of the show flat</translation>
    </message>
    <message>
        <source>重复录入</source>
        <translation>Entered twice</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>应有数量</source>
        <translation>Expected qty</translation>
    </message>
    <message>
        <source>价值（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>待签批</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <source>冲销第 {id} 条</source>
        <translation>Reverses #{id}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>原因/说明</source>
        <translation>Reason/note</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>签批</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
</context>
<context>
    <name>JournalTab</name>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>冲销所选…</source>
        <translation>Reverse selected…</translation>
    </message>
    <message>
        <source>签批所选入库</source>
        <translation>Sign off selected receipt</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>水吧库存流水</source>
        <translation>Water-bar stock journal</translation>
    </message>
    <message>
        <source>全部物品</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>冲销第 {id} 条的原因</source>
        <translation>Reason for reversing #{id}</translation>
    </message>
    <message>
        <source>录入错误</source>
        <translation>Entry error</translation>
    </message>
    <message>
        <source>点错物品</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <source>客人未用</source>
        <translation>Not used by guest</translation>
    </message>
</context>
<context>
    <name>KeyFiguresModel</name>
    <message>
        <source>站点</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>数据截至</source>
        <translation>Data as of</translation>
    </message>
</context>
<context>
    <name>KeyLoanTableModel</name>
    <message>
        <source>钥匙</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>借出时间</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>归还时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>逾期归还</source>
        <translation>Returned late</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>超时未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>钥匙借用</source>
        <translation>Key loans</translation>
    </message>
    <message>
        <source>只看未归还</source>
        <translation>Not returned only</translation>
    </message>
    <message>
        <source>借出钥匙</source>
        <translation>Lend key</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>打印当日借用记录</source>
        <translation>Print today&apos;s key-loan log</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>如 3-1-1202 入户门</source>
        <translation>e.g. 3-1-1202 front door</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>列表中只显示后 4 位</source>
        <translation>Lists show only the last 4 digits</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>借用事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>归还钥匙</source>
        <translation>Return key</translation>
    </message>
    <message>
        <source>归还说明</source>
        <translation>Return note</translation>
    </message>
</context>
<context>
    <name>LeagueModel</name>
    <message>
        <source>名次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>接待组</source>
        <translation>Groups received</translation>
    </message>
    <message>
        <source>其中首访</source>
        <translation>First visits</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>按时跟进</source>
        <translation>Follow-ups on time</translation>
    </message>
    <message>
        <source>按时率</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>平均认购天数</source>
        <translation>Avg. days to subscription</translation>
    </message>
    <message>
        <source>轮排接待</source>
        <translation>By rotation</translation>
    </message>
    <message>
        <source>老客户</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>指定</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>屏幕已锁定</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>输入工号和 PIN 继续（可换人登录）</source>
        <translation>Enter staff no. and PIN to continue (another person may sign in)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>案场助手 · {project}</source>
        <translation>Sales Desk · {project}</translation>
    </message>
    <message>
        <source>连接中断，正在重连…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <source>切换人员</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>User</translation>
    </message>
    <message>
        <source>当前：{name}（{roles}）</source>
        <translation>Signed in: {name} ({roles})</translation>
    </message>
    <message>
        <source>未开班</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>班次自 {time} 起</source>
        <translation>Shift since {time}</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>（未留姓）</source>
        <translation>(no surname)</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>来访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>上次来访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>归属顾问</source>
        <translation>Owning consultant</translation>
    </message>
    <message>
        <source>（已失效）</source>
        <translation>(lapsed)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在大厅</source>
        <translation>In the hall</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>有保质期</source>
        <translation>Has expiry date</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>（请选择原因）</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>储物间 → 吧台</source>
        <translation>Storeroom → bar</translation>
    </message>
    <message>
        <source>吧台 → 储物间</source>
        <translation>Bar → storeroom</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MyCustomersModel</name>
    <message>
        <source>已失效</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>（未留姓）</source>
        <translation>(no surname)</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>来访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>归属剩余</source>
        <translation>Ownership left</translation>
    </message>
    <message>
        <source>归属顾问</source>
        <translation>Owning consultant</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>MyCustomersPanel</name>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>3 天内失效</source>
        <translation>Lapsing within 3 days</translation>
    </message>
    <message>
        <source>近 7 天退回公共池（A/B 类）</source>
        <translation>Back in the pool, last 7 days (A/B)</translation>
    </message>
    <message>
        <source>姓氏或手机号，回车查找（Ctrl+F）</source>
        <translation>Surname or mobile, Enter to search (Ctrl+F)</translation>
    </message>
    <message>
        <source>黄色：今天应跟进或已逾期&#x3000;红色：归属 3 天内失效</source>
        <translation>Yellow: follow-up due today or overdue  Red: ownership lapses within 3 days</translation>
    </message>
    <message>
        <source>记录跟进（F8）</source>
        <translation>Log follow-up (F8)</translation>
    </message>
    <message>
        <source>客户档案（Enter）</source>
        <translation>Customer file (Enter)</translation>
    </message>
    <message>
        <source>补录洽谈（F9）</source>
        <translation>Complete talk (F9)</translation>
    </message>
    <message>
        <source>我的客户</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>全部顾问</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <source>今日提醒：归属 3 天内失效 {lapsing} 位 · 跟进逾期 {overdue} 位 · 近 7 天退回公共池 {returned} 位&#x3000;（共 {n} 位客户）</source>
        <translation>Today: {lapsing} lapsing within 3 days · {overdue} follow-ups overdue · {returned} back in the pool in the last 7 days  ({n} customers)</translation>
    </message>
    <message>
        <source>{name}&#x3000;最近一次来访</source>
        <translation>{name}  latest visit</translation>
    </message>
</context>
<context>
    <name>NoticesPanel</name>
    <message>
        <source>物业费缴费通知</source>
        <translation>Property fee notices</translation>
    </message>
    <message>
        <source>只看欠费</source>
        <translation>In arrears only</translation>
    </message>
    <message>
        <source>新建收费期间</source>
        <translation>New billing period</translation>
    </message>
    <message>
        <source>生成通知</source>
        <translation>Generate notices</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>打印通知</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <source>打印本楼全部通知</source>
        <translation>Print all notices for this building</translation>
    </message>
    <message>
        <source>全部期间</source>
        <translation>All periods</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>{b} 栋</source>
        <translation>Building {b}</translation>
    </message>
    <message>
        <source>期间名称</source>
        <translation>Period name</translation>
    </message>
    <message>
        <source>{y}年第{q}季度</source>
        <translation>{y} Q{q}</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>计费月数</source>
        <translation>Months billed</translation>
    </message>
    <message>
        <source>单价（元/㎡/月）</source>
        <translation>Rate (yuan/m²/month)</translation>
    </message>
    <message>
        <source>缴费截止</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>请先选择收费期间</source>
        <translation>Select a billing period first</translation>
    </message>
    <message>
        <source>新生成 {n} 份通知，已有 {e} 份。</source>
        <translation>{n} new notices generated; {e} already existed.</translation>
    </message>
    <message>
        <source>以下房号未登记建筑面积，未生成通知：{rooms}</source>
        <translation>No floor area registered for these units, so no notice was generated: {rooms}</translation>
    </message>
    <message>
        <source>物业费收款</source>
        <translation>Property fee payment</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>从最早的欠费期间起冲抵。</source>
        <translation>Applied to the oldest unpaid period first.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>下一步 / 登录</source>
        <translation>Next / Sign in</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>特约服务单</source>
        <translation>Special-service orders</translation>
    </message>
    <message>
        <source>只看未完成</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>特约服务下单</source>
        <translation>New special-service order</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>（未留姓）</source>
        <translation>(no surname)</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>成交价/合同金额</source>
        <translation>Price/contract amount</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>意见/退订原因</source>
        <translation>Note/reason for withdrawal</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退订</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>认购与签约</source>
        <translation>Subscriptions and contracts</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscriptions</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>登记签约…</source>
        <translation>Record contract…</translation>
    </message>
    <message>
        <source>退订…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>客户档案（Enter）</source>
        <translation>Customer file (Enter)</translation>
    </message>
    <message>
        <source>期内已批准认购 {s} 套，{sa:,.2f} 元；签约 {c} 套，{ca:,.2f} 元；待审批 {p} 件</source>
        <translation>Approved in the period: subscriptions {s}, {sa:,.2f} yuan; contracts {c}, {ca:,.2f} yuan; awaiting approval: {p}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>库存不足，需主管确认</source>
        <translation>Not enough stock: supervisor approval needed</translation>
    </message>
    <message>
        <source>新货已到未入库</source>
        <translation>New stock arrived, not yet received</translation>
    </message>
    <message>
        <source>账实不符待盘点</source>
        <translation>Book and stock differ, count pending</translation>
    </message>
    <message>
        <source>客户急需</source>
        <translation>Customer needs it now</translation>
    </message>
    <message>
        <source>主管工号</source>
        <translation>Supervisor staff no.</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>请填写原因</source>
        <translation>Please enter a reason</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>周报…</source>
        <translation>Weekly report…</translation>
    </message>
    <message>
        <source>水吧</source>
        <translation>Water bar</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flats</translation>
    </message>
    <message>
        <source>客服台</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>巡检与设施</source>
        <translation>Inspections and facilities</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>今日各顾问接待</source>
        <translation>Today by consultant</translation>
    </message>
    <message>
        <source>按小时到访（组）</source>
        <translation>Arrivals by hour (groups)</translation>
    </message>
    <message>
        <source>按来源（组）</source>
        <translation>By source (groups)</translation>
    </message>
    <message>
        <source>客户跟进提醒</source>
        <translation>Customer reminders</translation>
    </message>
    <message>
        <source>顾问排行（近 7 天）与转化</source>
        <translation>Consultant league (last 7 days) and conversion</translation>
    </message>
    <message>
        <source>今日概览 {day}</source>
        <translation>Today at a glance {day}</translation>
    </message>
    <message>
        <source>更新于 {time}</source>
        <translation>Updated {time}</translation>
    </message>
    <message>
        <source>认购/签约待审批 {n} 件</source>
        <translation>Subscriptions/contracts awaiting approval: {n}</translation>
    </message>
    <message>
        <source>归属 3 天内失效 {n} 位</source>
        <translation>Ownership lapsing within 3 days: {n}</translation>
    </message>
    <message>
        <source>跟进逾期 {n} 位</source>
        <translation>Follow-ups overdue: {n}</translation>
    </message>
    <message>
        <source>近 7 天退回公共池（A/B 类）{n} 位</source>
        <translation>Back in the pool in the last 7 days (grade A/B): {n}</translation>
    </message>
    <message>
        <source>{name}（{grade}）归属剩 {n} 天</source>
        <translation>{name} ({grade}): ownership {n} days left</translation>
    </message>
    <message>
        <source>{name}（{grade}）应于 {day} 跟进：{step}</source>
        <translation>{name} ({grade}): follow-up due {day}: {step}</translation>
    </message>
    <message>
        <source>{name}：失效 {a} · 逾期 {b} · 退回 {c}</source>
        <translation>{name}: lapsing {a} · overdue {b} · back in pool {c}</translation>
    </message>
    <message>
        <source>今天没有需要提醒的客户</source>
        <translation>No reminders today</translation>
    </message>
    <message>
        <source>{start} 以来首访客户 {first} 位 → 复访 {ret} → 认购 {sub} → 签约 {sign}（转化分析…）</source>
        <translation>First-visit customers since {start}: {first} → came back {ret} → subscribed {sub} → signed {sign} (Conversion…)</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>接待</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>按时跟进</source>
        <translation>Follow-ups on time</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>平均认购天数</source>
        <translation>Avg. days to subscription</translation>
    </message>
    <message>
        <source>轮排/老客/跳过</source>
        <translation>Rotation/returning/skipped</translation>
    </message>
    <message>
        <source>本周暂无数据</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>今日来访 {groups} 组 / {people} 人</source>
        <translation>Visitors today: {groups} groups / {people} people</translation>
    </message>
    <message>
        <source>在场 {groups} 组 / {people} 人</source>
        <translation>In the hall: {groups} groups / {people} people</translation>
    </message>
    <message>
        <source>首访 {first} 组 · 复访 {ret} 组</source>
        <translation>First visits {first} · return visits {ret}</translation>
    </message>
    <message>
        <source>大厅饮品 {n} 杯次（含续杯）</source>
        <translation>Hall drinks: {n} (refills included)</translation>
    </message>
    <message>
        <source>今日出库 {n} 种物品（饮品 {d} 份，含吧台直接出品）</source>
        <translation>Out today: {n} item(s) ({d} drink(s), counter included)</translation>
    </message>
    <message>
        <source>{name}：{n} 组</source>
        <translation>{name}: {n} group(s)</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>大厅续杯到时 {n} 位</source>
        <translation>Hall refills due: {n}</translation>
    </message>
    <message>
        <source>低于最低库存 {n} 种</source>
        <translation>Below min. stock: {n} item(s)</translation>
    </message>
    <message>
        <source>临期 {n} 种</source>
        <translation>Expiring soon: {n} item(s)</translation>
    </message>
    <message>
        <source>已过期 {n} 种</source>
        <translation>Expired: {n} item(s)</translation>
    </message>
    <message>
        <source>今日报损 {n} 种</source>
        <translation>Waste today: {n} item(s)</translation>
    </message>
    <message>
        <source>未关闭的损坏/缺失 {n} 件</source>
        <translation>Open damage/loss: {n}</translation>
    </message>
    <message>
        <source>待做检查 {n} 项</source>
        <translation>Checks due: {n}</translation>
    </message>
    <message>
        <source>保洁待办 {n} 项（逾期 {o}）</source>
        <translation>Cleaning due: {n} ({o} overdue)</translation>
    </message>
    <message>
        <source>施工人员在场 {n} 人</source>
        <translation>Workers on site: {n}</translation>
    </message>
    <message>
        <source>未完工报修 {n} 件（超时 {o}）</source>
        <translation>Open repairs: {n} ({o} late)</translation>
    </message>
    <message>
        <source>未结案投诉 {n} 件</source>
        <translation>Open complaints: {n}</translation>
    </message>
    <message>
        <source>钥匙超时未还 {n} 把（借出 {out}）</source>
        <translation>Keys overdue: {n} ({out} on loan)</translation>
    </message>
    <message>
        <source>待回访 {n} 件（超期 {o}）</source>
        <translation>Call-backs due: {n} ({o} overdue)</translation>
    </message>
    <message>
        <source>逾期巡检 {n} 项（待做 {due}）</source>
        <translation>Overdue rounds: {n} (due {due})</translation>
    </message>
    <message>
        <source>今日漏检 {n} 次</source>
        <translation>Rounds missed today: {n}</translation>
    </message>
    <message>
        <source>未关闭的事件 {n} 件</source>
        <translation>Open incidents: {n}</translation>
    </message>
    <message>
        <source>未完工工程维修 {n} 件（超时 {o}）</source>
        <translation>Open work orders: {n} (late {o})</translation>
    </message>
    <message>
        <source>场内车辆 {n} 辆</source>
        <translation>Vehicles in the car park: {n}</translation>
    </message>
</context>
<context>
    <name>OwnersPage</name>
    <message>
        <source>待回访</source>
        <translation>Call-backs due</translation>
    </message>
    <message>
        <source>拜访业主</source>
        <translation>Owner visits</translation>
    </message>
    <message>
        <source>意见征询</source>
        <translation>Opinion survey</translation>
    </message>
    <message>
        <source>服务指标</source>
        <translation>Service targets</translation>
    </message>
</context>
<context>
    <name>OwnershipModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原归属</source>
        <translation>Current owner</translation>
    </message>
    <message>
        <source>新归属</source>
        <translation>New owner</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>ParkingDialog</name>
    <message>
        <source>停车票领用</source>
        <translation>Parking tickets</translation>
    </message>
    <message>
        <source>领用顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>张数</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>顾问 PIN</source>
        <translation>Consultant PIN</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <source>缴费记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>冲正</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>冲正缴费 {id}</source>
        <translation>Reverse payment {id}</translation>
    </message>
    <message>
        <source>冲正原因</source>
        <translation>Reason for reversal</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>打印表单</source>
        <translation>Print forms</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>无法保存到 {path}：{error}</source>
        <translation>Cannot save to {path}: {error}</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>没有照片</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>PlaceIncidentsModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>选择 / 原因</source>
        <translation>Choice / reason</translation>
    </message>
    <message>
        <source>程序中</source>
        <translation>In the program</translation>
    </message>
    <message>
        <source>表格中</source>
        <translation>In the workbook</translation>
    </message>
    <message>
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>表中已删除此行</source>
        <translation>Row deleted from the sheet</translation>
    </message>
    <message>
        <source>以表格为准</source>
        <translation>Use workbook</translation>
    </message>
    <message>
        <source>以程序为准</source>
        <translation>Use program</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>PriceItemTableModel</name>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PriceTablePanel</name>
    <message>
        <source>收费标准</source>
        <translation>Fee table</translation>
    </message>
    <message>
        <source>新增项目</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>打印收费标准</source>
        <translation>Print fee table</translation>
    </message>
    <message>
        <source>新增收费项目</source>
        <translation>New fee item</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>修改收费项目</source>
        <translation>Edit fee item</translation>
    </message>
</context>
<context>
    <name>PurchaseLineModel</name>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>申请时库存</source>
        <translation>Stock at request</translation>
    </message>
    <message>
        <source>日均用量</source>
        <translation>Daily use</translation>
    </message>
    <message>
        <source>建议数量</source>
        <translation>Suggested qty</translation>
    </message>
    <message>
        <source>申请数量</source>
        <translation>Requested qty</translation>
    </message>
    <message>
        <source>折合包装</source>
        <translation>In packs</translation>
    </message>
    <message>
        <source>已到货</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>PurchaseRequestModel</name>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>申请时间</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>需用日期</source>
        <translation>Needed on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PurchaseTab</name>
    <message>
        <source>按建议生成采购申请</source>
        <translation>Create request from suggestions</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>按单入库所选行…</source>
        <translation>Receive selected lines…</translation>
    </message>
    <message>
        <source>打印采购申请单</source>
        <translation>Print purchase request</translation>
    </message>
    <message>
        <source>采购申请</source>
        <translation>Purchase requests</translation>
    </message>
    <message>
        <source>建议数量 = 标准库存 − 现有库存 + 近 14 天日均用量，按采购包装向上取整；待审批时可直接改“申请数量”。</source>
        <translation>Suggested qty = standard stock − current stock + average daily use over the last 14 days, rounded up to whole purchase packs. While pending, “Requested qty” can be edited directly.</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>按单入库</source>
        <translation>Receive against request</translation>
    </message>
    <message>
        <source>{name} 到货数量（{unit}）</source>
        <translation>{name}: quantity received ({unit})</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>确认应有数量</source>
        <translation>Confirm the expected quantity</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>现应有</source>
        <translation>Expected now</translation>
    </message>
    <message>
        <source>新应有数量</source>
        <translation>New expected qty</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>如 确认丢失 / 已补购</source>
        <translation>e.g. confirmed lost / replacement bought</translation>
    </message>
</context>
<context>
    <name>ReceptionSection</name>
    <message>
        <source>登记（F2）</source>
        <translation>Register (F2)</translation>
    </message>
    <message>
        <source>大厅（F3）</source>
        <translation>Hall (F3)</translation>
    </message>
    <message>
        <source>来访记录（F4）</source>
        <translation>Visits (F4)</translation>
    </message>
    <message>
        <source>我的客户（Ctrl+M）</source>
        <translation>My customers (Ctrl+M)</translation>
    </message>
    <message>
        <source>成交</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>转化分析</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>归属申请</source>
        <translation>Ownership claims</translation>
    </message>
    <message>
        <source>维护</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>一客一盘点</source>
        <translation>After-group count</translation>
    </message>
    <message>
        <source>这组客户已离开样板间，现在做一客一盘点吗？</source>
        <translation>This group has left the show flats. Do the after-group count now?</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>手机号（完整号码，或尾号加姓氏如 5678王；主管输入 4 位即可查找）</source>
        <translation>Mobile (the whole number, or the last 4 digits with the surname, e.g. 5678王; supervisors: any 4 digits)</translation>
    </message>
    <message>
        <source>完整手机号，或尾号加姓氏如 5678王；回车选择唯一结果</source>
        <translation>Whole number, or last 4 digits with the surname, e.g. 5678王; Enter picks a single match</translation>
    </message>
    <message>
        <source>无手机号</source>
        <translation>No mobile</translation>
    </message>
    <message>
        <source>来访信息</source>
        <translation>Visit details</translation>
    </message>
    <message>
        <source>户型、面积、预算、抗性…</source>
        <translation>Layout, size, budget, objections…</translation>
    </message>
    <message>
        <source>姓氏</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>称呼</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Party size</translation>
    </message>
    <message>
        <source>同行</source>
        <translation>Came with</translation>
    </message>
    <message>
        <source>认知途径</source>
        <translation>Heard of us via</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>居住区域</source>
        <translation>Home district</translation>
    </message>
    <message>
        <source>工作区域</source>
        <translation>Work district</translation>
    </message>
    <message>
        <source>需求与抗性</source>
        <translation>Needs and objections</translation>
    </message>
    <message>
        <source>意向等级</source>
        <translation>Intent grade</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>接待顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>登记（回车 / Ctrl+Enter）</source>
        <translation>Register (Enter / Ctrl+Enter)</translation>
    </message>
    <message>
        <source>转到该组（回车）</source>
        <translation>Go to group (Enter)</translation>
    </message>
    <message>
        <source>清空（Esc）</source>
        <translation>Clear (Esc)</translation>
    </message>
    <message>
        <source>（下一位）</source>
        <translation> (next)</translation>
    </message>
    <message>
        <source>（归属，未在轮排）</source>
        <translation> (owner, not in rotation)</translation>
    </message>
    <message>
        <source>找到 {n} 位客户，回车选择</source>
        <translation>{n} customers found, Enter to choose</translation>
    </message>
    <message>
        <source>找到 {n} 位客户，↓ 选择后回车</source>
        <translation>{n} customers found, ↓ to choose then Enter</translation>
    </message>
    <message>
        <source>新客户：回车后填写姓氏等信息</source>
        <translation>New customer: press Enter, then fill in surname etc.</translation>
    </message>
    <message>
        <source>尾号须加姓氏（如 5678王），或输入完整手机号</source>
        <translation>Add the surname to the last 4 digits (e.g. 5678王), or type the whole number</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>（已失效，按轮排分配）</source>
        <translation> (lapsed, assigned by rotation)</translation>
    </message>
    <message>
        <source>复访：{name}  {phone}  已来访 {n} 次，上次意向 {grade}，归属顾问 {owner}</source>
        <translation>Return visit: {name}  {phone}  {n} visits, last intent {grade}, owning consultant {owner}</translation>
    </message>
    <message>
        <source>该客户已在大厅，不能重复登记。回车转到该组。</source>
        <translation>This customer is already in the hall and cannot be registered twice. Enter goes to the group.</translation>
    </message>
    <message>
        <source>回车登记；需要修改请用 Tab 到相应栏目</source>
        <translation>Enter registers; to change something, Tab to the field</translation>
    </message>
    <message>
        <source>。回车转到该组。</source>
        <translation>. Enter goes to the group.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>首访</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>已登记：{name}（{kind}，{n} 人）→ 顾问 {consultant}，{time}</source>
        <translation>Registered: {name} ({kind}, party of {n}) → consultant {consultant}, {time}</translation>
    </message>
    <message>
        <source>；该客户归属其他顾问，已提交主管审核（归属不变）</source>
        <translation>; this customer belongs to another consultant, sent to the supervisor for review (ownership unchanged)</translation>
    </message>
</context>
<context>
    <name>RepairTableModel</name>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>报修内容</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>应完工</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>超时 · </source>
        <translation>Late · </translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>完工时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Call-back comments</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
</context>
<context>
    <name>RepairsPanel</name>
    <message>
        <source>报修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未完工</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>超时未完工</source>
        <translation>Late, not completed</translation>
    </message>
    <message>
        <source>报修登记</source>
        <translation>New repair</translation>
    </message>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>完工</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>打印联系单</source>
        <translation>Print repair slip</translation>
    </message>
    <message>
        <source>打印收费单</source>
        <translation>Print charge slip</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>报修内容</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>默认为业主</source>
        <translation>Defaults to the owner</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>默认为业主电话</source>
        <translation>Defaults to the owner&apos;s phone</translation>
    </message>
    <message>
        <source>派工 {number}</source>
        <translation>Dispatch {number}</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>不收费 / 手工金额</source>
        <translation>No charge / manual amount</translation>
    </message>
    <message>
        <source>完工 {number}</source>
        <translation>Complete {number}</translation>
    </message>
    <message>
        <source>所用材料</source>
        <translation>Materials used</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>手工金额（元）</source>
        <translation>Manual amount (yuan)</translation>
    </message>
    <message>
        <source>不收费留空</source>
        <translation>Leave empty for no charge</translation>
    </message>
    <message>
        <source>完工说明</source>
        <translation>Completion note</translation>
    </message>
    <message>
        <source>回访 {number}</source>
        <translation>Call-back {number}</translation>
    </message>
    <message>
        <source>业主评价</source>
        <translation>Owner&apos;s rating</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Call-back comments</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>超过 N 天未盘点的物品</source>
        <translation>Items not counted for over N days</translation>
    </message>
    <message>
        <source>样板间历史</source>
        <translation>Show-flat history</translation>
    </message>
    <message>
        <source>保洁逾期任务</source>
        <translation>Overdue cleaning tasks</translation>
    </message>
    <message>
        <source>保洁今日待做</source>
        <translation>Cleaning due today</translation>
    </message>
    <message>
        <source>保洁记录（近 N 天）</source>
        <translation>Cleaning records (last N days)</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>新增保洁任务…</source>
        <translation>New cleaning task…</translation>
    </message>
    <message>
        <source>撤销所选记录…</source>
        <translation>Undo selected record…</translation>
    </message>
    <message>
        <source>样板间报表</source>
        <translation>Show-flat reports</translation>
    </message>
    <message>
        <source>撤销保洁记录</source>
        <translation>Undo a cleaning record</translation>
    </message>
    <message>
        <source>撤销第 {id} 条（{task}，{day}）的原因</source>
        <translation>Why undo no. {id} ({task}, {day})</translation>
    </message>
    <message>
        <source>误点</source>
        <translation>Tapped by mistake</translation>
    </message>
    <message>
        <source>未实际完成</source>
        <translation>Not actually done</translation>
    </message>
</context>
<context>
    <name>RotationModel</name>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>（下一位）</source>
        <translation> (next)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>可接待</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>今日接待</source>
        <translation>Received today</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <source>今日轮排</source>
        <translation>Today&apos;s rotation</translation>
    </message>
    <message>
        <source>跳过：{r}</source>
        <translation>Skip: {r}</translation>
    </message>
    <message>
        <source>归位</source>
        <translation>Back in rotation</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>巡检：{name}</source>
        <translation>Round: {name}</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>地点：{place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>↑↓ 选项目，按 1 正常、2 异常；读数、数量直接输入后回车。异常须写明情况（回车回到清单）。Ctrl+Enter：其余全部正常并完成。</source>
        <translation>↑↓ choose an item, press 1 OK, 2 fault; type readings and counts, then Enter. A fault needs a note (Enter returns to the list). Ctrl+Enter: the rest OK and finish.</translation>
    </message>
    <message>
        <source>所选项目的异常情况及处理（回车回到清单）</source>
        <translation>Fault and action for the selected item (Enter returns to the list)</translation>
    </message>
    <message>
        <source>附照片…</source>
        <translation>Attach photo…</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>其余全部正常并完成 Ctrl+Enter</source>
        <translation>Rest OK and finish Ctrl+Enter</translation>
    </message>
    <message>
        <source>完成 Ctrl+S</source>
        <translation>Finish Ctrl+S</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“{label}”异常，请写明情况</source>
        <translation>“{label}” is faulty: please describe it</translation>
    </message>
    <message>
        <source>还有 {n} 项未检查：{names}</source>
        <translation>Items not yet checked: {n}: {names}</translation>
    </message>
</context>
<context>
    <name>RoundSheetModel</name>
    <message>
        <source>区域/巡逻点</source>
        <translation>Area/patrol point</translation>
    </message>
    <message>
        <source>检查项目及标准</source>
        <translation>Item and standard</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>读数/数量</source>
        <translation>Reading/count</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>未检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>读数有误</source>
        <translation>Bad reading</translation>
    </message>
    <message>
        <source>已附</source>
        <translation>Attached</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>巡检人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Faults</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>ServedModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>客人</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>第 {n} 位</source>
        <translation>Guest {n}</translation>
    </message>
    <message>
        <source>出品</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>（续杯）</source>
        <translation>(refill)</translation>
    </message>
    <message>
        <source>杯型</source>
        <translation>Cup</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>房号业主</source>
        <translation>Units and owners</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>特约服务</source>
        <translation>Special services</translation>
    </message>
    <message>
        <source>物业费</source>
        <translation>Property fees</translation>
    </message>
    <message>
        <source>拜访/回访/问卷</source>
        <translation>Visits/call-backs/surveys</translation>
    </message>
    <message>
        <source>未完工报修 {r}（超时 {late}） · 处理中投诉 {c} · 超时未还钥匙 {k} · 超期未回访 {cb}</source>
        <translation>Open repairs {r} ({late} late) · complaints in progress {c} · keys overdue {k} · call-backs overdue {cb}</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>设置已保存。界面语言在下次启动时生效。</source>
        <translation>Settings saved. The interface language takes effect at the next start.</translation>
    </message>
</context>
<context>
    <name>ShowflatPage</name>
    <message>
        <source>巡检</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>今天待做与未处理的事件</source>
        <translation>Due today and incidents not yet dealt with</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>全部正常，签名</source>
        <translation>All in order, sign</translation>
    </message>
    <message>
        <source>返回物品</source>
        <translation>Back to the items</translation>
    </message>
    <message>
        <source>返回样板间</source>
        <translation>Back to the flats</translation>
    </message>
    <message>
        <source>样板间 · 请选择要检查的样板间</source>
        <translation>Show flats · choose the flat to check</translation>
    </message>
    <message>
        <source>{flat}
今日已查 {n} 次</source>
        <translation>{flat}
Checked {n} times today</translation>
    </message>
    <message>
        <source> · 未处理 {n} 件</source>
        <translation> · {n} open</translation>
    </message>
    <message>
        <source>还没有样板间，请主管在“样板间”中设置</source>
        <translation>No show flats yet: a supervisor sets them up in “Show flats”</translation>
    </message>
    <message>
        <source>{flat} {item}{kind}（{status}，{time}）</source>
        <translation>{flat} {item} {kind} ({status}, {time})</translation>
    </message>
    <message>
        <source>都已做完，没有未处理的事件</source>
        <translation>All done, no open incidents</translation>
    </message>
    <message>
        <source>{flat} · 一客一盘点：点有问题的物品</source>
        <translation>{flat} · after-group count: tap what is wrong</translation>
    </message>
    <message>
        <source>这个样板间还没有物品清单</source>
        <translation>This flat has no item list yet</translation>
    </message>
    <message>
        <source>{n} 项有问题，签名</source>
        <translation>{n} items wrong, sign</translation>
    </message>
    <message>
        <source>请点您的名字，再输入 PIN</source>
        <translation>Tap your name, then enter your PIN</translation>
    </message>
    <message>
        <source>{name}：{flat} 的一客一盘点已记录，谢谢！</source>
        <translation>{name}: the after-group count of {flat} is recorded, thank you!</translation>
    </message>
    <message>
        <source>已登记 {n} 件损坏或缺失，主管会处理。</source>
        <translation> {n} damaged or missing recorded; the supervisor will deal with them.</translation>
    </message>
</context>
<context>
    <name>ShowflatPrinting</name>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
</context>
<context>
    <name>ShowflatsSection</name>
    <message>
        <source>物品清单</source>
        <translation>Item list</translation>
    </message>
    <message>
        <source>盘点与巡检</source>
        <translation>Counts and checks</translation>
    </message>
    <message>
        <source>损坏与缺失</source>
        <translation>Damage and loss</translation>
    </message>
    <message>
        <source>施工人员</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>{n} 名施工人员尚未离场</source>
        <translation>{n} workers still on site</translation>
    </message>
    <message>
        <source>待办：</source>
        <translation>To do: </translation>
    </message>
    <message>
        <source>损坏与缺失 ({n})</source>
        <translation>Damage and loss ({n})</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 案场助手</source>
        <translation>Sign in to Sales Desk</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>请输入工号和 PIN</source>
        <translation>Enter your staff no. and PIN</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>主管解锁…</source>
        <translation>Supervisor unlock…</translation>
    </message>
    <message>
        <source>请输入工号</source>
        <translation>Enter your staff no.</translation>
    </message>
    <message>
        <source>请输入 PIN</source>
        <translation>Enter your PIN</translation>
    </message>
    <message>
        <source>已解锁，请重新输入 PIN</source>
        <translation>Unlocked; enter the PIN again</translation>
    </message>
</context>
<context>
    <name>SignPad</name>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>请先点您的名字</source>
        <translation>Tap your name first</translation>
    </message>
    <message>
        <source>PIN 不正确，请重新输入</source>
        <translation>Wrong PIN, please try again</translation>
    </message>
</context>
<context>
    <name>SpecialOrderTableModel</name>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>下单时间</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>新增员工</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>修改员工</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>PIN（4–8 位数字）</source>
        <translation>PIN (4–8 digits)</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>新增员工</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>重设 PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>停用 / 启用</source>
        <translation>Deactivate / activate</translation>
    </message>
    <message>
        <source>{name} 的新 PIN（4–8 位数字）</source>
        <translation>New PIN for {name} (4–8 digits)</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>建立时间</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>StockLevelModel</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Min. stock</translation>
    </message>
    <message>
        <source>标准库存</source>
        <translation>Std. stock</translation>
    </message>
    <message>
        <source>包装</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>存放</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>扫条码或输入物品名称，回车出品</source>
        <translation>Scan a barcode or type an item name, Enter to serve</translation>
    </message>
    <message>
        <source>出品</source>
        <translation>Serve</translation>
    </message>
    <message>
        <source>入库… (F6)</source>
        <translation>Receive… (F6)</translation>
    </message>
    <message>
        <source>报损… (F7)</source>
        <translation>Waste… (F7)</translation>
    </message>
    <message>
        <source>调拨…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>水吧库存</source>
        <translation>Water-bar stock</translation>
    </message>
    <message>
        <source>已出品 {name} {qty}{unit}，剩余 {left}{unit}</source>
        <translation>Served {name} {qty} {unit}, {left} {unit} left</translation>
    </message>
</context>
<context>
    <name>SupervisorUnlockDialog</name>
    <message>
        <source>主管解锁</source>
        <translation>Supervisor unlock</translation>
    </message>
    <message>
        <source>解除工号 {code} 的锁定：请主管输入自己的工号和 PIN</source>
        <translation>Unlock staff no. {code}: a supervisor enters their own staff no. and PIN</translation>
    </message>
    <message>
        <source>主管工号</source>
        <translation>Supervisor&apos;s staff no.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>SurveyFiguresModel</name>
    <message>
        <source>征询项目</source>
        <translation>Survey item</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>答卷数</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>满意率 %</source>
        <translation>Satisfaction %</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>业主意见征询统计</source>
        <translation>Owner opinion survey results</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <source>录入问卷</source>
        <translation>Enter survey</translation>
    </message>
    <message>
        <source>打印空白征询表</source>
        <translation>Print blank survey</translation>
    </message>
    <message>
        <source>答卷 {n} 份，总体满意率 {rate}</source>
        <translation>{n} surveys answered, overall satisfaction {rate}</translation>
    </message>
    <message>
        <source>未答</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>意见和建议</source>
        <translation>Comments and suggestions</translation>
    </message>
    <message>
        <source>录入 {year} 年业主意见征询表</source>
        <translation>Enter {year} owner opinion survey</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>更正洽谈记录</source>
        <translation>Correct the talk</translation>
    </message>
    <message>
        <source>洽谈补录</source>
        <translation>Complete the talk</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>意向等级</source>
        <translation>Intent grade</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>面积、房型、学区、楼层…</source>
        <translation>Floor area, layout, school district, floor…</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>价格、位置、交房时间…</source>
        <translation>Price, location, handover date…</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>如：总价 200 万内</source>
        <translation>e.g. up to 2 million in total</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Preferred unit type</translation>
    </message>
    <message>
        <source>如：C2 三房两厅</source>
        <translation>e.g. C2, three bedrooms</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>如：带父母看样板间</source>
        <translation>e.g. show flat with the parents</translation>
    </message>
    <message>
        <source>约定日期</source>
        <translation>Agreed date</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>更正须写明原因：原记录保留在下方</source>
        <translation>A correction needs a reason: the earlier entries stay below</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>历次记录（登记、补录、更正，均保留）</source>
        <translation>Every entry (registration, completion, corrections — all kept)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>TalkHistoryModel</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Preferred unit type</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
</context>
<context>
    <name>TalkVisitModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>到访</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>首访/复访</source>
        <translation>First/return</translation>
    </message>
    <message>
        <source>首访</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>认知途径</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Preferred unit type</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>洽谈补录</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>已补录</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>（已更正）</source>
        <translation>(corrected)</translation>
    </message>
    <message>
        <source>未补录</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>出品</source>
        <translation>Served</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>服务指标</source>
        <translation>Service targets</translation>
    </message>
    <message>
        <source>无数据（目标 ≥ {t}%）</source>
        <translation>No data (target ≥ {t}%)</translation>
    </message>
    <message>
        <source>{v}%   （{n}/{d}，目标 ≥ {t}%）</source>
        <translation>{v}%   ({n}/{d}, target ≥ {t}%)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>修改巡检模板</source>
        <translation>Edit inspection template</translation>
    </message>
    <message>
        <source>新建巡检模板</source>
        <translation>New inspection template</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如 消防设施周检</source>
        <translation>e.g. weekly fire-equipment check</translation>
    </message>
    <message>
        <source>适用地点</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>如 销售大厅、夜间巡逻路线</source>
        <translation>e.g. sales hall, night patrol route</translation>
    </message>
    <message>
        <source>全部样板间</source>
        <translation>All show flats</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> h</translation>
    </message>
    <message>
        <source>间隔</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>如 07:00（可跨零点；空为全天）</source>
        <translation>e.g. 07:00 (may pass midnight; empty: all day)</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source> 日</source>
        <translation> (day)</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Day of month</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>逾期宽限</source>
        <translation>Grace before overdue</translation>
    </message>
    <message>
        <source>执行角色</source>
        <translation>Done by (role)</translation>
    </message>
    <message>
        <source>逾期未做不能交班</source>
        <translation>Overdue blocks handover</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TemplateItemDialog</name>
    <message>
        <source>修改检查项目</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>新增检查项目</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>区域/巡逻点</source>
        <translation>Area/patrol point</translation>
    </message>
    <message>
        <source>如 大厅、配电间</source>
        <translation>e.g. hall, switch room</translation>
    </message>
    <message>
        <source>检查项目及标准</source>
        <translation>Item and standard</translation>
    </message>
    <message>
        <source>如 灭火器在位，压力在绿区</source>
        <translation>e.g. extinguisher in place, pressure in the green</translation>
    </message>
    <message>
        <source>答案类型</source>
        <translation>Answer kind</translation>
    </message>
    <message>
        <source>下限</source>
        <translation>Lower limit</translation>
    </message>
    <message>
        <source>上限</source>
        <translation>Upper limit</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>应有数量</source>
        <translation>Expected count</translation>
    </message>
    <message>
        <source>正常答案</source>
        <translation>Normal answer</translation>
    </message>
    <message>
        <source>异常须写明情况</source>
        <translation>A fault needs a note</translation>
    </message>
    <message>
        <source>异常须拍照</source>
        <translation>A fault needs a photo</translation>
    </message>
    <message>
        <source>异常后续</source>
        <translation>On fault</translation>
    </message>
    <message>
        <source>已有巡检记录，答案类型不能改</source>
        <translation>Already answered in rounds: the answer kind cannot change</translation>
    </message>
</context>
<context>
    <name>TemplateItemsModel</name>
    <message>
        <source>区域/巡逻点</source>
        <translation>Area/patrol point</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>答案类型</source>
        <translation>Answer kind</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>异常须</source>
        <translation>On fault needs</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>异常后续</source>
        <translation>On fault</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>执行</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>逾期宽限</source>
        <translation>Grace before overdue</translation>
    </message>
    <message>
        <source>{n} 分钟</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>交班前须完成</source>
        <translation>Before handover</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>TouchRoundsPage</name>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>全部正常</source>
        <translation>All OK</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>返回检查</source>
        <translation>Back to the round</translation>
    </message>
    <message>
        <source>巡检 · 请选择</source>
        <translation>Inspection · Choose a round</translation>
    </message>
    <message>
        <source>现在没有要做的巡检</source>
        <translation>No rounds to do now</translation>
    </message>
    <message>
        <source>还有 {n} 项未检查：{names}</source>
        <translation>Items not yet checked: {n}: {names}</translation>
    </message>
    <message>
        <source>请点您的名字，再输入 PIN</source>
        <translation>Tap your name, then enter your PIN</translation>
    </message>
    <message>
        <source>{name}：{round} 已完成，谢谢！</source>
        <translation>{name}: {round} done, thank you!</translation>
    </message>
    <message>
        <source>已登记 {n} 件异常，主管会跟进。</source>
        <translation> {n} fault(s) registered; the supervisor will follow up.</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <source>室</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>建筑面积㎡</source>
        <translation>Floor area m²</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <source>房号业主</source>
        <translation>Units and owners</translation>
    </message>
    <message>
        <source>房号 3-1-1202 / 3栋1单元1202、姓名或电话，回车查找</source>
        <translation>Unit 3-1-1202 / 3栋1单元1202, name or phone, Enter to find</translation>
    </message>
    <message>
        <source>新增房号</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>修改业主/面积</source>
        <translation>Edit owner/area</translation>
    </message>
    <message>
        <source>打印欢迎信</source>
        <translation>Print welcome letter</translation>
    </message>
    <message>
        <source>打印意见征询表</source>
        <translation>Print opinion survey</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>建筑面积㎡</source>
        <translation>Floor area m²</translation>
    </message>
    <message>
        <source>可暂不填</source>
        <translation>Can be left for later</translation>
    </message>
    <message>
        <source>业主姓名</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>修改 {room}</source>
        <translation>Edit {room}</translation>
    </message>
    <message>
        <source>留空则不改</source>
        <translation>Leave empty to keep</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UpkeepPanel</name>
    <message>
        <source>认知途径</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>新途径，回车添加</source>
        <translation>New source, Enter to add</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>停用/启用所选</source>
        <translation>Deactivate/activate selected</translation>
    </message>
    <message>
        <source>来访记录匿名化</source>
        <translation>Anonymise visit records</translation>
    </message>
    <message>
        <source>超过多少个月</source>
        <translation>Older than (months)</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>执行匿名化…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>保留月数为 0：不匿名化任何记录。</source>
        <translation>Months to keep is 0: no records are anonymised.</translation>
    </message>
    <message>
        <source>将删除 {cutoff} 之前来访、此后再未来访的 {customers} 位客户的姓名与手机号，并清除 {visits} 条来访的车牌和备注。
{old} 条来访记录保留（人数、途径、意向、顾问、时间不变），统计数字不受影响。</source>
        <translation>This deletes the names and mobile numbers of {customers} customers who visited before {cutoff} and have not come back since, and clears plates and notes from {visits} visits.
{old} visit records are kept (party size, source, intent, consultant and time unchanged), so statistics are not affected.</translation>
    </message>
    <message>
        <source>执行匿名化</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>此操作不可撤销，继续吗？</source>
        <translation>This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>已完成。</source>
        <translation>Done.</translation>
    </message>
</context>
<context>
    <name>VehiclePanel</name>
    <message>
        <source>车牌，回车登记进场</source>
        <translation>Plate, Enter registers it in</translation>
    </message>
    <message>
        <source>来人（可不填）</source>
        <translation>Who (optional)</translation>
    </message>
    <message>
        <source>为哪位客户（可不填）</source>
        <translation>For which customer (optional)</translation>
    </message>
    <message>
        <source>进场</source>
        <translation>In</translation>
    </message>
    <message>
        <source>登记离场</source>
        <translation>Register out</translation>
    </message>
    <message>
        <source>列表中选中的车辆；车牌框里填了车牌时，按车牌找在场的车</source>
        <translation>The vehicle selected in the list; with a plate typed in the plate box, the vehicle on site with that plate</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>只看在场</source>
        <translation>Inside only</translation>
    </message>
    <message>
        <source>只看今天</source>
        <translation>Today only</translation>
    </message>
    <message>
        <source>车辆登记</source>
        <translation>Vehicle log</translation>
    </message>
    <message>
        <source>场内 {n} 辆</source>
        <translation>{n} inside</translation>
    </message>
    <message>
        <source>{plate} {time} 进场</source>
        <translation>{plate} in at {time}</translation>
    </message>
    <message>
        <source>，对应今日来访客户 {customer}</source>
        <translation>, visitor of today: {customer}</translation>
    </message>
    <message>
        <source>{plate} 不在场内</source>
        <translation>{plate} is not on site</translation>
    </message>
    <message>
        <source>请在列表中选中离场的车辆，或在车牌框填写它的车牌</source>
        <translation>Select the leaving vehicle in the list, or type its plate in the plate box</translation>
    </message>
    <message>
        <source>{plate} {time} 离场</source>
        <translation>{plate} out at {time}</translation>
    </message>
</context>
<context>
    <name>VehiclesModel</name>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>进场</source>
        <translation>In</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>在场</source>
        <translation>Inside</translation>
    </message>
    <message>
        <source>来人</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>到访</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>（匿名）</source>
        <translation>(anonymised)</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>同行</source>
        <translation>Came with</translation>
    </message>
    <message>
        <source>首访/复访</source>
        <translation>First/return</translation>
    </message>
    <message>
        <source>首访</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>认知途径</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>居住区域</source>
        <translation>Home district</translation>
    </message>
    <message>
        <source>工作区域</source>
        <translation>Work district</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>洽谈补录</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>已补录</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>拜访时间</source>
        <translation>Visited at</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>拜访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>拜访内容</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>业主意见</source>
        <translation>Owner&apos;s comments</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>全部意向</source>
        <translation>All intents</translation>
    </message>
    <message>
        <source>手机号（完整或 4 位以上）或姓氏</source>
        <translation>Mobile (full or 4+ digits) or surname</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>途径</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>来访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>记录跟进…</source>
        <translation>Log follow-up…</translation>
    </message>
    <message>
        <source>补录洽谈…</source>
        <translation>Complete talk…</translation>
    </message>
    <message>
        <source>客户档案…</source>
        <translation>Customer file…</translation>
    </message>
    <message>
        <source>申请归属…</source>
        <translation>Claim customer…</translation>
    </message>
    <message>
        <source>打印来访登记表</source>
        <translation>Print visitor register</translation>
    </message>
    <message>
        <source>打印停车票领用登记</source>
        <translation>Print parking-ticket log</translation>
    </message>
    <message>
        <source>该客户</source>
        <translation>this customer</translation>
    </message>
    <message>
        <source>{name}&#x3000;{day} {time} 的来访</source>
        <translation>{name}  visit of {day} {time}</translation>
    </message>
    <message>
        <source>申请归属 · {customer}</source>
        <translation>Claim · {customer}</translation>
    </message>
    <message>
        <source>申请 {customer} 归属于您的理由（主管审核，不会自动改归属）</source>
        <translation>Why {customer} should be yours (the supervisor decides; nothing changes by itself)</translation>
    </message>
    <message>
        <source>申请归属</source>
        <translation>Claim customer</translation>
    </message>
    <message>
        <source>已提交，等待主管处理</source>
        <translation>Submitted; waiting for the supervisor</translation>
    </message>
    <message>
        <source>全部顾问</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <source>全部途径</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>{name} 轮排{a}/老客{o}/指定{c}/跳过{s}</source>
        <translation>{name}: rotation {a} / returning {o} / requested {c} / skipped {s}</translation>
    </message>
    <message>
        <source>{groups} 组 {people} 人（首访 {first}，复访 {ret}，在场 {inside}）；平均停留 {dwell}
途径：{sources}
顾问：{consultants}
轮排：{fair}
时段：{hours}
意向：{grades}</source>
        <translation>{groups} groups, {people} people (first visits {first}, return visits {ret}, in the hall {inside}); average stay {dwell}
Sources: {sources}
Consultants: {consultants}
Rotation: {fair}
Hours: {hours}
Intent: {grades}</translation>
    </message>
    <message>
        <source>{m} 分钟</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>拜访业主记录</source>
        <translation>Owner visit records</translation>
    </message>
    <message>
        <source>登记拜访</source>
        <translation>Log visit</translation>
    </message>
    <message>
        <source>打印拜访记录</source>
        <translation>Print visit record</translation>
    </message>
    <message>
        <source>拜访业主</source>
        <translation>Owner visits</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>拜访事由</source>
        <translation>Purpose of visit</translation>
    </message>
    <message>
        <source>拜访内容</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>业主意见</source>
        <translation>Owner&apos;s comments</translation>
    </message>
    <message>
        <source>跟进事项</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>WasteCandidateModel</name>
    <message>
        <source>报损</source>
        <translation>Write off</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Condition</translation>
    </message>
</context>
<context>
    <name>WeeklyDialog</name>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source> 周</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>同时导出 Excel</source>
        <translation>Also export to Excel</translation>
    </message>
    <message>
        <source>最后一周（选其中任一天）</source>
        <translation>Last week (pick any day of it)</translation>
    </message>
    <message>
        <source>{start} 至 {end}（{year} 年第 {week} 周）</source>
        <translation>{start} to {end} (week {week} of {year})</translation>
    </message>
    <message>
        <source>{start} 至 {end}（{n} 周：第 {first} 周到第 {last} 周）</source>
        <translation>{start} to {end} ({n} weeks: week {first} to week {last})</translation>
    </message>
    <message>
        <source>连续周数</source>
        <translation>Number of weeks</translation>
    </message>
    <message>
        <source>保存到文件夹</source>
        <translation>Save to folder</translation>
    </message>
</context>
<context>
    <name>WorkOrderDialog</name>
    <message>
        <source>工程报修</source>
        <translation>Report facility repairs</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>设施设备</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>如 洽谈区 3 号空调</source>
        <translation>e.g. air-conditioner 3 in the negotiation area</translation>
    </message>
    <message>
        <source>报修内容</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>WorkOrdersModel</name>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>设施设备</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>报修内容</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>完工时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>WorkerEntryDialog</name>
    <message>
        <source>施工人员进场登记</source>
        <translation>Worker entering</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>只保存后 4 位</source>
        <translation>Only the last 4 digits are kept</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>如 维修灯具</source>
        <translation>e.g. light fitting repair</translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>陪同人</source>
        <translation>Escort</translation>
    </message>
</context>
<context>
    <name>WorkerVisitsTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>陪同</source>
        <translation>Escort</translation>
    </message>
    <message>
        <source>进场</source>
        <translation>In</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>尚未离场</source>
        <translation>Still on site</translation>
    </message>
</context>
<context>
    <name>WorkersTab</name>
    <message>
        <source>进场登记…</source>
        <translation>Log entry…</translation>
    </message>
    <message>
        <source>登记离场</source>
        <translation>Register out</translation>
    </message>
    <message>
        <source>只看尚未离场</source>
        <translation>Still on site only</translation>
    </message>
    <message>
        <source>打印今日进出登记表</source>
        <translation>Print today&apos;s worker log</translation>
    </message>
    <message>
        <source>施工人员进出登记</source>
        <translation>Worker entry/exit log</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>数据库损坏或无法读取：
{problems}</source>
        <translation>The database is damaged or cannot be read:
{problems}</translation>
    </message>
    <message>
        <source>数据库损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>没有找到可用的备份。请联系维护人员；当前文件未做任何改动。</source>
        <translation>No usable backup was found. Please contact support; the current file has not been changed.</translation>
    </message>
    <message>
        <source>是否从最新的完好备份恢复？
{backup}
当前数据库会另存到 aside 文件夹，不会被覆盖。</source>
        <translation>Restore from the latest good backup?
{backup}
The current database will be kept in the “aside” folder, not overwritten.</translation>
    </message>
    <message>
        <source>版本不符</source>
        <translation>Version mismatch</translation>
    </message>
    <message>
        <source>数据库已由更新版本的程序升级（数据库结构版本 {version}），请先升级本机的程序再打开；为免损坏数据，本程序不会写入。</source>
        <translation>The database was upgraded by a newer version of the program (schema version {version}). Upgrade the program on this PC before opening it; to keep the data safe, this program will not write to it.</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>数据库密码</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>数据库服务器要求密码（不会保存；要免输入，请把密码写在 .pgpass 文件中）：</source>
        <translation>The database server asks for a password (it is not saved; to skip this, put the password in a .pgpass file):</translation>
    </message>
    <message>
        <source>首次使用</source>
        <translation>First use</translation>
    </message>
    <message>
        <source>这是一个新的数据文件夹。要载入演示数据看看程序，还是创建第一位管理员开始正式使用？</source>
        <translation>This is a new data folder. Load demo data to try the program, or create the first administrator to start for real?</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>创建管理员</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>演示数据已载入。管理员工号 01，所有演示员工的 PIN 均为 {pin}。</source>
        <translation>Demo data loaded. The administrator&apos;s staff no. is 01; every demo staff member&apos;s PIN is {pin}.</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN（4–8 位数字）</source>
        <translation>PIN (4–8 digits)</translation>
    </message>
    <message>
        <source>案场助手 · 样板间</source>
        <translation>Sales Desk · Show flats</translation>
    </message>
    <message>
        <source>案场助手 · 保洁</source>
        <translation>Sales Desk · Cleaning</translation>
    </message>
    <message>
        <source>无法使用数据文件夹</source>
        <translation>Cannot use the data folder</translation>
    </message>
    <message>
        <source>程序已在运行</source>
        <translation>Already running</translation>
    </message>
    <message>
        <source>案场助手已经在使用这个数据文件夹（{root}）。请切换到已打开的窗口。</source>
        <translation>Sales Desk is already using this data folder ({root}). Please switch to the open window.</translation>
    </message>
    <message>
        <source>数据文件夹位置</source>
        <translation>Data folder location</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>签批</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>主管放行</source>
        <translation>Supervisor override</translation>
    </message>
    <message>
        <source>匿名化</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>查看号码</source>
        <translation>Number shown</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <source>复制整个数据库</source>
        <translation>Copied the whole database</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>洽谈补录</source>
        <translation>Talk record</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>样板间检查结果</source>
        <translation>Show-flat check answers</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>认知途径</source>
        <translation>Heard of us via</translation>
    </message>
    <message>
        <source>归属申请</source>
        <translation>Ownership claims</translation>
    </message>
    <message>
        <source>跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>轮排</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>饮品出品</source>
        <translation>Drink served</translation>
    </message>
    <message>
        <source>停车票</source>
        <translation>Parking tickets</translation>
    </message>
    <message>
        <source>水吧物品</source>
        <translation>Water-bar items</translation>
    </message>
    <message>
        <source>水吧类别</source>
        <translation>Water-bar category</translation>
    </message>
    <message>
        <source>库存流水</source>
        <translation>Stock journal</translation>
    </message>
    <message>
        <source>水吧盘点</source>
        <translation>Water-bar counts</translation>
    </message>
    <message>
        <source>采购申请</source>
        <translation>Purchase requests</translation>
    </message>
    <message>
        <source>采购申请行</source>
        <translation>Purchase request line</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>样板间房间</source>
        <translation>Show-flat room</translation>
    </message>
    <message>
        <source>样板间物品</source>
        <translation>Show-flat items</translation>
    </message>
    <message>
        <source>样板间检查</source>
        <translation>Show-flat check</translation>
    </message>
    <message>
        <source>损坏与缺失</source>
        <translation>Damage and loss</translation>
    </message>
    <message>
        <source>施工人员进出</source>
        <translation>Workers in and out</translation>
    </message>
    <message>
        <source>保洁任务</source>
        <translation>do cleaning tasks</translation>
    </message>
    <message>
        <source>保洁记录</source>
        <translation>Cleaning record</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>钥匙借用</source>
        <translation>Key loans</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>特约服务</source>
        <translation>Special services</translation>
    </message>
    <message>
        <source>收费期间</source>
        <translation>Billing period</translation>
    </message>
    <message>
        <source>缴费通知</source>
        <translation>Fee notices</translation>
    </message>
    <message>
        <source>缴费</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>催缴通知书</source>
        <translation>Arrears reminder</translation>
    </message>
    <message>
        <source>拜访业主</source>
        <translation>Owner visits</translation>
    </message>
    <message>
        <source>意见征询</source>
        <translation>Opinion survey</translation>
    </message>
    <message>
        <source>巡检模板</source>
        <translation>Inspection templates</translation>
    </message>
    <message>
        <source>巡检项目</source>
        <translation>Inspection items</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>巡检结果</source>
        <translation>Round results</translation>
    </message>
    <message>
        <source>巡检事件</source>
        <translation>Inspection incidents</translation>
    </message>
    <message>
        <source>工程维修单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>车辆登记</source>
        <translation>Vehicle log</translation>
    </message>
    <message>
        <source>下次跟进日期</source>
        <translation>Next follow-up date</translation>
    </message>
    <message>
        <source>应跟进日</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>退订经办人</source>
        <translation>Withdrawn by</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>已匿名</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check answer</translation>
    </message>
    <message>
        <source>答卷</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>批准时间</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>到访时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>分配方式</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>结存</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>保质期至</source>
        <translation>Best before</translation>
    </message>
    <message>
        <source>盲盘</source>
        <translation>Blind count</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>借用人电话</source>
        <translation>Borrower&apos;s phone</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Called back by</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Call-back comments</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>收费数量</source>
        <translation>Charged quantity</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>结束人</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>同行</source>
        <translation>Came with</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>复制自</source>
        <translation>Copied from</translation>
    </message>
    <message>
        <source>更正自</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <source>会签人</source>
        <translation>Co-signed by</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>清点数量</source>
        <translation>Counted qty</translation>
    </message>
    <message>
        <source>盘点时间</source>
        <translation>Counted at</translation>
    </message>
    <message>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>建立时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>建立人</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>杯型</source>
        <translation>Cup</translation>
    </message>
    <message>
        <source>业主确认</source>
        <translation>Owner&apos;s confirmation</translation>
    </message>
    <message>
        <source>客户数</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Cut-off date</translation>
    </message>
    <message>
        <source>日均用量</source>
        <translation>Daily use</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>处理时间</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>离场时间</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <source>报修内容</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>派工时间</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>派工人</source>
        <translation>Dispatched by</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>完成人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>完工说明</source>
        <translation>Completion note</translation>
    </message>
    <message>
        <source>应完成时间</source>
        <translation>Due at</translation>
    </message>
    <message>
        <source>缴费截止</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>录入人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <source>陪同</source>
        <translation>Escort</translation>
    </message>
    <message>
        <source>账面</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>应有数量</source>
        <translation>Expected qty</translation>
    </message>
    <message>
        <source>首访</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>需用日期</source>
        <translation>Needed on</translation>
    </message>
    <message>
        <source>频率</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>原位置</source>
        <translation>From location</translation>
    </message>
    <message>
        <source>调出</source>
        <translation>From</translation>
    </message>
    <message>
        <source>原负责人</source>
        <translation>From (person)</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>来访组号</source>
        <translation>Visit group no.</translation>
    </message>
    <message>
        <source>客人序号</source>
        <translation>Guest no.</translation>
    </message>
    <message>
        <source>交接说明</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>居住区域</source>
        <translation>Home district</translation>
    </message>
    <message>
        <source>图标</source>
        <translation>Icon</translation>
    </message>
    <message>
        <source>证件后 4 位</source>
        <translation>ID last 4</translation>
    </message>
    <message>
        <source>实施情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>实施时间</source>
        <translation>Carried out at</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>调查时间</source>
        <translation>Investigated at</translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>开具时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Drink</translation>
    </message>
    <message>
        <source>判断时间</source>
        <translation>Judged at</translation>
    </message>
    <message>
        <source>判断说明</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>最近意向</source>
        <translation>Latest intent</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Min. stock</translation>
    </message>
    <message>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <source>调拨数量</source>
        <translation>Moved quantity</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>需签批</source>
        <translation>Needs sign-off</translation>
    </message>
    <message>
        <source>新数量</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>原数量</source>
        <translation>Old quantity</translation>
    </message>
    <message>
        <source>保留的来访</source>
        <translation>Visits kept</translation>
    </message>
    <message>
        <source>开封后可用天数</source>
        <translation>Days usable once opened</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Started at</translation>
    </message>
    <message>
        <source>开始人</source>
        <translation>Started by</translation>
    </message>
    <message>
        <source>业主意见</source>
        <translation>Owner&apos;s comments</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>下单时间</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <source>下单人</source>
        <translation>Ordered by</translation>
    </message>
    <message>
        <source>原文件名</source>
        <translation>Original file name</translation>
    </message>
    <message>
        <source>借出时间</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <source>登记离场人</source>
        <translation>Exit registered by</translation>
    </message>
    <message>
        <source>放行主管</source>
        <translation>Override by</translation>
    </message>
    <message>
        <source>放行原因</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>归属顾问</source>
        <translation>Owning consultant</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>归属起始</source>
        <translation>Owned since</translation>
    </message>
    <message>
        <source>每包装含</source>
        <translation>Units per pack</translation>
    </message>
    <message>
        <source>包装数量</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>采购包装</source>
        <translation>Purchase pack</translation>
    </message>
    <message>
        <source>缴费时间</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>标准库存</source>
        <translation>Std. stock</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>存放</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>处理方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>方案时间</source>
        <translation>Planned at</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>检查项</source>
        <translation>Check point</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>建议数量</source>
        <translation>Suggested qty</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>读数</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>已到货</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>入库单位</source>
        <translation>Received unit</translation>
    </message>
    <message>
        <source>关联编号</source>
        <translation>Linked no.</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>续杯自</source>
        <translation>Refill of</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>报修人电话</source>
        <translation>Reporter&apos;s phone</translation>
    </message>
    <message>
        <source>现负责人</source>
        <translation>Now handled by</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>归还说明</source>
        <translation>Return note</translation>
    </message>
    <message>
        <source>归还时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>归还经办</source>
        <translation>Returned to</translation>
    </message>
    <message>
        <source>冲销自</source>
        <translation>Reverses</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>出品时间</source>
        <translation>Served at</translation>
    </message>
    <message>
        <source>保质期（天）</source>
        <translation>Shelf life (days)</translation>
    </message>
    <message>
        <source>签批时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>签批人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>申请时库存</source>
        <translation>Stock at request</translation>
    </message>
    <message>
        <source>意见和建议</source>
        <translation>Comments and suggestions</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>姓氏</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>拍摄时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>首问责任人</source>
        <translation>First responder</translation>
    </message>
    <message>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>进场</source>
        <translation>In</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>称呼</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>新位置</source>
        <translation>To location</translation>
    </message>
    <message>
        <source>调入</source>
        <translation>To</translation>
    </message>
    <message>
        <source>新负责人</source>
        <translation>To (person)</translation>
    </message>
    <message>
        <source>容差</source>
        <translation>Tolerance</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>有效投诉</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>价值（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>到访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>来访数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>拜访时间</source>
        <translation>Visited at</translation>
    </message>
    <message>
        <source>拜访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>工作区域</source>
        <translation>Work district</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>新生成</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>已有</source>
        <translation>Existing</translation>
    </message>
    <message>
        <source>未登记面积的房号</source>
        <translation>Units without an area</translation>
    </message>
    <message>
        <source>截至日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>开具人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>地点类型</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>间隔（小时）</source>
        <translation>Every (hours)</translation>
    </message>
    <message>
        <source>截止时间</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>每月几号</source>
        <translation>Day of month</translation>
    </message>
    <message>
        <source>宽限（分钟）</source>
        <translation>Grace (minutes)</translation>
    </message>
    <message>
        <source>执行岗位</source>
        <translation>Done by role</translation>
    </message>
    <message>
        <source>逾期不能交班</source>
        <translation>Blocks handover when overdue</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>下限</source>
        <translation>Lower limit</translation>
    </message>
    <message>
        <source>上限</source>
        <translation>Upper limit</translation>
    </message>
    <message>
        <source>正常的回答</source>
        <translation>Normal answer</translation>
    </message>
    <message>
        <source>异常须写明</source>
        <translation>Note required on fault</translation>
    </message>
    <message>
        <source>异常须拍照</source>
        <translation>A fault needs a photo</translation>
    </message>
    <message>
        <source>异常时</source>
        <translation>On fault</translation>
    </message>
    <message>
        <source>来人</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>设备/部位</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>验收时间</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>验收人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>验收意见</source>
        <translation>Acceptance note</translation>
    </message>
    <message>
        <source>后续</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Unit type wanted</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>退订时间</source>
        <translation>Withdrawn at</translation>
    </message>
    <message>
        <source>退订原因</source>
        <translation>Withdrawal reason</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>室</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>建筑面积㎡</source>
        <translation>Floor area m²</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>回答方式</source>
        <translation>Answer kind</translation>
    </message>
    <message>
        <source>巡检人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>巡检发现</source>
        <translation>Found on a round</translation>
    </message>
    <message>
        <source>人员报告</source>
        <translation>Reported by staff</translation>
    </message>
    <message>
        <source>事件 #{id}</source>
        <translation>Incident #{id}</translation>
    </message>
    <message>
        <source>样板间事件 #{id}</source>
        <translation>Show-flat incident #{id}</translation>
    </message>
    <message>
        <source>工程维修单 #{id}</source>
        <translation>Work order #{id}</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>其他操作</source>
        <translation>Other action</translation>
    </message>
    <message>
        <source>其他记录</source>
        <translation>Other record</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>请先关闭 Excel 中的文件：{path}</source>
        <translation>Please close the file in Excel first: {path}</translation>
    </message>
    <message>
        <source>未知角色：{roles}</source>
        <translation>Unknown role: {roles}</translation>
    </message>
    <message>
        <source>至少选择一个角色</source>
        <translation>Choose at least one role</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>{name}（{roles}）无权{action}</source>
        <translation>{name} ({roles}) is not allowed to: {action}</translation>
    </message>
    <message>
        <source>还不能交班：{reasons}</source>
        <translation>Cannot hand over yet: {reasons}</translation>
    </message>
    <message>
        <source>已有未交班的班次，请先交班</source>
        <translation>A shift is still open; hand it over first</translation>
    </message>
    <message>
        <source>当前没有进行中的班次</source>
        <translation>No shift is open</translation>
    </message>
    <message>
        <source>日志内容不能为空</source>
        <translation>The log entry cannot be empty</translation>
    </message>
    <message>
        <source>未知的日志类别：{kind}</source>
        <translation>Unknown log category: {kind}</translation>
    </message>
    <message>
        <source>要更正的日志不存在</source>
        <translation>The entry to correct does not exist</translation>
    </message>
    <message>
        <source>找不到班次 {id}</source>
        <translation>Shift {id} not found</translation>
    </message>
    <message>
        <source>工号或 PIN 不正确</source>
        <translation>Wrong staff no. or PIN</translation>
    </message>
    <message>
        <source>{field}太长：最多 {limit} 个字（现有 {length} 个字）</source>
        <translation>{field} is too long: at most {limit} characters ({length} given)</translation>
    </message>
    <message>
        <source>{field}须为：{choices}</source>
        <translation>{field} must be one of: {choices}</translation>
    </message>
    <message>
        <source>{field}只能包含字母、数字、- 和 _：{value}</source>
        <translation>{field} may contain only letters, digits, - and _: {value}</translation>
    </message>
    <message>
        <source>{field}不是有效的数字：{value}</source>
        <translation>{field} is not a valid number: {value}</translation>
    </message>
    <message>
        <source>{field}不能为负数：{value}</source>
        <translation>{field} cannot be negative: {value}</translation>
    </message>
    <message>
        <source>{field}不能小于 {minimum}（填写的是 {value}）</source>
        <translation>{field} cannot be less than {minimum} ({value} given)</translation>
    </message>
    <message>
        <source>{field}不能大于 {maximum}（填写的是 {value}）</source>
        <translation>{field} cannot be more than {maximum} ({value} given)</translation>
    </message>
    <message>
        <source>{field}必须大于零</source>
        <translation>{field} must be greater than zero</translation>
    </message>
    <message>
        <source>{field}最多 {places} 位小数：{value}</source>
        <translation>{field} has at most {places} decimals: {value}</translation>
    </message>
    <message>
        <source>{field}须为整数：{value}</source>
        <translation>{field} must be a whole number: {value}</translation>
    </message>
    <message>
        <source>{field}不在合理范围内：{value}（应在 {earliest} 到 {latest} 之间）</source>
        <translation>{field} is out of range: {value} (between {earliest} and {latest})</translation>
    </message>
    <message>
        <source>{field}不是有效的日期：{value}（应为 YYYY-MM-DD）</source>
        <translation>{field} is not a valid date: {value} (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{field}格式不正确：{value}（应为手机号或区号加座机号码）</source>
        <translation>{field} is not a phone number: {value} (a mobile number, or area code and number)</translation>
    </message>
    <message>
        <source>PIN 须为 {minimum} 到 {maximum} 位数字</source>
        <translation>A PIN is {minimum} to {maximum} digits</translation>
    </message>
    <message>
        <source>找不到该员工</source>
        <translation>Staff member not found</translation>
    </message>
    <message>
        <source>工号 {code} 已存在</source>
        <translation>Staff no. {code} already exists</translation>
    </message>
    <message>
        <source>{name} 不只是置业顾问，请在设置中修改</source>
        <translation>{name} is not only a sales consultant; change them under Settings</translation>
    </message>
    <message>
        <source>错误次数过多，请 {seconds} 秒后再试，或请主管解锁</source>
        <translation>Too many wrong attempts; try again in {seconds} s, or ask a supervisor to unlock</translation>
    </message>
    <message>
        <source>错误次数过多，已锁定，请 {minutes} 分钟后再试，或请主管解锁</source>
        <translation>Too many wrong attempts: locked; try again in {minutes} min, or ask a supervisor to unlock</translation>
    </message>
    <message>
        <source>找不到工号 {code}</source>
        <translation>Staff no. {code} not found</translation>
    </message>
    <message>
        <source>不能停用自己</source>
        <translation>You cannot deactivate yourself</translation>
    </message>
    <message>
        <source>已有员工，不能再初始化管理员</source>
        <translation>Staff already exist; the administrator cannot be initialised again</translation>
    </message>
    <message>
        <source>表格“{table}”的第 {row} 行不是“列名: 值”的字典</source>
        <translation>Row {row} of table “{table}” is not a “column: value” dictionary</translation>
    </message>
    <message>
        <source>表单数据应为一组文档（list of dict）</source>
        <translation>Form data must be a list of documents (list of dict)</translation>
    </message>
    <message>
        <source>第 {n} 份表单数据不是字典</source>
        <translation>Form document {n} is not a dictionary</translation>
    </message>
    <message>
        <source>第 {n} 份表单数据有不认识的部分：{keys}（可用 {allowed}）</source>
        <translation>Form document {n} has unknown parts: {keys} (allowed: {allowed})</translation>
    </message>
    <message>
        <source>第 {n} 份表单数据的 {part} 应为字典</source>
        <translation>In form document {n}, {part} must be a dictionary</translation>
    </message>
    <message>
        <source>请选择一种：空白表、示例数据或记录数据</source>
        <translation>Choose one: blank, sample data or record data</translation>
    </message>
    <message>
        <source>没有要打印的记录</source>
        <translation>No records to print</translation>
    </message>
    <message>
        <source>日期格式不对：{day}（应为 YYYY-MM-DD）</source>
        <translation>Wrong date format: {day} (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>表单“{title}”没有编号</source>
        <translation>Form “{title}” has no number</translation>
    </message>
    <message>
        <source>表单“{title}”还不能从记录打印（尚无数据来源），可打印空白表或示例</source>
        <translation>Form “{title}” cannot be printed from records yet (no data source); print it blank or with sample data</translation>
    </message>
    <message>
        <source>请指定记录编号或日期</source>
        <translation>Give a record number or a date</translation>
    </message>
    <message>
        <source>没有找到“{title}”的记录</source>
        <translation>No records found for “{title}”</translation>
    </message>
    <message>
        <source>表单模板 {file} 第 {line} 行：{problem}</source>
        <translation>Form template {file}, line {line}: {problem}</translation>
    </message>
    <message>
        <source>表单模板 {file}：{problem}</source>
        <translation>Form template {file}: {problem}</translation>
    </message>
    <message>
        <source>没有这个表单：{key}</source>
        <translation>No such form: {key}</translation>
    </message>
    <message>
        <source>停车票仅剩 {qty} {unit}，请补充</source>
        <translation>Only {qty} {unit} of parking tickets left; please reorder</translation>
    </message>
    <message>
        <source>{name} 低于最低库存：现有 {qty}{unit}，最低 {min}{unit}</source>
        <translation>{name} below min. stock: {qty} {unit} on hand, min. {min} {unit}</translation>
    </message>
    <message>
        <source>{name} 有 {qty}{unit} 已过期（{date}）</source>
        <translation>{name}: {qty} {unit} expired ({date})</translation>
    </message>
    <message>
        <source>{name} 有 {qty}{unit} 将于 {date} 起到期</source>
        <translation>{name}: {qty} {unit} expire from {date}</translation>
    </message>
    <message>
        <source>{n} 笔入库等待主管签批</source>
        <translation>{n} receipts awaiting supervisor sign-off</translation>
    </message>
    <message>
        <source>报损明细须为批次、数量和原因</source>
        <translation>Each waste line needs a batch, a quantity and a reason</translation>
    </message>
    <message>
        <source>没有选择要报损的物品</source>
        <translation>No items selected for waste</translation>
    </message>
    <message>
        <source>找不到该批次</source>
        <translation>Batch not found</translation>
    </message>
    <message>
        <source>找不到盘点记录（编号 {id}）</source>
        <translation>Count not found (no. {id})</translation>
    </message>
    <message>
        <source>未知的频率：{value}</source>
        <translation>Unknown frequency: {value}</translation>
    </message>
    <message>
        <source>区域和任务名称都不能为空</source>
        <translation>Area and task name are both required</translation>
    </message>
    <message>
        <source>请先选择完成的任务</source>
        <translation>Select the tasks done first</translation>
    </message>
    <message>
        <source>找不到保洁任务</source>
        <translation>Cleaning task not found</translation>
    </message>
    <message>
        <source>请说明更正原因</source>
        <translation>Give the reason for the correction</translation>
    </message>
    <message>
        <source>找不到保洁记录</source>
        <translation>Cleaning record not found</translation>
    </message>
    <message>
        <source>这条保洁记录已撤销（或本身是更正记录）</source>
        <translation>This cleaning record is already undone (or is itself a correction)</translation>
    </message>
    <message>
        <source>所选文件不是图片（支持 JPG、PNG、GIF、BMP、WEBP）</source>
        <translation>The file is not an image (JPG, PNG, GIF, BMP, WEBP supported)</translation>
    </message>
    <message>
        <source>找不到照片文件：{name}</source>
        <translation>Photo file not found: {name}</translation>
    </message>
    <message>
        <source>照片文件太大（{mb} MB），请选择 30 MB 以内的图片</source>
        <translation>Photo file too large ({mb} MB); choose an image under 30 MB</translation>
    </message>
    <message>
        <source>图片像素太多（{w}×{h}），请先缩小后再选</source>
        <translation>Image too large ({w}×{h} pixels); shrink it first</translation>
    </message>
    <message>
        <source>找不到照片 #{id}</source>
        <translation>Photo #{id} not found</translation>
    </message>
    <message>
        <source>物品 {name} 已停用</source>
        <translation>Item {name} is inactive</translation>
    </message>
    <message>
        <source>物品 {name} 重复</source>
        <translation>Item {name} appears twice</translation>
    </message>
    <message>
        <source>{name}：{message}</source>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>采购明细须为物品和数量</source>
        <translation>Each purchase line needs an item and a quantity</translation>
    </message>
    <message>
        <source>采购申请没有任何物品</source>
        <translation>The purchase request has no items</translation>
    </message>
    <message>
        <source>找不到采购申请（编号 {id}）</source>
        <translation>Purchase request not found (no. {id})</translation>
    </message>
    <message>
        <source>找不到采购明细</source>
        <translation>Purchase request line not found</translation>
    </message>
    <message>
        <source>申请已{status}，不能再修改</source>
        <translation>Request status is “{status}”; it can no longer be changed</translation>
    </message>
    <message>
        <source>申请已{status}</source>
        <translation>Request status is already “{status}”</translation>
    </message>
    <message>
        <source>驳回须填写原因</source>
        <translation>A rejection needs a reason</translation>
    </message>
    <message>
        <source>采购申请{status}，不能按它入库</source>
        <translation>Purchase request status is “{status}”; stock cannot be received against it</translation>
    </message>
    <message>
        <source>还有 {n} 项未检查，不能结束：{names}</source>
        <translation>Not checked yet ({n}), cannot finish: {names}</translation>
    </message>
    <message>
        <source>找不到巡检记录：{ref}</source>
        <translation>Round not found: {ref}</translation>
    </message>
    <message>
        <source>巡检模板“{name}”已停用</source>
        <translation>Inspection template “{name}” is retired</translation>
    </message>
    <message>
        <source>请选择样板间</source>
        <translation>Please choose a show flat</translation>
    </message>
    <message>
        <source>巡检模板“{name}”还没有检查项目</source>
        <translation>Inspection template “{name}” has no items yet</translation>
    </message>
    <message>
        <source>“{label}”请填数字，例如 26</source>
        <translation>“{label}”: enter a number, e.g. 26</translation>
    </message>
    <message>
        <source>“{label}”的读数 {value} 不合理</source>
        <translation>“{label}”: reading {value} is not plausible</translation>
    </message>
    <message>
        <source>“{label}”请填整数</source>
        <translation>“{label}”: enter a whole number</translation>
    </message>
    <message>
        <source>“{label}”的数量 {value} 不合理</source>
        <translation>“{label}”: count {value} is not plausible</translation>
    </message>
    <message>
        <source>请填写“{label}”的读数</source>
        <translation>Please enter the reading of “{label}”</translation>
    </message>
    <message>
        <source>请填写“{label}”的数量</source>
        <translation>Please enter the count of “{label}”</translation>
    </message>
    <message>
        <source>“{label}”请选 是 或 否</source>
        <translation>“{label}”: choose yes or no</translation>
    </message>
    <message>
        <source>“{label}”请选 正常 或 异常</source>
        <translation>“{label}”: choose OK or fault</translation>
    </message>
    <message>
        <source>该巡检已结束，不能再填写</source>
        <translation>This round is finished and takes no more answers</translation>
    </message>
    <message>
        <source>检查项目 {ref} 不在“{name}”中</source>
        <translation>Item {ref} is not in “{name}”</translation>
    </message>
    <message>
        <source>“{label}”异常，请写明情况</source>
        <translation>“{label}” is faulty: please describe it</translation>
    </message>
    <message>
        <source>“{label}”异常，请附照片</source>
        <translation>“{label}” is faulty: please attach a photo</translation>
    </message>
    <message>
        <source>该巡检已结束</source>
        <translation>This round is already finished</translation>
    </message>
    <message>
        <source>该巡检还没结束：请在巡检中直接改填</source>
        <translation>This round is not finished yet: change the answer in the round</translation>
    </message>
    <message>
        <source>找不到巡检模板：{ref}</source>
        <translation>Inspection template not found: {ref}</translation>
    </message>
    <message>
        <source>{label}请写成 时:分，例如 08:30</source>
        <translation>{label}: write hours:minutes, e.g. 08:30</translation>
    </message>
    <message>
        <source>{label}“{value}”不认识（可选：{choices}）</source>
        <translation>{label} “{value}” is unknown (choose from: {choices})</translation>
    </message>
    <message>
        <source>{label}应在 {low}–{high} 之间</source>
        <translation>{label} must be between {low} and {high}</translation>
    </message>
    <message>
        <source>{label}请填数字，例如 25</source>
        <translation>{label}: enter a number, e.g. 25</translation>
    </message>
    <message>
        <source>读数项“{label}”请填写下限或上限</source>
        <translation>Reading “{label}” needs a lower or an upper limit</translation>
    </message>
    <message>
        <source>读数项“{label}”的下限大于上限</source>
        <translation>Reading “{label}”: the lower limit is above the upper</translation>
    </message>
    <message>
        <source>数量项“{label}”请填写应有数量</source>
        <translation>Count “{label}” needs the expected number</translation>
    </message>
    <message>
        <source>是/否项的正常答案只能是 是 或 否</source>
        <translation>The normal answer of a yes/no item is yes or no</translation>
    </message>
    <message>
        <source>找不到样板间：{ref}</source>
        <translation>Show flat not found: {ref}</translation>
    </message>
    <message>
        <source>巡检模板“{name}”已存在</source>
        <translation>Inspection template “{name}” already exists</translation>
    </message>
    <message>
        <source>找不到巡检项目：{ref}</source>
        <translation>Inspection item not found: {ref}</translation>
    </message>
    <message>
        <source>“{label}”已有巡检记录，不能改答案类型：请停用后新增一项</source>
        <translation>“{label}” has been answered in rounds: its answer kind cannot change; retire it and add a new item</translation>
    </message>
    <message>
        <source>找不到物品：{ref}</source>
        <translation>Item not found: {ref}</translation>
    </message>
    <message>
        <source>找不到盘点记录：{ref}</source>
        <translation>Check not found: {ref}</translation>
    </message>
    <message>
        <source>找不到事件：{ref}</source>
        <translation>Incident not found: {ref}</translation>
    </message>
    <message>
        <source>未知的事件来源：{source}</source>
        <translation>Unknown incident source: {source}</translation>
    </message>
    <message>
        <source>找不到照片：{ref}</source>
        <translation>Photo not found: {ref}</translation>
    </message>
    <message>
        <source>找不到巡检结果：{ref}</source>
        <translation>Round answer not found: {ref}</translation>
    </message>
    <message>
        <source>请选择地点</source>
        <translation>Please choose the place</translation>
    </message>
    <message>
        <source>请选择损坏的是什么</source>
        <translation>Please choose what is damaged</translation>
    </message>
    <message>
        <source>内容太长</source>
        <translation>Too long</translation>
    </message>
    <message>
        <source>{label}不能为空</source>
        <translation>{label} is required</translation>
    </message>
    <message>
        <source>{label}太长（最多 {n} 字）</source>
        <translation>{label} is too long (max. {n} characters)</translation>
    </message>
    <message>
        <source>{label}必须是整数</source>
        <translation>{label} must be a whole number</translation>
    </message>
    <message>
        <source>未知的物品类别：{value}（可选：{choices}）</source>
        <translation>Unknown item category: {value} (choose from: {choices})</translation>
    </message>
    <message>
        <source>样板间 {name} 已存在</source>
        <translation>Show flat {name} already exists</translation>
    </message>
    <message>
        <source>该样板间没有这个房间</source>
        <translation>This show flat has no such room</translation>
    </message>
    <message>
        <source>未知的检查类型：{kind}</source>
        <translation>Unknown check type: {kind}</translation>
    </message>
    <message>
        <source>该检查已结束，不能再填写</source>
        <translation>This check is finished and can no longer be filled in</translation>
    </message>
    <message>
        <source>检查结果只能是 正常 或 异常</source>
        <translation>A check result can only be OK or Problem</translation>
    </message>
    <message>
        <source>物品 {ref} 不在 {flat} 的清单上</source>
        <translation>Item {ref} is not on the list of {flat}</translation>
    </message>
    <message>
        <source>物品状态只能是 正常、损坏、缺失 或 移位</source>
        <translation>An item status can only be OK, Damaged, Missing or Moved</translation>
    </message>
    <message>
        <source>交接盘点请填写 {name} 的实际数量</source>
        <translation>For a handover count, enter the actual quantity of {name}</translation>
    </message>
    <message>
        <source>备注太长（最多 500 字）</source>
        <translation>Note too long (max. 500 characters)</translation>
    </message>
    <message>
        <source>该检查还没结束：请在检查中直接改填</source>
        <translation>This check is still open: change the answer in the check itself</translation>
    </message>
    <message>
        <source>该检查已结束</source>
        <translation>This check is finished</translation>
    </message>
    <message>
        <source>事件已关闭</source>
        <translation>The incident is closed</translation>
    </message>
    <message>
        <source>未知的事件状态：{status}</source>
        <translation>Unknown incident status: {status}</translation>
    </message>
    <message>
        <source>检查结果须逐项填写</source>
        <translation>Enter the check results item by item</translation>
    </message>
    <message>
        <source>事件已是“{status}”，不能退回</source>
        <translation>The incident is already “{status}” and cannot go back</translation>
    </message>
    <message>
        <source>事件与物品不符</source>
        <translation>The incident does not match the item</translation>
    </message>
    <message>
        <source>数量没有变化（仍为 {n}）</source>
        <translation>Quantity unchanged (still {n})</translation>
    </message>
    <message>
        <source>天数不能为负数</source>
        <translation>The number of days cannot be negative</translation>
    </message>
    <message>
        <source>请选择样板间或物品</source>
        <translation>Select a show flat or an item</translation>
    </message>
    <message>
        <source>第 {id} 号检查是“{kind}”，不能印成这张表</source>
        <translation>Check #{id} is a “{kind}” and cannot be printed on this sheet</translation>
    </message>
    <message>
        <source>找不到该进场登记</source>
        <translation>Entry record not found</translation>
    </message>
    <message>
        <source>数量必须是数字</source>
        <translation>The quantity must be a number</translation>
    </message>
    <message>
        <source>请填写数量</source>
        <translation>Enter a quantity</translation>
    </message>
    <message>
        <source>数量必须是数字：{value}</source>
        <translation>The quantity must be a number: {value}</translation>
    </message>
    <message>
        <source>数量不能为负数</source>
        <translation>The quantity cannot be negative</translation>
    </message>
    <message>
        <source>数量必须大于零</source>
        <translation>The quantity must be greater than zero</translation>
    </message>
    <message>
        <source>数量太大：{value}</source>
        <translation>Quantity too large: {value}</translation>
    </message>
    <message>
        <source>数量最多三位小数</source>
        <translation>At most three decimal places in a quantity</translation>
    </message>
    <message>
        <source>类别名称不能为空</source>
        <translation>Category name is required</translation>
    </message>
    <message>
        <source>类别 {name} 已存在</source>
        <translation>Category {name} already exists</translation>
    </message>
    <message>
        <source>找不到类别 {name}</source>
        <translation>Category {name} not found</translation>
    </message>
    <message>
        <source>类别 {name} 下还有在用的物品</source>
        <translation>Category {name} still has active items</translation>
    </message>
    <message>
        <source>物品名称不能为空</source>
        <translation>Item name is required</translation>
    </message>
    <message>
        <source>物品名称太长</source>
        <translation>Item name is too long</translation>
    </message>
    <message>
        <source>物品 {name} 已存在</source>
        <translation>Item {name} already exists</translation>
    </message>
    <message>
        <source>未知类别：{category}</source>
        <translation>Unknown category: {category}</translation>
    </message>
    <message>
        <source>请填写单位</source>
        <translation>Enter a unit</translation>
    </message>
    <message>
        <source>包装单位与基本单位相同时换算须为 1</source>
        <translation>When the pack unit equals the base unit, units per pack must be 1</translation>
    </message>
    <message>
        <source>存放位置须为 吧台 或 储物间</source>
        <translation>Location must be bar or storeroom</translation>
    </message>
    <message>
        <source>条码 {code} 已用于 {name}</source>
        <translation>Barcode {code} is already used for {name}</translation>
    </message>
    <message>
        <source>标准库存不能低于最低库存</source>
        <translation>Standard stock cannot be below min. stock</translation>
    </message>
    <message>
        <source>找不到物品</source>
        <translation>Item not found</translation>
    </message>
    <message>
        <source>找不到物品（编号 {id}）</source>
        <translation>Item not found (no. {id})</translation>
    </message>
    <message>
        <source>包装换算必须是 1 到 10000 的整数</source>
        <translation>The pack size must be a whole number from 1 to 10000</translation>
    </message>
    <message>
        <source>保质期天数必须是 1 到 3650 的整数</source>
        <translation>The shelf life must be a whole number of days from 1 to 3650</translation>
    </message>
    <message>
        <source>未知的物品字段：{fields}</source>
        <translation>Unknown item fields: {fields}</translation>
    </message>
    <message>
        <source>未知条码：{code}</source>
        <translation>Unknown barcode: {code}</translation>
    </message>
    <message>
        <source>找不到物品或条码：{code}</source>
        <translation>No item or barcode: {code}</translation>
    </message>
    <message>
        <source>库存不足时出库须由主管确认</source>
        <translation>Issuing with too little stock needs supervisor approval</translation>
    </message>
    <message>
        <source>库存不足：{item} 现有 {stock}{unit}，要出 {qty}{unit}</source>
        <translation>Not enough stock: {item} has {stock} {unit}, {qty} {unit} requested</translation>
    </message>
    <message>
        <source>该批次只剩 {qty}{unit}</source>
        <translation>Only {qty} {unit} left in this batch</translation>
    </message>
    <message>
        <source>请选择报损原因</source>
        <translation>Choose a waste reason</translation>
    </message>
    <message>
        <source>报损原因为“其他”时请写明说明</source>
        <translation>With waste reason “Other”, please add a note</translation>
    </message>
    <message>
        <source>物品 {name} 没有单位“{unit}”（可用：{units}）</source>
        <translation>Item {name} has no unit “{unit}” (available: {units})</translation>
    </message>
    <message>
        <source>数量太大：{qty}{unit} 合 {base}{base_unit}</source>
        <translation>Quantity too large: {qty} {unit} is {base} {base_unit}</translation>
    </message>
    <message>
        <source>找不到该入库记录</source>
        <translation>Receipt not found</translation>
    </message>
    <message>
        <source>该入库已签批</source>
        <translation>This receipt is already signed off</translation>
    </message>
    <message>
        <source>调拨须在吧台与储物间之间</source>
        <translation>A transfer must be between bar and storeroom</translation>
    </message>
    <message>
        <source>找不到该库存记录</source>
        <translation>Stock record not found</translation>
    </message>
    <message>
        <source>冲销须填写原因</source>
        <translation>A reversal needs a reason</translation>
    </message>
    <message>
        <source>第 {id} 条已冲销过</source>
        <translation>Entry #{id} has already been reversed</translation>
    </message>
    <message>
        <source>冲销后 {item} 库存将为负数（现有 {stock}{unit}）</source>
        <translation>After the reversal, stock of {item} would be negative ({stock} {unit} on hand)</translation>
    </message>
    <message>
        <source>该批次已部分用掉，只剩 {qty}{unit}，不能整笔冲销；请改用报损或盘点</source>
        <translation>This batch is partly used, only {qty} {unit} left, so it cannot be reversed in full; book waste or a count instead</translation>
    </message>
    <message>
        <source>水吧交班盘点尚未完成并经保安会签</source>
        <translation>The water-bar handover count is not finished and co-signed by the guard</translation>
    </message>
    <message>
        <source>盘点类型须为 开班 或 交班</source>
        <translation>Count type must be shift start or handover</translation>
    </message>
    <message>
        <source>盘点数据不完整</source>
        <translation>The count is incomplete</translation>
    </message>
    <message>
        <source>物品 {name} 已停用，不能盘点</source>
        <translation>Item {name} is inactive and cannot be counted</translation>
    </message>
    <message>
        <source>还有 {n} 项未盘点：{names}</source>
        <translation>Not counted yet ({n}): {names}</translation>
    </message>
    <message>
        <source>{name} 差异 {diff}{unit} 超出容差，请填写原因</source>
        <translation>{name}: difference {diff} {unit} is over the tolerance; enter a reason</translation>
    </message>
    <message>
        <source>需当班保安输入工号和 PIN 会签</source>
        <translation>The guard on duty must co-sign with staff no. and PIN</translation>
    </message>
    <message>
        <source>{name} 无权会签盘点</source>
        <translation>{name} may not co-sign counts</translation>
    </message>
    <message>
        <source>会签人不能是盘点人本人</source>
        <translation>The co-signer cannot be the person who counted</translation>
    </message>
    <message>
        <source>证件号码请填写 4 到 20 位数字或字母</source>
        <translation>The ID number must be 4 to 20 digits or letters</translation>
    </message>
    <message>
        <source>{name} 已于 {time} 离场</source>
        <translation>{name} left at {time}</translation>
    </message>
    <message>
        <source>离场时间不能早于进场时间</source>
        <translation>Exit time cannot be before entry time</translation>
    </message>
    <message>
        <source>请选择物品</source>
        <translation>Select an item</translation>
    </message>
    <message>
        <source>请先选择样板间</source>
        <translation>Select a show flat first</translation>
    </message>
    <message>
        <source>找不到来电记录：{id}</source>
        <translation>Call record not found: {id}</translation>
    </message>
    <message>
        <source>来电须由具体员工登记</source>
        <translation>A call must be logged by a named staff member</translation>
    </message>
    <message>
        <source>来电 {id} 已办结，不能转交</source>
        <translation>Call {id} is closed and cannot be transferred</translation>
    </message>
    <message>
        <source>首问负责：来电 {id} 由 {name} 负责，只有本人可以转交</source>
        <translation>First responder rule: call {id} belongs to {name}; only they can transfer it</translation>
    </message>
    <message>
        <source>{name} 已停用，不能接手</source>
        <translation>{name} is inactive and cannot take it over</translation>
    </message>
    <message>
        <source>来电已由 {name} 负责</source>
        <translation>The call is already handled by {name}</translation>
    </message>
    <message>
        <source>来电 {id} 已办结</source>
        <translation>Call {id} is closed</translation>
    </message>
    <message>
        <source>首问负责：来电 {id} 由 {name} 负责，请由本人办结或转交</source>
        <translation>First responder rule: call {id} belongs to {name}; they must close or transfer it</translation>
    </message>
    <message>
        <source>找不到投诉：{id}</source>
        <translation>Complaint not found: {id}</translation>
    </message>
    <message>
        <source>投诉 {number} 当前为“{status}”，不能{action}</source>
        <translation>Complaint {number} is at “{status}”; not possible now: {action}</translation>
    </message>
    <message>
        <source>投诉类别已存在：{name}</source>
        <translation>Complaint category already exists: {name}</translation>
    </message>
    <message>
        <source>找不到投诉类别</source>
        <translation>Complaint category not found</translation>
    </message>
    <message>
        <source>未知的投诉类别：{category}</source>
        <translation>Unknown complaint category: {category}</translation>
    </message>
    <message>
        <source>未知的投诉方式：{channel}（可选：{choices}）</source>
        <translation>Unknown complaint channel: {channel} (choose from: {choices})</translation>
    </message>
    <message>
        <source>请判断投诉是否有效</source>
        <translation>Decide whether the complaint is valid</translation>
    </message>
    <message>
        <source>无效投诉请写明向业主所作的解释</source>
        <translation>For a complaint that is not valid, write down the explanation given to the owner</translation>
    </message>
    <message>
        <source>投诉 {number} 的处理方案尚未经主管批准，不能实施</source>
        <translation>The plan for complaint {number} is not approved by a supervisor yet and cannot be implemented</translation>
    </message>
    <message>
        <source>实施结果须经业主确认</source>
        <translation>The result must be confirmed by the owner</translation>
    </message>
    <message>
        <source>投诉 {number} 的处理方案尚未经主管批准并实施，不能结案</source>
        <translation>The plan for complaint {number} has not been approved and implemented yet; it cannot be closed</translation>
    </message>
    <message>
        <source>请选择业主是否满意</source>
        <translation>Choose whether the owner is satisfied</translation>
    </message>
    <message>
        <source>找不到收费期间：{id}</source>
        <translation>Billing period not found: {id}</translation>
    </message>
    <message>
        <source>计费月数须在 1 到 24 之间</source>
        <translation>Months billed must be between 1 and 24</translation>
    </message>
    <message>
        <source>请填写{field}</source>
        <translation>Please fill in: {field}</translation>
    </message>
    <message>
        <source>收费期间已存在：{name}</source>
        <translation>Billing period already exists: {name}</translation>
    </message>
    <message>
        <source>房号 {room} 未登记建筑面积，无法计算物业费</source>
        <translation>Unit {room} has no floor area registered; the property fee cannot be calculated</translation>
    </message>
    <message>
        <source>找不到缴费通知：{id}</source>
        <translation>Fee notice not found: {id}</translation>
    </message>
    <message>
        <source>未知的缴费方式：{method}</source>
        <translation>Unknown payment method: {method}</translation>
    </message>
    <message>
        <source>缴费金额 {amount} 元超过房号 {room} 的应缴合计 {total} 元</source>
        <translation>Payment of {amount} yuan exceeds the total of {total} yuan due for unit {room}</translation>
    </message>
    <message>
        <source>找不到缴费记录：{id}</source>
        <translation>Payment not found: {id}</translation>
    </message>
    <message>
        <source>该缴费记录已冲正或本身是冲正记录</source>
        <translation>This payment has already been reversed or is itself a reversal</translation>
    </message>
    <message>
        <source>找不到该组来访</source>
        <translation>Visiting group not found</translation>
    </message>
    <message>
        <source>该组已于 {time} 离场</source>
        <translation>This group left at {time}</translation>
    </message>
    <message>
        <source>未知的杯型：{cup}</source>
        <translation>Unknown cup: {cup}</translation>
    </message>
    <message>
        <source>该组只有 {n} 位客人</source>
        <translation>This group has only {n} guests</translation>
    </message>
    <message>
        <source>出品时间早于到访时间</source>
        <translation>Serving time is before arrival time</translation>
    </message>
    <message>
        <source>找不到该出品记录</source>
        <translation>Serving not found</translation>
    </message>
    <message>
        <source>未知的位置：{location}</source>
        <translation>Unknown location: {location}</translation>
    </message>
    <message>
        <source>离场时间 {left} 早于到访时间 {arrived}，未保存</source>
        <translation>Departure time {left} is before arrival time {arrived}; not saved</translation>
    </message>
    <message>
        <source>每次领用停车票须为 1 到 {max} 张</source>
        <translation>Each issue must be 1 to {max} parking tickets</translation>
    </message>
    <message>
        <source>只有置业顾问可以领用停车票</source>
        <translation>Only sales consultants can take parking tickets</translation>
    </message>
    <message>
        <source>找不到钥匙借用记录：{id}</source>
        <translation>Key loan not found: {id}</translation>
    </message>
    <message>
        <source>证件号码太短：请核对</source>
        <translation>ID number too short: please check</translation>
    </message>
    <message>
        <source>应还时间必须晚于借出时间</source>
        <translation>Due-back time must be after the time lent</translation>
    </message>
    <message>
        <source>钥匙“{key}”已被 {borrower} 借出，尚未归还</source>
        <translation>Key “{key}” is on loan to {borrower} and not yet returned</translation>
    </message>
    <message>
        <source>钥匙“{key}”已于 {time} 归还，不能重复归还</source>
        <translation>Key “{key}” was returned at {time}; it cannot be returned twice</translation>
    </message>
    <message>
        <source>归还时间不能早于借出时间</source>
        <translation>Return time cannot be before the time lent</translation>
    </message>
    <message>
        <source>找不到编号 {id} 的记录</source>
        <translation>Record no. {id} not found</translation>
    </message>
    <message>
        <source>找不到报修单：{id}</source>
        <translation>Repair order not found: {id}</translation>
    </message>
    <message>
        <source>报修单 {number} 当前为“{status}”，不能{action}</source>
        <translation>Repair order {number} is at “{status}”; not possible now: {action}</translation>
    </message>
    <message>
        <source>不能更正这类记录：{entity}</source>
        <translation>This kind of record cannot be corrected: {entity}</translation>
    </message>
    <message>
        <source>找不到要更正的记录：{id}</source>
        <translation>Record to correct not found: {id}</translation>
    </message>
    <message>
        <source>未知的报修类别：{category}</source>
        <translation>Unknown repair category: {category}</translation>
    </message>
    <message>
        <source>这一项不能更正：{field}</source>
        <translation>This field cannot be corrected: {field}</translation>
    </message>
    <message>
        <source>“{field}”还没有填写：请在流程的这一步填写</source>
        <translation>&quot;{field}&quot; has not been filled in yet: fill it in at that step of the workflow</translation>
    </message>
    <message>
        <source>没有改动：{field}与现在的相同</source>
        <translation>Nothing changed: {field} is the same as now</translation>
    </message>
    <message>
        <source>请写明更正原因</source>
        <translation>Please give the reason for the correction</translation>
    </message>
    <message>
        <source>收费项目不存在或已停用</source>
        <translation>The fee item does not exist or is inactive</translation>
    </message>
    <message>
        <source>找不到工程维修单：{ref}</source>
        <translation>Work order not found: {ref}</translation>
    </message>
    <message>
        <source>工程维修单 {number} 当前为“{status}”，不能{action}</source>
        <translation>Work order {number} is “{status}”: cannot {action}</translation>
    </message>
    <message>
        <source>费用太大</source>
        <translation>The cost is too large</translation>
    </message>
    <message>
        <source>完工时间不能早于报修时间</source>
        <translation>Completion time cannot be before the report time</translation>
    </message>
    <message>
        <source>该顾问不在今天的轮排中</source>
        <translation>This consultant is not in today&apos;s rotation</translation>
    </message>
    <message>
        <source>跳过原因须为：忙、外出或休息</source>
        <translation>Skip reason must be: busy, out or off</translation>
    </message>
    <message>
        <source>该顾问已被跳过（{reason}）</source>
        <translation>This consultant is already skipped ({reason})</translation>
    </message>
    <message>
        <source>该顾问没有被跳过</source>
        <translation>This consultant is not skipped</translation>
    </message>
    <message>
        <source>新顺序须包含今天轮排中的每位顾问各一次</source>
        <translation>The new order must include each consultant in today&apos;s rotation exactly once</translation>
    </message>
    <message>
        <source>找不到{what}：{id}</source>
        <translation>Not found: {what} {id}</translation>
    </message>
    <message>
        <source>报修单 {number} 没有收费，无需打印收费单</source>
        <translation>Repair order {number} has no charge; no charge slip to print</translation>
    </message>
    <message>
        <source>该期间和楼栋还没有缴费通知，请先生成通知</source>
        <translation>No fee notices for this period and building yet; generate them first</translation>
    </message>
    <message>
        <source>该期间和楼栋的业主都已结清，没有要打印的缴费通知</source>
        <translation>Every owner of this period and building has paid in full: no fee notices to print</translation>
    </message>
    <message>
        <source>该房号没有逾期欠费</source>
        <translation>This unit has no overdue arrears</translation>
    </message>
    <message>
        <source>回访记录表按日期打印，请指定日期</source>
        <translation>The call-back record prints by date; give a date</translation>
    </message>
    <message>
        <source>请指定房号；空白问卷请用“打印空白表”</source>
        <translation>Give a unit; for a blank survey use “Blank”</translation>
    </message>
    <message>
        <source>房号不能修改（{room}）：新的房号请新增一行</source>
        <translation>A unit number cannot be changed ({room}): add a new row for a new unit</translation>
    </message>
    <message>
        <source>房号 {room} 不能停用或删除：请在表中恢复这一行</source>
        <translation>Unit {room} cannot be deactivated or deleted: restore the row in the sheet</translation>
    </message>
    <message>
        <source>未知的收费表：{kind}</source>
        <translation>Unknown fee table: {kind}</translation>
    </message>
    <message>
        <source>收费项目不能换到另一张收费表：请停用后在新表新增</source>
        <translation>A fee item cannot move to another fee table: deactivate it and add it to the new table</translation>
    </message>
    <message>
        <source>已停用的收费项目不能从 Excel 恢复，请新增一行</source>
        <translation>A deactivated fee item cannot be restored from Excel; add a new row</translation>
    </message>
    <message>
        <source>收费项目已存在：{name}</source>
        <translation>Fee item already exists: {name}</translation>
    </message>
    <message>
        <source>找不到特约服务单：{id}</source>
        <translation>Special-service order not found: {id}</translation>
    </message>
    <message>
        <source>特约服务单 {number} 已完成</source>
        <translation>Special-service order {number} is already done</translation>
    </message>
    <message>
        <source>房号 {room} 尚未登记业主姓名</source>
        <translation>No owner name registered for unit {room}</translation>
    </message>
    <message>
        <source>问卷中没有这一项：{question}</source>
        <translation>The survey has no such item: {question}</translation>
    </message>
    <message>
        <source>“{question}”的回答只能是满意、基本满意或不满意</source>
        <translation>The answer to “{question}” must be satisfied, mostly satisfied or dissatisfied</translation>
    </message>
    <message>
        <source>问卷至少要有一项回答</source>
        <translation>A survey needs at least one answer</translation>
    </message>
    <message>
        <source>房号 {room} 的 {year} 年问卷已录入</source>
        <translation>The {year} survey for unit {room} has already been entered</translation>
    </message>
    <message>
        <source>{field}只能是数字或字母：{value}</source>
        <translation>{field} may only contain digits or letters: {value}</translation>
    </message>
    <message>
        <source>房号格式不对：{room}（例如 3-1-1202 或 3栋1单元1202）</source>
        <translation>Wrong unit format: {room} (e.g. 3-1-1202 or 3栋1单元1202)</translation>
    </message>
    <message>
        <source>找不到房号：{room}</source>
        <translation>Unit not found: {room}</translation>
    </message>
    <message>
        <source>房号已存在：{room}</source>
        <translation>Unit already exists: {room}</translation>
    </message>
    <message>
        <source>手机号格式不正确：{phone}（须为 1 开头的 11 位大陆手机号；没有手机号请选择“无手机号”）</source>
        <translation>Invalid mobile number: {phone} (must be an 11-digit mainland number starting with 1; if there is none, choose “No mobile”)</translation>
    </message>
    <message>
        <source>认知途径名称须为 1 到 20 个字</source>
        <translation>A source name must be 1 to 20 characters</translation>
    </message>
    <message>
        <source>认知途径“{name}”已存在</source>
        <translation>Source “{name}” already exists</translation>
    </message>
    <message>
        <source>找不到该认知途径</source>
        <translation>Source not found</translation>
    </message>
    <message>
        <source>该客户已在大厅（{location}，顾问 {consultant}，{time} 到访），不能重复登记</source>
        <translation>This customer is already in the hall ({location}, consultant {consultant}, arrived {time}) and cannot be registered twice</translation>
    </message>
    <message>
        <source>来访人数须为 1 到 {max} 人（填写的是 {size}）</source>
        <translation>Party size must be 1 to {max} (entered: {size})</translation>
    </message>
    <message>
        <source>同行须为：独自、家人或朋友</source>
        <translation>Came with must be: alone, family or friends</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Preferred unit type</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>找不到该来访记录：{id}</source>
        <translation>Visit not found: {id}</translation>
    </message>
    <message>
        <source>该客户还没有来访记录</source>
        <translation>This customer has no visits yet</translation>
    </message>
    <message>
        <source>未知的补录项：{names}</source>
        <translation>Unknown talk fields: {names}</translation>
    </message>
    <message>
        <source>下次跟进日期不能早于来访日期 {day}</source>
        <translation>The next follow-up cannot be before the visit ({day})</translation>
    </message>
    <message>
        <source>意向等级须为 A、B、C 或 D</source>
        <translation>Intent grade must be A, B, C or D</translation>
    </message>
    <message>
        <source>{field}太长（最多 {n} 字）</source>
        <translation>{field} is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>只有接待顾问、补录人或主管可以更正这次来访的洽谈记录</source>
        <translation>Only the visit&apos;s consultant, whoever completed it, or a supervisor may correct this talk</translation>
    </message>
    <message>
        <source>没有改动：洽谈记录与上次补录相同</source>
        <translation>Nothing changed: the talk is the same as last entered</translation>
    </message>
    <message>
        <source>更正已补录的洽谈记录须写明原因</source>
        <translation>Correcting a completed talk needs a reason</translation>
    </message>
    <message>
        <source>请至少填写一项洽谈结果</source>
        <translation>Please fill in at least one thing the talk taught</translation>
    </message>
    <message>
        <source>原因太长（最多 200 字）</source>
        <translation>The reason is too long (at most 200 characters)</translation>
    </message>
    <message>
        <source>交通方式须为步行或自驾</source>
        <translation>Transport must be on foot or by car</translation>
    </message>
    <message>
        <source>车牌号太长：{plate}</source>
        <translation>Plate number too long: {plate}</translation>
    </message>
    <message>
        <source>称呼须为先生或女士</source>
        <translation>Title must be Mr. or Ms.</translation>
    </message>
    <message>
        <source>未知的年龄段：{band}</source>
        <translation>Unknown age band: {band}</translation>
    </message>
    <message>
        <source>姓氏太长</source>
        <translation>Surname too long</translation>
    </message>
    <message>
        <source>找不到该客户</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>客户档案按客户打印，请指定客户编号</source>
        <translation>The customer file prints one customer: give the customer number</translation>
    </message>
    <message>
        <source>没有手机号的客户须填写姓氏</source>
        <translation>A customer without a mobile number needs a surname</translation>
    </message>
    <message>
        <source>请填写手机号，或选择“无手机号”</source>
        <translation>Enter a mobile number, or choose “No mobile”</translation>
    </message>
    <message>
        <source>新客户须填写姓氏</source>
        <translation>A new customer needs a surname</translation>
    </message>
    <message>
        <source>未知的认知途径</source>
        <translation>Unknown source</translation>
    </message>
    <message>
        <source>当前没有可接待的顾问（全部被跳过或未排班）</source>
        <translation>No consultant available right now (all skipped or not on the rota)</translation>
    </message>
    <message>
        <source>所选人员不是在岗的置业顾问</source>
        <translation>The person chosen is not an active sales consultant</translation>
    </message>
    <message>
        <source>跟进方式须为电话、微信或面访</source>
        <translation>A follow-up is by phone, WeChat or in person</translation>
    </message>
    <message>
        <source>下次跟进日期不能早于今天（{day}）</source>
        <translation>The next follow-up cannot be before today ({day})</translation>
    </message>
    <message>
        <source>您已是该客户的归属顾问</source>
        <translation>You already own this customer</translation>
    </message>
    <message>
        <source>您对该客户的归属申请还在等待主管处理</source>
        <translation>Your claim on this customer is still waiting for the supervisor</translation>
    </message>
    <message>
        <source>找不到该归属申请</source>
        <translation>Ownership claim not found</translation>
    </message>
    <message>
        <source>该归属申请已处理</source>
        <translation>This ownership claim has already been handled</translation>
    </message>
    <message>
        <source>未启用来访记录匿名化（保留月数为 0）</source>
        <translation>Visit anonymisation is off (months to keep is 0)</translation>
    </message>
    <message>
        <source>周的格式应为 2026-W47：{text}</source>
        <translation>A week is written like 2026-W47: {text}</translation>
    </message>
    <message>
        <source>{year} 年没有第 {week} 周（该年共 {n} 周）</source>
        <translation>{year} has no week {week} (it has {n} weeks)</translation>
    </message>
    <message>
        <source>周数至少为 1</source>
        <translation>At least 1 week</translation>
    </message>
    <message>
        <source>一次最多 104 周</source>
        <translation>At most 104 weeks at a time</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是 Excel 文件：{path}</source>
        <translation>This is a folder, not an Excel file: {path}</translation>
    </message>
    <message>
        <source>无法读取文件，请先关闭 Excel 中的文件后重试：{path}</source>
        <translation>Cannot read the file; close it in Excel and try again: {path}</translation>
    </message>
    <message>
        <source>这是旧版 Excel（.xls）文件或受密码保护的工作簿。请在 Excel 中“另存为”Excel 工作簿（.xlsx），并取消密码后再导入。</source>
        <translation>This is an old Excel (.xls) file or a password-protected workbook. In Excel, “Save As” Excel Workbook (.xlsx) and remove the password, then import.</translation>
    </message>
    <message>
        <source>CSV/文本文件不能导入：请在 Excel 中另存为 Excel 工作簿（.xlsx）。</source>
        <translation>CSV/text files cannot be imported: in Excel, save as Excel Workbook (.xlsx).</translation>
    </message>
    <message>
        <source>这是旧版 Excel（.xls）文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再导入。</source>
        <translation>This is an old Excel (.xls) file. In Excel, “Save As” Excel Workbook (.xlsx), then import.</translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿（.xlsx）文件：{name}</source>
        <translation>Not an Excel workbook (.xlsx) file: {name}</translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿：压缩包里没有工作簿内容（{name}）。</source>
        <translation>Not an Excel workbook: the archive holds no workbook ({name}).</translation>
    </message>
    <message>
        <source>工作簿太大，无法导入（解压后超过 {mb} MB）。</source>
        <translation>The workbook is too large to import (over {mb} MB unpacked).</translation>
    </message>
    <message>
        <source>工作簿太大，无法导入（文字内容超过 {mb} MB）。</source>
        <translation>The workbook is too large to import (over {mb} MB of text).</translation>
    </message>
    <message>
        <source>这不是 Excel 工作簿（.xlsx）文件，或文件已损坏：{name}</source>
        <translation>Not an Excel workbook (.xlsx) file, or the file is damaged: {name}</translation>
    </message>
    <message>
        <source>无法读取这个 Excel 工作簿（{name}）：文件已损坏或格式不受支持（{error}）。</source>
        <translation>Cannot read this Excel workbook ({name}): the file is damaged or the format is not supported ({error}).</translation>
    </message>
    <message>
        <source>工作表“{sheet}”有 {rows} 行，超过可导入的上限 {limit} 行。</source>
        <translation>Sheet “{sheet}” has {rows} rows, over the import limit of {limit}.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”太大，超过可导入的上限 {limit} 行。</source>
        <translation>Sheet “{sheet}” is too large: over the import limit of {limit} rows.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”第 {row} 行附近已损坏或含有不允许的控制字符，无法读取。请在 Excel 中检查该行（删除看不见的字符）并另存后再导入。</source>
        <translation>Sheet “{sheet}” cannot be read near row {row}: it is damaged or holds a control character a workbook may not contain. Check that row in Excel (delete invisible characters), save, and import again.</translation>
    </message>
    <message>
        <source>工作表“{sheet}”超过可导入的上限 {limit} 行。</source>
        <translation>Sheet “{sheet}” is over the import limit of {limit} rows.</translation>
    </message>
    <message>
        <source>认知途径不能改名（历史来访引用它）：请把“{name}”停用，再新增一行</source>
        <translation>A source cannot be renamed (past visits refer to it): deactivate “{name}” and add a new row</translation>
    </message>
    <message>
        <source>没有名为“{name}”的样板间</source>
        <translation>No show flat named “{name}”</translation>
    </message>
    <message>
        <source>没有名为“{name}”的巡检模板（新模板请先写在“巡检模板”表中）</source>
        <translation>No inspection template named “{name}” (write a new template in the Inspection templates sheet first)</translation>
    </message>
    <message>
        <source>检查项目不能换到另一个模板：请把这一行停用，再在新模板下新增一行</source>
        <translation>An item cannot move to another template: retire this row and add a new one under the other template</translation>
    </message>
    <message>
        <source>已停用的检查项目不能从 Excel 恢复，请新增一行</source>
        <translation>A retired item cannot be restored from Excel; add a new row</translation>
    </message>
    <message>
        <source>物品不能换到另一个样板间：请把这一行停用，再在新样板间新增一行</source>
        <translation>An item cannot move to another show flat: deactivate this row and add a new one in the other show flat</translation>
    </message>
    <message>
        <source>已停用的物品不能从 Excel 恢复，请新增一行</source>
        <translation>A deactivated item cannot be restored from Excel; add a new row</translation>
    </message>
    <message>
        <source>ID {id} 在程序中不存在</source>
        <translation>ID {id} does not exist in the program</translation>
    </message>
    <message>
        <source>还有 {n} 处错误，未导入任何内容</source>
        <translation>Errors remain: {n}; nothing was imported</translation>
    </message>
    <message>
        <source>还有 {n} 个冲突未选择以哪边为准，未导入任何内容</source>
        <translation>Conflicts not decided yet: {n}; nothing was imported</translation>
    </message>
    <message>
        <source>有 {n} 行将被停用，请先确认</source>
        <translation>Rows to be deactivated: {n}; confirm first</translation>
    </message>
    <message>
        <source>预览之后程序中的数据又有改动（工作表“{sheet}”第 {row} 行），请重新预览</source>
        <translation>Data in the program changed after the preview (sheet “{sheet}”, row {row}); preview again</translation>
    </message>
    <message>
        <source>{where}：{reason}（未导入任何内容）</source>
        <translation>{where}: {reason} (nothing was imported)</translation>
    </message>
    <message>
        <source>结束日期 {to} 早于开始日期 {start}</source>
        <translation>The end date {to} is before the start date {start}</translation>
    </message>
    <message>
        <source>找不到认购记录：{id}</source>
        <translation>Subscription not found: {id}</translation>
    </message>
    <message>
        <source>找不到签约记录：{id}</source>
        <translation>Contract not found: {id}</translation>
    </message>
    <message>
        <source>{field}不是有效的时间：{value}</source>
        <translation>{field} is not a valid time: {value}</translation>
    </message>
    <message>
        <source>{field}格式应为 YYYY-MM-DD：{value}</source>
        <translation>{field} should be YYYY-MM-DD: {value}</translation>
    </message>
    <message>
        <source>只有客户的归属顾问或主管可以登记认购与签约</source>
        <translation>Only the customer&apos;s consultant or a supervisor may record subscriptions and contracts</translation>
    </message>
    <message>
        <source>请填写认购房号</source>
        <translation>Please enter the unit subscribed</translation>
    </message>
    <message>
        <source>定金不能大于成交价</source>
        <translation>The deposit cannot be more than the price</translation>
    </message>
    <message>
        <source>认购日期不能晚于今天</source>
        <translation>The subscription date cannot be after today</translation>
    </message>
    <message>
        <source>该客户还没有来访记录，不能登记认购</source>
        <translation>This customer has no visits yet: no subscription can be recorded</translation>
    </message>
    <message>
        <source>认购日期不能早于客户首次来访（{day}）</source>
        <translation>The subscription date cannot be before the customer&apos;s first visit ({day})</translation>
    </message>
    <message>
        <source>房号 {unit} 已有认购（{number}），不能重复认购</source>
        <translation>Unit {unit} is already subscribed ({number})</translation>
    </message>
    <message>
        <source>该客户没有归属顾问，请由顾问登记</source>
        <translation>This customer has no consultant: a consultant should record it</translation>
    </message>
    <message>
        <source>请选择批准或驳回</source>
        <translation>Please choose approve or reject</translation>
    </message>
    <message>
        <source>驳回须写明原因</source>
        <translation>A rejection needs a reason</translation>
    </message>
    <message>
        <source>{number} 已处理（{status}），不能再审批</source>
        <translation>{number} has been decided already ({status})</translation>
    </message>
    <message>
        <source>登记人不能审批自己登记的 {number}</source>
        <translation>Whoever recorded {number} cannot approve it</translation>
    </message>
    <message>
        <source>退订须写明原因</source>
        <translation>A withdrawal needs a reason</translation>
    </message>
    <message>
        <source>只有已批准的认购可以退订（{number} 为“{status}”）</source>
        <translation>Only an approved subscription can be withdrawn ({number} is &quot;{status}&quot;)</translation>
    </message>
    <message>
        <source>认购 {number} 已登记签约，不能退订</source>
        <translation>Subscription {number} has a contract: it cannot be withdrawn</translation>
    </message>
    <message>
        <source>签约日期不能晚于今天</source>
        <translation>The contract date cannot be after today</translation>
    </message>
    <message>
        <source>认购 {number} 尚未批准（{status}），不能签约</source>
        <translation>Subscription {number} is not approved ({status}): no contract yet</translation>
    </message>
    <message>
        <source>签约日期不能早于认购日期（{day}）</source>
        <translation>The contract date cannot be before the subscription ({day})</translation>
    </message>
    <message>
        <source>认购 {number} 已登记签约</source>
        <translation>Subscription {number} already has a contract</translation>
    </message>
    <message>
        <source>地址须以 postgresql:// 开头，如 postgresql://desk@192.168.1.10:5432/desk</source>
        <translation>The address must start with postgresql://, for example postgresql://desk@192.168.1.10:5432/desk</translation>
    </message>
    <message>
        <source>地址里不要写密码：请把密码写在 .pgpass 文件中</source>
        <translation>Do not put the password in the address: write it in a .pgpass file</translation>
    </message>
    <message>
        <source>连接失败：{reason}</source>
        <translation>Connection failed: {reason}</translation>
    </message>
    <message>
        <source>找不到车辆登记：{ref}</source>
        <translation>Vehicle entry not found: {ref}</translation>
    </message>
    <message>
        <source>请填写车牌号</source>
        <translation>Please enter the plate</translation>
    </message>
    <message>
        <source>车牌号“{plate}”不对，例如 粤B12345</source>
        <translation>Plate “{plate}” is not valid, e.g. 粤B12345</translation>
    </message>
    <message>
        <source>未知的来访事由：{value}</source>
        <translation>Unknown purpose: {value}</translation>
    </message>
    <message>
        <source>{plate} 已在场内，尚未登记离场</source>
        <translation>{plate} is inside and not yet registered out</translation>
    </message>
    <message>
        <source>总部没有站点 {code}</source>
        <translation>Head office has no site {code}</translation>
    </message>
    <message>
        <source>来访组数</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>在场组数</source>
        <translation>Groups in the hall</translation>
    </message>
    <message>
        <source>首访组</source>
        <translation>First visits</translation>
    </message>
    <message>
        <source>复访组</source>
        <translation>Return visits</translation>
    </message>
    <message>
        <source>水吧出品</source>
        <translation>Bar servings</translation>
    </message>
    <message>
        <source>低于最低库存</source>
        <translation>Items below minimum</translation>
    </message>
    <message>
        <source>样板间未关闭事件</source>
        <translation>Open show-flat incidents</translation>
    </message>
    <message>
        <source>未完工报修</source>
        <translation>Open repairs</translation>
    </message>
    <message>
        <source>超时报修</source>
        <translation>Overdue repairs</translation>
    </message>
    <message>
        <source>未结案投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Call-backs due</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>首访（组）</source>
        <translation>First visits (groups)</translation>
    </message>
    <message>
        <source>复访（组）</source>
        <translation>Return visits (groups)</translation>
    </message>
    <message>
        <source>复访占比</source>
        <translation>Share of return visits</translation>
    </message>
    <message>
        <source>首访客户 {days} 天内复访</source>
        <translation>First-time customers back within {days} days</translation>
    </message>
    <message>
        <source>水吧</source>
        <translation>Water bar</translation>
    </message>
    <message>
        <source>消耗成本</source>
        <translation>Cost of consumption</translation>
    </message>
    <message>
        <source>人均成本</source>
        <translation>Cost per visitor</translation>
    </message>
    <message>
        <source>报损金额</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flats</translation>
    </message>
    <message>
        <source>损坏（件）</source>
        <translation>Damaged (items)</translation>
    </message>
    <message>
        <source>缺失（件）</source>
        <translation>Missing (items)</translation>
    </message>
    <message>
        <source>客服</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>报修受理</source>
        <translation>Repairs received</translation>
    </message>
    <message>
        <source>维修及时率</source>
        <translation>Repairs on time</translation>
    </message>
    <message>
        <source>投诉受理</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>投诉结案</source>
        <translation>Complaints closed</translation>
    </message>
    <message>
        <source>投诉处理率</source>
        <translation>Complaints handled</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>站点代码“{code}”不对：应为 2–12 位字母和数字，以字母开头，如 SZ01</source>
        <translation>Site code “{code}” is not valid: 2–12 letters and digits, beginning with a letter, e.g. SZ01</translation>
    </message>
    <message>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <source>不能恢复：{reason}</source>
        <translation>Cannot restore: {reason}</translation>
    </message>
    <message>
        <source>磁盘已满，未能写入 {where}。请清理磁盘空间后重试；已有的数据未受影响。</source>
        <translation>The disk is full: {where} was not written. Free some disk space and try again; existing data is unaffected.</translation>
    </message>
    <message>
        <source>磁盘已满，未能保存。请清理磁盘空间后重试；已有的数据未受影响。</source>
        <translation>The disk is full: nothing was saved. Free some disk space and try again; existing data is unaffected.</translation>
    </message>
    <message>
        <source>未知的设置：{key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <source>{field}须为“是”或“否”</source>
        <translation>{field} must be yes or no</translation>
    </message>
    <message>
        <source>这个数据文件夹已有正式数据，不能载入演示数据（演示数据会加入 PIN 为 1234 的管理员）。请换一个新的数据文件夹，例如 desk --data-dir 演示 demo</source>
        <translation>This data folder holds real records: demo data cannot be loaded into it (demo data adds an administrator whose PIN is 1234). Use a new data folder, e.g. desk --data-dir demo-folder demo</translation>
    </message>
    <message>
        <source>找不到该记录</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>该记录没有留电话</source>
        <translation>No phone number on this record</translation>
    </message>
</context>
<context>
    <name>duty</name>
    <message>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>设备故障</source>
        <translation>Equipment fault</translation>
    </message>
    <message>
        <source>遗留问题</source>
        <translation>Open issue</translation>
    </message>
    <message>
        <source>交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>连接中断</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>与数据库服务器的连接中断，这次操作没有保存。已填写的内容仍在，连接恢复后请再点一次。</source>
        <translation>The connection to the database server was lost and this was not saved. What you typed is still here: once the connection is back, please click again.</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>excel</name>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>置业顾问名单（轮排与客户归属用）。可编辑：新增行留空 ID；把“在用”改为“否”或删除整行即停用（不会删除）。新顾问需由主管在程序中设置 PIN 后才能登录。</source>
        <translation>Sales consultants (for rotation and customer ownership). Editable: leave ID empty for a new row; set “Active” to 否 (no) or delete the row to deactivate (never deleted). A new consultant can sign in once a supervisor sets a PIN in the program.</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>全部员工及角色（不含 PIN）。只读：员工请在程序的“设置”中维护。</source>
        <translation>All staff and their roles (no PINs). Read-only: maintain staff under “Settings” in the program.</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>建立时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>工作表“{sheet}”</source>
        <translation>Sheet &quot;{sheet}&quot; </translation>
    </message>
    <message>
        <source>第 {row} 行</source>
        <translation>row {row} </translation>
    </message>
    <message>
        <source>“{column}”列</source>
        <translation>column &quot;{column}&quot;</translation>
    </message>
    <message>
        <source>{where}：{message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{column}：{old} → {new}</source>
        <translation>{column}: {old} → {new}</translation>
    </message>
    <message>
        <source>表格中已删除此行</source>
        <translation>Row deleted in the workbook</translation>
    </message>
    <message>
        <source>在用改为否</source>
        <translation>In use set to No</translation>
    </message>
    <message>
        <source>找不到表头行（应包含：{columns}）</source>
        <translation>No header row found (it should contain: {columns})</translation>
    </message>
    <message>
        <source>缺少列：{columns}</source>
        <translation>Missing columns: {columns}</translation>
    </message>
    <message>
        <source>没有数据行（如要停用全部，请把“在用”改为“否”）</source>
        <translation>No data rows (to retire them all, set &quot;In use&quot; to &quot;No&quot;)</translation>
    </message>
    <message>
        <source>程序中有多条同样的记录（ID {ids}），请填写 ID 指明是哪一条</source>
        <translation>The program has several records like this (IDs {ids}): fill in the ID to say which one</translation>
    </message>
    <message>
        <source>与第 {row} 行是同一条记录（ID {id}）</source>
        <translation>Same record as row {row} (ID {id})</translation>
    </message>
    <message>
        <source>ID {id} 在程序中不存在（新增的行请把 ID 留空）</source>
        <translation>ID {id} does not exist in the program (leave the ID blank on a new row)</translation>
    </message>
    <message>
        <source>ID {id} 与第 {row} 行重复</source>
        <translation>ID {id} repeats row {row}</translation>
    </message>
    <message>
        <source>手机号带 *（已打码），新增的行请填写完整号码</source>
        <translation>The phone number contains * (masked): enter the full number on a new row</translation>
    </message>
    <message>
        <source>打码的手机号被改过（导出时为 {shown}）：打码的号码不能修改，要改请填写完整的新号码，不改请恢复原样</source>
        <translation>a masked phone number was edited (exported as {shown}): a masked number cannot be changed; type the whole new number, or put it back as it was</translation>
    </message>
    <message>
        <source>{column}：{message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>“{text}”与第 {row} 行重复</source>
        <translation>&quot;{text}&quot; repeats row {row}</translation>
    </message>
    <message>
        <source>此工作簿不是本程序导出的（或导出记录已不在）：无法检查冲突，表中删除的行不会停用。</source>
        <translation>This workbook was not exported by this program (or its export record is gone): conflicts cannot be checked, and rows deleted in it will not be retired.</translation>
    </message>
    <message>
        <source>工作簿中没有可导入的工作表（可导入：{sheets}）</source>
        <translation>The workbook has no sheet that can be imported (importable: {sheets})</translation>
    </message>
    <message>
        <source>您无权导入这张表（需要“{permission}”权限）</source>
        <translation>You may not import this sheet (it needs the &quot;{permission}&quot; permission)</translation>
    </message>
    <message>
        <source>正在导出：{sheet}</source>
        <translation>Exporting: {sheet}</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>可否编辑</source>
        <translation>Editable?</translation>
    </message>
    <message>
        <source>可编辑</source>
        <translation>Editable</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>案场助手 · 同步工作簿</source>
        <translation>Sales Desk · sync workbook</translation>
    </message>
    <message>
        <source>导出时间 {time}，导出人 {name}</source>
        <translation>Exported {time} by {name}</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>完整号码（由 {name} 凭 PIN 确认导出）</source>
        <translation>Full numbers (export confirmed by {name} with their PIN)</translation>
    </message>
    <message>
        <source>已按导出人的权限打码</source>
        <translation>Masked as the exporting person&apos;s role requires</translation>
    </message>
    <message>
        <source>如何修改</source>
        <translation>How to edit</translation>
    </message>
    <message>
        <source>只有标为“可编辑”的工作表会被导入。按 ID 对应：ID 列已锁定，请勿修改；新增一行时 ID 留空；ID 留空但名称（房号）与程序中在用的记录相同的行按那条记录处理，再次导入也不会重复新增；删除整行或把“在用”改为“否”即停用（不会删除）。导入前会显示预览，确认后一次性全部生效或全部不生效。</source>
        <translation>Only sheets marked &quot;Editable&quot; are imported. Rows are matched by ID: the ID column is locked, do not change it; leave the ID blank on a new row. A row without ID whose name (unit) matches a record in use in the program stands for that record, so importing again adds nothing twice. Deleting a row or setting &quot;In use&quot; to &quot;No&quot; retires the record (nothing is deleted). A preview is shown before importing; once confirmed, everything takes effect or nothing does.</translation>
    </message>
    <message>
        <source>导出后在程序中和在表格中都被改过的行会标为“冲突”，导入时逐行选择以哪边为准。</source>
        <translation>A row changed both in the program and in the workbook since the export is marked &quot;Conflict&quot;: on import, choose row by row which side wins.</translation>
    </message>
    <message>
        <source>同步文件夹不可用：{folder}</source>
        <translation>Sync folder not available: {folder}</translation>
    </message>
    <message>
        <source>同步文件夹不可用，{time} 重试</source>
        <translation>Sync folder not available, retrying at {time}</translation>
    </message>
    <message>
        <source>同步文件夹：今天 {time} 已写入</source>
        <translation>Sync folder: written today at {time}</translation>
    </message>
    <message>
        <source>同步文件夹：今天 {time} 或交班后写入</source>
        <translation>Sync folder: written today at {time} or after the handover</translation>
    </message>
    <message>
        <source>水吧物品</source>
        <translation>Water-bar items</translation>
    </message>
    <message>
        <source>水吧物品目录（茶、咖啡、饮料、水果、耗材、停车票…）。可编辑：名称、类别、单位、包装、最低/标准库存、保质期、位置、条码、单价、在用；新增行留空 ID。当前库存只读，库存变动请在程序中入库/盘点。</source>
        <translation>Water-bar item list (tea, coffee, drinks, fruit, supplies, parking tickets…). Editable: name, category, unit, pack, min./std. stock, shelf life, location, barcode, unit price, in use; leave the ID blank on a new row. Current stock is read-only: change stock in the program by receiving or counting.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>包装单位</source>
        <translation>Pack unit</translation>
    </message>
    <message>
        <source>包装换算</source>
        <translation>Units per pack</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Min. stock</translation>
    </message>
    <message>
        <source>标准库存</source>
        <translation>Std. stock</translation>
    </message>
    <message>
        <source>保质期（天）</source>
        <translation>Shelf life (days)</translation>
    </message>
    <message>
        <source>开封后（天）</source>
        <translation>After opening (days)</translation>
    </message>
    <message>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>条码</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>当前库存</source>
        <translation>Current stock</translation>
    </message>
    <message>
        <source>库存流水</source>
        <translation>Stock journal</translation>
    </message>
    <message>
        <source>水吧库存的每一笔入库、出库、报损、盘点差异、调拨（只读；更正为新的冲销记录）。</source>
        <translation>Every water-bar stock movement: received, served, wasted, count differences, transfers (read-only; a correction is a new reversing entry).</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>冲销记录</source>
        <translation>Reverses entry</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>关联</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <source>关联编号</source>
        <translation>Linked no.</translation>
    </message>
    <message>
        <source>水吧盘点</source>
        <translation>Water-bar counts</translation>
    </message>
    <message>
        <source>开班/交班盘点，每个物品一行：账面、实盘、差异与原因（只读）。</source>
        <translation>Shift-start and handover counts, one row per item: book, counted, difference and reason (read-only).</translation>
    </message>
    <message>
        <source>盘点单号</source>
        <translation>Count no.</translation>
    </message>
    <message>
        <source>盘点时间</source>
        <translation>Counted at</translation>
    </message>
    <message>
        <source>盘点人</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>会签人</source>
        <translation>Co-signed by</translation>
    </message>
    <message>
        <source>账面</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>实盘</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>采购申请</source>
        <translation>Purchase requests</translation>
    </message>
    <message>
        <source>次日采购申请单，每个物品一行（只读）。</source>
        <translation>Next day&apos;s purchase requests, one row per item (read-only).</translation>
    </message>
    <message>
        <source>申请单号</source>
        <translation>Request no.</translation>
    </message>
    <message>
        <source>采购日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>申请时库存</source>
        <translation>Stock at request</translation>
    </message>
    <message>
        <source>建议数量</source>
        <translation>Suggested qty</translation>
    </message>
    <message>
        <source>申请数量</source>
        <translation>Requested qty</translation>
    </message>
    <message>
        <source>已到货</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>按周</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>按认知途径</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>按顾问</source>
        <translation>By consultant</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>每组来访一行：到访/离开时间、客户、人数、同行、首访、认知途径、交通、需求、意向与顾问（只读）。</source>
        <translation>One row per visiting group: arrival/departure, customer, party size, companions, first visit, how they heard of us, transport, needs, intent and consultant (read-only).</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>到访时间</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>离开时间</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>客户ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>同行</source>
        <translation>Came with</translation>
    </message>
    <message>
        <source>首访</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>认知途径</source>
        <translation>Heard of us via</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>居住区域</source>
        <translation>Home district</translation>
    </message>
    <message>
        <source>工作区域</source>
        <translation>Work district</translation>
    </message>
    <message>
        <source>年龄段</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>需求与抗性</source>
        <translation>Needs and objections</translation>
    </message>
    <message>
        <source>意向</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>分配方式</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>客户档案：归属顾问、最近联系、到访次数（只读；手机号按权限打码）。</source>
        <translation>Customers: owning consultant, last contact, number of visits (read-only; phone numbers masked by role).</translation>
    </message>
    <message>
        <source>姓氏</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>称呼</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>归属顾问</source>
        <translation>Owning consultant</translation>
    </message>
    <message>
        <source>归属起始</source>
        <translation>Owned since</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>最近意向</source>
        <translation>Latest intent</translation>
    </message>
    <message>
        <source>到访次数</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>已匿名</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>建档时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>饮品服务</source>
        <translation>Drinks served</translation>
    </message>
    <message>
        <source>每位客人的每一次出品与续杯（只读）。</source>
        <translation>Every drink and refill served to each guest (read-only).</translation>
    </message>
    <message>
        <source>来访ID</source>
        <translation>Visit ID</translation>
    </message>
    <message>
        <source>客人序号</source>
        <translation>Guest no.</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Drink</translation>
    </message>
    <message>
        <source>杯型</source>
        <translation>Cup</translation>
    </message>
    <message>
        <source>续杯自</source>
        <translation>Refill of</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Served by</translation>
    </message>
    <message>
        <source>顾问轮排</source>
        <translation>Consultant rotation</translation>
    </message>
    <message>
        <source>置业顾问轮排记录：接待、归属接待、跳过、回到轮排、调整顺序（只读）。</source>
        <translation>Consultant rotation journal: receptions, receptions by ownership, skips, returns to the rotation, reorders (read-only).</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>洽谈补录</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>来访后补录的洽谈结果：意向、需求、抗性、预算、户型、下一步；更正是新的一行，“更正自”指向被更正的那一行（只读）。</source>
        <translation>What each talk taught, entered after the visit: grade, needs, objections, budget, unit type, next step; a correction is a new row whose &quot;Corrects&quot; points at the row it corrects (read-only).</translation>
    </message>
    <message>
        <source>来访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>更正自</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <source>补录时间</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>补录人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>需求</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>抗性</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>意向户型</source>
        <translation>Preferred unit type</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>跟进日期</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>客户跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>置业顾问的每一次跟进：方式、结果、下一步与日期，以及当时应跟进的日期（只读）。</source>
        <translation>Every follow-up by a consultant: channel, outcome, next step and date, and the date it was due (read-only).</translation>
    </message>
    <message>
        <source>跟进人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>跟进结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>应跟进日期</source>
        <translation>Was due</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>认购与签约</source>
        <translation>Subscriptions and contracts</translation>
    </message>
    <message>
        <source>每一笔认购与签约：房号、价格、定金、日期、审批与退订（只读）。</source>
        <translation>Every subscription and contract: unit, price, deposit, date, approval and withdrawal (read-only).</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>成交价/合同金额</source>
        <translation>Price/contract amount</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>审批时间</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>退订时间</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>退订原因</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>对应认购ID</source>
        <translation>Subscription ID</translation>
    </message>
    <message>
        <source>转化漏斗</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>首访客户至今的复访、认购、签约，按周、按月、按认知途径、按顾问（只读；比率为占首访的百分比）。</source>
        <translation>Return visits, subscriptions and contracts of first-visit customers so far, by week, month, source and consultant (read-only; rates are percent of first visits).</translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>周/月/途径/顾问</source>
        <translation>Week/month/source/consultant</translation>
    </message>
    <message>
        <source>复访</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>复访率（%）</source>
        <translation>Return rate (%)</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>认购率（%）</source>
        <translation>Subscription rate (%)</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>签约率（%）</source>
        <translation>Signing rate (%)</translation>
    </message>
    <message>
        <source>退订</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>来访登记可选的认知途径。可编辑：新增行留空 ID；“在用”改为“否”或删除整行即停用；已有的不能改名。</source>
        <translation>How visitors heard of us, as offered at registration. Editable: leave the ID blank on a new row; set &quot;In use&quot; to &quot;No&quot; or delete the row to retire one; existing entries cannot be renamed.</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>房号与业主</source>
        <translation>Units and owners</translation>
    </message>
    <message>
        <source>房号、面积与业主。可编辑：面积、业主、业主电话、入住日期、备注；新房号新增一行（ID 留空）。房号不能修改或删除。业主电话打码时保持原样即不修改。</source>
        <translation>Units, floor areas and owners. Editable: area, owner, owner&apos;s phone, move-in date, note; a new unit is a new row (ID blank). A unit number cannot be changed or deleted. A masked owner&apos;s phone left as it is stays unchanged.</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Entrance</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <source>建筑面积须大于 0</source>
        <translation>The floor area must be more than 0</translation>
    </message>
    <message>
        <source>收费标准</source>
        <translation>Fee table</translation>
    </message>
    <message>
        <source>内部维修收费与特约服务收费标准。可编辑：项目、单位、单价、备注、在用；新增行留空 ID 并选择收费表。</source>
        <translation>Fees for in-unit repairs and special services. Editable: item, unit, unit price, note, in use; on a new row leave the ID blank and choose the fee table.</translation>
    </message>
    <message>
        <source>收费表</source>
        <translation>Fee table</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>报修单：受理、派工、完工、回访（只读）。</source>
        <translation>Repair slips: received, dispatched, completed, called back (read-only).</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>巡检事件</source>
        <translation>Inspection incidents</translation>
    </message>
    <message>
        <source>巡检异常与保洁报告的损坏（样板间物品的损坏与缺失见“样板间事件”），及其状态（只读）。</source>
        <translation>Faults found in rounds and damage reported by cleaners (show-flat item damage and loss: see Show-flat incidents), with their status (read-only).</translation>
    </message>
    <message>
        <source>工程维修单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <source>售楼处自身设施的维修：报修、派工、完工、验收（只读）。</source>
        <translation>Repairs of the sales center&apos;s own facilities: reported, dispatched, completed, accepted (read-only).</translation>
    </message>
    <message>
        <source>设施设备</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>报修内容</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>报修时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>受理人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>派工时间</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>完工时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Call-back comments</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>投诉：受理、判断、调查、方案、实施、结案、回访（只读）。</source>
        <translation>Complaints: received, judged, investigated, plan, carried out, closed, called back (read-only).</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>有效投诉</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <source>结案时间</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>报修投诉更正</source>
        <translation>Repair and complaint corrections</translation>
    </message>
    <message>
        <source>报修单和投诉的更正记录：哪一项、原内容、更正为、原因、更正人（只读；报修、投诉两张表保留最初登记的内容）。</source>
        <translation>Corrections of repairs and complaints: field, what it was, what it became, why, by whom (read-only; the Repairs and Complaints sheets keep what was first written).</translation>
    </message>
    <message>
        <source>更正项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原内容</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>更正为</source>
        <translation>Corrected to</translation>
    </message>
    <message>
        <source>更正人</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>业主来电登记（只读）。</source>
        <translation>Calls from owners (read-only).</translation>
    </message>
    <message>
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>接听人</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner of the case</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>办结时间</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>钥匙借用</source>
        <translation>Key loans</translation>
    </message>
    <message>
        <source>业主钥匙借用与归还（只读；证件号只显示后 4 位）。</source>
        <translation>Owners&apos; keys lent and returned (read-only; ID numbers show their last 4 digits only).</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>借出时间</source>
        <translation>Lent at</translation>
    </message>
    <message>
        <source>应还时间</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>归还时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>归还备注</source>
        <translation>Return note</translation>
    </message>
    <message>
        <source>物业费通知</source>
        <translation>Property fee notices</translation>
    </message>
    <message>
        <source>物业费缴费通知：应缴、已缴、欠缴（只读）。</source>
        <translation>Property fee notices: due, paid, owing (read-only).</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>单价（元/㎡/月）</source>
        <translation>Rate (yuan/m²/month)</translation>
    </message>
    <message>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>欠缴</source>
        <translation>Owing</translation>
    </message>
    <message>
        <source>缴费期限</source>
        <translation>Pay by</translation>
    </message>
    <message>
        <source>开具时间</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>样板间（户型）清单（只读；在程序中新增或复制样板间）。</source>
        <translation>Show flats (layouts) (read-only; add or copy a show flat in the program).</translation>
    </message>
    <message>
        <source>样板间物品</source>
        <translation>Show-flat items</translation>
    </message>
    <message>
        <source>样板间物品清单（家私、软装、电器、布草、饰品）。可编辑：房间、名称、类别、数量、价值、备注、在用；新增行留空 ID 并填写样板间。改数量即主管确认新数量；停用的物品留在历史中。</source>
        <translation>Show-flat item lists (furniture, soft furnishings, appliances, linen, decorations). Editable: room, name, category, quantity, value, note, in use; on a new row leave the ID blank and fill in the show flat. Changing a quantity is a supervisor confirming the new quantity; retired items stay in the history.</translation>
    </message>
    <message>
        <source>房间</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>价值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>样板间巡检</source>
        <translation>Show-flat checks</translation>
    </message>
    <message>
        <source>每次一客一盘点与交接盘点的每一项结果（只读；更正为新的记录；开/闭馆检查见“巡检记录”）。</source>
        <translation>Every result of each after-group and handover count (read-only; corrections are new rows; opening/closing checks: see Rounds).</translation>
    </message>
    <message>
        <source>检查ID</source>
        <translation>Check ID</translation>
    </message>
    <message>
        <source>物品/项目</source>
        <translation>Item/point</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>清点数</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>巡检模板</source>
        <translation>Inspection templates</translation>
    </message>
    <message>
        <source>巡检模板：适用地点、周期、时间与执行角色。可编辑：新增行留空 ID；周期为“每 N 小时”时填间隔小时与起止时间，“每周”填星期，“每月”填日期；删除整行或“在用”改为“否”即停用。检查项目写在“巡检项目”表。</source>
        <translation>Inspection templates: where, schedule, time and the role that does them. Editable: leave ID empty for a new row; for “every N hours” give the hours and the start and end time, for weekly the weekday, for monthly the day; delete a row or set In use to No to retire it. Items go in the Inspection items sheet.</translation>
    </message>
    <message>
        <source>适用地点</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>周期</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>间隔小时</source>
        <translation>Every (hours)</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>每月几日</source>
        <translation>Day of month</translation>
    </message>
    <message>
        <source>逾期宽限（分钟）</source>
        <translation>Grace (minutes)</translation>
    </message>
    <message>
        <source>执行角色</source>
        <translation>Done by (role)</translation>
    </message>
    <message>
        <source>交班前须完成</source>
        <translation>Before handover</translation>
    </message>
    <message>
        <source>巡检项目</source>
        <translation>Inspection items</translation>
    </message>
    <message>
        <source>每个巡检模板的检查项目。可编辑：新增行留空 ID 并写上模板名称（按行的先后排在模板末尾）；答案类型为 正常/异常、读数（填下限、上限、单位）、数量（填应有数量）、是/否（填正常答案）或 备注；异常须备注、须照片与异常后续（登记事件、工程维修单、只记录）。删除整行或“在用”改为“否”即停用。</source>
        <translation>The items of every inspection template. Editable: leave ID empty and give the template&apos;s name for a new row (added at the template&apos;s end in row order); answer kinds are OK/fault, reading (give lower and upper limit and unit), count (give the expected number), yes/no (give the normal answer) or note; a fault may need a note or a photo and is followed by an incident, a work order or nothing. Delete a row or set In use to No to retire it.</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>区域/巡逻点</source>
        <translation>Area/patrol point</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>答案类型</source>
        <translation>Answer kind</translation>
    </message>
    <message>
        <source>下限</source>
        <translation>Lower limit</translation>
    </message>
    <message>
        <source>上限</source>
        <translation>Upper limit</translation>
    </message>
    <message>
        <source>应有数量</source>
        <translation>Expected count</translation>
    </message>
    <message>
        <source>正常答案</source>
        <translation>Normal answer</translation>
    </message>
    <message>
        <source>异常须备注</source>
        <translation>Fault needs note</translation>
    </message>
    <message>
        <source>异常须照片</source>
        <translation>Fault needs photo</translation>
    </message>
    <message>
        <source>异常后续</source>
        <translation>On fault</translation>
    </message>
    <message>
        <source>巡检记录</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>每次巡检每一项的结果（只读；更正为新的记录，“更正”列指向被更正的那一行）。</source>
        <translation>Every result of each round (read-only; corrections are new rows, the Corrects column points at the row corrected).</translation>
    </message>
    <message>
        <source>巡检ID</source>
        <translation>Round ID</translation>
    </message>
    <message>
        <source>读数</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>是/否</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <source>应完工</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>验收时间</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>按时完工</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>车辆登记</source>
        <translation>Vehicle log</translation>
    </message>
    <message>
        <source>停车场车辆进出登记（只读）。</source>
        <translation>Vehicles in and out of the car park (read-only).</translation>
    </message>
    <message>
        <source>来人</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>进场</source>
        <translation>In</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>样板间事件</source>
        <translation>Show-flat incidents</translation>
    </message>
    <message>
        <source>损坏、缺失事件及其状态（只读）。</source>
        <translation>Damage and loss incidents and their status (read-only).</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>登记时间</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation>should be a whole number</translation>
    </message>
    <message>
        <source>应为数字</source>
        <translation>should be a number</translation>
    </message>
    <message>
        <source>应为数字（金额）</source>
        <translation>should be a number (amount)</translation>
    </message>
    <message>
        <source>数字太大：{value}</source>
        <translation>number too large: {value}</translation>
    </message>
    <message>
        <source>应为日期</source>
        <translation>should be a date</translation>
    </message>
    <message>
        <source>应为日期，例如 2026-11-23</source>
        <translation>should be a date, e.g. 2026-11-23</translation>
    </message>
    <message>
        <source>日期不存在</source>
        <translation>no such date</translation>
    </message>
    <message>
        <source>应为时间，例如 09:30</source>
        <translation>should be a time, e.g. 09:30</translation>
    </message>
    <message>
        <source>时间不存在</source>
        <translation>no such time</translation>
    </message>
    <message>
        <source>应为“是”或“否”</source>
        <translation>should be &quot;是&quot; (yes) or &quot;否&quot; (no)</translation>
    </message>
    <message>
        <source>“{text}”不在可选项中（{shown}）</source>
        <translation>&quot;{text}&quot; is not one of the choices ({shown})</translation>
    </message>
    <message>
        <source>手机号只能是数字</source>
        <translation>a phone number has digits only</translation>
    </message>
    <message>
        <source>单元格 {cell} 是公式，但文件里没有保存它的计算结果：请在 Excel 中打开并保存后再导入（不会当作空白处理）</source>
        <translation>cell {cell} is a formula whose result was not saved in the file: open and save it in Excel, then import again (it is not taken as blank)</translation>
    </message>
    <message>
        <source>单元格 {cell} 的内容在文件中已损坏，无法读取</source>
        <translation>cell {cell} is damaged in the file and cannot be read</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>must not be blank</translation>
    </message>
    <message>
        <source>太长（最多 {n} 个字）</source>
        <translation>too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>ID 应为正整数</source>
        <translation>the ID should be a positive whole number</translation>
    </message>
    <message>
        <source>不能小于 {minimum}</source>
        <translation>must not be less than {minimum}</translation>
    </message>
    <message>
        <source>不能大于 {maximum}</source>
        <translation>must not be more than {maximum}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>正在导出 Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>正在生成“{title}”…</source>
        <translation>Generating “{title}”…</translation>
    </message>
    <message>
        <source>正在排版第 {done} / {total} 份</source>
        <translation>Laying out {done} of {total}</translation>
    </message>
    <message>
        <source>打印提示</source>
        <translation>Printing note</translation>
    </message>
</context>
<context>
    <name>inspections</name>
    <message>
        <source>异常</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>家具</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>灯具</source>
        <translation>Lamps</translation>
    </message>
    <message>
        <source>门窗玻璃</source>
        <translation>Doors, windows, glass</translation>
    </message>
    <message>
        <source>洁具水管</source>
        <translation>Sanitary ware, pipes</translation>
    </message>
    <message>
        <source>墙面地面</source>
        <translation>Walls, floors</translation>
    </message>
    <message>
        <source>电器</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>饰品摆件</source>
        <translation>Decor</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>未到时间</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>待巡检</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>漏检</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>销售大厅</source>
        <translation>Sales hall</translation>
    </message>
    <message>
        <source>水吧</source>
        <translation>Water bar</translation>
    </message>
    <message>
        <source>停车场</source>
        <translation>Car park</translation>
    </message>
    <message>
        <source>巡逻路线</source>
        <translation>Patrol route</translation>
    </message>
    <message>
        <source>正常/异常</source>
        <translation>OK/fault</translation>
    </message>
    <message>
        <source>读数</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>是/否</source>
        <translation>Yes/no</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>开馆</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>闭馆</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>每 N 小时</source>
        <translation>Every N hours</translation>
    </message>
    <message>
        <source>每天</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>登记事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>工程维修单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>只记录</source>
        <translation>Record only</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>全部样板间</source>
        <translation>All show flats</translation>
    </message>
    <message>
        <source>每 {n} 小时（{start}–{end}）</source>
        <translation>Every {n} h ({start}–{end})</translation>
    </message>
    <message>
        <source>每 {n} 小时（自 {start}）</source>
        <translation>Every {n} h (from {start})</translation>
    </message>
    <message>
        <source>每周 {weekday} {time}</source>
        <translation>Weekly {weekday} {time}</translation>
    </message>
    <message>
        <source>每月 {day} 日 {time}</source>
        <translation>Monthly on day {day} {time}</translation>
    </message>
    <message>
        <source>看房</source>
        <translation>Viewing</translation>
    </message>
    <message>
        <source>业主办事</source>
        <translation>Owner business</translation>
    </message>
    <message>
        <source>送货</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>施工</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>已报修</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已派工</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>已完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>应有 {n}</source>
        <translation>expected {n}</translation>
    </message>
    <message>
        <source>正常答案：{answer}</source>
        <translation>normal answer: {answer}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>完整手机号</source>
        <translation>Full mobile numbers</translation>
    </message>
    <message>
        <source>导出的工作簿将包含客户和业主的完整手机号。请妥善保管，不得外传。确认导出完整号码吗？</source>
        <translation>The exported workbook will contain the full mobile numbers of customers and owners. Keep it safe and do not pass it on. Export full numbers?</translation>
    </message>
    <message>
        <source>导出同步工作簿</source>
        <translation>Export sync workbook</translation>
    </message>
    <message>
        <source>选择要导入的工作簿</source>
        <translation>Choose a workbook to import</translation>
    </message>
    <message>
        <source>所有文件</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>选择同步文件夹</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <source>文件被占用</source>
        <translation>File in use</translation>
    </message>
</context>
<context>
    <name>reception</name>
    <message>
        <source>首次登记</source>
        <translation>First registration</translation>
    </message>
    <message>
        <source>归属失效后重新接待</source>
        <translation>Received again after ownership lapsed</translation>
    </message>
    <message>
        <source>主管批准归属申请</source>
        <translation>Claim approved by a supervisor</translation>
    </message>
    <message>
        <source>纸杯</source>
        <translation>Paper cup</translation>
    </message>
    <message>
        <source>瓷杯</source>
        <translation>China cup</translation>
    </message>
    <message>
        <source>归属申请被驳回</source>
        <translation>Claim rejected</translation>
    </message>
    <message>
        <source>不续杯</source>
        <translation>No refill</translation>
    </message>
    <message>
        <source>忙</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>外出</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>上岗</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>轮排接待</source>
        <translation>By rotation</translation>
    </message>
    <message>
        <source>老客户归属接待</source>
        <translation>Returning customer (owner)</translation>
    </message>
    <message>
        <source>指定接待</source>
        <translation>Requested by customer</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>归位</source>
        <translation>Back in rotation</translation>
    </message>
    <message>
        <source>调整顺序</source>
        <translation>Reordered</translation>
    </message>
    <message>
        <source>先生</source>
        <translation>Mr.</translation>
    </message>
    <message>
        <source>女士</source>
        <translation>Ms.</translation>
    </message>
    <message>
        <source>独自</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>家人</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>朋友</source>
        <translation>Friends</translation>
    </message>
    <message>
        <source>步行</source>
        <translation>On foot</translation>
    </message>
    <message>
        <source>自驾</source>
        <translation>By car</translation>
    </message>
    <message>
        <source>25岁以下</source>
        <translation>Under 25</translation>
    </message>
    <message>
        <source>25-35岁</source>
        <translation>25–35</translation>
    </message>
    <message>
        <source>36-45岁</source>
        <translation>36–45</translation>
    </message>
    <message>
        <source>46-55岁</source>
        <translation>46–55</translation>
    </message>
    <message>
        <source>55岁以上</source>
        <translation>Over 55</translation>
    </message>
    <message>
        <source>沙盘</source>
        <translation>Sand table</translation>
    </message>
    <message>
        <source>洽谈区</source>
        <translation>Negotiation area</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flats</translation>
    </message>
    <message>
        <source>VIP室</source>
        <translation>VIP room</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>面访</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已同意</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>认购</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>签约</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已退订</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>认购待批</source>
        <translation>Subscription awaiting approval</translation>
    </message>
    <message>
        <source>已认购</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <source>签约待批</source>
        <translation>Contract awaiting approval</translation>
    </message>
    <message>
        <source>已签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>A 意向强烈</source>
        <translation>A Keen</translation>
    </message>
    <message>
        <source>B 有意向</source>
        <translation>B Interested</translation>
    </message>
    <message>
        <source>C 观望</source>
        <translation>C Watching</translation>
    </message>
    <message>
        <source>D 无意向</source>
        <translation>D Not interested</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>洽谈补录</source>
        <translation>Talk completed</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>前台</source>
        <translation>Reception host</translation>
    </message>
    <message>
        <source>水吧客服</source>
        <translation>Water-bar attendant</translation>
    </message>
    <message>
        <source>样板间客服</source>
        <translation>Show-flat attendant</translation>
    </message>
    <message>
        <source>保洁</source>
        <translation>Cleaner</translation>
    </message>
    <message>
        <source>安防</source>
        <translation>Security guard</translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation>Sales consultant</translation>
    </message>
    <message>
        <source>主管/经理</source>
        <translation>Supervisor/manager</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>总部（只读）</source>
        <translation>Head office (read-only)</translation>
    </message>
    <message>
        <source>管理员工与 PIN</source>
        <translation>manage staff and PINs</translation>
    </message>
    <message>
        <source>解除 PIN 锁定</source>
        <translation>unlock locked PINs</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>change settings</translation>
    </message>
    <message>
        <source>查看审计记录</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>back up</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <source>开班、交班与值班日志</source>
        <translation>start and hand over shifts, keep the duty log</translation>
    </message>
    <message>
        <source>查看完整手机号</source>
        <translation>see full mobile numbers</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>export to Excel</translation>
    </message>
    <message>
        <source>从 Excel 导入名单</source>
        <translation>import lists from Excel</translation>
    </message>
    <message>
        <source>打印表单</source>
        <translation>print forms</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>register visitors</translation>
    </message>
    <message>
        <source>调整轮排与客户归属</source>
        <translation>adjust rotation and customer ownership</translation>
    </message>
    <message>
        <source>跟进客户、登记认购与签约</source>
        <translation>follow up customers, record subscriptions and contracts</translation>
    </message>
    <message>
        <source>审批认购、签约与退订</source>
        <translation>approve subscriptions, contracts and withdrawals</translation>
    </message>
    <message>
        <source>水吧出品</source>
        <translation>serve at the water bar</translation>
    </message>
    <message>
        <source>水吧盘点</source>
        <translation>count water-bar stock</translation>
    </message>
    <message>
        <source>水吧入库、报损</source>
        <translation>receive and write off water-bar stock</translation>
    </message>
    <message>
        <source>调整库存、签批、维护物品</source>
        <translation>adjust stock, sign off, maintain items</translation>
    </message>
    <message>
        <source>盘点差异会签</source>
        <translation>co-sign count differences</translation>
    </message>
    <message>
        <source>样板间盘点与巡检</source>
        <translation>count and inspect show flats</translation>
    </message>
    <message>
        <source>保洁任务</source>
        <translation>do cleaning tasks</translation>
    </message>
    <message>
        <source>样板间物品维护、事件处理</source>
        <translation>maintain show-flat items, handle incidents</translation>
    </message>
    <message>
        <source>客服台：报修、投诉、来电、钥匙</source>
        <translation>service desk: repairs, complaints, calls, keys</translation>
    </message>
    <message>
        <source>客服台审批与收费标准</source>
        <translation>service-desk approvals and fee table</translation>
    </message>
    <message>
        <source>查看报表</source>
        <translation>view reports</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Inspection rounds</translation>
    </message>
    <message>
        <source>巡检模板、事件与工程维修单管理</source>
        <translation>Manage inspection templates, incidents and work orders</translation>
    </message>
    <message>
        <source>报告损坏与异常</source>
        <translation>Report damage and faults</translation>
    </message>
    <message>
        <source>工程报修</source>
        <translation>Report facility repairs</translation>
    </message>
    <message>
        <source>车辆登记</source>
        <translation>Vehicle log</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>保洁</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>水吧</source>
        <translation>Water bar</translation>
    </message>
    <message>
        <source>客服台</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>表单</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Excel 同步</source>
        <translation>Excel sync</translation>
    </message>
    <message>
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flats</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>巡检管理</source>
        <translation>Inspection admin</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <source>报修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已判断</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>已调查</source>
        <translation>Investigated</translation>
    </message>
    <message>
        <source>方案待批</source>
        <translation>Plan awaiting approval</translation>
    </message>
    <message>
        <source>方案已批</source>
        <translation>Plan approved</translation>
    </message>
    <message>
        <source>已实施</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>已解释结案</source>
        <translation>Explained and closed</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>来电</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>水电</source>
        <translation>Water and power</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors and windows</translation>
    </message>
    <message>
        <source>墙面</source>
        <translation>Walls</translation>
    </message>
    <message>
        <source>管道</source>
        <translation>Pipes</translation>
    </message>
    <message>
        <source>电器</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>已派工</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>已完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>内部维修收费</source>
        <translation>Internal repair charges</translation>
    </message>
    <message>
        <source>特约服务收费标准</source>
        <translation>Special-service fee table</translation>
    </message>
    <message>
        <source>客服中心服务态度</source>
        <translation>Service desk attitude</translation>
    </message>
    <message>
        <source>报修处理及时性</source>
        <translation>Timeliness of repairs</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>投诉处理</source>
        <translation>Complaint handling</translation>
    </message>
    <message>
        <source>安全防范</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>环境卫生</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>绿化养护</source>
        <translation>Landscaping</translation>
    </message>
    <message>
        <source>公共设施维护</source>
        <translation>Upkeep of shared facilities</translation>
    </message>
    <message>
        <source>停车管理</source>
        <translation>Parking management</translation>
    </message>
    <message>
        <source>社区文化活动</source>
        <translation>Community activities</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Mostly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>报修类别</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>报修内容</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>报修人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <source>所用材料</source>
        <translation>Materials used</translation>
    </message>
    <message>
        <source>完工说明</source>
        <translation>Completion note</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Call-back comments</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>判断说明</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Responsible dept.</translation>
    </message>
    <message>
        <source>调查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>处理方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>实施情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>总结</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>物业公司名称</source>
        <translation>Property management company</translation>
    </message>
    <message>
        <source>标志图片路径</source>
        <translation>Logo image path</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>简体中文</source>
        <translation>Simplified Chinese</translation>
    </message>
    <message>
        <source>触摸屏（登录和解锁显示数字键盘，导航与菜单加大）</source>
        <translation>Touch screen (number pad to sign in and unlock, larger navigation and menu)</translation>
    </message>
    <message>
        <source>无操作自动锁屏（分钟，0 为不锁）</source>
        <translation>Auto-lock when idle (minutes, 0 = never)</translation>
    </message>
    <message>
        <source>PIN 连续错误次数上限</source>
        <translation>Max. wrong PIN attempts in a row</translation>
    </message>
    <message>
        <source>保留自动备份份数</source>
        <translation>Automatic backups to keep</translation>
    </message>
    <message>
        <source>每天自动备份</source>
        <translation>Back up automatically every day</translation>
    </message>
    <message>
        <source>退出时自动备份</source>
        <translation>Back up automatically on exit</translation>
    </message>
    <message>
        <source>同步文件夹（U 盘或共享盘；每天收班时写入同步工作簿，空为不写）</source>
        <translation>Sync folder (USB stick or shared drive; the sync workbook is written there at closing each day; empty = off)</translation>
    </message>
    <message>
        <source>每天写入同步文件夹的时间（HH:MM；交班或退出时也会写）</source>
        <translation>Daily time to write to the sync folder (HH:MM; also written at handover or exit)</translation>
    </message>
    <message>
        <source>同步文件夹不可用时，几分钟后重试</source>
        <translation>When the sync folder is unavailable, retry after (minutes)</translation>
    </message>
    <message>
        <source>客户归属失效天数（无来访或跟进）</source>
        <translation>Customer ownership lapses after (days without visit or follow-up)</translation>
    </message>
    <message>
        <source>纸杯续杯间隔（分钟）</source>
        <translation>Paper cup refill interval (minutes)</translation>
    </message>
    <message>
        <source>瓷杯续杯间隔（分钟）</source>
        <translation>China cup refill interval (minutes)</translation>
    </message>
    <message>
        <source>续杯到时提示音</source>
        <translation>Sound when a refill is due</translation>
    </message>
    <message>
        <source>来访记录匿名化（超过 N 个月删除姓名与手机号，0 为不启用）</source>
        <translation>Anonymise visits (delete names and mobiles after N months, 0 = off)</translation>
    </message>
    <message>
        <source>每次最多领用停车票（张）</source>
        <translation>Max. parking tickets per issue</translation>
    </message>
    <message>
        <source>入库需主管签批</source>
        <translation>Receipts need supervisor sign-off</translation>
    </message>
    <message>
        <source>盲盘（盘点时不显示账面数量）</source>
        <translation>Blind count (hide book quantities while counting)</translation>
    </message>
    <message>
        <source>盘点差异容差（基本单位，超出须保安会签）</source>
        <translation>Count tolerance (base units; beyond it the guard co-signs)</translation>
    </message>
    <message>
        <source>交班盘点一律须保安会签</source>
        <translation>Handover counts always need the guard&apos;s co-signature</translation>
    </message>
    <message>
        <source>交班前须完成水吧盘点</source>
        <translation>Water-bar count required before handover</translation>
    </message>
    <message>
        <source>临期提醒（到期前天数）</source>
        <translation>Expiry warning (days before expiry)</translation>
    </message>
    <message>
        <source>停车票剩余不多于此数时提醒</source>
        <translation>Warn when parking tickets left are at most</translation>
    </message>
    <message>
        <source>采购建议按最近几天的日均用量</source>
        <translation>Purchase suggestions use average daily use over (days)</translation>
    </message>
    <message>
        <source>数据库服务器地址（空为本机 SQLite 文件）</source>
        <translation>Database server address (empty: the SQLite file on this PC)</translation>
    </message>
    <message>
        <source>站点代码（如 SZ01；各案场数据库汇总到总部时用，重启后生效）</source>
        <translation>Site code (e.g. SZ01; for gathering several sales centers at head office; takes effect after a restart)</translation>
    </message>
    <message>
        <source>物品超过几天未盘点即提醒</source>
        <translation>Warn when an item is not counted for (days)</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Excel 同步</source>
        <translation>Excel sync</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>水吧</source>
        <translation>Water bar</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>客服台</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>通用</source>
        <translation>General</translation>
    </message>
    <message>
        <source>PIN 错误过多后首次锁定（秒，之后每次加倍，最长一天）</source>
        <translation>First lock after too many wrong PINs (seconds; doubles each time, at most a day)</translation>
    </message>
    <message>
        <source>新 PIN 至少几位（4 到 8，建议 6）</source>
        <translation>Minimum digits of a new PIN (4 to 8; 6 recommended)</translation>
    </message>
    <message>
        <source>照片最长边（像素，超过即缩小）</source>
        <translation>Photo longest side (pixels, larger is scaled down)</translation>
    </message>
    <message>
        <source>照片最大字节数（压缩后）</source>
        <translation>Max. photo size in bytes (compressed)</translation>
    </message>
    <message>
        <source>报修应完工时限（小时）</source>
        <translation>Repair completion time limit (hours)</translation>
    </message>
    <message>
        <source>完工/结案后应回访天数</source>
        <translation>Call back within (days after completion/closing)</translation>
    </message>
    <message>
        <source>钥匙借用默认归还时限（小时）</source>
        <translation>Default key-loan period (hours)</translation>
    </message>
    <message>
        <source>物业费默认单价（元/㎡/月）</source>
        <translation>Default property fee rate (yuan/m²/month)</translation>
    </message>
    <message>
        <source>客服中心电话</source>
        <translation>Service desk phone</translation>
    </message>
</context>
<context>
    <name>showflats</name>
    <message>
        <source>每天</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每半月</source>
        <translation>Every half month</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>地面</source>
        <translation>Floors</translation>
    </message>
    <message>
        <source>扶手、楼梯</source>
        <translation>Handrails, stairs</translation>
    </message>
    <message>
        <source>门窗</source>
        <translation>Doors and windows</translation>
    </message>
    <message>
        <source>玻璃</source>
        <translation>Glass</translation>
    </message>
    <message>
        <source>灯具</source>
        <translation>Lamps</translation>
    </message>
    <message>
        <source>天花</source>
        <translation>Ceilings</translation>
    </message>
    <message>
        <source>高处（2 米以上）</source>
        <translation>High parts (above 2 m)</translation>
    </message>
    <message>
        <source>石材养护</source>
        <translation>Stone care</translation>
    </message>
    <message>
        <source>洗手间</source>
        <translation>Washrooms</translation>
    </message>
    <message>
        <source>桌面、台面</source>
        <translation>Tables, counters</translation>
    </message>
    <message>
        <source>沙发、家具</source>
        <translation>Sofas, furniture</translation>
    </message>
    <message>
        <source>家私</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>软装</source>
        <translation>Soft decor</translation>
    </message>
    <message>
        <source>电器</source>
        <translation>Appliances</translation>
    </message>
    <message>
        <source>布草</source>
        <translation>Linen</translation>
    </message>
    <message>
        <source>饰品</source>
        <translation>Ornaments</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>移位</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>一客一盘点</source>
        <translation>After-group count</translation>
    </message>
    <message>
        <source>交接盘点</source>
        <translation>Handover count</translation>
    </message>
    <message>
        <source>开馆检查</source>
        <translation>Opening check</translation>
    </message>
    <message>
        <source>闭馆检查</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>已上报</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>{flat} 有 {n} 件物品超过 {days} 天未盘点</source>
        <translation>{flat}: {n} item(s) not counted for over {days} day(s)</translation>
    </message>
    <message>
        <source>{flat} 已逾期：{check}</source>
        <translation>{flat} overdue: {check}</translation>
    </message>
    <message>
        <source>{flat} 待做：{check}</source>
        <translation>{flat} due: {check}</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>部分到货</source>
        <translation>Partly received</translation>
    </message>
    <message>
        <source>已到货</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>出库</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>报损</source>
        <translation>Waste</translation>
    </message>
    <message>
        <source>盘点差异</source>
        <translation>Count difference</translation>
    </message>
    <message>
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>采购单</source>
        <translation>Purchase request</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <source>日结</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>停车票</source>
        <translation>Parking tickets</translation>
    </message>
    <message>
        <source>大厅出品</source>
        <translation>Hall serving</translation>
    </message>
    <message>
        <source>切开未用完的水果</source>
        <translation>Cut fruit left over</translation>
    </message>
    <message>
        <source>已冲泡/已倒出</source>
        <translation>Brewed/poured</translation>
    </message>
    <message>
        <source>过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>破损</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>吧台</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>储物间</source>
        <translation>Storeroom</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Shift-start</translation>
    </message>
    <message>
        <source>交班</source>
        <translation>Handover</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>请先选择</source>
        <translation>Select first</translation>
    </message>
    <message>
        <source>请先在列表中选择一行</source>
        <translation>Select a row in the list first</translation>
    </message>
</context>
</TS>
