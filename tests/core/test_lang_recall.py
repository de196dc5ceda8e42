"""Language recall on real text, precision first: doubled words found from the characters, 公文 confusions in the
context that makes them wrong (and not elsewhere), half-width marks beside Chinese brackets and book-title marks."""

from __future__ import annotations

import pytest

from desktop.core.checker import Checker
from desktop.core.rules.lang_families import LANGUAGE_FAMILIES
from tests.builders import make_report, make_section


def found(text: str, fid: str) -> list[tuple[str, str]]:
    report = make_report(make_section(text, heading="一、主要举措和成效"))
    return [(f.quote, f.suggestion) for f in Checker(LANGUAGE_FAMILIES).check(report) if f.id == fid]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("全面落实落实行政执法三项制度。", "落实落实"),  # jieba glues 全面落实: found from the characters
        ("我镇认真认真开展普法宣传活动。", "认真认真"),
        ("重点抓好法治宣传、法治宣传工作。", "法治宣传、法治宣传"),
        ("开展了普法宣传、普法宣传活动。", "普法宣传、普法宣传"),
        ("坚持依法决策、依法决策，", "依法决策、依法决策"),
    ],
)
def test_doubled_words(text, quote):
    assert [q for q, _ in found(text, "lang.duplicate")] == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "树立法律大于权力、权力服从法律的观念。",
        "建设公共法律服务、法律服务所一体化平台。",
        "要学习、学习、再学习。",
        "请各村研究研究具体办法。",
        "十一十一月份",
        "家家户户、实实在在、层层落实。",
    ],
)
def test_repetition_that_is_not_a_slip(text):
    assert found(text, "lang.duplicate") == []


@pytest.mark.parametrize(
    ("text", "quote", "right"),
    [
        ("截止目前，全镇调解纠纷126件。", "截止", "截至"),
        ("截止2024年底，办结率100%。", "截止", "截至"),
        ("申报截至日期为3月31日。", "截至", "截止"),
        ("即要抓好普法宣传，又要做好矛盾化解。", "即", "既"),
        ("及时向县司法局如实反应情况。", "反应", "反映"),
        ("认真处理群众反应问题。", "反应", "反映"),
        ("与律师事务所签定法律顾问合同。", "签定", "签订"),
        ("建立矛盾纠纷排查台帐。", "帐", "账"),
        ("配合县检查院开展公益诉讼。", "检查院", "检察院"),
        ("精减审批环节。", "精减", "精简"),
        ("必需加强领导干部学法。", "必需", "必须"),
        ("公布权利清单和责任清单。", "权利", "权力"),
        ("加快建设法制政府。", "法制政府", "法治政府"),
        ("执法纪律松驰。", "松驰", "松弛"),
    ],
)
def test_confusions_in_the_context_that_makes_them_wrong(text, quote, right):
    assert (quote, right) in found(text, "lang.typo")


@pytest.mark.parametrize(
    "text",
    [
        "截止到2024年底，办结率100%。",
        "申报截止日期为3月31日。",
        "即将开展专项行动，即日起施行。",
        "群众反应强烈，化学反应。",
        "搭建帐篷12顶，发放蚊帐。",
        "依法精减人员编制。",
        "保障生活必需品供应，这是必需的。",
        "依法保障群众合法权利。",
        "严格执法检查，配合检察院工作。",
    ],
)
def test_the_same_words_elsewhere_pass(text):
    assert found(text, "lang.typo") == []


@pytest.mark.parametrize(
    ("text", "quote", "right"),
    [
        ("按照《条例》,要求各村落实。", ",", "，"),
        ("落实“谁执法谁普法”,推进普法。", ",", "，"),
        ("提出要求:“依法办事”。", ":", "："),
        ("深入学习《宪法》.", ".", "。"),
        ('开展"法律明白人"培训。', '"法律明白人"', "“法律明白人”"),
    ],
)
def test_half_width_marks_beside_chinese_brackets(text, quote, right):
    assert (quote, right) in found(text, "lang.punctuation")


@pytest.mark.parametrize(
    "text", ["1.会前学法。", "审查率达98.5%。", "网址为www.example.cn。", "GB/T 9704-2012"]
)
def test_numbers_and_addresses_keep_their_marks(text):
    assert found(text, "lang.punctuation") == []
