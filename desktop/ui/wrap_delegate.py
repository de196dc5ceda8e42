"""An item delegate that wraps long Chinese messages onto several lines instead of cutting them off.

The height of a row is measured in the very rectangle `paint` draws into (the style's text rectangle at
the row's real width, with the item's own font), so rows never overlap or clip at any font size or scale."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget

PADDING = 3
FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text needs at the tree's current width (relaid out on resize and
    when the font changes)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.viewport().installEventFilter(self)
        tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.tree.doItemsLayout()  # row heights depend on the width and the font
        return False

    def _row_width(self, index: QModelIndex) -> int:
        """The width the tree gives this row's cell: the viewport less the branch indentation."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.tree.indentation() * (depth + (1 if self.tree.rootIsDecorated() else 0))
        return max(self.tree.viewport().width() - indent, 40)

    def text_box(self, option: QStyleOptionViewItem) -> QRect:
        style = option.widget.style() if option.widget else self.tree.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        return box.adjusted(PADDING, 0, -PADDING, 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._row_width(index)
        opt.rect = QRect(0, 0, width, 100_000)
        box = self.text_box(opt)
        needed = QFontMetrics(opt.font).boundingRect(QRect(0, 0, box.width(), 100_000), FLAGS, opt.text)
        height = max(needed.height(), opt.decorationSize.height()) + PADDING * 2
        return QSize(width, height)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        box = self.text_box(opt)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        painter.drawText(box, FLAGS, text)
        painter.restore()
