"""The clerk fixes the structure in the real window (real store, widgets driven, no mocks): a whole report
pasted into one part is split after a preview, a section's part is set (part bar and navigator menu), sections
are added, deleted, split, merged and moved, 六、… typed in a part becomes a section — and all of it is
saved, survives re-checks and re-opening, and can be undone."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import app_settings
from tests.ui_helpers import checklist_ids, ime_type, shown_dialog, wait_until


def open_new(qtbot, window):
    """A fresh template report of 2024, opened, first check done."""
    report_id = window.create_report("青龙镇", 2024)
    page = window.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy)
    return report_id, page


def settled(qtbot, page):
    wait_until(qtbot, lambda: not page.live.busy)
    return set(checklist_ids(page.checklist))


def menu_action(page, key, name, at_cursor=False):
    menu = page._fill_structure_menu(QMenu(page), key, at_cursor)
    found = [a for a in menu.findChildren(type(menu.menuAction())) if a.objectName() == f"struct_{name}"]
    assert found, name
    return found[0]


def reopen(qtbot, window, tmp_path, report_id):
    """Close the window and the store, open both again, open the report: what the clerk sees tomorrow."""
    window.close()
    window.store.close()
    store = Store.open(tmp_path / "data", backup_on_open=False)
    again = MainWindow(store, settings=app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    again.show()
    again.open_stored(report_id)
    page = again.editor_page
    wait_until(qtbot, lambda: bool(page.checklist.findings) and not page.live.busy)
    return again, page


def test_a_whole_report_pasted_into_one_part_is_split_after_the_preview(qtbot, window, tmp_path, seed_text):
    report_id, page = open_new(qtbot, window)
    before = settled(qtbot, page)
    assert {"part.shortcomings", "part.next_year", "part.first_responsible"} <= before
    page.show_section("measures")
    mime = QMimeData()
    mime.setText(seed_text("000"))
    page.editor.text.insertFromMimeData(mime)
    dialog = shown_dialog(window, "splitPreview")
    assert dialog is not None and dialog.isVisible() and page.editor.text.toPlainText() == ""
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert rows[1].startswith("一、始终坚持党建统揽") and rows[4] == "四、存在的不足"
    assert [c.part() for c in dialog.combos] == ["intro", "measures", "measures", "measures", "shortcomings",
                                                 "next_year"]  # fmt: skip
    # The clerk says the first section (党政同责, 第一责任人职责) is part 三.
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("first_responsible"))
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    report = page.report
    wait_until(qtbot, lambda: "part.shortcomings" not in checklist_ids(page.checklist) and not page.live.busy)
    after = set(checklist_ids(page.checklist))
    assert not {"part.shortcomings", "part.next_year", "part.first_responsible"} & after
    assert "first_responsible.not_dedicated" not in after  # the clerk's part 三 counts as part 三
    responsible = report.sections_of("first_responsible")
    assert [s.heading[:6] for s in responsible] == ["一、始终坚持"] and responsible[0].part_chosen
    assert report.section("intro").text.startswith("石塘镇人民政府")
    labels = [page.navigator.topLevelItem(i).text(0) for i in range(page.navigator.topLevelItemCount())]
    assert any(label.startswith("〔三〕一、始终坚持") for label in labels)
    # Undo puts the template back (one step), redo by splitting again is not needed for the clerk.
    window.actions["undo"].trigger()
    assert not any(s.text for s in report.sections) and report.section(
        "first_responsible"
    ).heading.startswith("三")
    window.actions["undo"].trigger()  # nothing more to undo in the structure: the text undo is harmless
    page.editor.text.insertFromMimeData(mime)
    dialog = shown_dialog(window, "splitPreview")
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("first_responsible"))
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    window.save_now()
    again, page2 = reopen(qtbot, window, tmp_path, report_id)
    stored = page2.report
    assert [(s.heading, s.part, s.part_chosen) for s in stored.sections] == [
        (s.heading, s.part, s.part_chosen) for s in page.report.sections
    ]
    assert "first_responsible.not_dedicated" not in settled(qtbot, page2)
    again.close()
    again.store.close()


def test_a_one_line_web_paste_is_offered_the_split_and_can_go_in_as_it_is(qtbot, window, seed_text):
    _rid, page = open_new(qtbot, window)
    page.show_section("other")
    page.editor.text.insertPlainText("已有的一句。")
    one_line = "".join(line.strip() for line in seed_text("001").splitlines())
    mime = QMimeData()
    mime.setText(one_line)
    page.editor.text.insertFromMimeData(mime)
    dialog = shown_dialog(window, "splitPreview")
    assert dialog.isVisible() and {"measures", "shortcomings", "next_year"} <= {
        c.part() for c in dialog.combos
    }
    qtbot.mouseClick(dialog.as_is_button, Qt.MouseButton.LeftButton)  # the clerk wants it here as it is
    text = page.report.section("other").text
    assert text.startswith("已有的一句。") and len(text) > len(one_line) // 2
    assert [s.key for s in page.report.sections] == ["intro", "measures", "shortcomings", "first_responsible",
                                                     "next_year", "other"]  # fmt: skip


def test_a_paste_that_is_no_whole_report_goes_in_as_text(qtbot, window):
    _rid, page = open_new(qtbot, window)
    page.show_section("measures")
    mime = QMimeData()
    mime.setText("（一）依法决策。审查合同3件。\n（二）严格执法。办理案件5件。")
    page.editor.text.insertFromMimeData(mime)
    assert shown_dialog(window, "splitPreview") is None
    assert (
        page.report.section("measures").text == "（一）依法决策。审查合同3件。\n（二）严格执法。办理案件5件。"
    )


def test_set_part_in_the_part_bar_and_the_navigator_menu_survives_rechecks_and_reopening(
    qtbot, window, tmp_path
):
    report_id, page = open_new(qtbot, window)
    key = page.structure.add_after("measures")
    page.editor.heading.setFocus()
    ime_type(page.editor.heading, "三、加强组织领导")
    ime_type(
        page.editor.text, "镇党委书记带头履行推进法治建设第一责任人职责，专题研究法治建设4次，年终述法。"
    )
    page.structure.delete("first_responsible")  # the template's own part 三 goes; ours must count instead
    assert "first_responsible.not_dedicated" in settled(qtbot, page)  # "只在其他部分顺带提及"
    page.show_section(key)
    combo = page.part_bar.combo
    index = combo.findData("first_responsible")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what Qt emits when the clerk picks an entry
    wait_until(
        qtbot,
        lambda: "first_responsible.not_dedicated" not in checklist_ids(page.checklist) and not page.live.busy,
    )
    assert "part.first_responsible" not in checklist_ids(page.checklist)
    assert page.report.section(key).part_chosen and page.part_bar.chosen
    window.actions["check_now"].trigger()  # a re-check keeps it
    assert not {"part.first_responsible", "first_responsible.not_dedicated"} & settled(qtbot, page)
    # The navigator's context menu does the same for another section (and shows a tick on the part).
    page.navigator.customContextMenuRequested.emit(page.navigator.visualItemRect(
        page.navigator.item_for_key("other")).center())  # fmt: skip
    menu = page.navigator_menu
    assert menu.isVisible()
    part_menu = next(
        a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "struct_part_menu"
    )
    next(a for a in part_menu.actions() if a.objectName() == "struct_part_next_year").trigger()
    menu.close()
    assert page.report.section("other").part == "next_year"
    wait_until(qtbot, lambda: "part.other" in checklist_ids(page.checklist) and not page.live.busy)
    window.save_now()
    again, page2 = reopen(qtbot, window, tmp_path, report_id)
    assert (page2.report.section(key).part, page2.report.section(key).part_chosen) == (
        "first_responsible",
        True,
    )
    assert page2.report.section("other").part == "next_year"
    ids = settled(qtbot, page2)
    assert not {"part.first_responsible", "first_responsible.not_dedicated"} & ids and "part.other" in ids
    again.close()
    again.store.close()


def test_add_delete_split_merge_move_and_restore_with_undo(qtbot, window, tmp_path):
    report_id, page = open_new(qtbot, window)
    report = page.report
    page.show_section("measures")
    ime_type(page.editor.text, "（一）依法决策。审查合同3件。\n（二）严格执法。办理案件5件。")
    keys = lambda: [s.key for s in report.sections]  # noqa: E731
    # Split at the cursor: the line there becomes the new section's heading.
    cursor = page.editor.text.textCursor()
    cursor.setPosition(page.editor.text.toPlainText().index("（二）") + 2)
    page.editor.text.setTextCursor(cursor)
    menu_action(page, "measures", "split", at_cursor=True).trigger()
    new = keys()[2]
    assert report.section(new).heading == "（二）严格执法。办理案件5件。" and page.current_key == new
    assert report.section("measures").text == "（一）依法决策。审查合同3件。"
    # Merge it back, then undo the merge.
    menu_action(page, "measures", "merge").trigger()
    assert new not in keys() and "（二）严格执法" in report.section("measures").text
    window.actions["undo"].trigger()
    assert new in keys() and report.section("measures").text == "（一）依法决策。审查合同3件。"
    # Move up and down: Alt+↑ in the navigator, then the menu.
    page.navigator.setFocus()
    page.navigator.select_key(new)
    qtbot.keyClick(page.navigator, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert keys().index(new) == 1
    menu_action(page, new, "down").trigger()
    assert keys().index(new) == 2
    # Add a section after it; delete it after the confirmation.
    menu_action(page, new, "add").trigger()
    added = keys()[3]
    assert report.section(added).part == "measures" and page.current_key == added
    ime_type(page.editor.text, "这是要删除的一段。")
    page.navigator.setFocus()
    qtbot.keyClick(page.navigator, Qt.Key.Key_Delete)  # the Delete key asks too; No keeps the section
    box = shown_dialog(window, "confirmDeleteSection")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert added in keys() and report.section(added).text == "这是要删除的一段。"
    menu_action(page, added, "delete").trigger()
    box = shown_dialog(window, "confirmDeleteSection")
    assert box is not None and added in keys()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert added not in keys()
    window.save_now()
    # The deleted text is kept in the store and comes back from the restore menu.
    deleted = window.store.structure.deleted(report_id)
    assert [d.section.text for d in deleted] == ["这是要删除的一段。"]
    menu_action(page, new, f"restore_{added}").trigger()
    assert keys().index(added) == 3 and report.section(added).text == "这是要删除的一段。"
    # A missing part can be added where it belongs, with the template's heading.
    page.structure.delete("other")
    menu_action(page, "measures", "add_other").trigger()
    assert report.sections[-1].heading.startswith("五、其他需要报告的情况")
    window.save_now()
    again, page2 = reopen(qtbot, window, tmp_path, report_id)
    assert [(s.key, s.heading, s.text, s.part) for s in page2.report.sections] == [
        (s.key, s.heading, s.text, s.part) for s in report.sections
    ]
    again.close()
    again.store.close()


def test_typing_a_top_level_heading_inside_a_part_starts_a_new_section(qtbot, window):
    _rid, page = open_new(qtbot, window)
    report = page.report
    page.show_section("other")
    text = page.editor.text
    ime_type(text, "无其他需要报告的情况。")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    ime_type(text, "六、其他工作")
    assert len(report.sections) == 6  # still typing the heading line: nothing moves yet
    qtbot.keyClick(text, Qt.Key.Key_Return)
    wait_until(qtbot, lambda: len(report.sections) == 7)
    new = report.sections[-1]
    assert new.heading == "六、其他工作" and page.current_key == new.key and new.part == "other"
    assert report.section("other").text == "无其他需要报告的情况。"
    ime_type(text, "全年完成其他工作3项。")
    assert new.text == "全年完成其他工作3项。"
    settled(qtbot, page)
    numbering = [f for f in page.checklist.findings if f.id == "lang.numbering"]
    assert not [f for f in numbering if f.section in ("other", new.key)], numbering
    assert page.navigator.item_for_key(new.key).childCount() == 0
    assert page.navigator.item_for_key("other").childCount() == 0
    # Ctrl+Z after typing undoes the typing (one history, newest first).
    window.actions["undo"].trigger()
    assert new.text == ""


def test_dropping_a_dragged_section_on_another_moves_it_there(qtbot, window):
    _rid, page = open_new(qtbot, window)
    nav = page.navigator
    before = [s.key for s in page.report.sections]
    nav.setCurrentItem(nav.item_for_key("other"))  # the drag starts on the pressed item
    where = nav.visualItemRect(nav.item_for_key("measures")).center()
    mime = nav.mimeData([nav.item_for_key("other")])
    drop = QDropEvent(QPointF(where), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    nav.dropEvent(drop)
    assert [s.key for s in page.report.sections] == ["intro", "other", *before[1:-1]]
    assert nav.topLevelItem(2).data(0, Qt.ItemDataRole.UserRole) == "other"  # after 标题与版头 and 开头


def test_a_whole_report_file_imported_into_the_parts_gets_the_same_preview(
    qtbot, window, tmp_path, seed_path
):
    _rid, page = open_new(qtbot, window)
    menu_action(page, "measures", "import")  # the menu offers it
    page.import_into_parts(seed_path("003"))  # what the file dialog hands over
    wait_until(qtbot, lambda: shown_dialog(window, "splitPreview") is not None)
    dialog = shown_dialog(window, "splitPreview")
    assert dialog.as_is_button.isHidden()  # a file is split or not imported at all
    assert "first_responsible" in [c.part() for c in dialog.combos]
    qtbot.mouseClick(dialog.split_button, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: not page.live.busy and "part.shortcomings" not in checklist_ids(page.checklist))
    assert page.report.section("first_responsible").heading.startswith("二、2024年度党政主要负责")
    assert not {"part.measures", "part.next_year", "part.first_responsible"} & set(
        checklist_ids(page.checklist)
    )
