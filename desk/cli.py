"""The ``desk`` command: the program by default, subcommands for scripted work."""
from __future__ import annotations

import argparse
import sys

from desk import __version__
from desk.commands import core, excel, hq, print_, reception, weekly
from desk.services.core.errors import for_user

# Modules with ``register(subparsers)``, in the order ``desk --help`` lists their commands; each
# command sets ``func(args) -> int``. A new part of the program adds its module here.
COMMAND_MODULES = [core, excel, reception, print_, weekly, hq]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description="案场助手 Sales Desk：来访登记、水吧库存、样板间、客服台、表单打印与 Excel 同步。"
                    "不带子命令时启动程序窗口。",
    )
    parser.add_argument("--version", action="version", version=f"案场助手 Sales Desk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="数据文件夹（数据库、设置、备份、日志）；默认为本用户的应用数据目录")
    parser.add_argument("--kiosk", choices=["cleaner", "showflat"],
                        help="平板模式：全屏只开一个触屏页（无导航、无菜单）：cleaner 保洁，showflat 样板间客服"
                             "（一客一盘点、未处理的事件、开馆/闭馆巡检）；每人用屏幕数字键盘输入 PIN 签名")
    parser.add_argument("--db", metavar="URL",
                        help="多台电脑共用的 PostgreSQL 数据库，如 postgresql://desk@192.168.1.10:5432/desk"
                             "（也可用环境变量 DESK_DB）；不给时用数据文件夹里的 SQLite 文件。"
                             "密码不要写进地址，请用 .pgpass 文件")
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        return core.run_gui(args)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a refusal or a full disk that reached here: a message, not a traceback
        user_error = for_user(exc)
        if user_error is None:
            raise
        print(str(user_error), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
