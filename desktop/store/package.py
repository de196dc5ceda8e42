"""Report packages: one report with its unit profile, indicators and prompts in a single file.

A package is a zip holding package.json ({"format": FORMAT, "version": VERSION, "unit": {...},
"report": {...}}). It is how a clerk hands a draft to the 司法所 or the county collects reports.
Reading validates everything (size, zip, format, version, every field's type) before the store is
touched; import is then one transaction. Revisions and findings are not exported.
"""

from __future__ import annotations

import json
import os
import time
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import APP_TITLE
from desktop.core.model import CLOSING, INTRO, PART_KEYS, Report, UnitProfile
from desktop.store.errors import PackageError
from desktop.store.records import DRAFT, HEADER_FIELDS, STATUSES, UNIT_FIELDS

FORMAT = "report-desk-package"
VERSION = 1
SUFFIX = ".rdpkg"
MEMBER = "package.json"
MAX_FILE_BYTES = 20 * 1024 * 1024  # the package file on disk
MAX_JSON_BYTES = 20 * 1024 * 1024  # package.json once decompressed (zip bombs stop here)
MAX_MEMBERS = 16
MAX_SECTIONS = 500
MAX_INDICATORS = 500
# Field limits: far above any real report (a whole report is some 10,000–50,000 characters; a 2 MB
# paste is ~700,000), far below what would make the store or the window struggle.
MAX_TEXT_CHARS = 2_000_000  # one section's text
MAX_TOTAL_CHARS = 8_000_000  # all texts of the package together
MAX_FIELD_CHARS = 2_000  # titles, headings, names, notes and other one-line fields
MAX_PROMPT_CHARS = 50_000
MAX_NUMBER = 1e12  # indicators are counts, sums of money and percentages; SQLite integers stop at 2**63
PARTS = (*PART_KEYS, INTRO, CLOSING, None)

if TYPE_CHECKING:
    from desktop.store.repo import Store


@dataclass
class Package:
    """A validated package's content."""

    report: Report
    unit: UnitProfile
    status: str = DRAFT
    prompts: dict[str, str] = field(default_factory=dict)
    exported_at: str = ""


def suggested_name(report: Report) -> str:
    """A file name a clerk recognises, e.g. 青龙镇2024年度法治政府建设报告.rdpkg."""
    year = f"{report.year}年度" if report.year else ""
    name = f"{report.unit or '未命名单位'}{year}法治政府建设报告"
    return "".join("_" if c in '\\/:*?"<>|' else c for c in name) + SUFFIX


def export_package(store: Store, report_id: int, path: Path) -> Path:
    """Write report `report_id` with its unit profile, status and prompts to the package `path`."""
    package = Package(
        report=store.reports.load(report_id),
        unit=store.units.of_report(report_id),
        status=store.reports.summary(report_id).status,
        prompts=store.reports.prompts(report_id),
    )
    return write_package(package, path)


def import_package(store: Store, path: Path | Package) -> int:
    """Validate the package at `path` (or take one read_package returned), then store its report as a
    new one (one transaction). The unit profile is added when this store does not know the unit; a
    known profile is kept."""
    package = path if isinstance(path, Package) else read_package(path)
    return store.reports.add(
        package.report, package.status, note="从报告包导入", prompts=package.prompts, unit=package.unit
    )


def package_dict(package: Package) -> dict[str, Any]:
    report = package.report.to_dict()
    report["status"] = package.status
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": package.exported_at or time.strftime("%Y-%m-%dT%H:%M:%S"),
        "unit": asdict(package.unit),
        "report": report,
        "prompts": dict(package.prompts),
    }


def write_package(package: Package, path: Path) -> Path:
    """Write `package` to `path` atomically (temp file in the same folder, then rename)."""
    path = Path(path)
    temp = path.with_name(path.name + ".tmp")
    data = json.dumps(package_dict(package), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MEMBER, data)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise PackageError(
            f"无法写入报告包“{path}”：{exc.strerror or exc}。请换一个文件夹（如桌面）或检查磁盘空间后重试。",
            f"cannot write package: {exc}",
        ) from exc
    return path


