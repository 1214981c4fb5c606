<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdminSection</name>
    <message>
        <source>员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>包含文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>之前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>之后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>数据文件夹：{root}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份（最新在前）；恢复请退出程序后运行 desk restore 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库完好。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyLogTableModel</name>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正自</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutySection</name>
    <message>
        <source>开班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交班…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记一条值班日志，回车保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前未开班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班次 #{id}，{time} 由 {name} 开班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还不能交班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交接说明（遗留问题、物品、钥匙等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正第 {id} 条：{text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>出错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序遇到了意外错误，已记录到日志。您可以继续使用；如反复出现，请把详情发给维护人员。

{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制详情</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>屏幕已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入工号和 PIN 继续（可换人登录）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>案场助手 · {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锁屏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前：{name}（{roles}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未开班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>班次自 {time} 起</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>保存设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置已保存。界面语言在下次启动时生效。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 案场助手</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>请输入工号和 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>新增员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN（4–8 位数字）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>新增员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用 / 启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 的新 PIN（4–8 位数字）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建立时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>数据库损坏或无法读取：
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到可用的备份。请联系维护人员；当前文件未做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否从最新的完好备份恢复？
{backup}
当前数据库会另存到 aside 文件夹，不会被覆盖。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库来自更新版本的程序，请升级程序后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是一个新的数据文件夹。要载入演示数据看看程序，还是创建第一位管理员开始正式使用？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据已载入。管理员工号 01，所有演示员工的 PIN 均为 {pin}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN（4–8 位数字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法使用数据文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序已在运行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案场助手已经在使用这个数据文件夹（{root}）。请切换到已打开的窗口。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据文件夹位置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>请先关闭 Excel 中的文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知角色：{roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少选择一个角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{roles}）无权{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还不能交班：{reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有未交班的班次，请先交班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前没有进行中的班次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日志内容不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的日志类别：{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要更正的日志不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN 须为 4 到 8 位数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号或 PIN 不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误次数过多，请 {seconds} 秒后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号或姓名太长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号 {code} 已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能停用自己</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有员工，不能再初始化管理员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duty</name>
    <message>
        <source>事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设备故障</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>遗留问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>无法完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>前台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水吧客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>样板间客服</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保洁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安防</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>置业顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主管/经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员工与 PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看审计记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开班、交班与值班日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从 Excel 导入名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印表单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整轮排与客户归属</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水吧出品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水吧盘点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水吧入库、报损</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调整库存、签批、维护物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>盘点差异会签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>样板间盘点与巡检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保洁任务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>样板间物品维护、事件处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客服台：报修、投诉、来电、钥匙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>客服台审批与收费标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看报表</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>值班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>物业公司名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标志图片路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无操作自动锁屏（分钟，0 为不锁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN 连续错误次数上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN 错误过多后锁定（秒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留自动备份份数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每天自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出时自动备份</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
