"""The asset list's model: the keys of every asset the current query matched, rows on demand.

Like Anki's browser table, the model holds only the ordered keys of the matches and fetches
the rows the view actually paints, a page of PAGE_SIZE at a time (rows_by_key), keeping the
last CACHED_ROWS rows. A query arrives in two steps (the assets page runs both in a
worker): its first page of rows, shown at once (`show_first_page`), then the keys of every
match (`set_keys`, a compact AssetKeys: 16 MB at 2,000,000 assets), which extend the list
under the rows already shown, so the view keeps its selection and scroll position. Sorting
does not reorder anything here: clicking a header asks the page (sortRequested) to run the
query again with ORDER BY in SQL.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

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
CACHED_ROWS = 16 * PAGE_SIZE
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


class RowSource(Protocol):
    """What the model reads (CatalogueService)."""

    def rows_by_key(self, keys: Sequence[Any]) -> dict[Any, Any]: ...

    def ids_by_key(self, keys: Sequence[Any]) -> list[uuid.UUID]: ...

    def key_of(self, asset_id: uuid.UUID) -> Any: ...


class AssetTableModel(QAbstractTableModel):
    """Rows of `keys`, fetched from `source` (CatalogueService) a page at a time."""

    sortRequested = Signal(str, bool)  # noqa: N815 (Qt signal naming)

    def __init__(self, source: RowSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._keys: Sequence[Any] = []
        self._rows: OrderedDict[Any, Any] = OrderedDict()
        self.complete = True  # the keys are every match (False: the first page only)
        self.sort_key = "name"
        self.descending = False

    # ---- what the page calls ---------------------------------------------------------------

    def show_first_page(self, rows: Sequence[Any], complete: bool) -> None:
        """Show a new query's first rows at once (one reset: the view keeps no stale rows);
        `complete`: they are every match, no keys will follow."""
        self.beginResetModel()
        self._keys = [row.key for row in rows]
        self._rows.clear()
        for row in rows:
            self._rows[row.key] = row
        self.complete = complete
        self.endResetModel()

    def set_keys(self, keys: Sequence[Any]) -> None:
        """Every match in order. When the rows shown are its beginning (the first page of
        the same query) the rest is appended below them; otherwise one reset."""
        shown = len(self._keys)
        starts_with = getattr(keys, "starts_with", None)
        extends = (shown <= len(keys) and (starts_with(self._keys) if starts_with else
                   list(keys[:shown]) == list(self._keys)))  # fmt: skip
        if extends and shown:
            if len(keys) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(keys) - 1)
                self._keys = keys
                self.endInsertRows()
            else:
                self._keys = keys
        else:
            self.beginResetModel()
            self._keys = keys
            self.endResetModel()
        self.complete = True

    def refresh_rows(self) -> None:
        """Rows changed in the database (an edit, a status change): fetch them again."""
        self._rows.clear()
        if self._keys:
            last = self.index(len(self._keys) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    @property
    def keys(self) -> Sequence[Any]:
        return self._keys

    def key(self, row: int) -> Any:
        return self._keys[row]

    def asset_id(self, row: int) -> uuid.UUID:
        found = self.row_data(row)
        if found is None:
            raise LookupError(f"no asset on row {row}")
        return found.id  # type: ignore[no-any-return]

    def ids_of_rows(self, rows: Sequence[int]) -> list[uuid.UUID]:
        """The asset ids on `rows` (in that order): cached rows directly, the others in one
        query per 500 keys."""
        keys = [self._keys[row] for row in rows if 0 <= row < len(self._keys)]
        missing = [key for key in keys if key not in self._rows]
        looked_up = dict(zip(missing, self._source.ids_by_key(missing), strict=False)) \
            if missing else {}  # fmt: skip
        ids = []
        for key in keys:
            cached = self._rows.get(key)
            found = cached.id if cached is not None else looked_up.get(key)
            if found is not None:
                ids.append(found)
        return ids

    def row_of_key(self, key: Any) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def row_of(self, asset_id: uuid.UUID) -> int:
        for key, row in self._rows.items():
            if row.id == asset_id:
                return self.row_of_key(key)
        key = self._source.key_of(asset_id)
        return -1 if key is None else self.row_of_key(key)

    def row_data(self, row: int) -> Any | None:
        """The AssetRow shown on `row` (fetched with its page if needed)."""
        if not 0 <= row < len(self._keys):
            return None
        key = self._keys[row]
        found = self._rows.get(key)
        if found is not None:
            self._rows.move_to_end(key)
            return found
        start = row - row % PAGE_SIZE
        page = [k for k in self._keys[start : start + PAGE_SIZE] if k not in self._rows]
        fetched = self._source.rows_by_key(page)
        for page_key in page:
            if page_key in fetched:
                self._rows[page_key] = fetched[page_key]
        while len(self._rows) > CACHED_ROWS:
            self._rows.popitem(last=False)
        return fetched.get(key)

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
                return row.current_unit
            case "legacy_unit":
                return row.legacy_unit
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
