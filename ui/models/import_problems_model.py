"""The problems an import check found, as a table: sheet, row, column, header, value, message.

Thousands of refused rows stay cheap: the model holds the core's list of ImportProblem and
formats a cell only when the view asks for it. The full message is also the tooltip.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


def cell_text(value: object) -> str:
    """A cell's value as the user typed it: 1234.0 → 1234, dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value)


class ImportProblemsModel(QAbstractTableModel):
    SHEET, ROW, COLUMN, HEADER, VALUE, MESSAGE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[Any] = []  # surplus_assets.exchange.import_results.ImportProblem

    def set_problems(self, problems: list[Any]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Header"),
                  self.tr("Value"), self.tr("Problem"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        problem = self.problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (problem.sheet, problem.row, problem.column, problem.header,
                      cell_text(problem.value), problem.message)  # fmt: skip
            value = values[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return problem.message
            return value if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
