"""One exchange conflict side by side: field, the value here, the incoming value.

Used by the import dialog (before applying a package) and the pending-conflicts dialog
(conflicts kept by the CLI or postponed). Every row is a field that differs between the two
versions (services.exchange_results.differences), so both value cells are highlighted; the side the
user chose to keep is shown in bold, so the table reads as "what will be kept".
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from surplus_assets.domain import asset_kinds as kinds

DIFFERENT = QColor("#fff3c4")  # the soft yellow of a highlighter: readable in both themes
EMPTY = "—"


def field_label(name: str) -> str:
    """The form label of an asset field, else the field's own name (proposal fields)."""
    spec = kinds.FIELDS_BY_NAME.get(name)
    return spec.label() if spec is not None else name


def entity_label(entity: str) -> str:
    labels = {
        "asset": QCoreApplication.translate("Exchange", "Asset"),
        "proposal": QCoreApplication.translate("Exchange", "Proposal"),
        "attachment": QCoreApplication.translate("Exchange", "Attachment"),
        "audit_events": QCoreApplication.translate("Exchange", "Audit events"),
    }
    return labels.get(entity, entity)


def show_value(value: Any, name: str = "") -> str:
    """A value as the asset form shows it: money grouped, areas with 2 places, choices by
    their label; anything unknown as plain text (a record is never hidden for a format)."""
    from decimal import Decimal, InvalidOperation

    from surplus_assets.domain.numbers import format_decimal, format_money

    if value is None or value == "":
        return EMPTY
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    spec = kinds.FIELDS_BY_NAME.get(name)
    labels = {"condition": kinds.condition_label, "status": kinds.status_label,
              "kind": kinds.kind_label}  # fmt: skip
    try:
        if name in labels:
            return labels[name](str(value))
        if spec is not None and spec.type is kinds.FieldType.MONEY:
            return format_money(int(value))
        if spec is not None and spec.type in (kinds.FieldType.AREA, kinds.FieldType.DECIMAL):
            return format_decimal(Decimal(str(value)))
    except (ValueError, KeyError, InvalidOperation):
        pass
    return str(value)


class ConflictTable(QTableWidget):
    """The differing fields of one ConflictView; `set_choice` bolds the side to be kept."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setObjectName("conflictTable")
        self.setAccessibleName(self.tr("Differences between the two versions"))
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Here"), self.tr("Incoming")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)

    def show_conflict(self, conflict: Any | None) -> None:
        differences = list(conflict.differences) if conflict is not None else []
        self.setRowCount(len(differences))
        for row, difference in enumerate(differences):
            cells = (
                field_label(difference.field),
                show_value(difference.local, difference.field),
                show_value(difference.incoming, difference.field),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column:
                    item.setBackground(QBrush(DIFFERENT))
                self.setItem(row, column, item)
        self.resizeRowsToContents()

    def set_choice(self, keep: str | None) -> None:
        """Bold the column that will be kept ("local" or "incoming"; None: undecided)."""
        for row in range(self.rowCount()):
            for column, side in ((1, "local"), (2, "incoming")):
                item = self.item(row, column)
                if item is None:
                    continue
                font = QFont(item.font())
                font.setBold(keep == side)
                item.setFont(font)

    def values(self, column: int) -> dict[str, str]:
        """Field label → shown text of a column (1: here, 2: incoming), as a user reads it."""
        shown: dict[str, str] = {}
        for row in range(self.rowCount()):
            label, value = self.item(row, 0), self.item(row, column)
            if label is not None and value is not None:
                shown[label.text()] = value.text()
        return shown
