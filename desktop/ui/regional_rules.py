"""The county's own rule data on this PC (设置 ▸ 地区规则): the TOML files of a folder merged over the bundled
rules (README, "Regional rule data"), for the live checklist as for `check --rules DIR`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.checker import Checker

SETTING = "check/rules"  # the folder, or empty for the bundled rules
log = logging.getLogger(__name__)


def chosen_folder(settings) -> str:
    """The folder chosen in Settings ("" for the bundled rules, or without settings)."""
    return str(settings.value(SETTING, "") or "") if settings is not None else ""


def regional_checker(folder: str | None) -> tuple[Checker, str | None]:
    """A checker with the folder's rule data, and None; or a checker with the bundled rules and a Chinese
    message saying why the folder could not be used."""
    from desktop.core.checker import Checker  # the rules load with the editor page, not at start
    from desktop.core.rule_data import RuleDataError, load_rule_data

    if not folder:
        return Checker(), None
    try:
        return Checker(rules=load_rule_data(Path(folder))), None
    except RuleDataError as exc:
        log.warning("regional rules %s not used: %s", folder, exc.message)
        return Checker(), f"地区规则“{folder}”未能使用，仍按内置规则检查：{exc.message}"
