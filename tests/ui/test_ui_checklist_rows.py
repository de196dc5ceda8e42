"""A quieter checklist (issue 17 point 2): identical findings in one row with a count that F8 and clicks
walk through, the coverage advice of a part in one row, F8 errors → warnings → 建议, a filter that hides
建议, and rows that never overlap or clip at font size 12 in a narrow panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from desktop.core.parser import parse_text
from desktop.ui.checklist_panel import ROW_ROLE
from desktop.ui.fonts import apply_app_font
from desktop.ui.wrap_delegate import PADDING
from tests.ui_helpers import click_item, wait_until

TEXT = (
    "关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n"
    "组织(社区)干部学法。走访(社区)群众。服务(社区)居民。联系(社区)网格。\n"
    "二、存在的不足和原因\n由于人手少。"
)


def open_text(qtbot, window, text=TEXT):
    window.open_stored(window.store.reports.add(parse_text(text)))
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy)
    return page.checklist, page


def row_of(checklist, item):
    return checklist.rows[item.data(0, ROW_ROLE)]


def test_identical_findings_share_a_row_and_clicks_cycle_through_them(qtbot, window):
    checklist, page = open_text(qtbot, window)
    brackets = [i for i in checklist.items() if row_of(checklist, i).findings[0].id == "lang.punctuation"]
    assert len(brackets) == 1 and row_of(checklist, brackets[0]).count == 4
    assert brackets[0].text(0).endswith("(4 places)")
    starts = []
    for _ in range(5):
        click_item(qtbot, checklist.tree, brackets[0])
        assert page.editor.text.textCursor().selectedText() == "(社区)"
        starts.append(page.editor.text.textCursor().selectionStart())
    assert starts[:4] == sorted(set(starts[:4])) and starts[4] == starts[0]  # four places, then round again
    assert "4" in checklist.detail.text()


def test_coverage_advice_is_one_row_per_part(qtbot, window):
    checklist, _page = open_text(qtbot, window)
    coverage = [i for i in checklist.items() if row_of(checklist, i).findings[0].id.startswith("coverage.")]
    assert len(coverage) == 1
    row = row_of(checklist, coverage[0])
    assert row.count == sum(f.id.startswith("coverage.") for f in checklist.findings) >= 5
    assert "重大行政决策" in coverage[0].text(0) and "（" not in coverage[0].text(0).split(":")[1][:20]


def test_f8_walks_errors_then_warnings_then_advice_and_advice_can_be_hidden(qtbot, window):
    checklist, _page = open_text(qtbot, window)
    seen = []
    total = sum(row.count for row in checklist.rows)
    for _ in range(total):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        seen.append(checklist.tree.currentItem().data(0, Qt.ItemDataRole.UserRole).severity)
    rank = {"error": 0, "warning": 1, "info": 2}
    assert (
        [rank[s] for s in seen] == sorted(rank[s] for s in seen) and seen[0] == "error" and seen[-1] == "info"
    )
    qtbot.mouseClick(
        checklist.hide_advice, Qt.MouseButton.LeftButton, pos=checklist.hide_advice.rect().center()
    )
    assert checklist.hide_advice.isChecked()
    assert checklist.items() and all(row_of(checklist, i).severity != "info" for i in checklist.items())
    for _ in range(len(checklist.items()) + 2):
        qtbot.keyClick(window, Qt.Key.Key_F8)
        assert checklist.tree.currentItem().data(0, Qt.ItemDataRole.UserRole).severity != "info"
    assert window.settings.value("checklist/hide_advice") in (True, "true")  # remembered for the next start
    checklist.hide_advice.setChecked(False)
    assert any(row_of(checklist, i).severity == "info" for i in checklist.items())


def painted_text_overflow(tree, item) -> int:
    """How many pixels the wrapped text needs beyond the box the delegate paints it in (0 when it fits).

    The box is the one paint() uses: the style's text rectangle of the row's real visual rectangle, with the
    item's own font; the text is laid out there exactly as drawText lays it out."""
    index = tree.indexFromItem(item)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualItemRect(item)
    delegate = tree.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    box = box.adjusted(PADDING, 0, -PADDING, 0)
    needed = QFontMetrics(option.font).boundingRect(
        QRect(0, 0, box.width(), 100_000), int(Qt.TextFlag.TextWordWrap), item.text(0)
    )
    return max(needed.height() - box.height(), 0)


@pytest.mark.parametrize("size", [12, 16])
def test_rows_never_overlap_or_clip(qtbot, window, seed_text, size):
    """The font grows while the checklist is shown (as Settings does): every row is measured again, and
    each row's text fits in the box it is painted in."""
    app = QApplication.instance()
    before = app.font().pointSize()
    checklist, page = open_text(qtbot, window, seed_text("004"))
    page.splitter.setSizes([200, 400, 260])
    tree = checklist.tree
    wait_until(qtbot, lambda: 200 <= tree.viewport().width() <= 320)
    qtbot.wait(20)
    apply_app_font(app, size)
    try:
        qtbot.wait(50)
        assert tree.font().pointSize() == size
        items = checklist.items()
        assert len(items) >= 5
        for item in items:
            tree.scrollToItem(item)
            assert painted_text_overflow(tree, item) == 0, item.text(0)
        tree.scrollToTop()
        tops = [tree.visualItemRect(i) for i in items]
        for upper, lower in zip(tops, tops[1:], strict=False):
            if upper.isValid() and lower.isValid() and upper.x() == lower.x():
                assert not upper.intersects(lower)
    finally:
        apply_app_font(app, before)
