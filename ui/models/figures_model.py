"""A table of figures (statistics.Figures rows): name, count, original cost, remaining value,
land area. The dashboard shows one per breakdown (kind, status, handling form, commune)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.figures_format import area_text, count_text, money_billions, money_exact

# The Figures key of a row, for the click handler (None for "not set" rows).
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NAME, COUNT, COST, VALUE, AREA = range(5)


class FiguresModel(QAbstractTableModel):
    def __init__(self, name_header: str, label: Callable[[str | None], str]) -> None:
        super().__init__()
        self._name_header = name_header
        self._label = label
        self._rows: list[Any] = []  # statistics.Figures

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def figures(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._name_header, self.tr("Assets"), self.tr("Original cost"),
                    self.tr("Remaining value"), self.tr("Land area"))[section]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        figures, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self._label(figures.key)
            if column == COUNT:
                return count_text(figures.count)
            if column == COST:
                return money_billions(figures.original_cost)
            if column == VALUE:
                return money_billions(figures.remaining_value)
            return area_text(figures.land_area) if figures.land_area else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COST:
                return money_exact(figures.original_cost)
            if column == VALUE:
                return money_exact(figures.remaining_value)
            if column == NAME:
                return self._label(figures.key)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return figures.key
        return None
