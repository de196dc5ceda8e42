"""An item delegate that wraps long Chinese messages onto several lines instead of cutting them off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

PADDING = 3


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text needs at the tree's current width (relaid out on resize)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # row heights depend on the width
        return False

    def _text_rect(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QRect:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon = option.decorationSize.width() + 6 if not option.icon.isNull() else 0
        left = self.tree.indentation() * depth + icon + PADDING
        return QRect(left, 0, max(width - left - PADDING * 2, 40), 100_000)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self.tree.viewport().width()
        box = self._text_rect(opt, index, width)
        text = opt.fontMetrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), opt.text)
        height = max(text.height(), opt.decorationSize.height()) + PADDING * 2
        return QSize(width, height)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        flags = int(Qt.TextFlag.TextWordWrap) | int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        painter.drawText(box.adjusted(PADDING, 0, -PADDING, 0), flags, text)
        painter.restore()
