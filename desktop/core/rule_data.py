"""The rule data a checker reads: resources/rules/*.toml, optionally with a region's folder merged over it.

A rule family never loads data itself: the checker hands it `ctx.rules` (a RuleData), so two checkers built
with different data give different findings in one process. A region's folder holds TOML files named like the
bundled ones (lang_typo.toml, carryover.toml …) and carries only what differs: tables are merged key by key,
an array of tables ([[pair]], [[term]], [[campaigns]] …) gets the region's entries appended, any other value
(a number, a word list) is replaced. The README ("Regional rule data") says the same for users.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.resources import read_toml, resources_dir

T = TypeVar("T")


class RuleDataError(ValueError):
    """A region's rule folder that cannot be used; `message` is for the user (Chinese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`base` with `over` merged in (a new dict; neither argument is changed)."""
    out = dict(base)
    for key, value in over.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge(old, value)
        elif _table_array(old) and _table_array(value):
            out[key] = [*old, *copy.deepcopy(value)]
        else:
            out[key] = copy.deepcopy(value)
    return out


def _table_array(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


class RuleData:
    """Rule tables by name (`data["structure"]`), read from the bundled folder once, on first use, with the
    region's tables merged over them. Treat the tables as read-only: they are shared by every rule.

    `derived(build)` keeps what is computed from the data (compiled patterns, settings) with the data, so a
    fresh checker on the same RuleData pays nothing for it and other data never sees a stale copy."""

    def __init__(self, folder: Path, region: Path | None = None) -> None:
        self.folder = folder
        self.region = region
        self._overlay: dict[str, dict[str, Any]] = _region_tables(folder, region) if region else {}
        self._tables: dict[str, dict[str, Any]] = {}
        self._derived: dict[Callable[..., Any], Any] = {}

    def __getitem__(self, name: str) -> dict[str, Any]:
        table = self._tables.get(name)
        if table is None:
            table = read_toml(self.folder / f"{name}.toml")
            if name in self._overlay:
                table = merge(table, self._overlay[name])
            self._tables[name] = table
        return table

    def derived(self, build: Callable[[RuleData], T]) -> T:
        """`build(self)`, computed once per RuleData (keyed by the function)."""
        try:
            return self._derived[build]
        except KeyError:
            value = self._derived[build] = build(self)
            return value

    def __repr__(self) -> str:
        return f"RuleData({self.folder}" + (f", region={self.region})" if self.region else ")")


def _region_tables(folder: Path, region: Path) -> dict[str, dict[str, Any]]:
    """The region's TOML files, parsed now so a mistake is reported when the data is chosen, not mid-check."""
    if not region.is_dir():
        raise RuleDataError(f"找不到地区规则文件夹：{region}")
    known = sorted(p.stem for p in folder.glob("*.toml"))
    out = {}
    for path in sorted(region.glob("*.toml")):
        if path.stem not in known:
            names = "、".join(f"{k}.toml" for k in known)
            raise RuleDataError(f"地区规则文件 {path.name} 没有对应的内置规则（文件名应为 {names} 之一）。")
        try:
            out[path.stem] = read_toml(path)
        except (OSError, ValueError) as exc:  # ValueError: not UTF-8 (UnicodeDecodeError) or not TOML
            raise RuleDataError(f"地区规则文件 {path.name} 无法读取：{exc}") from exc
    return out


@functools.cache
def bundled_rules() -> RuleData:
    """The rule data shipped in resources/rules (one per process; what Checker() uses by default)."""
    return RuleData(resources_dir() / "rules")


def load_rule_data(region: Path | None = None) -> RuleData:
    """The bundled rule data, or with the TOML files of the `region` folder merged over it."""
    if region is None:
        return bundled_rules()
    return RuleData(resources_dir() / "rules", Path(region))
