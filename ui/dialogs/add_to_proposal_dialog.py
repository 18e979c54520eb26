"""Add the assets selected on the Assets page to a draft proposal, or start a new one.

The draft proposals are listed (loaded in a worker); "Add" asks the proposal service to
replace the draft's assets with its assets plus the selected ones, so every rule the
proposal editor obeys applies here too: an asset already in another open proposal, an
asset already handled, a handling form that does not fit a kind, two provinces in one
proposal are refused, and the refusal is shown in full under the list. "New proposal"
opens the proposal editor with the selected assets already chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError, ValidationError
from ui.workers import Job, run_in_background

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class AddToProposalDialog(QDialog):
    added = Signal(object)  # the proposal record after the assets were added

    def __init__(self, parent: QWidget | None, services: Any, asset_ids: list[Any]) -> None:
        super().__init__(parent)
        self.setObjectName("addToProposalDialog")
        self.setWindowTitle(self.tr("Add to a proposal"))
        self.services = services
        self.asset_ids = list(asset_ids)
        self.rows: list[Any] = []
        self.editor: Any = None
        intro = QLabel(self.tr("Add the %n selected asset(s) to a draft proposal:", "",
                               len(self.asset_ids)))  # fmt: skip
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("draftProposals")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Title"), self.tr("Handling form"), self.tr("Assets")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.add_to_chosen)
        self.message = QLabel()
        self.message.setObjectName("addToProposalMessage")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add to the chosen proposal"))
        self.add_button.setObjectName("addToProposalButton")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_to_chosen)
        self.new_button = QPushButton(self.tr("&New proposal with these assets…"))
        self.new_button.setObjectName("newProposalButton")
        self.new_button.clicked.connect(self.new_proposal)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 420)
        self._busy = True
        self._update_buttons()
        self.load()

    def load(self) -> None:
        from surplus_assets.services.proposal_views import ProposalQuery

        proposals = self.services.proposals
        run_in_background(
            self, lambda job: proposals.list_rows(ProposalQuery(states=("draft",))),
            title=self.tr("Loading the draft proposals"), on_success=self._loaded,
        )  # fmt: skip

    def _loaded(self, rows: list[Any]) -> None:
        from surplus_assets.domain.handling_forms import form_label

        self._busy = False
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (row.code, row.title, form_label(row.form), str(row.asset_count))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if rows:
            self.table.selectRow(0)
        else:
            self.message.setText(
                self.tr("There is no draft proposal yet: start a new one with these assets.")
            )
        self._update_buttons()

    def chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._busy and self.chosen() is not None)
        self.new_button.setEnabled(not self._busy)

    def add_to_chosen(self) -> None:
        row = self.chosen()
        if row is None or self._busy:
            return
        proposals, new_ids = self.services.proposals, self.asset_ids

        def add(job: Job) -> Any:
            record = proposals.get(row.id)
            keys = [a.id for a in record.assets]
            keys += [i for i in new_ids if i not in keys]
            return proposals.update(record.id, {"assets": keys}, expected_version=record.version)

        self._busy = True
        self._update_buttons()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Adding the assets to {code}…").format(code=row.code))
        run_in_background(self, add, title=self.tr("Adding to the proposal"),
                          on_success=self._added, on_failure=self._refused,
                          cancellable=False)  # fmt: skip

    def _added(self, record: Any) -> None:
        self._busy = False
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Added to {code}; it now covers %n asset(s).", "",
                                     len(record.assets)).format(code=record.code))  # fmt: skip
        self.added.emit(record)
        self.load()

    def _refused(self, error: ServiceError) -> None:
        self._busy = False
        self._update_buttons()
        self.message.setStyleSheet(ERROR_STYLE)
        if isinstance(error, ValidationError):
            lines = [p.message for p in error.problems]
            self.message.setText(self.tr("Nothing was added:") + "\n" +
                                 "\n".join(f"• {line}" for line in lines))  # fmt: skip
        else:
            self.message.setText(self.tr("Nothing was added: {reason}").format(
                reason=error.message))  # fmt: skip

    def new_proposal(self) -> None:
        from ui.dialogs.asset_picker import PickedAsset
        from ui.dialogs.proposal_editor import ProposalEditor

        rows = self.services.catalogue.rows_by_id(self.asset_ids)
        units = self.services.units
        picked = [PickedAsset(r.id, r.code, r.name, r.kind, r.status,
                              units.label(r.current_unit_id, with_parent=False),
                              r.remaining_value)
                  for i in self.asset_ids if (r := rows.get(i)) is not None]  # fmt: skip
        editor = ProposalEditor(self.parentWidget(), self.services, None)
        editor.loaded.connect(
            lambda: (
                editor.start_with_assets(picked)
                if editor.record is None and not editor.picker.chosen
                else None
            )
        )
        editor.changed.connect(lambda _id: self.added.emit(None))
        self.editor = editor
        self.accept()
        editor.open()
