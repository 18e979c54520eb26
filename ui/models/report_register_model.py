"""The report register as a table: every generated or signed report, newest first.

The register is small (a province makes a few reports a week), so the whole list from
ReportService.register() is held in memory. The hash column shows the first 12 hex digits;
the tooltip has all 64, to compare with `sha256sum` of a file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.report_labels import kind_label, state_label

Index = QModelIndex | QPersistentModelIndex
SHORT_HASH = 12


def local_text(moment: Any) -> str:
    """dd/mm/yyyy HH:MM in Viet Nam time ('' for None)."""
    if moment is None:
        return ""
    from surplus_assets.reports.formatting import local_time

    return f"{local_time(moment):%d/%m/%Y %H:%M}"


class ReportRegisterModel(QAbstractTableModel):
    (TIME, KIND, NUMBER, TITLE, STATE, SIGNER, SIGNED_AT, PAGES, HASH) = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []  # surplus_assets.services.report_register.RegisterEntry

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self.entries[row]

    def row_of(self, entry_id: Any) -> int:
        return next((i for i, e in enumerate(self.entries) if e.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 9

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 9:
            return None
        return (
            self.tr("Created"),
            self.tr("Kind"),
            self.tr("Number"),
            self.tr("Title"),
            self.tr("State"),
            self.tr("Signer"),
            self.tr("Signed at"),
            self.tr("Pages"),
            self.tr("SHA-256"),
        )[section]

    def _text(self, entry: Any, column: int) -> str:
        if column == self.TIME:
            return local_text(entry.created_at)
        if column == self.KIND:
            return kind_label(entry.kind)
        if column == self.NUMBER:
            return str(entry.number or "")
        if column == self.TITLE:
            return str(entry.title or "")
        if column == self.STATE:
            return state_label(entry.state)
        if column == self.SIGNER:
            return str(entry.signer_name or "")
        if column == self.SIGNED_AT:
            return local_text(entry.signed_at)
        if column == self.PAGES:
            return "" if entry.pages is None else str(entry.pages)
        return str(entry.sha256)[:SHORT_HASH]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.HASH:
                return str(entry.sha256)
            if column == self.TITLE:
                return str(entry.title or "")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None
