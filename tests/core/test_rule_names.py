"""Each rule family names its own rules (NAMES in its module): every id the checker can emit has a Chinese name."""

from __future__ import annotations

from pathlib import Path

from desktop.core.checker import DEFAULT_FAMILIES, Checker
from desktop.core.model import PART_KEYS
from desktop.core.parser import parse_text
from desktop.core.rule_data import bundled_rules
from desktop.core.rule_names import rule_name

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data").glob("*.txt"))


def test_every_family_names_its_rules_with_its_own_ids():
    for family in DEFAULT_FAMILIES:
        assert family.NAMES, family.__name__
        for fid, name in family.NAMES.items():
            assert name and not name.isascii(), (family.__name__, fid)


def test_every_id_the_checker_emits_has_a_chinese_name():
    data = bundled_rules()
    ids = {f.id for seed in SEEDS for f in Checker().check(parse_text(seed.read_text(encoding="utf-8")))}
    ids |= {f"part.{key}" for key in PART_KEYS} | {"meta.deadline", "privacy.phone", "privacy.id_number"}
    ids |= {f"coverage.{area['key']}" for area in data["coverage"]["areas"]}
    ids |= {f"first_responsible.{key}" for key in data["structure"]["first_responsible"]["depth"]}
    assert len(ids) > 30
    for fid in sorted(ids):
        assert not rule_name(fid).isascii(), fid
    assert rule_name("part.shortcomings") == "缺少必备部分：存在的不足和原因"
    assert rule_name("coverage.digital") == "纲要任务覆盖"
    assert rule_name("first_responsible.court_appearance") == "第一责任人履职要素"
