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
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>备份（最新在前）；恢复请退出程序后运行 desk restore 文件</source>
        <translation>Backups (newest first). To restore, quit the program and run: desk restore FILE</translation>
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
        <translation>Item</translation>
    </message>
    <message>
        <source>……另有 {n} 条</source>
        <translation>… and {n} more</translation>
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
    <name>CleanerPage</name>
    <message>
        <source>全屏</source>
        <translation>Full screen</translation>
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
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
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
        <source>请点您的名字，再输入 PIN</source>
        <translation>Tap your name, then enter your PIN</translation>
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
        <source>{name}：已记录 {n} 项，谢谢！</source>
        <translation>{name}: {n} recorded. Thank you!</translation>
    </message>
</context>
<context>
    <name>CleaningTaskDialog</name>
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
        <translation>{n} items, {m} not counted</translation>
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
        <translation>{n} items not counted yet: {names}</translation>
    </message>
    <message>
        <source>第 {id} 号{kind}盘点已完成，差异 {n} 项已记账</source>
        <translation>{kind} count #{id} finished; {n} differences booked</translation>
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
        <source>当前未开班</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>班次 #{id}，{time} 由 {name} 开班</source>
        <translation>Shift #{id}, started {time} by {name}</translation>
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
    <name>FlatDialog</name>
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
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>采购单</source>
        <translation>Purchase request</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>日结</source>
        <translation>Day close</translation>
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
        <translation>{n} pages</translation>
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
    <name>PointCheckDialog</name>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>℃，正常 {low}–{high}</source>
        <translation>℃, normal {low}–{high}</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保存 Ctrl+Enter</source>
        <translation>Save Ctrl+Enter</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
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
    <name>ShowflatsSection</name>
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
        <source>物品清单</source>
        <translation>Item list</translation>
    </message>
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
        <source>打印巡检表（所选）</source>
        <translation>Print inspection sheet (selected)</translation>
    </message>
    <message>
        <source>样板间检查记录</source>
        <translation>Show-flat checks</translation>
    </message>
    <message>
        <source>盘点与巡检</source>
        <translation>Counts and checks</translation>
    </message>
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
        <source>样板间事件</source>
        <translation>Show-flat incidents</translation>
    </message>
    <message>
        <source>损坏与缺失</source>
        <translation>Damage and loss</translation>
    </message>
    <message>
        <source>进场登记…</source>
        <translation>Log entry…</translation>
    </message>
    <message>
        <source>登记离场</source>
        <translation>Log exit</translation>
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
    <message>
        <source>施工人员</source>
        <translation>Workers</translation>
    </message>
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
        <source>样板间报表</source>
        <translation>Show-flat reports</translation>
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
    <message>
        <source>事件 #{id}</source>
        <translation>Incident #{id}</translation>
    </message>
    <message>
        <source>改为“{status}”，说明：</source>
        <translation>Change to “{status}”, note:</translation>
    </message>
    <message>
        <source>没有照片</source>
        <translation>No photo</translation>
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
    <name>WorkerEntryDialog</name>
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
        <source>数据库来自更新版本的程序，请升级程序后再打开。</source>
        <translation>The database comes from a newer version of the program. Please upgrade before opening it.</translation>
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
        <source>PIN 须为 4 到 8 位数字</source>
        <translation>The PIN must be 4 to 8 digits</translation>
    </message>
    <message>
        <source>工号或 PIN 不正确</source>
        <translation>Wrong staff no. or PIN</translation>
    </message>
    <message>
        <source>错误次数过多，请 {seconds} 秒后再试</source>
        <translation>Too many failed attempts; try again in {seconds} s</translation>
    </message>
    <message>
        <source>找不到该员工</source>
        <translation>Staff member not found</translation>
    </message>
    <message>
        <source>工号不能为空</source>
        <translation>Staff no. is required</translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation>Name is required</translation>
    </message>
    <message>
        <source>工号或姓名太长</source>
        <translation>Staff no. or name is too long</translation>
    </message>
    <message>
        <source>工号 {code} 已存在</source>
        <translation>Staff no. {code} already exists</translation>
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
        <translation>{n} items not checked yet, cannot finish: {names}</translation>
    </message>
    <message>
        <source>找不到样板间：{ref}</source>
        <translation>Show flat not found: {ref}</translation>
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
        <source>{label}不能为负数</source>
        <translation>{label} cannot be negative</translation>
    </message>
    <message>
        <source>{label}太大</source>
        <translation>{label} is too large</translation>
    </message>
    <message>
        <source>价值请填写金额，例如 1280.00</source>
        <translation>Enter the value as an amount, e.g. 1280.00</translation>
    </message>
    <message>
        <source>价值不能为负数</source>
        <translation>The value cannot be negative</translation>
    </message>
    <message>
        <source>价值太大</source>
        <translation>The value is too large</translation>
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
        <source>室温请填数字，例如 26</source>
        <translation>Enter the room temperature as a number, e.g. 26</translation>
    </message>
    <message>
        <source>室温 {value} ℃ 不合理，请重新测量</source>
        <translation>Room temperature {value} ℃ is implausible; please measure again</translation>
    </message>
    <message>
        <source>该检查已结束，不能再填写</source>
        <translation>This check is finished and can no longer be filled in</translation>
    </message>
    <message>
        <source>未知的检查项：{point}</source>
        <translation>Unknown check point: {point}</translation>
    </message>
    <message>
        <source>请填写室温</source>
        <translation>Enter the room temperature</translation>
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
        <source>包装换算必须是正整数</source>
        <translation>Units per pack must be a positive whole number</translation>
    </message>
    <message>
        <source>包装单位与基本单位相同时换算须为 1</source>
        <translation>When the pack unit equals the base unit, units per pack must be 1</translation>
    </message>
    <message>
        <source>保质期天数必须是正整数</source>
        <translation>Shelf life must be a positive whole number of days</translation>
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
        <source>单价必须是数字</source>
        <translation>The unit price must be a number</translation>
    </message>
    <message>
        <source>单价不能为负数</source>
        <translation>The unit price cannot be negative</translation>
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
        <source>物品 {name} 已停用，不能盘点</source>
        <translation>Item {name} is inactive and cannot be counted</translation>
    </message>
    <message>
        <source>还有 {n} 项未盘点：{names}</source>
        <translation>{n} items not counted yet: {names}</translation>
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
        <source>无法完成</source>
        <translation>Could not complete</translation>
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
    <name>parent</name>
    <message>
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
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
        <source>管理员工与 PIN</source>
        <translation>manage staff and PINs</translation>
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
        <source>备份与恢复</source>
        <translation>back up and restore</translation>
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
</context>
<context>
    <name>sections</name>
    <message>
        <source>保洁</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>水吧</source>
        <translation>Water bar</translation>
    </message>
    <message>
        <source>表单</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>样板间</source>
        <translation>Show flat</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
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
        <source>无操作自动锁屏（分钟，0 为不锁）</source>
        <translation>Auto-lock when idle (minutes, 0 = never)</translation>
    </message>
    <message>
        <source>PIN 连续错误次数上限</source>
        <translation>Max. wrong PIN attempts in a row</translation>
    </message>
    <message>
        <source>PIN 错误过多后锁定（秒）</source>
        <translation>Lockout after too many wrong PINs (seconds)</translation>
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
        <source>样板间室温下限（℃）</source>
        <translation>Show-flat min. temperature (℃)</translation>
    </message>
    <message>
        <source>样板间室温上限（℃）</source>
        <translation>Show-flat max. temperature (℃)</translation>
    </message>
    <message>
        <source>物品超过几天未盘点即提醒</source>
        <translation>Warn when an item is not counted for (days)</translation>
    </message>
    <message>
        <source>样板间闭馆检查时间（点）</source>
        <translation>Show-flat closing check time (hour)</translation>
    </message>
    <message>
        <source>照片最长边（像素，超过即缩小）</source>
        <translation>Photo longest side (pixels, larger is scaled down)</translation>
    </message>
    <message>
        <source>照片最大字节数（压缩后）</source>
        <translation>Max. photo size in bytes (compressed)</translation>
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
        <source>异常</source>
        <translation>Problem</translation>
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
        <source>门窗</source>
        <translation>Doors and windows</translation>
    </message>
    <message>
        <source>空调</source>
        <translation>Air-conditioning</translation>
    </message>
    <message>
        <source>音响</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>灯光</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <source>室温</source>
        <translation>Room temperature</translation>
    </message>
    <message>
        <source>鞋套备足</source>
        <translation>Shoe covers stocked</translation>
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
        <source>{flat} 今日未做开馆检查</source>
        <translation>{flat}: no opening check today</translation>
    </message>
    <message>
        <source>{flat} 今日未做闭馆检查</source>
        <translation>{flat}: no closing check today</translation>
    </message>
    <message>
        <source>{flat} 有 {n} 件物品超过 {days} 天未盘点</source>
        <translation>{flat}: {n} items not counted for over {days} days</translation>
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
</TS>
