"""Window geometry (issue 17 point 3): the first window fits 1024×768, a window remembered on a larger
screen is clamped, panels keep readable widths at font size 12, the checklist stays on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from desktop.ui.fonts import apply_app_font
from desktop.ui.geometry import clamped, first_geometry, panel_minimums
from tests.ui_helpers import stored_window, wait_until

SMALL = QRect(0, 0, 1024, 768)


@pytest.fixture
def font_12():
    app = QApplication.instance()
    before = app.font().pointSize()
    apply_app_font(app, 12)
    yield
    apply_app_font(app, before)


def inside(rect: QRect, area: QRect) -> bool:
    return area.contains(rect.topLeft()) and area.contains(rect.bottomRight())


def test_first_and_clamped_geometry_fit_the_screen():
    assert first_geometry(QRect(0, 0, 1920, 1050)).size().toTuple() == (1366, 740)
    assert inside(first_geometry(SMALL), SMALL)
    remembered = QRect(100, 20, 1366, 740)  # saved on a 1366×768 screen
    assert clamped(remembered, SMALL) == QRect(0, 20, 1024, 740)
    assert clamped(QRect(900, 700, 200, 90), SMALL) == first_geometry(SMALL)  # tiny: start over


def test_window_at_1024_with_font_12_keeps_every_panel_readable(qtbot, tmp_path, font_12):
    with stored_window(qtbot, tmp_path) as window:
        window.settings.setValue("window/geometry", window.saveGeometry())
        window.restore_layout(SMALL)
        assert inside(window.geometry(), SMALL)
        window.create_report("青龙镇", 2024)
        assert window.minimumSizeHint().width() <= SMALL.width()
        window.resize(SMALL.size())
        page = window.editor_page
        wait_until(qtbot, lambda: page.checklist.width() > 0 and page.checklist.isVisible())
        for panel, minimum in zip(
            (page.navigator, page.centre, page.checklist), panel_minimums(), strict=True
        ):
            assert panel.width() >= minimum >= 10 * 16  # 12 pt: at least ten characters wide
        right = page.checklist.mapTo(window, QPoint(page.checklist.width(), 0)).x()
        assert right <= window.width()  # the checklist is on screen, not cut off on the right


def test_a_squeezed_checklist_is_given_back_its_width(qtbot, tmp_path):
    with stored_window(qtbot, tmp_path) as window:
        window.create_report("青龙镇", 2024)
        splitter = window.editor_page.splitter
        splitter.setChildrenCollapsible(True)
        splitter.setSizes([300, 1000, 0])  # as an old version could leave it
        window.save_layout()
    with stored_window(qtbot, tmp_path) as again:
        again.create_report("青龙镇", 2024)
        sizes = again.editor_page.splitter.sizes()
        assert sizes[2] >= panel_minimums()[2]


def test_menus_leave_room_for_mnemonics_at_font_12(qtbot, tmp_path, font_12):
    """Fusion elides "单位信息(&U)…" counting the '&': each menu is widened by it before it shows."""
    from PySide6.QtGui import QFontMetrics

    with stored_window(qtbot, tmp_path) as window:
        for menu in window.actions.menus:
            menu.aboutToShow.emit()
            slack = QFontMetrics(menu.font()).horizontalAdvance("&&")
            assert menu.minimumWidth() >= menu.sizeHint().width() + slack - 1
