"""Form templates: the TOML files in ``forms/``, parsed and checked once, cached by file time.

The format is described for managers and programmers in ``forms/README.md``. Every problem in a
template (bad TOML, an unknown setting, a sample value for a field that does not exist) raises
``TemplateError`` naming the file and the line.
"""
from __future__ import annotations

import re
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desk.paths import forms_dir
from desk.services.core.errors import QT_TRANSLATE_NOOP, DeskError, NotFound

PAPERS = ("A4", "A5", "B5", "A3")
ORIENTATIONS = ("portrait", "landscape")
FIELD_KINDS = ("text", "date", "datetime", "time", "money", "number", "choice", "yesno")
COLUMN_KINDS = ("text", "index", "date", "datetime", "time", "money", "number", "choice", "yesno", "check")
ALIGNS = ("left", "center", "right")
FIELD_STYLES = ("boxed", "lines")
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class TemplateError(DeskError):
    """A form template that cannot be used: the message names the file and the line."""

    def __init__(self, file, line: int | None, problem: str):
        self.file = str(file)
        self.line = line
        if line:
            super().__init__(QT_TRANSLATE_NOOP("desk", "表单模板 {file} 第 {line} 行：{problem}"),
                             file=self.file, line=line, problem=problem)
        else:
            super().__init__(QT_TRANSLATE_NOOP("desk", "表单模板 {file}：{problem}"),
                             file=self.file, problem=problem)


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    span: int = 1  # how many label/value pairs of the grid it takes
    lines: int = 1  # height in writing lines
    kind: str = "text"
    options: tuple[str, ...] = ()
    unit: str = ""
    group: str = "main"
    hidden: bool = False  # only used in text blocks ({key}), not printed in a grid


@dataclass(frozen=True)
class Group:
    key: str
    title: str = ""
    columns: int = 0  # 0: the template's columns


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: float = 1.0  # relative
    align: str = "left"
    kind: str = "text"
    sum: bool = False
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableSpec:
    key: str
    columns: tuple[Column, ...]
    title: str = ""
    blank_rows: int = 10
    min_rows: int = 0
    row_height: float = 8.0  # mm, blank rows
    total_label: str = "合计"
    rows: tuple = ()  # preset rows (dicts), printed on the blank form and used when a document has none

    @property
    def has_sum(self) -> bool:
        return any(c.sum for c in self.columns)


@dataclass(frozen=True)
class TextBlock:
    key: str
    title: str = ""
    content: str = ""
    lines: int = 0  # ruled writing lines when the block is empty
    indent: bool = False  # first-line indent of two characters (letters)
    align: str = "left"
    size: float = 0  # 0: body size


CATEGORIES = ("案场接待", "水吧", "样板间", "客服中心", "值班", "其他")


@dataclass(frozen=True)
class FormInfo:
    key: str
    title: str
    file: Path
    serial: str = ""
    category: str = "其他"


@dataclass(frozen=True)
class Template:
    key: str
    file: Path
    title: str
    category: str = "其他"
    paper: str = "A4"
    orientation: str = "portrait"
    serial: str = ""
    subtitle: str = ""
    columns: int = 2
    field_style: str = "boxed"
    fields: tuple[Field, ...] = ()
    groups: tuple[Group, ...] = ()
    tables: tuple[TableSpec, ...] = ()
    texts: tuple[TextBlock, ...] = ()
    order: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    signatures: tuple[str, ...] = ()
    signature_date: bool = True
    sample: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def info(self) -> FormInfo:
        return FormInfo(self.key, self.title, self.file, self.serial, self.category)

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    def table(self, key: str) -> TableSpec | None:
        return next((t for t in self.tables if t.key == key), None)

    def text_block(self, key: str) -> TextBlock | None:
        return next((t for t in self.texts if t.key == key), None)

    def group_fields(self, group: str) -> list[Field]:
        return [f for f in self.fields if f.group == group and not f.hidden]

    def blocks(self) -> list[tuple[str, str]]:
        """The body in print order: ("group"|"table"|"text", key)."""
        kinds = {}
        for g in self.groups:
            kinds[g.key] = "group"
        for t in self.tables:
            kinds[t.key] = "table"
        for t in self.texts:
            kinds[t.key] = "text"
        return [(kinds[k], k) for k in self.order]

    def group(self, key: str) -> Group:
        return next((g for g in self.groups if g.key == key), Group(key))


