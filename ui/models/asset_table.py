"""The asset list's model: the keys of every asset the current query matched, rows on demand.

Like Anki's browser table: the model holds only the ordered keys that
CatalogueService.search_keys returned (200,000 strings at province scale) and fetches the
rows the view actually paints, a page of PAGE_SIZE at a time through rows_by_id, keeping
the last CACHED_PAGES pages. Sorting does not reorder anything here: clicking a header asks
the page (sortRequested) to run the query again with ORDER BY in SQL, and the new keys
replace the old ones in one model reset.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from surplus_assets.domain.asset_kinds import kind_label, status_label
from surplus_assets.domain.numbers import format_decimal, format_money

PAGE_SIZE = 200
CACHED_PAGES = 16
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # also the catalogue.SORT_COLUMNS key
    title: Callable[[], str]
    numeric: bool = False
    hidden_by_default: bool = False


def _t(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("AssetTableModel", text)


# Marked for lupdate (the titles are translated when shown, in the running language).
_TITLES = (
    QT_TRANSLATE_NOOP("AssetTableModel", "Code"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Name"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Kind"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Status"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Current unit"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Former unit"),
    QT_TRANSLATE_NOOP("AssetTableModel", "In use since"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Original cost"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Remaining value"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Land area (m²)"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Handling form"),
    QT_TRANSLATE_NOOP("AssetTableModel", "Last changed"),
)


COLUMNS: tuple[Column, ...] = (
    Column("code", _t("Code")),
    Column("name", _t("Name")),
    Column("kind", _t("Kind")),
    Column("status", _t("Status")),
    Column("current_unit", _t("Current unit")),
    Column("legacy_unit", _t("Former unit")),
    Column("year_in_use", _t("In use since"), numeric=True),
    Column("cost", _t("Original cost"), numeric=True),
    Column("remaining_value", _t("Remaining value"), numeric=True),
    Column("land_area", _t("Land area (m²)"), numeric=True),
    Column("handling_form", _t("Handling form"), hidden_by_default=True),
    Column("updated_at", _t("Last changed"), hidden_by_default=True),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)


class AssetTableModel(QAbstractTableModel):
    """Rows of `keys`; `fetch_rows(ids)` returns {id: AssetRow} (CatalogueService.rows_by_id)."""

    sortRequested = Signal(str, bool)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[uuid.UUID]], dict[uuid.UUID, Any]],
        unit_label: Callable[[str | None], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._unit_label = unit_label
        self._keys: list[str] = []
        self._pages: OrderedDict[int, dict[uuid.UUID, Any]] = OrderedDict()
        self.sort_key = "name"
        self.descending = False

    # ---- what the page calls ---------------------------------------------------------------

    def set_keys(self, keys: list[str]) -> None:
        """Show a new query result (one reset: the view keeps no stale rows)."""
        self.beginResetModel()
        self._keys = keys
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Rows changed in the database (an edit, a status change): fetch them again."""
        self._pages.clear()
        if self._keys:
            last = self.index(len(self._keys) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def asset_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(self._keys[row])

    def row_of(self, asset_id: uuid.UUID) -> int:
        try:
            return self._keys.index(asset_id.hex)
        except ValueError:
            return -1

    def row_data(self, row: int) -> Any | None:
        """The AssetRow shown on `row` (fetched with its page if needed)."""
        if not 0 <= row < len(self._keys):
            return None
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            ids = [uuid.UUID(key) for key in self._keys[start : start + PAGE_SIZE]]
            page = self._fetch_rows(ids)
            self._pages[page_number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(uuid.UUID(self._keys[row]))

    # ---- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title()
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_data(index.row())
        if row is None:  # deleted meanwhile; the next query drops it
            return ""
        return self._display(column.key, row)

    def _display(self, key: str, row: Any) -> str:
        match key:
            case "kind":
                return kind_label(row.kind)
            case "status":
                return status_label(row.status)
            case "current_unit":
                return self._unit_label(row.current_unit_id)
            case "legacy_unit":
                return self._unit_label(row.legacy_unit_id)
            case "year_in_use":
                return str(row.year_in_use) if row.year_in_use else ""
            case "cost":
                return format_money(row.original_cost)
            case "remaining_value":
                return format_money(row.remaining_value)
            case "land_area":
                return format_decimal(row.land_area)
            case "handling_form":
                return row.handling_form or ""
            case "updated_at":
                return row.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
        return str(getattr(row, key))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: ask for the query again in that order (nothing is sorted here)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, descending
            self.sortRequested.emit(key, descending)