def read_package(path: Path) -> Package:
    """Open and fully validate a package file; raises PackageError with what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _bad(f"找不到或无法打开文件“{path.name}”。", f"cannot open: {exc}") from exc
    if size > MAX_FILE_BYTES:
        raise _bad(f"文件过大（{size // 1024 // 1024} MB），不是有效的报告包。", f"file too large: {size}")
    try:
        with zipfile.ZipFile(path) as zf:
            raw = _read_member(zf)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError) as exc:
        raise _bad("文件已损坏或不是报告包（应为“导出报告包”生成的文件）。", f"bad zip: {exc}") from exc
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # ValueError: also a 5000-digit number
        raise _bad("报告包内容已损坏或含有无效的数值，无法读取。", f"bad json: {exc}") from exc
    return parse_package(data)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number a report can hold")


def _read_member(zf: zipfile.ZipFile) -> bytes:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _bad("报告包中的文件过多，不是有效的报告包。", f"{len(infos)} members")
    info = next((i for i in infos if i.filename == MEMBER), None)
    if info is None:
        raise _bad("文件中没有报告内容，不是有效的报告包。", f"no {MEMBER}")
    if info.file_size > MAX_JSON_BYTES:
        raise _bad("报告包内容过大，已拒绝导入。", f"declared size {info.file_size}")
    with zf.open(info) as fh:
        raw = fh.read(MAX_JSON_BYTES + 1)  # never trust the declared size: read at most the limit
    if len(raw) > MAX_JSON_BYTES:
        raise _bad("报告包内容过大，已拒绝导入。", "decompressed size over limit")
    return raw


def parse_package(data: Any) -> Package:
    """Validate the decoded package.json and build its objects."""
    _expect(isinstance(data, dict), "", "an object")
    if data.get("format") != FORMAT:
        raise _bad(f"这不是{APP_TITLE}的报告包。", f"format is {data.get('format')!r}")
    version = data.get("version")
    _expect(
        isinstance(version, int) and not isinstance(version, bool) and version >= 1, "version", "an integer"
    )
    if version > VERSION:
        raise _bad(f"这个报告包由更新版本的{APP_TITLE}导出，请先升级本软件再导入。", f"version {version}")
    _str(data, "exported_at", "")
    unit = _obj(data, "unit")
    for name in UNIT_FIELDS:
        _str(unit, name, "unit", required=name == "name")
    _expect(bool(unit["name"].strip()), "unit.name", "a non-empty name")
    report = _obj(data, "report")
    for name in HEADER_FIELDS:
        if name == "year":
            year = report.get("year")
            _expect(year is None or _is_int(year) and 1900 < year < 3000, "report.year", "a year or null")
        else:
            _str(report, name, "report", required=name in ("title", "unit"))
    status = report.get("status", DRAFT)
    _expect(status in STATUSES, "report.status", f"one of {STATUSES}")
    sections = _list(report, "sections", "report", MAX_SECTIONS)
    keys = set()
    for n, section in enumerate(sections):
        where = f"report.sections[{n}]"
        _expect(isinstance(section, dict), where, "an object")
        _str(section, "key", where, required=True, limit=100)
        _expect(bool(section["key"]) and section["key"] not in keys, f"{where}.key", "a unique key")
        keys.add(section["key"])
        _str(section, "heading", where, required=True)
        _str(section, "text", where, required=True, limit=MAX_TEXT_CHARS)
        _expect(section.get("part") in PARTS, f"{where}.part", f"one of {PARTS}")
        chosen = section.get("part_chosen", False)
        _expect(isinstance(chosen, bool), f"{where}.part_chosen", "true or false")
    indicators = _obj(report, "indicators", "report.")
    _expect(len(indicators) <= MAX_INDICATORS, "report.indicators", f"at most {MAX_INDICATORS} items")
    for key, item in indicators.items():
        where = f"report.indicators.{key}"
        _expect(isinstance(item, dict) and item.get("key") == key, where, "an object with its own key")
        _expect(len(key) <= 100, where, "a key of at most 100 characters")
        for name in ("value", "last_year"):
            value = item.get(name)
            _expect(value is None or _is_number(value), f"{where}.{name}", f"a number within ±{MAX_NUMBER:g}")
        _str(item, "note", where)
    prompts = data.get("prompts", {})
    _expect(isinstance(prompts, dict), "prompts", "an object")
    _expect(all(k in keys for k in prompts), "prompts", "texts by section key")
    for key in prompts:
        _str(prompts, key, "prompts", limit=MAX_PROMPT_CHARS)
    total = sum(len(s["text"]) for s in sections) + sum(len(v) for v in prompts.values())
    _expect(total <= MAX_TOTAL_CHARS, "report", f"at most {MAX_TOTAL_CHARS} characters in all")
    known_report = {f: report.get(f, None if f == "year" else "") for f in HEADER_FIELDS} | {
        "sections": [
            {
                **{f: s.get(f) for f in ("key", "heading", "text", "part")},
                "part_chosen": s.get("part_chosen", False),
            }
            for s in sections
        ],
        "indicators": {
            k: {"key": k, "value": i.get("value"), "last_year": i.get("last_year"), "note": i.get("note", "")}
            for k, i in indicators.items()
        },
    }  # fields a newer version may add are ignored
    return Package(
        report=Report.from_dict(known_report),
        unit=UnitProfile(**{f: unit.get(f, "") for f in UNIT_FIELDS}),
        status=status,
        prompts=dict(prompts),
        exported_at=str(data.get("exported_at", "")),
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    """An int or float within ±MAX_NUMBER (so no NaN, no infinity, nothing SQLite cannot store)."""
    return (
        isinstance(value, (int, float)) and not isinstance(value, bool) and -MAX_NUMBER <= value <= MAX_NUMBER
    )


def _obj(data: dict, name: str, prefix: str = "") -> dict:
    _expect(name in data, f"{prefix}{name}", "present")
    _expect(isinstance(data[name], dict), f"{prefix}{name}", "an object")
    return data[name]


def _list(data: dict, name: str, prefix: str, limit: int) -> list:
    where = f"{prefix}.{name}"
    _expect(name in data, where, "present")
    _expect(isinstance(data[name], list), where, "a list")
    _expect(len(data[name]) <= limit, where, f"at most {limit} items")
    return data[name]


def _str(data: dict, name: str, prefix: str, required: bool = False, limit: int = MAX_FIELD_CHARS) -> None:
    """`data[name]`, when present, is a text of at most `limit` characters, valid Unicode (no lone
    surrogates such as a JSON "\\ud800", which SQLite cannot store)."""
    where = f"{prefix}.{name}" if prefix else name
    if name not in data:
        _expect(not required, where, "present")
        return
    value = data[name]
    _expect(isinstance(value, str), where, "a text")
    _expect(len(value) <= limit, where, f"a text of at most {limit} characters, not {len(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _bad(
            f"报告包内容有误（{where} 含有无效字符），已拒绝导入，报告库未作任何改动。", f"{where}: {exc}"
        ) from exc


def _expect(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise _bad(
            f"报告包内容不完整或有误（{where or '整体'}），已拒绝导入，报告库未作任何改动。",
            f"{where}: expected {what}",
        )


def _bad(message: str, english: str) -> PackageError:
    return PackageError(message, english)
