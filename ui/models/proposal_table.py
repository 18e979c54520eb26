"""The proposal list as a table: rows from ProposalService.list_rows, all held in memory.

A province has tens to a few hundred proposals, so the whole filtered list is fetched in a
worker and shown at once; overdue rows carry a warning icon, a red due date and a tooltip
saying what was due when.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from surplus_assets.domain.dates import format_date
from surplus_assets.domain.handling_forms import form_label
from surplus_assets.domain.numbers import format_money
from surplus_assets.domain.proposal_workflow import state_label

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = "#b00020"


class ProposalTableModel(QAbstractTableModel):
    (CODE, TITLE, FORM, STATE, ASSETS, VALUE, TARGET, DUE, OFFICER) = range(9)
    RIGHT_ALIGNED = frozenset({ASSETS, VALUE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []  # surplus_assets.services.proposal_views.ProposalRow
        self._overdue_icon: QIcon | None = None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self.rows[index]

    def row_of(self, proposal_id: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == proposal_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 9

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Handling form"),
            self.tr("State"),
            self.tr("Assets"),
            self.tr("Estimated value"),
            self.tr("Target date"),
            self.tr("Due date"),
            self.tr("Responsible officer"),
        )[section]

    def _text(self, row: Any, column: int) -> str:
        if column == self.CODE:
            return str(row.code)
        if column == self.TITLE:
            return str(row.title or "")
        if column == self.FORM:
            return form_label(row.form) if row.form else ""
        if column == self.STATE:
            return state_label(row.state)
        if column == self.ASSETS:
            return str(row.asset_count)
        if column == self.VALUE:
            return format_money(row.estimated_value)
        if column == self.TARGET:
            return format_date(row.target_date)
        if column == self.DUE:
            return format_date(row.deadline.due) if row.deadline else ""
        return str(row.responsible_officer or "")

    def overdue_tooltip(self, row: Any) -> str:
        return self.tr("Overdue: due {date} ({reason}).").format(
            date=format_date(row.deadline.due), reason=row.deadline.reason
        )

    def _icon(self) -> QIcon:
        if self._overdue_icon is None:
            style = QApplication.style()
            self._overdue_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._overdue_icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue and row.deadline is not None:
                return self.overdue_tooltip(row)
            if column == self.DUE and row.deadline is not None:
                return row.deadline.reason
            return None
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.CODE:
            return self._icon()
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DUE:
            return QColor(OVERDUE_COLOUR)
        return None