# -- locating lines ----------------------------------------------------------------------------
_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


class _Lines:
    """Finds the line of a key in TOML text: good enough to point a person at the mistake."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def header(self, name: str, nth: int = 0, array: bool | None = None) -> int | None:
        count = -1
        for i, line in enumerate(self.lines):
            m = _HEADER.match(line)
            if not m or m.group(1) != name:
                continue
            is_array = line.lstrip().startswith("[[")
            if array is not None and array != is_array:
                continue
            count += 1
            if count == nth:
                return i + 1
        return None

    def key(self, key: str, start: int | None = None, nth: int = 0) -> int | None:
        """The line (1-based) of ``key =`` in the section whose header is line ``start``
        (searching the whole file when ``start`` is None)."""
        pattern = re.compile(r"(^|[\s{,])[\"']?" + re.escape(key) + r"[\"']?\s*=")
        count = -1
        for i in range(start or 0, len(self.lines)):
            line = self.lines[i]
            if start is not None and _HEADER.match(line):
                break  # the next section
            if pattern.search(line.split("#", 1)[0] if '"' not in line else line):
                count += 1
                if count == nth:
                    return i + 1
        return None

    def anywhere(self, key: str) -> int | None:
        return self.key(key, None)

    def value(self, text: str) -> int | None:
        for i, line in enumerate(self.lines):
            if text in line:
                return i + 1
        return None


# -- parsing -----------------------------------------------------------------------------------
TOP_KEYS = {"title", "category", "paper", "orientation", "serial", "subtitle", "columns", "field_style", "fields",
            "groups", "tables", "text", "order", "notes", "signatures", "signature_date", "sample"}
FIELD_KEYS = {"key", "label", "span", "lines", "kind", "options", "unit", "group", "hidden"}
GROUP_KEYS = {"title", "columns"}
TABLE_KEYS = {"key", "title", "columns", "blank_rows", "min_rows", "row_height", "total_label", "rows"}
COLUMN_KEYS = {"key", "label", "width", "align", "kind", "sum", "options"}
TEXT_KEYS = {"key", "title", "content", "lines", "indent", "align", "size"}
SAMPLE_KEYS = {"fields", "tables", "text", "serial", "signatures"}


class _Parser:
    def __init__(self, key: str, file: Path, text: str):
        self.key = key
        self.file = file
        self.where = _Lines(text)

    def fail(self, line: int | None, problem: str):
        raise TemplateError(self.file, line, problem)

    def check_keys(self, data: dict, allowed: set, what: str, start: int | None):
        for name in data:
            if name not in allowed:
                line = self.where.key(name, start) or self.where.anywhere(name) or start
                hint = ""
                if start is not None and name in TOP_KEYS:
                    hint = f"；“{name}”是整张表单的设置，应写在文件开头、第一个 [小节] 之前"
                self.fail(line, f"{what}中有不认识的设置“{name}”（可用：{'、'.join(sorted(allowed))}）{hint}")

    def want(self, data: dict, name: str, kind, start: int | None, what: str, choices=None, minimum=None):
        value = data[name]
        line = self.where.key(name, start) or start
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            self.fail(line, f"{what}的“{name}”应为{_kind_name(kinds[0])}")
        if not isinstance(value, kinds):
            self.fail(line, f"{what}的“{name}”应为{_kind_name(kinds[0])}")
        if choices is not None and value not in choices:
            self.fail(line, f"{what}的“{name}”只能是 {'、'.join(choices)}，而不是“{value}”")
        if minimum is not None and value < minimum:
            self.fail(line, f"{what}的“{name}”不能小于 {minimum}")
        return value

    def parse(self, data: dict) -> Template:
        w = self.where
        self.check_keys(data, TOP_KEYS, "表单", None)
        if "title" not in data:
            self.fail(1, "缺少表单标题 title")
        top = {}
        for name, kind, choices, minimum in (
            ("title", str, None, None), ("category", str, None, None), ("paper", str, PAPERS, None), ("orientation", str, ORIENTATIONS, None),
            ("serial", str, None, None), ("subtitle", str, None, None), ("columns", int, None, 1),
            ("field_style", str, FIELD_STYLES, None), ("signature_date", bool, None, None),
        ):
            if name in data:
                top[name] = self.want(data, name, kind, None, "表单", choices, minimum)
        if "serial" in top and not re.fullmatch(r"[A-Z]{1,6}", top["serial"]):
            self.fail(w.key("serial"), f"编号前缀 serial 应为 1 至 6 个大写字母，而不是“{top['serial']}”")
        if top.get("columns", 2) > 6:
            self.fail(w.key("columns"), "每行字段数 columns 不能大于 6")
        for name in ("notes", "signatures"):
            if name in data:
                value = data[name]
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    self.fail(w.key(name), f"“{name}”应为一组文字，如 [\"…\", \"…\"]")
                top[name] = tuple(value)

        fields = self.parse_fields(data.get("fields", []))
        groups = self.parse_groups(data.get("groups", {}), fields)
        tables = self.parse_tables(data.get("tables", []))
        texts = self.parse_texts(data.get("text", []))
        seen: dict[str, str] = {}
        for kind, items in (("字段", fields), ("表格", tables), ("文字段", texts)):
            for item in items:
                if item.key in seen:
                    self.fail(w.value(f'"{item.key}"'), f"名称“{item.key}”重复（已用作{seen[item.key]}）")
                seen[item.key] = kind
        group_keys = [g.key for g in groups]
        for g in group_keys:
            if g in seen and seen[g] != "字段":
                self.fail(w.value(f'"{g}"'), f"字段分组“{g}”与{seen[g]}同名")
        names = set(group_keys) | {t.key for t in tables} | {t.key for t in texts}
        if "order" in data:
            order = data["order"]
            line = w.key("order")
            if not isinstance(order, list) or not all(isinstance(v, str) for v in order):
                self.fail(line, "排列顺序 order 应为一组名称，如 [\"main\", \"items\"]")
            for name in order:
                if name not in names:
                    self.fail(line, f"排列顺序 order 中的“{name}”不是字段分组、表格或文字段"
                                    f"（可用：{'、'.join(sorted(names)) or '无'}）")
            if len(set(order)) != len(order):
                self.fail(line, "排列顺序 order 中有重复的名称")
            order = list(order) + [n for n in group_keys + [t.key for t in tables] + [t.key for t in texts]
                                   if n not in order]
        else:
            order = group_keys + [t.key for t in tables] + [t.key for t in texts]
        template = Template(key=self.key, file=self.file, fields=tuple(fields), groups=tuple(groups),
                            tables=tuple(tables), texts=tuple(texts), order=tuple(order), **top)
        sample = self.parse_sample(data.get("sample", {}), template)
        object.__setattr__(template, "sample", sample)
        return template

    def entries(self, items, section: str, noun: str, allowed: set, required: tuple[str, ...]):
        """Each [[section]] entry checked for its keys and a well-formed ``key``:
        yields (start line, entry, key, how to name it in a message)."""
        if not isinstance(items, list):
            self.fail(self.where.key(section), f"{noun}应写成 [[{section}]] 小节")
        for i, item in enumerate(items):
            start = self.where.header(section, i, array=True)
            what = f"第 {i + 1} 个{noun}"
            if not isinstance(item, dict):
                self.fail(start, f"{what}应为 [[{section}]] 小节")
            self.check_keys(item, allowed, what, start)
            for name in required:
                if name not in item:
                    self.fail(start, f"{what}缺少“{name}”")
            key = self.want(item, "key", str, start, what)
            if not KEY_RE.match(key):
                self.fail(self.where.key("key", start),
                          f"{noun}名“{key}”只能用小写英文字母、数字和下划线，且以字母开头")
            yield start, item, key, f"{noun}“{key}”"

    def optional(self, item: dict, spec, start, what) -> dict:
        """The optional settings of an entry that are present: spec rows (name, type, choices, minimum)."""
        return {name: self.want(item, name, kind, start, what, choices, minimum)
                for name, kind, choices, minimum in spec if name in item}

    def parse_fields(self, items) -> list[Field]:
        result = []
        for start, item, key, what in self.entries(items, "fields", "字段", FIELD_KEYS, ("key", "label")):
            kw = {"key": key, "label": self.want(item, "label", str, start, what)}
            kw.update(self.optional(item, (("span", int, None, 1), ("lines", int, None, 1),
                                           ("kind", str, FIELD_KINDS, None), ("unit", str, None, None),
                                           ("group", str, None, None), ("hidden", bool, None, None)), start, what))
            if "group" in kw and not KEY_RE.match(kw["group"]):
                self.fail(self.where.key("group", start), f"分组名“{kw['group']}”只能用小写英文字母、数字和下划线")
            if "options" in item:
                kw["options"] = self.options(item, start, what)
            if kw.get("kind") == "choice" and not kw.get("options"):
                self.fail(start, f"{what}是选择项（choice），需要 options")
            result.append(Field(**kw))
        return result

    def options(self, item, start, what) -> tuple[str, ...]:
        value = item["options"]
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            self.fail(self.where.key("options", start), f"{what}的 options 应为一组文字，如 [\"是\", \"否\"]")
        return tuple(value)

    def parse_groups(self, data, fields) -> list[Group]:
        if not isinstance(data, dict):
            self.fail(self.where.key("groups"), "字段分组应写成 [groups.分组名] 小节")
        keys = []
        for f in fields:
            if f.group not in keys:
                keys.append(f.group)
        result = []
        for key, item in data.items():
            start = self.where.header(f"groups.{key}")
            if key not in keys:
                self.fail(start, f"分组“{key}”没有任何字段（字段用 group = \"{key}\" 归入分组）")
            if not isinstance(item, dict):
                self.fail(start, f"分组“{key}”应为 [groups.{key}] 小节")
            self.check_keys(item, GROUP_KEYS, f"分组“{key}”", start)
            kw = {}
            if "title" in item:
                kw["title"] = self.want(item, "title", str, start, f"分组“{key}”")
            if "columns" in item:
                kw["columns"] = self.want(item, "columns", int, start, f"分组“{key}”", minimum=1)
            result.append(Group(key, **kw))
        given = {g.key: g for g in result}
        return [given.get(k, Group(k)) for k in keys]

    def parse_tables(self, items) -> list[TableSpec]:
        result = []
        for start, item, key, what in self.entries(items, "tables", "表格", TABLE_KEYS, ("key", "columns")):
            kw = {"key": key}
            kw.update(self.optional(item, (("title", str, None, None), ("blank_rows", int, None, 0),
                                           ("min_rows", int, None, 0), ("row_height", (int, float), None, 4),
                                           ("total_label", str, None, None)), start, what))
            if "row_height" in kw:
                kw["row_height"] = float(kw["row_height"])
            cols = item["columns"]
            col_line = self.where.key("columns", start)
            if not isinstance(cols, list) or not cols:
                self.fail(col_line, f"{what}的 columns 应为一组列，如 [{{ key = \"name\", label = \"名称\" }}]")
            columns = []
            for j, col in enumerate(cols):
                cwhat = f"{what}第 {j + 1} 列"
                if not isinstance(col, dict):
                    self.fail(col_line, f"{cwhat}应写成 {{ key = \"…\", label = \"…\" }}")
                self.check_keys(col, COLUMN_KEYS, cwhat, start)
                for name in ("key", "label"):
                    if name not in col:
                        self.fail(col_line, f"{cwhat}缺少“{name}”")
                ckey = self.want(col, "key", str, start, cwhat)
                if not KEY_RE.match(ckey):
                    self.fail(self.where.value(f'"{ckey}"') or col_line,
                              f"列名“{ckey}”只能用小写英文字母、数字和下划线，且以字母开头")
                cwhat = f"{what}的列“{ckey}”"
                ckw = {"key": ckey, "label": self.want(col, "label", str, start, cwhat)}
                if "width" in col:
                    ckw["width"] = float(self.want(col, "width", (int, float), start, cwhat))
                    if ckw["width"] <= 0:
                        self.fail(self.where.value(f'"{ckey}"') or col_line, f"{cwhat}的宽度 width 应大于 0")
                if "align" in col:
                    ckw["align"] = self.want(col, "align", str, start, cwhat, ALIGNS)
                if "kind" in col:
                    ckw["kind"] = self.want(col, "kind", str, start, cwhat, COLUMN_KINDS)
                if "sum" in col:
                    ckw["sum"] = self.want(col, "sum", bool, start, cwhat)
                if "options" in col:
                    ckw["options"] = self.options(col, start, cwhat)
                if ckw.get("kind") in ("money", "number") and "align" not in col:
                    ckw["align"] = "right"
                if ckw.get("kind") == "index" and "align" not in col:
                    ckw["align"] = "center"
                columns.append(Column(**ckw))
            if len({c.key for c in columns}) != len(columns):
                self.fail(col_line, f"{what}中有重复的列名")
            if "rows" in item:
                kw["rows"] = self.rows(item["rows"], columns, start, what)
            result.append(TableSpec(columns=tuple(columns), **kw))
        return result

    def rows(self, rows, columns, start, what) -> tuple:
        line = self.where.key("rows", start) or start
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            self.fail(line, f"{what}的预设行 rows 应为一组行 [ {{ 列名 = 值 }}, … ]")
        known = {c.key for c in columns}
        for row in rows:
            for col in row:
                if col not in known:
                    bad = self.where.key(col, start) or line
                    self.fail(bad, f"{what}的预设行中的列“{col}”在表格中没有定义"
                                   f"（该表格的列：{'、'.join(c.key for c in columns)}）")
        return tuple(rows)

    def parse_texts(self, items) -> list[TextBlock]:
        result = []
        for start, item, key, what in self.entries(items, "text", "文字段", TEXT_KEYS, ("key",)):
            kw = {"key": key}
            kw.update(self.optional(item, (("title", str, None, None), ("content", str, None, None),
                                           ("lines", int, None, 0), ("indent", bool, None, None),
                                           ("align", str, ALIGNS + ("justify",), None),
                                           ("size", (int, float), None, 6)), start, what))
            result.append(TextBlock(**kw))
        return result

    def parse_sample(self, data, template: Template) -> dict:
        w = self.where
        start = w.header("sample")
        if not isinstance(data, dict):
            self.fail(w.key("sample"), "示例数据应写成 [sample] 小节")
        self.check_keys(data, SAMPLE_KEYS, "示例数据 [sample] ", start)
        fields = data.get("fields", {})
        fstart = w.header("sample.fields") or start
        if not isinstance(fields, dict):
            self.fail(fstart, "示例字段 [sample.fields] 应为“字段名 = 值”")
        for name in fields:
            if template.field(name) is None:
                line = w.key(name, fstart) or w.anywhere(name) or fstart
                known = "、".join(f.key for f in template.fields) or "无"
                self.fail(line, f"示例数据中的字段“{name}”在模板中没有定义（模板的字段：{known}）")
        tables = data.get("tables", {})
        tstart = w.header("sample.tables") or start
        if not isinstance(tables, dict):
            self.fail(tstart, "示例表格 [sample.tables] 应为“表格名 = [ {…}, … ]”")
        for name, rows in tables.items():
            spec = template.table(name)
            if spec is None:
                line = w.key(name, tstart) or w.header(f"sample.tables.{name}") or tstart
                self.fail(line, f"示例数据中的表格“{name}”在模板中没有定义")
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                self.fail(w.key(name, tstart) or tstart, f"示例表格“{name}”应为一组行 [ {{ 列名 = 值 }}, … ]")
            known = {c.key for c in spec.columns}
            for row in rows:
                for col in row:
                    if col not in known:
                        line = w.key(col, tstart) or w.anywhere(col) or tstart
                        self.fail(line, f"示例表格“{name}”中的列“{col}”在模板中没有定义"
                                        f"（该表格的列：{'、'.join(c.key for c in spec.columns)}）")
        texts = data.get("text", {})
        xstart = w.header("sample.text") or start
        if not isinstance(texts, dict):
            self.fail(xstart, "示例文字 [sample.text] 应为“文字段名 = \"…\"”")
        for name, value in texts.items():
            if template.text_block(name) is None:
                self.fail(w.key(name, xstart) or xstart, f"示例数据中的文字段“{name}”在模板中没有定义")
            if not isinstance(value, str):
                self.fail(w.key(name, xstart) or xstart, f"示例文字“{name}”应为文字")
        sigs = data.get("signatures", {})
        if not isinstance(sigs, dict):
            self.fail(w.key("signatures", start) or start, "示例签名应为“签名栏 = 姓名”")
        for name in sigs:
            if name not in template.signatures:
                self.fail(w.value(name) or start, f"示例签名“{name}”不是模板的签名栏")
        if "serial" in data and not isinstance(data["serial"], str):
            self.fail(w.key("serial", start) or start, "示例编号 serial 应为文字")
        return {k: v for k, v in data.items()}


def _kind_name(kind) -> str:
    return {str: "文字（加引号）", int: "整数", float: "数字", bool: "true 或 false", list: "一组值",
            dict: "小节"}.get(kind, str(kind))


def _toml_problem(exc: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    line = getattr(exc, "lineno", None)
    message = getattr(exc, "msg", None) or str(exc)
    if line is None:
        m = re.search(r"line (\d+)", str(exc))
        line = int(m.group(1)) if m else None
    message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
    return line, f"TOML 格式错误（{message}）"


# -- loading and the cache ---------------------------------------------------------------------
_cache: dict[Path, tuple[float, int, Template]] = {}
_cache_lock = threading.Lock()


def parse_template(path: Path | str, key: str | None = None) -> Template:
    """Parse one template file (no cache)."""
    path = Path(path)
    key = key or path.stem
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(path, None, f"无法读取（{exc.strerror or exc}）") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TemplateError(path, line, "文件不是 UTF-8 编码，请用 UTF-8 保存") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, problem = _toml_problem(exc)
        raise TemplateError(path, line, problem) from exc
    return _Parser(key, path, text).parse(data)


def template_file(key: str, folder: Path | None = None) -> Path:
    return Path(folder or forms_dir()) / f"{key}.toml"


def load_template(key: str, folder: Path | None = None) -> Template:
    """The parsed template ``forms/<key>.toml`` (cached until the file changes)."""
    if not KEY_RE.match(key or ""):
        raise NotFound(QT_TRANSLATE_NOOP("desk", "没有这个表单：{key}"), key=key)
    path = template_file(key, folder)
    try:
        stat = path.stat()
    except OSError:
        raise NotFound(QT_TRANSLATE_NOOP("desk", "没有这个表单：{key}"), key=key) from None
    stamp = (stat.st_mtime, stat.st_size)
    with _cache_lock:
        hit = _cache.get(path)
        if hit and (hit[0], hit[1]) == stamp:
            return hit[2]
    template = parse_template(path, key)
    with _cache_lock:
        _cache[path] = (stamp[0], stamp[1], template)
    return template


def list_forms(folder: Path | None = None) -> list[FormInfo]:
    """Every template in ``forms/``, by category then title (a broken one: its file name as title)."""
    result = []
    for path in sorted(Path(folder or forms_dir()).glob("*.toml")):
        try:
            result.append(load_template(path.stem, folder).info)
        except DeskError:
            result.append(FormInfo(path.stem, path.stem, path))

    def order(info: FormInfo):
        rank = CATEGORIES.index(info.category) if info.category in CATEGORIES else len(CATEGORIES)
        return rank, info.category, info.key

    return sorted(result, key=order)
