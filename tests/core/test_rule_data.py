"""Rule data through the checker: a checker built with a region's rule folder gives that region's findings,
one file of resources/rules at a time, while the default checker in the same process keeps the bundled ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.core.checker import Checker
from desktop.core.model import Report
from desktop.core.rule_data import RuleDataError, bundled_rules, load_rule_data, merge
from desktop.core.template import load_template

RULES = Path(__file__).resolve().parents[2] / "desktop" / "core" / "rules"


def report(measures: str, year: int = 2024, date: str = "") -> Report:
    r = load_template().new_report("青山镇", year)
    r.section("measures").text = measures
    r.date = date
    return r


def region(tmp_path: Path, name: str, toml: str) -> Path:
    folder = tmp_path / "region"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.toml").write_text(toml, encoding="utf-8")
    return folder


# (rule file, what the region's file says, the report, a finding it adds (+) or removes (-), its quote or "")
CASES = [
    (
        "lang_typo",
        '[[pair]]\nwrong = "河长治"\nright = "河长制"\nconfidence = "sure"\nsource = "test"\n',
        report("全面落实河长治，开展巡河12次。"),
        "+lang.typo",
        "河长治",
    ),
    (  # a level-dependent pair runs in check_report, not in the section rule
        "lang_typo",
        '[[pair]]\nwrong = "全乡"\nright = "全镇"\nconfidence = "sure"\nlevel = "镇"\nsource = "test"\n',
        report("全乡开展普法宣传12场。"),
        "+lang.typo",
        "全乡",
    ),
    (
        "lang_outdated",
        '[[term]]\npattern = "县委十四届"\nfrom_year = 2020\nmessage = "县委已换届。"\n',
        report("深入学习县委十四届全会精神。"),
        "+lang.outdated",
        "县委十四届",
    ),
    (
        "lang_formulation",
        '[[variant]]\nwrong = "三治合一"\nright = "自治、法治、德治相结合"\n',
        report("推进三治合一的乡村治理体系建设。"),
        "+lang.formulation",
        "三治合一",
    ),
    (
        "lang_stray",
        '[translate]\nthen = "然后"\n',
        report("先张贴资料then开展讲座。"),
        "~lang.stray",
        "中文正文中夹有英文“then”，应为“然后”。",
    ),
    (
        "lang_duplicate",
        "reduplicated = []\n",
        report("班子成员研究研究重大事项。"),
        "+lang.duplicate",
        "研究研究",
    ),
    (
        "carryover",
        '[[campaigns]]\nname = "护河专项行动"\nyear = 2023\n',
        report("深入开展护河专项行动，巡河12次。"),
        "+carryover.campaign",
        "深入开展护河专项行动",
    ),
    (
        "coverage",
        '[[areas]]\nkey = "river"\nlabel = "河湖长制"\nwords = ["河长"]\n',
        report("开展普法宣传12场。"),
        "+coverage.river",
        "",
    ),
    (
        "quantity",
        "min_chars = 8\n",
        report("组织干部学习法律法规，提升依法行政能力。"),
        "+quant.no_figures",
        "组织干部学习法律法规，提升依法行政能力。",
    ),
    (
        "structure",
        "[dates]\npublish_by_month = 1\npublish_by_day = 10\n",
        report("开展普法宣传12场。", date="2025-01-21"),
        "+meta.deadline",
        "",
    ),
    (  # core/privacy.py through the section rule
        "structure",
        '[privacy]\nlandline = "内线\\\\d{4}"\n',
        report("咨询电话：内线8123。"),
        "+privacy.phone",
        "内线8123",
    ),
    (  # core/parts.py: the sub-heading phrases that make a part
        "structure",
        '[nested]\nshortcomings = ["短板弱项"]\n',
        report("开展普法宣传12场。\n（五）短板弱项\n工作力量薄弱，主要原因是人员少。"),
        "+part.nested_shortcomings",
        "（五）短板弱项",
    ),
    (
        "years",
        "[dates]\nearliest_month = 1\n",
        report("开展普法宣传12场。", date="2024-11-20"),
        "-meta.year_date",
        "",
    ),
]


def texts(findings, fid: str) -> list[str]:
    return [f.message if fid == "lang.stray" else f.quote for f in findings if f.id == fid]


@pytest.mark.parametrize(("name", "toml", "the_report", "change", "quote"), CASES, ids=[c[3] for c in CASES])
def test_a_region_folder_changes_the_findings(tmp_path, name, toml, the_report, change, quote):
    regional = Checker(rules=load_rule_data(region(tmp_path, name, toml)))
    default = Checker()
    before, after = default.check(the_report), regional.check(the_report)
    fid = change[1:]
    if change[0] == "-":
        before, after = after, before
    assert quote not in texts(before, fid) if quote else fid not in [f.id for f in before]
    assert quote in texts(after, fid) if quote else fid in [f.id for f in after]
    assert [f.to_dict() for f in Checker().check(the_report)] == [
        f.to_dict() for f in default.check(the_report)
    ]


def test_every_rule_file_can_be_changed_by_a_region():
    assert {c[0] for c in CASES} == {p.stem for p in bundled_rules().folder.glob("*.toml")}


def test_merge_appends_table_arrays_and_replaces_values():
    base = {"pair": [{"wrong": "a"}], "settings": {"on": False, "n": 1}, "words": ["x"], "n": 3}
    over = {"pair": [{"wrong": "b"}], "settings": {"on": True}, "words": ["y"]}
    assert merge(base, over) == {
        "pair": [{"wrong": "a"}, {"wrong": "b"}],
        "settings": {"on": True, "n": 1},
        "words": ["y"],
        "n": 3,
    }
    assert base["pair"] == [{"wrong": "a"}] and base["settings"] == {"on": False, "n": 1}


@pytest.mark.parametrize(
    ("files", "says"),
    [
        ({"lang_typos.toml": "x = 1\n"}, "没有对应的内置规则"),
        ({"lang_typo.toml": "[[pair]\n"}, "无法读取"),
        (None, "找不到地区规则文件夹"),
    ],
)
def test_an_unusable_region_folder_is_refused_with_a_reason(tmp_path, files, says):
    folder = tmp_path / "region"
    if files is not None:
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(RuleDataError, match=says):
        load_rule_data(folder)


def test_no_rule_module_loads_or_caches_rule_data():
    """Rule data reaches a rule only through its context: no loader import, no process cache in core/rules."""
    banned_imports = {"desktop.core.resources", "functools"}
    banned_names = {"bundled_rules", "load_rule_data", "load_toml", "lru_cache", "cache"}
    for path in sorted(RULES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.module not in banned_imports, path.name
                assert not banned_names & {a.name for a in node.names}, path.name
            elif isinstance(node, ast.Import):
                assert not banned_imports & {a.name for a in node.names}, path.name
