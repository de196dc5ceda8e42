"""The title and 版头/版记 fields of a report: title, 发文字号, 签发人, 主送, 落款, dates, 抄送, 印发."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.core.model import Report
from desktop.core.profile_fill import header_examples

# Report attribute → English label (translated in translate_ui) and a placeholder example.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("HeaderForm", "Title"), "XX镇人民政府关于2024年度法治政府建设情况的报告"),
    ("copy_number", QT_TRANSLATE_NOOP("HeaderForm", "Copy number (份号)"), "000001"),
    ("secrecy", QT_TRANSLATE_NOOP("HeaderForm", "Classification (密级和保密期限)"), "秘密★1年"),
    ("urgency", QT_TRANSLATE_NOOP("HeaderForm", "Urgency (紧急程度)"), "特急"),
    ("doc_number", QT_TRANSLATE_NOOP("HeaderForm", "Document number"), "X府〔2025〕16号"),
    ("signer", QT_TRANSLATE_NOOP("HeaderForm", "Signed by (签发人)"), ""),
    (
        "addressee",
        QT_TRANSLATE_NOOP("HeaderForm", "Addressed to (主送)"),
        "县人民政府、县委全面依法治县委员会办公室",
    ),
    ("issuer_mark", QT_TRANSLATE_NOOP("HeaderForm", "Issuer mark (发文机关标志)"), "XX镇人民政府文件"),
    ("signature", QT_TRANSLATE_NOOP("HeaderForm", "Signature (落款)"), "XX镇人民政府"),
    ("date", QT_TRANSLATE_NOOP("HeaderForm", "Date written (成文日期, yyyy-mm-dd)"), "2025-01-21"),
    ("cc", QT_TRANSLATE_NOOP("HeaderForm", "Copy to (抄送)"), ""),
    ("printer", QT_TRANSLATE_NOOP("HeaderForm", "Printed by (印发机关)"), "XX镇党政办公室"),
    ("print_date", QT_TRANSLATE_NOOP("HeaderForm", "Print date (印发日期)"), "2025-01-21"),
)


class HeaderForm(QWidget):
    """Edits the header fields of the report in place; emits `edited(field)`."""

    edited = Signal(str)

    def __init__(self) -> None:
        super().__init__(objectName="headerForm")
        self.report: Report | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for name, _label, example in FIELDS:
            edit = QLineEdit(objectName=f"header_{name}", placeholderText=example)
            edit.textEdited.connect(lambda text, n=name: self._changed(n, text))
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], edit)
            self.edits[name] = edit
        self.translate_ui()

    def translate_ui(self) -> None:
        for name, label, _example in FIELDS:
            self.labels[name].setText(QCoreApplication.translate("HeaderForm", label))

    def set_report(self, report: Report) -> None:
        self.report = None
        examples = header_examples(report)  # in the report's unit and year
        for name, edit in self.edits.items():
            edit.setPlaceholderText(examples.get(name, edit.placeholderText()))
            edit.setText(str(getattr(report, name) or ""))
            edit.setCursorPosition(0)  # long titles show their beginning
        self.report = report

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)

    def select_quote(self, quote: str) -> None:
        """Select `quote` in the first field that contains it (title findings), else focus the title."""
        for edit in self.edits.values():
            pos = edit.text().find(quote) if quote else -1
            if pos >= 0:
                edit.setFocus()
                edit.setSelection(pos, len(quote))
                return
        self.edits["title"].setFocus()

    def _changed(self, name: str, text: str) -> None:
        if self.report is not None:
            setattr(self.report, name, text.strip())
            self.edited.emit(name)
