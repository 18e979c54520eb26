"""The dashboard's list of overdue handling proposals.

A proposal is overdue when the legal time limit of its stage (Decree 186/2025, the
handling-forms table) or its own target date has passed; the proposals service judges that.
The list shows the most overdue first. When there are no proposals at all, or none overdue,
the section says which, instead of showing an empty table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from ui.app_context import AppContext
from ui.workers import Job, run_in_background

Index = QModelIndex | QPersistentModelIndex


class OverdueModel(QAbstractTableModel):
    """Overdue proposals (services.proposal_views.ProposalRow): code, title, due date, days."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._today = date.today()

    def set_rows(self, rows: Sequence[Any], today: date) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.deadline.due if r.deadline else today, r.code))
        self._today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Proposal"), self.tr("Title"), self.tr("Due"),
                    self.tr("Days late"))[section]  # fmt: skip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            from surplus_assets.domain.dates import format_date

            due = row.deadline.due if row.deadline else None
            if column == 0:
                return row.code
            if column == 1:
                return row.title
            if column == 2:
                return format_date(due)
            return str((self._today - due).days) if due else ""
        if role == Qt.ItemDataRole.ToolTipRole and row.deadline is not None:
            return row.deadline.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OverdueSection(QGroupBox):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("overdueSection")
        self.setTitle(self.tr("Overdue proposals"))
        self.context = context
        self._loading = False
        self.model = OverdueModel()
        self.table = QTableView()
        self.table.setObjectName("overdueTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("overdueEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)

    def refresh(self) -> None:
        """Reload the overdue proposals in a worker."""
        services = self.context.services
        if services is None or self._loading:
            return
        self._loading = True

        def load(job: Job) -> tuple[int, list[Any], date]:
            from surplus_assets.domain.deadlines import today_in_vietnam
            from surplus_assets.domain.proposal_workflow import OPEN_STATES
            from surplus_assets.services.proposal_views import ProposalQuery

            today = today_in_vietnam()
            total = sum(services.proposals.count_by_state().values())
            query = ProposalQuery(states=tuple(OPEN_STATES), overdue_only=True, today=today)
            return total, services.proposals.list_rows(query), today

        run_in_background(self, load, title=self.tr("Finding overdue proposals"),
                          on_success=self._show, on_failure=self._failed,
                          show_progress=False)  # fmt: skip

    def _failed(self, error: Any) -> None:
        self._loading = False
        self.empty_label.setText(error.message)
        self.empty_label.show()
        self.table.hide()

    def _show(self, result: tuple[int, list[Any], date]) -> None:
        self._loading = False
        total, rows, today = result
        self.model.set_rows(rows, today)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if not total:
            self.empty_label.setText(
                self.tr(
                    "No proposals yet. Overdue handling proposals will be listed here once "
                    "proposals are recorded: each one past its legal time limit, oldest first."
                )
            )
        elif not rows:
            self.empty_label.setText(self.tr("No proposal is overdue."))
        self.setTitle(self.tr("Overdue proposals (%Ln)", "", len(rows)) if rows
                      else self.tr("Overdue proposals"))  # fmt: skip
